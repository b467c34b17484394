// tst_postsemantics.cpp — level-of-effort tasks and fixed external dates (targets), the programme
// finish defined once (ScheduleNetwork::inProgramme), near-critical tasks and fixed windows.
#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "analysis/propagation.h"
#include "testsupport.h"

#include <QtTest>

#include <algorithm>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {
Task levelOfEffort(std::string id, int duration, int snet)
{
    Task t = task(std::move(id), duration, snet);
    t.levelOfEffort = true;
    return t;
}

Task fixedDate(std::string id, int day, int duration = 0)
{
    Task t = task(std::move(id), duration, day);
    t.external = true;
    t.fixedDate = true;
    t.fixedStart = day;
    t.fixedFinish = duration ? day + duration - 1 : day;
    return t;
}

// 4A (planned 30 days from day 100, sampled triangular 10..20..40) must be ready before a law on day 120.
NetworkInput lawNetwork()
{
    NetworkInput in;
    in.tasks = {task("4A", 30, 100), fixedDate("X-LAW", 120), task("5C3", 40, 100)};
    in.tasks[0].estimate = Estimate{10, 20, 40};
    in.links = {{0, 1, LinkType::FS, 0}};
    return in;
}
} // namespace

class TestPostSemantics : public QObject {
    Q_OBJECT
private slots:
    void programmeMembershipIsDefinedOnce()
    {
        QVERIFY(ScheduleNetwork::inProgramme(task("4A", 1)));
        QVERIFY(!ScheduleNetwork::inProgramme(levelOfEffort("1A", 1, 0)));
        QVERIFY(!ScheduleNetwork::inProgramme(fixedDate("X-LAW", 0)));
        Task ext = task("X-DSO", 1);
        ext.external = true;
        QVERIFY(!ScheduleNetwork::inProgramme(ext));
    }

    // A role that spans the plateau ends later than the work, yet it is neither the finish nor critical.
    void levelOfEffortIsNeitherTheFinishNorCritical()
    {
        NetworkInput in;
        in.tasks = {levelOfEffort("1A", 365, 1000), task("4A", 200, 1000), task("5C3", 100, 1000)};
        const auto net = mustBuild(in);
        const Schedule s = computeSchedule(net);
        QCOMPARE(s.finish, 1199);
        QVERIFY(!s.tasks[0].critical);
        QCOMPARE(s.tasks[0].earlyFinish, 1364); // still drawn over its whole window
        QVERIFY(s.tasks[1].critical);
        const auto paths = criticalPaths(net, s);
        QCOMPARE(paths.size(), size_t(1));
        QCOMPARE(paths[0], std::vector<std::uint32_t>{1});
        QVERIFY(nearCritical(net, s, 1000) == std::vector<std::uint32_t>{2}); // not 1A
    }

    // Its duration is not sampled and it never appears among the drivers, even with an estimate.
    void levelOfEffortIsNeverADriver()
    {
        NetworkInput in;
        in.tasks = {levelOfEffort("1A", 365, 1000), task("4A", 200, 1000)};
        in.tasks[0].estimate = Estimate{300, 365, 700};
        in.tasks[1].estimate = Estimate{150, 200, 300};
        const auto net = mustBuild(in);
        MonteCarloOptions o;
        o.iterations = 500;
        auto r = runMonteCarlo(net, buildMonteCarloModel(net), o);
        QVERIFY(r.ok());
        QCOMPARE(r->tasks[0].finish.p90, 1364);
        QCOMPARE(r->tasks[0].criticality, 0.0);
        for (const SensitivityEntry &e : r->sensitivity) QVERIFY(e.task != 0);
        QCOMPARE(r->sensitivity.size(), size_t(1));
    }

    // A fixed date does not move when its predecessor is late; the link becomes a target whose
    // deterministic slack is negative, and the predecessor's float shows the miss.
    void fixedDateNeverMovesAndBecomesATarget()
    {
        const auto net = mustBuild(lawNetwork());
        const Schedule s = computeSchedule(net);
        QCOMPARE(s.tasks[1].earlyStart, 120); // not 130: the law does not wait for 4A
        QCOMPARE(s.tasks[1].earlyFinish, 120);
        QCOMPARE(s.finish, 139); // 5C3; the law is not part of the finish
        const auto t = targets(net, s);
        QCOMPARE(t.size(), size_t(1));
        QCOMPARE(t[0].task, 0u);
        QCOMPARE(t[0].target, 1u);
        QCOMPARE(t[0].date, 120);
        QCOMPARE(t[0].slackDays, -10); // 4A finishes on 129; it had to finish by 119
        QCOMPARE(s.tasks[0].totalFloat, -10);
        QVERIFY(!s.tasks[1].critical);

        NetworkInput early = lawNetwork();
        early.tasks[1] = fixedDate("X-LAW", 150);
        const auto net2 = mustBuild(early);
        const auto t2 = targets(net2, computeSchedule(net2));
        QCOMPARE(t2[0].slackDays, 20);
    }

    void whatIfNeverMovesAFixedDate()
    {
        const auto net = mustBuild(lawNetwork());
        const Schedule s = computeSchedule(net);
        DelayPropagator prop(net, s);
        auto r = prop.propagate({{{0, 30}}, {}, {}});
        QVERIFY(r.ok());
        for (const auto &a : r->affected) QVERIFY(a.task != 1);
        QCOMPARE(r->finishAfter, 159); // 4A now ends last
    }

    // In the simulation the fixed date is the same in every iteration, and the target reports the
    // share of iterations in which 4A is ready and the P80 miss.
    void simulatedTargetsAndFixedDates()
    {
        const auto net = mustBuild(lawNetwork());
        MonteCarloOptions o;
        o.iterations = 20000;
        auto r = runMonteCarlo(net, buildMonteCarloModel(net), o);
        QVERIFY(r.ok());
        const TaskRisk &law = r->tasks[1];
        QCOMPARE(law.finish.p50, 120);
        QCOMPARE(law.finish.p90, 120);
        QCOMPARE(law.meanDuration, 0.0);
        QCOMPARE(r->targets.size(), size_t(1));
        const TargetRisk &t = r->targets[0];
        QCOMPARE(t.task, 0u);
        QCOMPARE(t.target, 1u);
        QCOMPARE(t.date, 120);
        // Met when the rounded sample is <= 20 days: F(20.5) of triangular(10, 20, 40) = 10.5^2 / 300.
        QVERIFY2(std::abs(t.probabilityMet - 0.3675) < 0.02, qPrintable(QString::number(t.probabilityMet)));
        // P80 of the miss: the 0.8 quantile of the sample (40 - sqrt(120) = 29.05) minus 20 days.
        QVERIFY2(t.p80MissDays >= 8 && t.p80MissDays <= 10, qPrintable(QString::number(t.p80MissDays)));
        QVERIFY(t.p50MissDays >= 1 && t.p50MissDays <= t.p80MissDays);
        // The finish probability by a day agrees with the distribution.
        QCOMPARE(r->probabilityBy(r->finish.p90 + 1000), 1.0);
        QCOMPARE(r->probabilityBy(0), 0.0);
        QVERIFY(r->probabilityBy(r->finish.p80) >= 0.8);

        o.threads = 1; // reproducible on any number of threads
        auto one = runMonteCarlo(net, buildMonteCarloModel(net), o);
        QCOMPARE(one->targets[0].probabilityMet, t.probabilityMet);
        QCOMPARE(one->targets[0].p80MissDays, t.p80MissDays);
    }

    // Near-critical: the programme's own tasks with float under the threshold that are not critical.
    void nearCriticalTasks()
    {
        NetworkInput in;
        in.tasks = {task("A", 100, 0), task("B", 90, 0), task("C", 50, 0), levelOfEffort("R", 95, 0)};
        const auto net = mustBuild(in);
        const Schedule s = computeSchedule(net);
        QVERIFY(nearCritical(net, s, 20) == std::vector<std::uint32_t>{1});
        QVERIFY(nearCritical(net, s, 51) == (std::vector<std::uint32_t>{1, 2}));
        QVERIFY(nearCritical(net, s, 0).empty());
    }

    // Posts whose planned windows all end on the programme finish, with nothing driving them.
    void fixedWindowsEndingTogether()
    {
        NetworkInput in;
        in.tasks = {task("3C", 365, 0), task("5D1", 300, 65), task("3A0", 200, 0), task("3A1", 165, 0)};
        in.links = {{2, 3, LinkType::FS, 0}};
        const auto net = mustBuild(in);
        const Schedule s = computeSchedule(net);
        QCOMPARE(s.finish, 364);
        QVERIFY(fixedWindowEnds(net, s) == (std::vector<std::uint32_t>{0, 1})); // 3A1 is driven by 3A0
    }
};

QTEST_APPLESS_MAIN(TestPostSemantics)
#include "tst_postsemantics.moc"
