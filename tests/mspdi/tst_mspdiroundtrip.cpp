// tst_mspdiroundtrip.cpp — export-mspdi then import-mspdi gives back everything MSPDI holds (docs/mspdi.md
// "Round trip"), for a portfolio built to use every mapped field and for the shipped MAB portfolio.
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/mspdi/mspdi.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace rb::model;
using namespace rb::model::mspdi;

namespace {

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

// What MSPDI holds of a post, in one comparable line (durationDays comes back as a finish).
QString held(const Post &p)
{
    const bool milestone = p.plannedDurationDays() == 0;
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11")
        .arg(p.id, p.title)
        .arg(p.theme)
        .arg(toString(p.kind), toString(p.status), p.start.toString(Qt::ISODate),
             p.start.isValid() && !milestone ? p.plannedFinish().toString(Qt::ISODate) : QString())
        .arg(p.plannedDurationDays())
        .arg(p.deadline.toString(Qt::ISODate), p.note)
        .arg(p.fixedDate);
}

QStringList held(const Portfolio &p)
{
    // MSPDI keeps posts under their theme's summary task and links under their successor: the order of
    // the document's arrays is not held.
    QStringList out, links;
    for (const Post &x : p.posts) out << held(x);
    for (const Dependency &x : p.dependencies)
        links << QStringLiteral("link %1>%2 %3 %4").arg(x.from, x.to, toString(x.type)).arg(x.lagDays);
    out.sort();
    links.sort();
    return out + links;
}

Portfolio everyField()
{
    Portfolio p;
    p.programme.name = QStringLiteral("Rondreis – Ü");
    p.programme.organisation = QStringLiteral("Provincie Flevoland");
    p.programme.start = d("2025-01-06");
    p.programme.end = d("2025-12-19");
    p.programme.statusDate = d("2025-03-03");
    p.programme.themes
        = {Theme{2, QStringLiteral("Zaakgericht werken"), {}}, Theme{4, QStringLiteral("Omgevingswet & DSO"), {}}};
    auto add = [&](const char *id, const char *title, int theme, PostKind kind, const char *start, const char *finish) {
        Post x;
        x.id = QString::fromUtf8(id);
        x.title = QString::fromUtf8(title);
        x.theme = theme;
        x.kind = kind;
        if (start) x.start = d(start);
        if (finish) x.finish = d(finish);
        p.posts << x;
        return int(p.posts.size()) - 1;
    };
    p.posts[add("2A1", "Zaaksysteem één", 2, PostKind::Project, "2025-01-06", "2025-03-28")].status = PostStatus::Done;
    const int b = add("2A2", "Koppeling e-depot", 2, PostKind::Activity, "2025-03-31", nullptr);
    p.posts[b].durationDays = 40;
    p.posts[b].status = PostStatus::Running;
    p.posts[b].deadline = d("2025-06-30");
    p.posts[b].note = QStringLiteral("Let op: leverancier <nieuw> & \"anders\".");
    const int m = add("2A3", "Livegang", 2, PostKind::Activity, "2025-05-12", nullptr);
    p.posts[m].durationDays = 0;
    const int u = add("4A", "DSO-aansluiting", 4, PostKind::Project, nullptr, nullptr);
    p.posts[u].durationDays = 30; // no start: scheduled after its predecessors
    const int law = add("X-OW", "Omgevingswet in werking", 4, PostKind::External, "2025-10-01", nullptr);
    p.posts[law].durationDays = 0;
    p.posts[law].fixedDate = true;
    p.posts[add("4B", "Cancelled work", 4, PostKind::Activity, "2025-02-03", "2025-02-14")].status
        = PostStatus::Cancelled;
    auto link = [&](const char *from, const char *to, LinkType type, int lag) {
        Dependency x;
        x.from = QString::fromLatin1(from);
        x.to = QString::fromLatin1(to);
        x.type = type;
        x.lagDays = lag;
        p.dependencies << x;
    };
    link("2A1", "2A2", LinkType::FS, 2);
    link("2A2", "2A3", LinkType::SS, -3);
    link("2A2", "4A", LinkType::FF, 0);
    link("2A1", "4B", LinkType::SF, 10);
    link("4A", "X-OW", LinkType::FS, -14);
    return p;
}

} // namespace

class TestMspdiRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void everyFieldSurvives()
    {
        const Portfolio original = everyField();
        QVERIFY(DocumentReader::readBytes(DocumentWriter::toJson(original), QStringLiteral("x")).ok());
        const ExportResult x = exportMspdi(original, QStringLiteral("rondreis.xml"));
        const ImportResult r = importMspdi(x.xml, QStringLiteral("rondreis.xml"));
        for (const Diagnostic &e : r.diagnostics) qWarning("%s", qPrintable(e.toString()));
        QVERIFY(r.ok());
        const Portfolio &back = *r.portfolio;
        QCOMPARE(held(back), held(original));
        QCOMPARE(back.programme.name, original.programme.name);
        QCOMPARE(back.programme.organisation, original.programme.organisation);
        QCOMPARE(back.programme.start, original.programme.start);
        QCOMPARE(back.programme.end, original.programme.end);
        QCOMPARE(back.programme.statusDate, original.programme.statusDate);
        QCOMPARE(back.programme.themes, original.programme.themes);
        // Riskboard's own file loses nothing on the way back; the notes only say that its calendar and the
        // working-time durations written for MS Project are not kept (the dates are).
        for (const QString &line : r.log) QVERIFY2(line.startsWith(QStringLiteral("Calendars ")), qPrintable(line));
        // And once more: the second round changes nothing at all.
        const ImportResult again
            = importMspdi(exportMspdi(back, QStringLiteral("rondreis.xml")).xml, QStringLiteral("rondreis.xml"));
        QVERIFY(again.ok());
        QCOMPARE(*again.portfolio, back);
    }

    void exportIsWellFormedMspdi()
    {
        const QByteArray xml = exportMspdi(everyField(), QStringLiteral("rondreis.xml")).xml;
        QXmlStreamReader reader(xml);
        QStringList seen;
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement
                && reader.namespaceUri() == QLatin1String("http://schemas.microsoft.com/project"))
                seen << reader.name().toString();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(seen.first(), QStringLiteral("Project"));
        QCOMPARE(seen.mid(1, 1), QStringList{QStringLiteral("SaveVersion")}); // first, as the schema's sequence has it
        for (const char *e : {"Calendars", "WeekDay", "Tasks", "PredecessorLink", "LinkLag", "ConstraintType",
                              "Deadline", "ExtendedAttributes"})
            QVERIFY2(seen.contains(QLatin1String(e)), e);
        QCOMPARE(seen.count(QStringLiteral("Task")), 2 + 6); // two theme summaries, six posts
        QVERIFY(xml.contains("<LinkLag>-201600</LinkLag>")); // −14 days in tenths of a minute, elapsed
        QVERIFY(xml.contains("<Type>2</Type>"));             // SF
    }

    void controlCharactersAreNotedNotWritten()
    {
        Portfolio p = everyField();
        p.posts[0].title = QStringLiteral("Bel\u0001 ok");
        const ExportResult x = exportMspdi(p, QStringLiteral("x.xml"));
        QVERIFY(
            x.log.join(QLatin1Char('\n'))
                .contains(QStringLiteral("Control characters, which XML cannot hold, were left out of 1 text(s).")));
        const ImportResult r = importMspdi(x.xml, QStringLiteral("x.xml"));
        QVERIFY(r.ok());
        QCOMPARE(r.portfolio->posts[r.portfolio->postIndex(QStringLiteral("2A1"))].title, QStringLiteral("Bel ok"));
    }

    void mabExportsAndComesBack()
    {
        const LoadResult mab
            = DocumentReader::readFile(QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"));
        QVERIFY(mab.ok());
        const ExportResult x = exportMspdi(*mab.portfolio, QStringLiteral("mab.xml"));
        QVERIFY(x.log.join(QLatin1Char('\n')).contains(QStringLiteral("the risk register")));
        QVERIFY(x.log.join(QLatin1Char('\n')).contains(QStringLiteral("budgets")));
        const ImportResult r = importMspdi(x.xml, QStringLiteral("mab.xml"));
        for (const Diagnostic &e : r.diagnostics) qWarning("%s", qPrintable(e.toString()));
        QVERIFY(r.ok());
        QCOMPARE(held(*r.portfolio), held(*mab.portfolio));
        QCOMPARE(r.portfolio->programme.name, mab.portfolio->programme.name);
    }
};

QTEST_GUILESS_MAIN(TestMspdiRoundTrip)
#include "tst_mspdiroundtrip.moc"
