// tst_mspdinl.cpp — the MS Project XML import's and export's log and errors in the user's language: with
// the application's Dutch catalogue installed (the riskboard_nl.qm that riskboard_qml embeds under :/i18n,
// as AppState::setLanguage loads it) every line the import, the schedule check, the merge and the export
// write comes out in Dutch; without a translator the same runs give the English the command line prints.
#include "document/documentreader.h"
#include "model/mspdi/mspdi.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

using namespace rb::model;
using namespace rb::model::mspdi;

namespace {

const QString kData = QStringLiteral(RISKBOARD_TEST_DATA "/mspdi/");
const char *const kContext = "rb::mspdi";

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

Portfolio mab()
{
    const LoadResult r
        = DocumentReader::readFile(QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"));
    if (!r.ok()) qFatal("the MAB portfolio does not load");
    return *r.portfolio;
}

// The MAB portfolio with every other loss the export notes: a weekend post, a post without a start, a
// control character, a theme without posts, English theme names, a dependency's note, more baselines than
// MSPDI holds and a baseline entry of a post no longer in the portfolio.
Portfolio everyLoss()
{
    Portfolio p = mab();
    p.programme.themes << Theme{6, QStringLiteral("Leeg thema"), QStringLiteral("Empty theme")};
    p.posts[0].start = d("2025-03-01"); // a Saturday
    p.posts[1].start = QDate();
    p.posts[1].title += QChar(0x7);
    p.dependencies[0].note = QStringLiteral("Afgestemd in de stuurgroep");
    p.programme.description = QStringLiteral("Programmaplan");
    Baseline orphan = p.baselines.first();
    orphan.posts << BaselinePost{QStringLiteral("9Z9"), d("2025-01-06"), d("2025-02-28"), 10.0};
    p.baselines.first() = orphan;
    for (int k = 0; k < 11; ++k) p.baselines << p.baselines.first();
    return p;
}

QByteArray plan(const QByteArray &tasks, const QByteArray &header = {})
{
    return "<Project xmlns=\"http://schemas.microsoft.com/project\">" + header + "<Tasks>" + tasks
        + "</Tasks></Project>";
}

// Plans whose log has what the test plans of tests/data/mspdi lack: a task without a name, an inactive task,
// a milestone with a duration, a finish without a start, no dates at all, an elapsed duration, a deadline
// and a finish constraint, 'as late as possible', a rounded and a repeated link, progress the rules refuse
// or Riskboard's status field overrules, a baseline twice and a cost in no named currency.
const QByteArray kOddities = plan(
    "<Task><UID>1</UID><Start>2024-01-01T08:00:00</Start><Finish>2024-01-02T17:00:00</Finish></Task>"
    "<Task><UID>2</UID><Name>Inactief</Name><Active>0</Active><Start>2024-01-01T08:00:00</Start>"
    "<Finish>2024-01-02T17:00:00</Finish></Task>"
    "<Task><UID>3</UID><Name>Mijlpaal</Name><Milestone>1</Milestone><Start>2024-01-01T08:00:00</Start>"
    "<Finish>2024-01-03T17:00:00</Finish></Task>"
    "<Task><UID>4</UID><Name>Alleen einde</Name><Finish>2024-01-05T17:00:00</Finish><Duration>PT16H0M0S</Duration>"
    "</Task>"
    "<Task><UID>5</UID><Name>Niets</Name></Task>"
    "<Task><UID>6</UID><Name>Verstreken</Name><Duration>PT36H0M0S</Duration><DurationFormat>8</DurationFormat></Task>"
    "<Task><UID>7</UID><Name>Deadline</Name><Start>2024-01-01T08:00:00</Start><Finish>2024-01-05T17:00:00</Finish>"
    "<ConstraintType>3</ConstraintType><ConstraintDate>2024-01-05T17:00:00</ConstraintDate>"
    "<Deadline>2024-01-04T17:00:00</Deadline></Task>"
    "<Task><UID>8</UID><Name>Laat</Name><Start>2024-01-01T08:00:00</Start><Finish>2024-01-02T17:00:00</Finish>"
    "<ConstraintType>1</ConstraintType></Task>"
    "<Task><UID>9</UID><Name>Opvolger</Name><Start>2024-01-08T08:00:00</Start><Finish>2024-01-09T17:00:00</Finish>"
    "<PredecessorLink><PredecessorUID>7</PredecessorUID><Type>1</Type><LinkLag>2400</LinkLag>"
    "<LagFormat>7</LagFormat></PredecessorLink>"
    "<PredecessorLink><PredecessorUID>7</PredecessorUID><Type>1</Type><LinkLag>2400</LinkLag>"
    "<LagFormat>7</LagFormat></PredecessorLink></Task>"
    "<Task><UID>10</UID><Name>Klaar</Name><PercentComplete>100</PercentComplete>"
    "<ActualStart>2024-01-01T08:00:00</ActualStart><Start>2024-01-01T08:00:00</Start>"
    "<Finish>2024-01-03T17:00:00</Finish></Task>"
    "<Task><UID>11</UID><Name>Te vroeg</Name><PercentComplete>50</PercentComplete>"
    "<ActualStart>2024-02-01T08:00:00</ActualStart><Start>2024-01-01T08:00:00</Start>"
    "<Finish>2024-03-01T17:00:00</Finish></Task>"
    "<Task><UID>12</UID><Name>Gepland</Name><Start>2024-01-02T08:00:00</Start><Finish>2024-01-03T17:00:00</Finish>"
    "<ActualStart>2024-01-02T08:00:00</ActualStart>"
    "<ExtendedAttribute><FieldID>188743737</FieldID><Value>planned</Value></ExtendedAttribute></Task>"
    "<Task><UID>13</UID><Name>Tweemaal</Name><Start>2024-01-01T08:00:00</Start><Finish>2024-01-02T17:00:00</Finish>"
    "<Baseline><Number>0</Number><Start>2024-01-01T08:00:00</Start><Finish>2024-01-02T17:00:00</Finish>"
    "<Cost>100000</Cost></Baseline>"
    "<Baseline><Number>0</Number><Start>2024-01-01T08:00:00</Start><Finish>2024-01-02T17:00:00</Finish></Baseline>"
    "</Task>",
    "<StartDate>2024-01-01T08:00:00</StartDate><StatusDate>2024-01-10T17:00:00</StatusDate>"
    "<ExtendedAttributes><ExtendedAttribute><FieldID>188743737</FieldID><FieldName>Text3</FieldName>"
    "<Alias>Riskboard status</Alias></ExtendedAttribute></ExtendedAttributes>");

// Every line of the runs below, in the language of the translators installed now: each import's log,
// schedule notes and errors, a merge's log and refusal, and each export's log.
QStringList everyLine()
{
    QStringList lines;
    auto add = [&](const ImportResult &r) {
        lines << r.log;
        if (r.ok()) lines << scheduleNotes(*r.portfolio);
        for (const Diagnostic &e : r.diagnostics) lines << e.message;
        return r;
    };
    for (const QString &name : QDir(kData).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name))
        add(importMspdiFile(kData + name));
    add(importMspdiFile(kData + QStringLiteral("plan-2010.xml"), {SummaryMode::Skip, 0}));
    add(importMspdiFile(kData + QStringLiteral("plan-2010.xml"), {SummaryMode::Themes, 3}));
    add(importMspdiFile(kData + QStringLiteral("no-such-plan.xml")));
    add(importMspdi(kOddities, QStringLiteral("x.xml")));
    QByteArray six; // six top-level summary tasks, each with a task
    for (int k = 1; k <= 6; ++k)
        six += QStringLiteral("<Task><UID>%1</UID><Name>Thema %2</Name><OutlineLevel>1</OutlineLevel>"
                              "<Summary>1</Summary></Task><Task><UID>%3</UID><Name>Taak %2</Name>"
                              "<OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration></Task>")
                   .arg(2 * k)
                   .arg(k)
                   .arg(2 * k + 1)
                   .toUtf8();
    add(importMspdi(plan(six), QStringLiteral("x.xml")));
    add(importMspdi(plan("<Task><UID>1</UID><Name>A</Name><Duration>PT8H0M0S</Duration>"
                         "<Baseline><Number>0</Number><Cost>100</Cost></Baseline></Task>"),
                    QStringLiteral("x.xml")));
    // One error each.
    for (const char *task :
         {"<PercentComplete>140</PercentComplete>", "<PercentComplete>x</PercentComplete>",
          "<Milestone>maybe</Milestone>", "<Start>2024-02-30T08:00:00</Start>", "<ConstraintType>4</ConstraintType>",
          "<Duration>PT9000000H0M0S</Duration>",
          "<PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink>",
          "<PredecessorLink><PredecessorUID>1</PredecessorUID><LagFormat>13</LagFormat></PredecessorLink>",
          "<PredecessorLink><Type>1</Type></PredecessorLink>",
          "<Baseline><Number>0</Number><Cost>abc</Cost></Baseline>",
          "<Baseline><Number>0</Number><Start>2024-02-01T08:00:00</Start><Finish>2024-01-01T17:00:00</Finish>"
          "</Baseline>"})
        add(importMspdi(plan("<Task><UID>1</UID><Name>A</Name>" + QByteArray(task) + "</Task>"),
                        QStringLiteral("x.xml")));
    add(importMspdi(plan("<Task><Name>A</Name></Task>"), QStringLiteral("x.xml")));
    add(importMspdi(plan("<Task><UID>1</UID><Name>A</Name></Task><Task><UID>2</UID><Name>B</Name>"
                         "<PredecessorLink><PredecessorUID>1</PredecessorUID><LinkLag>2000000000</LinkLag>"
                         "<LagFormat>8</LagFormat></PredecessorLink></Task>"),
                    QStringLiteral("x.xml")));

    // The schedule check: posts the links move (more than it names), and a network with a cycle.
    Portfolio moved = mab();
    for (Dependency &dependency : moved.dependencies) dependency.lagDays = 400;
    lines << scheduleNotes(moved);
    Portfolio cyclic = mab();
    Dependency back;
    back.from = cyclic.dependencies[0].to;
    back.to = cyclic.dependencies[0].from;
    cyclic.dependencies << back;
    lines << scheduleNotes(cyclic);

    // A plan with progress into a portfolio without a status date, then the same plan again.
    Portfolio base = mab();
    base.programme.statusDate = QDate();
    const ImportResult progress = importMspdiFile(kData + QStringLiteral("progress-2007.xml"));
    QString error;
    if (!mergeInto(base, *progress.portfolio, lines, &error)) qFatal("the merge failed: %s", qPrintable(error));
    if (mergeInto(base, *progress.portfolio, lines, &error)) qFatal("the second merge did not fail");
    lines << error;

    lines << exportMspdi(mab(), QStringLiteral("mab.xml")).log;
    lines << exportMspdi(everyLoss(), QStringLiteral("mab.xml")).log;
    add(importMspdi(exportMspdi(mab(), QStringLiteral("mab.xml")).xml, QStringLiteral("mab.xml")));
    return lines;
}

// Asks nothing of its own: it records which strings of the MSPDI context were asked for, then lets the next
// translator (the Dutch catalogue) answer.
class RecordingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLatin1String(context) == QLatin1String(kContext)) asked.insert(QString::fromUtf8(source));
        return QString();
    }
    mutable QSet<QString> asked;
};

} // namespace

class TestMspdiDutch : public QObject {
    Q_OBJECT
private slots:
    void everyLogLineAndErrorIsDutch()
    {
        const QStringList english = everyLine();

        QTranslator dutch;
        QVERIFY(dutch.load(QStringLiteral(":/i18n/riskboard_nl.qm")));
        RecordingTranslator recorder;
        QCoreApplication::installTranslator(&dutch);
        QCoreApplication::installTranslator(&recorder); // asked first
        const QStringList translated = everyLine();
        QCoreApplication::removeTranslator(&recorder);
        QCoreApplication::removeTranslator(&dutch);

        // Line by line the same runs: each line changed, and none keeps an English word of the sentences
        // (the plans' own names are Dutch; "is", "of" and "was" are Dutch words too).
        QCOMPARE(translated.size(), english.size());
        QVERIFY(english.size() > 150);
        static const QRegularExpression englishWords(QStringLiteral(
            "\\b(the|were|not|are|and|with|without|into|days?|baselines?|tasks?|links?|dropped|kept)\\b"));
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(translated[i] != english[i], qPrintable(english[i]));
            // What other code writes into a sentence stays as it comes: QXmlStreamReader's and QFile's
            // messages (Qt's own catalogue in the app), the schedule's cycle (model/scheduleadapter) and a
            // post's progress problem (model/progressformat.cpp, English as the document reader's).
            QString ours = translated[i].section(QStringLiteral("ongeldige XML: "), 0, 0);
            if (ours.startsWith(QStringLiteral("Voortgang die de voortgangsregels")))
                ours = ours.section(QStringLiteral(" ["), 0, 0);
            QVERIFY2(!englishWords.match(ours).hasMatch(), qPrintable(translated[i]));
        }
        // Every string the runs asked for has its Dutch in the catalogue, and they ask for all but three of the
        // 106: a file over 256 MiB, a document without a root element (the XML reader calls it malformed first)
        // and a portfolio the document checks refuse after the import's own checks passed.
        for (const QString &source : std::as_const(recorder.asked)) {
            const QByteArray utf8 = source.toUtf8();
            QVERIFY2(!dutch.translate(kContext, utf8.constData()).isEmpty(), qPrintable(source));
        }
        QVERIFY2(recorder.asked.size() >= 103, qPrintable(QString::number(recorder.asked.size())));

        // A few lines word for word.
        QVERIFY(
            translated.contains(QStringLiteral("Niet in MSPDI, niet geschreven: het risicoregister (%1 risico(’s)).")
                                    .arg(mab().risks.size())));
        QVERIFY(english.contains(
            QStringLiteral("Not in MSPDI, not written: the risk register (%1 risk(s)).").arg(mab().risks.size())));
        QVERIFY(translated.contains(QStringLiteral("Lege taakregels (IsNull) zijn overgeslagen.")));
        QVERIFY(std::any_of(translated.begin(), translated.end(), [](const QString &line) {
            return line.startsWith(QStringLiteral("Post "))
                && line.contains(QStringLiteral(" begint of eindigt in een weekend"));
        }));
        QVERIFY(std::any_of(translated.begin(), translated.end(),
                            [](const QString &line) { return line.contains(QStringLiteral("; en nog ")); }));
        QVERIFY(translated.contains(QStringLiteral("kringloop in de afhankelijkheden: UID1 → UID2 → UID3 → UID1")));
        QVERIFY(translated.contains(QStringLiteral("De 2 basislijn(en) van het plan zijn niet samengevoegd: het "
                                                   "bestaande portfolio houdt zijn eigen basislijnen.")));
    }
};

QTEST_GUILESS_MAIN(TestMspdiDutch)
#include "tst_mspdinl.moc"
