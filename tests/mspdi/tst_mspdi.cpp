// tst_mspdi.cpp — importing the hand-written MSPDI plans of tests/data/mspdi: their dates, links, themes and
// the log of what was not represented; CPM on the imported portfolio against the plan's finish, worked out
// by hand below; malformed plans located by line and column.
#include "model/analysisinput.h"
#include "model/mspdi/mspdi.h"
#include "model/mspdi/mspdixml.h"
#include "model/scheduleadapter.h"

#include <QtTest>

using namespace rb::model;
using namespace rb::model::mspdi;

namespace {

const QString kData = QStringLiteral(RISKBOARD_TEST_DATA "/mspdi/");

ImportResult load(const QString &name, const ImportOptions &options = {})
{
    ImportResult r = importMspdiFile(kData + name, options);
    if (!r.ok())
        for (const Diagnostic &d : r.diagnostics) qWarning("%s", qPrintable(d.toString()));
    return r;
}

const Post &post(const Portfolio &p, const QString &id)
{
    const int i = p.postIndex(id);
    if (i < 0) qFatal("no post %s", qPrintable(id));
    return p.posts[i];
}

QStringList links(const Portfolio &p)
{
    QStringList out;
    for (const Dependency &d : p.dependencies)
        out << QStringLiteral("%1>%2 %3 %4").arg(d.from, d.to, toString(d.type)).arg(d.lagDays);
    return out;
}

QDate cpmFinish(const Portfolio &p)
{
    const auto s = PortfolioSchedule::build(p);
    return s ? fromDayNumber(s->schedule().finish) : QDate();
}

QDate cpmStart(const Portfolio &p, const QString &id)
{
    const auto s = PortfolioSchedule::build(p);
    return fromDayNumber(s->schedule().tasks[size_t(s->taskOf(id))].earlyStart);
}

bool logHas(const QStringList &log, const QString &head, const QString &detail = {})
{
    for (const QString &line : log)
        if (line.contains(head) && line.contains(detail)) return true;
    return false;
}

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

} // namespace

class TestMspdi : public QObject {
    Q_OBJECT
private slots:
    // plan-2010.xml (MS Project 2010+ style). By hand, in calendar days (docs/analysis.md conventions):
    //  1.1 Vooronderzoek   done, 8..12 Jan 2024
    //  1.2 Aanbesteding    FS 1.1: ≥ 13 Jan; its own start 15 Jan → 15..26 Jan
    //  1.3 Implementatie   SS 1.2 +2 elapsed days: ≥ 17 Jan; 17 Jan..9 Feb
    //  1.4 Livegang        milestone at 9 Feb 17:00 = the start of 10 Feb; FS 1.3: ≥ 10 Feb → 10 Feb
    //  2.1 Migratie        FF 1.3 −3 working days → −3 days: finish ≥ 9 Feb − 3 = 6 Feb; 24 Jan..6 Feb
    //  2.2 Training        SF 1.2 +5 elapsed days: finish ≥ 15 Jan + 5 − 1 = 19 Jan; 15..19 Jan
    //  2.3 Nazorg          FS 1.4 +1 working week → +5 days: ≥ 15 Feb; must start 19 Feb → 19 Feb..1 Mar
    // Programme finish 1 Mar 2024 = the plan's FinishDate; every post starts on the plan's date.
    void plan2010DatesAndLinks()
    {
        const ImportResult r = load(QStringLiteral("plan-2010.xml"));
        QVERIFY(r.ok());
        const Portfolio &p = *r.portfolio;
        QCOMPARE(p.programme.name, QStringLiteral("Zaakgericht werken – Ü"));
        QCOMPARE(p.programme.organisation, QStringLiteral("Provincie Flevoland"));
        QCOMPARE(p.programme.start, d("2024-01-08"));
        QCOMPARE(p.programme.end, d("2024-03-01"));
        QCOMPARE(p.programme.statusDate, d("2024-01-19"));
        QCOMPARE(p.programme.themes.size(), 2);
        QCOMPARE(p.programme.themes[0].name, QStringLiteral("Zaakgericht werken – Ü"));
        QCOMPARE(p.programme.themes[1].name, QStringLiteral("Informatiebeheer & archief"));
        QCOMPARE(p.posts.size(), 7);
        QCOMPARE(post(p, QStringLiteral("1.2")).title, QStringLiteral("Aanbesteding Ĳsselmeerpolders"));
        QVERIFY(post(p, QStringLiteral("1.1")).status == PostStatus::Done);
        QCOMPARE(post(p, QStringLiteral("1.1")).note, QStringLiteral("Afgerond volgens plan."));
        QVERIFY(post(p, QStringLiteral("1.2")).status == PostStatus::Running);
        QCOMPARE(post(p, QStringLiteral("1.3")).finish, d("2024-02-09"));
        QCOMPARE(post(p, QStringLiteral("1.3")).deadline, d("2024-02-16"));
        QCOMPARE(post(p, QStringLiteral("1.4")).durationDays, std::optional<int>(0));
        QCOMPARE(post(p, QStringLiteral("1.4")).start, d("2024-02-10"));
        QCOMPARE(post(p, QStringLiteral("2.2")).deadline, d("2024-01-31")); // finish no later than
        QCOMPARE(post(p, QStringLiteral("2.3")).theme, 2);
        QCOMPARE(post(p, QStringLiteral("1.3")).theme, 1);
        QCOMPARE(links(p),
                 (QStringList{QStringLiteral("1.1>1.2 FS 0"), QStringLiteral("1.2>1.3 SS 2"),
                              QStringLiteral("1.3>1.4 FS 0"), QStringLiteral("1.3>2.1 FF -3"),
                              QStringLiteral("1.2>2.2 SF 5"), QStringLiteral("1.4>2.3 FS 5")}));
        QCOMPARE(cpmFinish(p), d("2024-03-01"));
        for (const Post &x : p.posts) QCOMPARE(cpmStart(p, x.id), x.start);
        QVERIFY(scheduleNotes(p).isEmpty());
    }

    void plan2010Log()
    {
        const QStringList log = load(QStringLiteral("plan-2010.xml")).log;
        QVERIFY(logHas(log, QStringLiteral("Calendars are not represented"), QStringLiteral("Standaard")));
        QVERIFY(logHas(log, QStringLiteral("Calendars are reduced to calendar days"),
                       QStringLiteral("'Implementatie zaaksysteem': 18 working days over 24 calendar days")));
        QVERIFY(logHas(log, QStringLiteral("2 resource(s) and 1 assignment(s) dropped")));
        // Progress and baselines are kept (tst_mspdiprogress.cpp); what of them is lost is said.
        QVERIFY(logHas(log, QStringLiteral("Percent complete is not kept"),
                       QStringLiteral("'Aanbesteding Ĳsselmeerpolders': 40%")));
        QVERIFY(logHas(log, QStringLiteral("MSPDI does not say when a baseline was saved"),
                       QStringLiteral("dated 2024-01-08")));
        QVERIFY(!logHas(log, QStringLiteral("Baselines are not represented")));
        QVERIFY(logHas(log, QStringLiteral("Working-time lags became calendar-day lags at 480 minutes"),
                       QStringLiteral("-3d → -3 days")));
        QVERIFY(logHas(log, QStringLiteral("Links from summary tasks"),
                       QStringLiteral("'Zaakgericht werken – Ü' → 'Nazorg en evaluatie'")));
        QVERIFY(
            logHas(log, QStringLiteral("'Must start on' became start-no-earlier-than"), QStringLiteral("2024-02-19")));
        QVERIFY(logHas(log, QStringLiteral("Milestones at the end of a day"),
                       QStringLiteral("2024-02-09 17:00 → 2024-02-10")));
        QVERIFY(logHas(log, QStringLiteral("Custom fields (extended attributes) are not represented: 1 value(s)")));
        // Elapsed whole-day lags are calendar days exactly: nothing lost, nothing said.
        QVERIFY(!logHas(log, QStringLiteral("'Aanbesteding Ĳsselmeerpolders' → 'Implementatie zaaksysteem'")));
    }

    void summariesSkippedOrOneTheme()
    {
        ImportOptions skip;
        skip.summaries = SummaryMode::Skip;
        const ImportResult r = load(QStringLiteral("plan-2010.xml"), skip);
        QVERIFY(r.ok());
        QVERIFY(r.portfolio->programme.themes.isEmpty());
        for (const Post &x : r.portfolio->posts) QCOMPARE(x.theme, 1);
        QVERIFY(logHas(r.log, QStringLiteral("Summary tasks were skipped"), QStringLiteral("Informatiebeheer")));
        ImportOptions three;
        three.theme = 3;
        const ImportResult t = load(QStringLiteral("plan-2010.xml"), three);
        QVERIFY(t.ok());
        for (const Post &x : t.portfolio->posts) QCOMPARE(x.theme, 3);
        QCOMPARE(t.portfolio->posts.size(), 7);
    }

    // plan-2007.xml: DW-1 6..10 Mar 2023; DW-2 FS → 13..24 Mar; DW-3 SS DW-2 −2 elapsed days (≥ 11 Mar), its own
    // start 13 Mar, 13 Mar..7 Apr; DW-4 has no dates: 80 h at 480 min/day = 10 days after DW-3: 8..17 Apr;
    // DW-5 a milestone after DW-4: 18 Apr. Programme finish 18 Apr 2023.
    void plan2007DurationsWithoutDates()
    {
        const ImportResult r = load(QStringLiteral("plan-2007.xml"));
        QVERIFY(r.ok());
        const Portfolio &p = *r.portfolio;
        QCOMPARE(p.programme.name, QStringLiteral("Digitaal werken ëën"));
        QCOMPARE(p.posts.size(), 5); // the project summary task (UID 0) is the project, not a post
        QVERIFY(p.programme.themes.isEmpty());
        QVERIFY(!post(p, QStringLiteral("DW-4")).start.isValid());
        QCOMPARE(post(p, QStringLiteral("DW-4")).durationDays, std::optional<int>(10));
        QCOMPARE(links(p),
                 (QStringList{QStringLiteral("DW-1>DW-2 FS 0"), QStringLiteral("DW-2>DW-3 SS -2"),
                              QStringLiteral("DW-3>DW-4 FS 0"), QStringLiteral("DW-4>DW-5 FS 0")}));
        QCOMPARE(cpmFinish(p), d("2023-04-18"));
        QCOMPARE(cpmStart(p, QStringLiteral("DW-4")), d("2023-04-08"));
        QVERIFY(logHas(r.log, QStringLiteral("'Finish no earlier than' constraints are not represented"),
                       QStringLiteral("Bouw")));
        QVERIFY(logHas(r.log, QStringLiteral("'Start no later than' constraints are not represented"),
                       QStringLiteral("Acceptatietest")));
        QVERIFY(logHas(r.log, QStringLiteral("converted to calendar days at 480 minutes (8 h) a working day"),
                       QStringLiteral("10 working days → 10 days")));
    }

    // plan-2003.xml: 1.1.1 2..6 May 2005; its twin 9..13 May (FS with a 50 % lag, taken as 0); the milestone at
    // 13 May 17:00 = start of 14 May; Uitrol FS → ≥ 14 May, its own start 16 May, 16..27 May = FinishDate.
    void plan2003NestedSummariesAndOddLinks()
    {
        const ImportResult r = load(QStringLiteral("plan-2003.xml"));
        QVERIFY(r.ok());
        const Portfolio &p = *r.portfolio;
        QCOMPARE(p.programme.name, QStringLiteral("Plan2003.xml")); // no Title: the Name
        QCOMPARE(p.posts.size(), 4);
        QCOMPARE(p.programme.themes.size(), 2);
        QCOMPARE(p.programme.themes[1].name, QStringLiteral("Fase 2"));
        QCOMPARE(post(p, QStringLiteral("1.1.1")).theme, 1); // under the nested summary "Deelproject A"
        QCOMPARE(post(p, QStringLiteral("1.1.1-UID4")).title, QStringLiteral("Werkpakket twee"));
        QCOMPARE(post(p, QStringLiteral("2.1")).theme, 2);
        QCOMPARE(links(p),
                 (QStringList{QStringLiteral("1.1.1>1.1.1-UID4 FS 0"), QStringLiteral("1.1.1-UID4>1.2 FS 0"),
                              QStringLiteral("1.2>2.1 FS 0")}));
        QCOMPARE(cpmFinish(p), d("2005-05-27"));
        QVERIFY(logHas(r.log, QStringLiteral("Nested summary tasks"), QStringLiteral("Deelproject A")));
        QVERIFY(logHas(r.log, QStringLiteral("Blank task rows")));
        QVERIFY(logHas(r.log, QStringLiteral("percent of the predecessor's duration")));
        QVERIFY(logHas(r.log, QStringLiteral("Links to other projects"), QStringLiteral("Afronding fase 1")));
        QVERIFY(logHas(r.log, QStringLiteral("duplicate codes were made unique"), QStringLiteral("1.1.1-UID4")));
    }

    // A morning task and an afternoon task linked FS on the same day: in calendar days the successor starts
    // the day after (9 Jan), and the import says so instead of moving it silently.
    void scheduleCheckNamesMovedPosts()
    {
        const ImportResult r = importMspdi("<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>"
                                           "<Task><UID>1</UID><Name>Ochtend</Name><Start>2024-01-08T08:00:00</"
                                           "Start><Finish>2024-01-08T12:00:00</Finish></Task>"
                                           "<Task><UID>2</UID><Name>Middag</Name><Start>2024-01-08T13:00:00</"
                                           "Start><Finish>2024-01-08T17:00:00</Finish>"
                                           "<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></"
                                           "PredecessorLink></Task></Tasks></Project>",
                                           QStringLiteral("day.xml"));
        QVERIFY(r.ok());
        const QStringList notes = scheduleNotes(*r.portfolio);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("1 post(s)"))
                     && notes.first().contains(QStringLiteral("UID2 'Middag': 2024-01-08 → 2024-01-09")),
                 qPrintable(notes.first()));
    }

    void malformedPlans_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("xml") << "bad-xml.xml" << 5 << 11 << "malformed XML";
        QTest::newRow("root") << "bad-root.xml" << 2 << 10 << "not <Project>";
        QTest::newRow("finish") << "bad-finish-before-start.xml" << 6 << 15
                                << "finishes (2024-03-01T17:00:00) before it starts";
        QTest::newRow("predecessor") << "bad-unknown-predecessor.xml" << 6 << 40 << "unknown predecessor UID 7";
        QTest::newRow("cycle") << "bad-cycle.xml" << 7 << 40 << "dependency cycle: UID1 → UID2 → UID3 → UID1";
        QTest::newRow("duration") << "bad-duration.xml" << 4 << 47 << "'PT8X' is not a duration";
        QTest::newRow("uid") << "bad-duplicate-uid.xml" << 5 << 16 << "duplicate task UID 1 (also at line 4)";
    }
    void malformedPlans()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ImportResult r = importMspdiFile(kData + file);
        QVERIFY(!r.ok());
        QVERIFY(!r.diagnostics.isEmpty());
        const Diagnostic &e = r.diagnostics.first();
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(e.toString().startsWith(kData + file + QStringLiteral(":%1:%2: error: ").arg(line).arg(column)));
    }

    void impossibleValues()
    {
        auto one = [](const QByteArray &task) {
            return importMspdi(
                "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task><UID>1</UID><Name>A</Name>" + task
                    + "</Task></Tasks></Project>",
                QStringLiteral("x.xml"));
        };
        QVERIFY(one("<Start>2024-01-01T08:00:00</Start><Finish>2024-01-05T17:00:00</Finish>").ok());
        QVERIFY(!one("<Start>2024-02-30T08:00:00</Start>").ok()); // no such day
        QVERIFY(!one("<PercentComplete>140</PercentComplete>").ok());
        QVERIFY(!one("<ConstraintType>4</ConstraintType>").ok());                                    // without its date
        QVERIFY(!one("<PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink>").ok()); // itself
        QVERIFY(!one("<Milestone>maybe</Milestone>").ok());
        QVERIFY(!one("<PredecessorLink><PredecessorUID>1</PredecessorUID><LagFormat>13</LagFormat></PredecessorLink>")
                     .ok());
        QVERIFY(!importMspdi(QByteArray(), QStringLiteral("empty.xml")).ok());
        QVERIFY(!importMspdi("<Project><Tasks><Task>", QStringLiteral("cut.xml")).ok());
    }

    void durations()
    {
        QCOMPARE(xml::parseDurationMinutes(u"PT8H0M0S"), std::optional<double>(480));
        QCOMPARE(xml::parseDurationMinutes(u"P2DT4H30M0S"), std::optional<double>(2 * 1440 + 270));
        QCOMPARE(xml::parseDurationMinutes(u"PT0H0M30S"), std::optional<double>(0.5));
        QCOMPARE(xml::parseDurationMinutes(u"-PT16H0M0S"), std::optional<double>(-960));
        QVERIFY(!xml::parseDurationMinutes(u"P1Y").has_value()); // a year has no fixed length
        QVERIFY(!xml::parseDurationMinutes(u"PT").has_value());
        QVERIFY(!xml::parseDurationMinutes(u"8H").has_value());
    }
};

QTEST_GUILESS_MAIN(TestMspdi)
#include "tst_mspdi.moc"
