// tst_mspdiprogress.cpp — progress and baselines through MS Project XML (docs/mspdi.md "Progress and
// baselines"): the hand-written plans of tests/data/mspdi give the actual dates, remaining days and
// baselines worked out below, the log says what is lost, and export → import keeps them exactly.
#include "document/documentreader.h"
#include "model/mspdi/mspdi.h"
#include "model/scheduleadapter.h"

#include <QtTest>

#include <algorithm>

using namespace rb::model;
using namespace rb::model::mspdi;

namespace {

const QString kData = QStringLiteral(RISKBOARD_TEST_DATA "/mspdi/");

ImportResult load(const QString &name)
{
    ImportResult r = importMspdiFile(kData + name);
    for (const Diagnostic &d : r.diagnostics) qWarning("%s", qPrintable(d.toString()));
    return r;
}

const Post &post(const Portfolio &p, const QString &id)
{
    const int i = p.postIndex(id);
    if (i < 0) qFatal("no post %s", qPrintable(id));
    return p.posts[i];
}

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

bool logHas(const QStringList &log, const QString &head, const QString &detail = {})
{
    for (const QString &line : log)
        if (line.contains(head) && line.contains(detail)) return true;
    return false;
}

// A post's progress in one comparable line.
QString progress(const Post &p)
{
    return QStringLiteral("%1 %2 %3..%4 rem %5")
        .arg(p.id, toString(p.status), p.actualStart.toString(Qt::ISODate), p.actualFinish.toString(Qt::ISODate),
             p.remainingDays ? QString::number(*p.remainingDays) : QStringLiteral("-"));
}
QStringList progress(const Portfolio &p)
{
    QStringList out;
    for (const Post &x : p.posts) out << progress(x);
    out.sort();
    return out;
}

// Each baseline's posts, in one comparable line each (the export writes them per task, in theme order).
QStringList baselinePosts(const Portfolio &p)
{
    QStringList out;
    for (int k = 0; k < p.baselines.size(); ++k) {
        QStringList lines;
        for (const BaselinePost &bp : p.baselines[k].posts)
            if (p.postIndex(bp.post) >= 0)
                lines << QStringLiteral("%1 %2 %3..%4 %5")
                             .arg(k)
                             .arg(bp.post, bp.start.toString(Qt::ISODate), bp.finish.toString(Qt::ISODate),
                                  bp.budget ? QString::number(*bp.budget, 'g', 17) : QStringLiteral("-"));
        lines.sort();
        out << lines;
    }
    return out;
}

QDate cpmFinishOf(const Portfolio &p, const QString &id)
{
    const auto s = PortfolioSchedule::build(p);
    return fromDayNumber(s->schedule().tasks[size_t(s->taskOf(id))].earlyFinish);
}

} // namespace

class TestMspdiProgress : public QObject {
    Q_OBJECT
private slots:
    // progress-2007.xml, status date 15 March 2024 (MS Project's 17:00 is the day itself):
    //  1.1 Ontwerp      100 %, actual 4..8 March                        → done, 4..8 March
    //  1.2 Realisatie   30 %, actual start 11 March, scheduled to 29 March → running, remaining 15..29 March = 15 days
    //  1.3 Oplevering   milestone at 29 March 17:00                      → planned, start 30 March
    //  2   Communicatie 50 % without an actual start                     → running, no actuals (noted)
    //  3   Migratie     60 %, actual start 4 March, scheduled to 12 March (behind), remaining 24 h
    //                   → remaining 24 h ÷ 480 min = 3 days from the status date: 15..17 March
    void progress2007()
    {
        const ImportResult r = load(QStringLiteral("progress-2007.xml"));
        QVERIFY(r.ok());
        const Portfolio &p = *r.portfolio;
        QCOMPARE(p.programme.statusDate, d("2024-03-15"));
        QCOMPARE(progress(p),
                 (QStringList{QStringLiteral("1.1 done 2024-03-04..2024-03-08 rem -"),
                              QStringLiteral("1.2 running 2024-03-11.. rem 15"), QStringLiteral("1.3 planned .. rem -"),
                              QStringLiteral("2 running .. rem -"), QStringLiteral("3 running 2024-03-04.. rem 3")}));
        // The analysis keeps the plan's dates: the remainder of 1.2 ends on its scheduled finish, 3 ends
        // three days into the status date, and the finished work keeps its actual dates.
        QCOMPARE(cpmFinishOf(p, QStringLiteral("1.2")), d("2024-03-29"));
        QCOMPARE(cpmFinishOf(p, QStringLiteral("3")), d("2024-03-17"));
        QCOMPARE(cpmFinishOf(p, QStringLiteral("1.1")), d("2024-03-08"));
        const QStringList &log = r.log;
        QVERIFY(logHas(log, QStringLiteral("Remaining durations became the calendar days from the status date"),
                       QStringLiteral("'Realisatie': 10 working days → 15 days")));
        QVERIFY(logHas(log, QStringLiteral("Remaining durations of tasks scheduled to finish before the status date"),
                       QStringLiteral("'Migratie': 3 → 3 days")));
        QVERIFY(logHas(log, QStringLiteral("Percent complete without an actual start is not kept"),
                       QStringLiteral("'Communicatie': 50%")));
        QVERIFY(logHas(log, QStringLiteral("Percent complete is not kept"), QStringLiteral("'Realisatie': 30%")));
        QVERIFY(!logHas(log, QStringLiteral("not represented"), QStringLiteral("aseline")));
        QVERIFY(!logHas(log, QStringLiteral("Actual start and finish dates are not represented")));
    }

    // Baseline 0 ("Baseline") and 1 of progress-2007.xml: dates inclusive, the milestone's 17:00 the next
    // day, costs in hundredths of a euro as k€ (1,250,000 → 12.5 k€); the summary tasks' baselines dropped.
    void baselines2007()
    {
        const ImportResult r = load(QStringLiteral("progress-2007.xml"));
        QVERIFY(r.ok());
        const Portfolio &p = *r.portfolio;
        QCOMPARE(p.baselines.size(), 2);
        QCOMPARE(p.baselines[0].name, QStringLiteral("Baseline"));
        QCOMPARE(p.baselines[1].name, QStringLiteral("Baseline 1"));
        QCOMPARE(p.baselines[0].date, d("2024-03-04")); // the plan's start: MSPDI does not date baselines
        QCOMPARE(p.baselines[1].date, d("2024-03-04"));
        QCOMPARE(baselinePosts(p),
                 (QStringList{QStringLiteral("0 1.1 2024-03-04..2024-03-08 12.5"),
                              QStringLiteral("0 1.2 2024-03-11..2024-03-22 20"),
                              QStringLiteral("0 1.3 2024-03-23..2024-03-23 -"),
                              QStringLiteral("1 1.1 2024-03-04..2024-03-08 13.750500000000001"),
                              QStringLiteral("1 1.2 2024-03-11..2024-03-29 24"),
                              QStringLiteral("1 1.3 2024-03-30..2024-03-30 -")}));
        QVERIFY(logHas(r.log, QStringLiteral("Baseline work (hours) is not kept"),
                       QStringLiteral("'Ontwerp': baseline 0")));
        QVERIFY(logHas(r.log, QStringLiteral("Baselines of summary tasks were not kept"), QStringLiteral("'Bouw'")));
        QVERIFY(logHas(r.log, QStringLiteral("MSPDI does not say when a baseline was saved"),
                       QStringLiteral("Baseline, Baseline 1")));
        QVERIFY(logHas(r.log, QStringLiteral("Baseline costs became"), QStringLiteral("EUR")));
        // The imported document is a valid one (the reader's baseline and progress rules).
        QVERIFY(r.ok());
    }

    // progress-2003.xml: no status date, so actual dates cannot be kept (said), a baseline without a Number
    // is baseline 0, and a cost in dollars is taken as euros (said).
    void progress2003WithoutStatusDate()
    {
        const ImportResult r = load(QStringLiteral("progress-2003.xml"));
        QVERIFY(r.ok());
        const Portfolio &p = *r.portfolio;
        QCOMPARE(progress(p), (QStringList{QStringLiteral("A done .. rem -"), QStringLiteral("B running .. rem -")}));
        QVERIFY(logHas(r.log,
                       QStringLiteral("The plan has no status date: actual dates and remaining durations were dropped"),
                       QStringLiteral("'Werkpakket'")));
        QCOMPARE(baselinePosts(p), QStringList{QStringLiteral("0 A 2005-05-02..2005-05-04 0.99950000000000006")});
        QCOMPARE(p.baselines[0].date, d("2005-05-02"));
        QVERIFY(logHas(r.log, QStringLiteral("Baseline costs became"), QStringLiteral("USD")));
    }

    // plan-2010.xml: the finished and running tasks keep their actual dates; 1.2 has no remaining duration,
    // so its remainder runs to its scheduled finish (19..26 January = 8 days).
    void progress2010()
    {
        const ImportResult r = load(QStringLiteral("plan-2010.xml"));
        QVERIFY(r.ok());
        const Portfolio &p = *r.portfolio;
        QCOMPARE(progress(post(p, QStringLiteral("1.1"))), QStringLiteral("1.1 done 2024-01-08..2024-01-12 rem -"));
        QCOMPARE(progress(post(p, QStringLiteral("1.2"))), QStringLiteral("1.2 running 2024-01-15.. rem 8"));
        QCOMPARE(progress(post(p, QStringLiteral("1.3"))), QStringLiteral("1.3 running 2024-01-17.. rem 22"));
        QCOMPARE(progress(post(p, QStringLiteral("2.2"))), QStringLiteral("2.2 done 2024-01-15..2024-01-19 rem -"));
        QCOMPARE(baselinePosts(p), QStringList{QStringLiteral("0 1.1 2024-01-08..2024-01-12 -")});
    }

    // Progress the portfolio's rules refuse (an actual start after the status date) is dropped and said,
    // never an error; an impossible baseline (finish before start) is an error at its line.
    void refusedProgressIsDroppedAndSaid()
    {
        QByteArray xml = QByteArrayLiteral(
            "<Project><StatusDate>2024-01-10T17:00:00</StatusDate><Tasks>"
            "<Task><UID>1</UID><Name>Later</Name><WBS>A</WBS><OutlineLevel>1</OutlineLevel>"
            "<Start>2024-01-08T08:00:00</Start><Finish>2024-01-19T17:00:00</Finish>"
            "<PercentComplete>10</PercentComplete><ActualStart>2024-01-12T08:00:00</ActualStart></Task>"
            "</Tasks></Project>");
        ImportResult r = importMspdi(xml, QStringLiteral("x.xml"));
        QVERIFY(r.ok());
        QCOMPARE(progress(r.portfolio->posts[0]), QStringLiteral("A running .. rem -"));
        QVERIFY(logHas(r.log, QStringLiteral("Progress that breaks Riskboard's progress rules"),
                       QStringLiteral("after the status date")));

        xml = QByteArrayLiteral("<Project>\n<Tasks><Task><UID>1</UID><Name>X</Name><Start>2024-01-08T08:00:00</Start>\n"
                                "<Baseline><Number>0</Number><Start>2024-01-08T08:00:00</"
                                "Start><Finish>2024-01-05T17:00:00</Finish></Baseline>"
                                "</Task></Tasks></Project>");
        r = importMspdi(xml, QStringLiteral("x.xml"));
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.first().line, 3);
        QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("Baseline 0 finishes before it starts")));
        r = importMspdi(
            QByteArrayLiteral(
                "<Project><Tasks><Task><UID>1</UID><Baseline><Number>11</Number></Baseline></Task></Tasks></Project>"),
            QStringLiteral("x.xml"));
        QVERIFY(!r.ok());
    }

    // Export → import keeps actual dates, remaining days and the baselines' posts exactly, for the plans
    // above, the progress sample and MAB; a second round changes nothing.
    void roundTripIsLossless_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("progress-2007") << kData + QStringLiteral("progress-2007.xml");
        QTest::newRow("plan-2010") << kData + QStringLiteral("plan-2010.xml");
        QTest::newRow("progress-sample") << QStringLiteral(RISKBOARD_TEST_DATA "/valid/progress-sample.json");
        QTest::newRow("mab") << QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
    }
    void roundTripIsLossless()
    {
        QFETCH(QString, file);
        Portfolio original;
        if (file.endsWith(QLatin1String(".xml"))) {
            const ImportResult r = load(file.mid(kData.size()));
            QVERIFY(r.ok());
            original = *r.portfolio;
        } else {
            const LoadResult r = DocumentReader::readFile(file);
            QVERIFY(r.ok());
            original = *r.portfolio;
        }
        const ExportResult x = exportMspdi(original, QStringLiteral("rondreis.xml"));
        if (!original.baselines.isEmpty())
            QVERIFY(x.log.join(QLatin1Char('\n')).contains(QStringLiteral("the baselines' names, dates, reasons")));
        const ImportResult back = importMspdi(x.xml, QStringLiteral("rondreis.xml"));
        for (const Diagnostic &e : back.diagnostics) qWarning("%s", qPrintable(e.toString()));
        QVERIFY(back.ok());
        QCOMPARE(progress(*back.portfolio), progress(original));
        QCOMPARE(baselinePosts(*back.portfolio), baselinePosts(original));
        QCOMPARE(back.portfolio->baselines.size(), original.baselines.size());
        // Riskboard's own file: nothing is lost of the progress, so nothing is said about it.
        QVERIFY(!logHas(back.log, QStringLiteral("Percent complete")));
        QVERIFY(!logHas(back.log, QStringLiteral("Remaining durations")));
        const ImportResult again = importMspdi(exportMspdi(*back.portfolio, QStringLiteral("rondreis.xml")).xml,
                                               QStringLiteral("rondreis.xml"));
        QVERIFY(again.ok());
        QCOMPARE(*again.portfolio, *back.portfolio);
    }

    // What MS Project reads: PercentComplete from the actual days and the remaining ones, ActualStart and
    // ActualFinish at the working day's start and end, RemainingDuration in working hours, Baseline Cost
    // in hundredths.
    void exportWritesMsProjectFields()
    {
        const LoadResult r
            = DocumentReader::readFile(QStringLiteral(RISKBOARD_TEST_DATA "/valid/progress-sample.json"));
        QVERIFY(r.ok());
        const QByteArray xml = exportMspdi(*r.portfolio, QStringLiteral("x.xml")).xml;
        // B: actual start 11 April 2019, status date 15 May, 60 days left: 34 / (34 + 60) = 36 %.
        QVERIFY(xml.contains("<PercentComplete>36</PercentComplete>"));
        QVERIFY(xml.contains("<ActualStart>2019-04-11T08:00:00</ActualStart>"));
        QVERIFY(xml.contains("<ActualFinish>2019-04-10T17:00:00</ActualFinish>"));
        // 60 calendar days from Wednesday 15 May 2019: 43 weekdays × 8 h.
        QVERIFY(xml.contains("<RemainingDuration>PT344H0M0S</RemainingDuration>"));
        QVERIFY(xml.contains("<Cost>10000000</Cost>")); // A's 100 k€ in the first baseline
        QVERIFY(xml.contains("<Alias>Riskboard remaining days</Alias>"));
    }
};

QTEST_GUILESS_MAIN(TestMspdiProgress)
#include "tst_mspdiprogress.moc"
