// tst_timelineplan.cpp — the timeline's one input builder (model/timelineplan.h) on a small portfolio
// with progress and two baselines: a done post keeps its actuals and is done throughout, a running post
// is done up to the status date and its remainder runs from the status date for its remaining days,
// work not started moves to the status date, each bar carries the first and the latest baseline, a
// cancelled post is left out, and a what-if slip moves the slipped post. The expected dates are
// worked out by hand from the calendar, not from the scheduler.
#include "analysis/propagation.h"
#include "model/scheduleadapter.h"
#include "model/timelineplan.h"

#include <QtTest>

using namespace rb::model;

namespace {

Post post(const QString &id, PostStatus status, QDate start, QDate finish)
{
    Post p;
    p.id = id;
    p.title = QStringLiteral("Post %1").arg(id);
    p.theme = 2;
    p.status = status;
    p.start = start;
    p.finish = finish;
    return p;
}

Portfolio portfolio()
{
    Portfolio pf;
    pf.programme.name = QStringLiteral("Test");
    pf.programme.start = QDate(2019, 1, 1);
    pf.programme.end = QDate(2019, 12, 31);
    pf.programme.statusDate = QDate(2019, 5, 31);
    pf.programme.themes << Theme{2, QStringLiteral("Informatie"), QStringLiteral("Information")};
    Post done = post(QStringLiteral("A"), PostStatus::Done, QDate(2019, 1, 1), QDate(2019, 3, 31));
    done.actualStart = QDate(2019, 1, 1);
    done.actualFinish = QDate(2019, 4, 30); // a month later than planned
    Post running = post(QStringLiteral("B"), PostStatus::Running, QDate(2019, 1, 1), QDate(2019, 5, 31));
    running.actualStart = QDate(2019, 1, 7);
    running.remainingDays = 10; // 31 May .. 9 June
    Post planned
        = post(QStringLiteral("C"), PostStatus::Planned, QDate(2019, 3, 1), QDate(2019, 3, 31)); // 31 days, not started
    Post cancelled = post(QStringLiteral("D"), PostStatus::Cancelled, QDate(2019, 2, 1), QDate(2019, 2, 28));
    pf.posts << done << running << planned << cancelled;

    Baseline original;
    original.name = QStringLiteral("Programmaplan");
    original.date = QDate(2018, 10, 18);
    original.posts << BaselinePost{QStringLiteral("A"), QDate(2019, 1, 1), QDate(2019, 3, 31), 10.0}
                   << BaselinePost{QStringLiteral("B"), QDate(2019, 1, 1), QDate(2019, 5, 31), 20.0}
                   << BaselinePost{QStringLiteral("C"), QDate(2019, 3, 1), QDate(2019, 3, 31), 5.0};
    Baseline replan;
    replan.name = QStringLiteral("Herijking");
    replan.date = QDate(2019, 4, 15);
    replan.posts << BaselinePost{QStringLiteral("B"), QDate(2019, 1, 7), QDate(2019, 6, 15), 22.0};
    pf.baselines << original << replan;
    return pf;
}

const TimelineBar &bar(const TimelinePlan &plan, const QString &id)
{
    for (const TimelineBar &b : plan.bars)
        if (b.id == id) return b;
    qFatal("no bar %s", qPrintable(id));
}

} // namespace

class TestTimelinePlan : public QObject {
    Q_OBJECT
private slots:
    void progressAndBaselines()
    {
        const Portfolio pf = portfolio();
        QString error;
        const auto schedule = PortfolioSchedule::build(pf, &error);
        QVERIFY2(schedule, qPrintable(error));
        const TimelinePlan plan = buildTimelinePlan(pf, *schedule);

        QCOMPARE(plan.statusDate, QDate(2019, 5, 31));
        QCOMPARE(plan.originalName, QStringLiteral("Programmaplan"));
        QCOMPARE(plan.latestName, QStringLiteral("Herijking"));
        QVERIFY(!plan.whatIf);
        // One theme header, then the three posts that are not cancelled, by start then finish.
        QCOMPARE(plan.rows.size(), 4);
        QCOMPARE(plan.rows[0].bar, -1);
        QCOMPARE(plan.rows[0].themeName, QStringLiteral("Informatie"));
        QStringList order;
        for (int r = 1; r < plan.rows.size(); ++r) order << plan.bars[plan.rows[r].bar].id;
        QCOMPARE(order, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));

        // Done: on its actual dates, done throughout, no remainder.
        const TimelineBar &a = bar(plan, QStringLiteral("A"));
        QCOMPARE(a.start, QDate(2019, 1, 1));
        QCOMPARE(a.finish, QDate(2019, 4, 30));
        QVERIFY(a.done);
        QCOMPARE(a.doneUntil, QDate(2019, 4, 30));
        QVERIFY(!a.remainderStart.isValid());
        QCOMPARE(a.originalFinish, QDate(2019, 3, 31));
        QVERIFY(!a.latestStart.isValid()); // the re-plan does not name it

        // Running: from its actual start, done until the day before the status date, 10 days left from it.
        const TimelineBar &b = bar(plan, QStringLiteral("B"));
        QCOMPARE(b.start, QDate(2019, 1, 7));
        QCOMPARE(b.actualStart, QDate(2019, 1, 7));
        QCOMPARE(b.doneUntil, QDate(2019, 5, 30));
        QCOMPARE(b.remainderStart, QDate(2019, 5, 31));
        QCOMPARE(b.finish, QDate(2019, 6, 9));
        QCOMPARE(b.originalStart, QDate(2019, 1, 1));
        QCOMPARE(b.originalFinish, QDate(2019, 5, 31));
        QCOMPARE(b.latestStart, QDate(2019, 1, 7));
        QCOMPARE(b.latestFinish, QDate(2019, 6, 15));

        // Not started: not before the status date, its 31 days from there; nothing done.
        const TimelineBar &c = bar(plan, QStringLiteral("C"));
        QCOMPARE(c.start, QDate(2019, 5, 31));
        QCOMPARE(c.finish, QDate(2019, 6, 30));
        QVERIFY(!c.doneUntil.isValid());
        QVERIFY(!c.remainderStart.isValid());
        QCOMPARE(c.originalStart, QDate(2019, 3, 1));

        QCOMPARE(plan.firstDate, QDate(2019, 1, 1));
        QVERIFY(plan.lastDate >= QDate(2019, 6, 30));
    }

    void oneBaselineIsTheOriginalOnly()
    {
        Portfolio pf = portfolio();
        pf.baselines.removeLast();
        const auto schedule = PortfolioSchedule::build(pf);
        QVERIFY(schedule);
        const TimelinePlan plan = buildTimelinePlan(pf, *schedule);
        QCOMPARE(plan.originalName, QStringLiteral("Programmaplan"));
        QVERIFY(plan.latestName.isEmpty());
        QVERIFY(!bar(plan, QStringLiteral("B")).latestFinish.isValid());
    }

    void whatIfSlip()
    {
        const Portfolio pf = portfolio();
        const auto schedule = PortfolioSchedule::build(pf);
        QVERIFY(schedule);
        rb::analysis::DelayPropagator propagator(schedule->network(), schedule->schedule());
        rb::analysis::DelayScenario delay;
        delay.slips.push_back(rb::analysis::Slip{uint32_t(schedule->taskOf(QStringLiteral("C"))), 10});
        auto result = propagator.propagate(delay);
        QVERIFY(result);
        TimelineScenario scenario;
        scenario.slips.insert(QStringLiteral("C"), 10);
        scenario.result = &*result;
        scenario.text = QStringLiteral("C +10 d");
        const TimelinePlan plan = buildTimelinePlan(pf, *schedule, &scenario);
        QVERIFY(plan.whatIf);
        QCOMPARE(plan.scenario, QStringLiteral("C +10 d"));
        const TimelineBar &c = bar(plan, QStringLiteral("C"));
        QVERIFY(c.moved && c.delayed);
        QCOMPARE(c.newStart, QDate(2019, 5, 31)); // a slipped post keeps its start and takes longer
        QCOMPARE(c.newFinish, QDate(2019, 7, 10));
        QCOMPARE(c.slipDays, 10);
        QVERIFY(!bar(plan, QStringLiteral("A")).moved);
    }
};

QTEST_GUILESS_MAIN(TestTimelinePlan)
#include "tst_timelineplan.moc"
