// tst_external.cpp — tasks outside the programme (Task::external): linked and scheduled like any task,
// but they never define the programme finish, are never critical, and an external successor with a
// date acts as a deadline on what the programme must deliver before it.
#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "analysis/propagation.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {
Task external(std::string id, int duration, int snet, std::optional<int> fnlt = std::nullopt)
{
    Task t = task(std::move(id), duration, snet);
    t.external = true;
    t.finishNoLaterThan = fnlt;
    return t;
}
} // namespace

class TestExternal : public QObject {
    Q_OBJECT
private slots:
    // A legal date long after the programme (the Omgevingswet) must not become the programme finish.
    void externalMilestoneAfterTheEndDoesNotDefineTheFinish()
    {
        NetworkInput in;
        in.tasks = {task("4A", 365, 1000), task("5C3", 200, 1000), external("X-LAW", 0, 1800)};
        in.links = {{0, 2, LinkType::FS, 0}};
        const auto net = mustBuild(in);
        const Schedule s = computeSchedule(net);
        QCOMPARE(s.finish, 1000 + 365 - 1);
        QVERIFY(s.tasks[0].critical);  // 4A is the programme's last post
        QVERIFY(!s.tasks[2].critical); // the law is not on the programme's critical path
        QCOMPARE(s.tasks[2].earlyStart, 1800);
        QCOMPARE(s.tasks[1].totalFloat, 165); // floats count from the programme's own finish
        const auto paths = criticalPaths(net, s);
        QCOMPARE(paths.size(), size_t(1));
        QCOMPARE(paths[0], std::vector<std::uint32_t>{0});
    }

    // An external event with a fixed window is a deadline for its predecessors: missing it shows as
    // negative float on the programme post that must be ready first.
    void datedExternalSuccessorActsAsDeadline()
    {
        NetworkInput in;
        in.tasks = {task("4A", 30, 100), external("X-LAW", 0, 120, 120)};
        in.links = {{0, 1, LinkType::FS, 0}};
        const Schedule s = computeSchedule(mustBuild(in));
        QCOMPARE(s.finish, 129);              // 4A's own finish
        QVERIFY(s.tasks[0].totalFloat < 0);   // 4A cannot be ready before the law date
        QCOMPARE(s.tasks[0].lateFinish, 119); // the day before the event
        QVERIFY(!s.tasks[1].critical);
    }

    // External predecessors (another project the programme waits for) drive their successors as usual.
    void externalPredecessorDrivesItsSuccessor()
    {
        NetworkInput in;
        in.tasks = {external("X-CODA", 30, 100), task("3B1", 20, 100)};
        in.links = {{0, 1, LinkType::FS, 0}};
        const Schedule s = computeSchedule(mustBuild(in));
        QCOMPARE(s.tasks[1].earlyStart, 130);
        QCOMPARE(s.finish, 149);
        QCOMPARE(s.tasks[0].totalFloat, 0); // it drives the end, yet it is not the programme's to manage
        QVERIFY(!s.tasks[0].critical);
        QVERIFY(s.tasks[1].critical);
    }

    void onlyExternalTasksStillHaveAFinish()
    {
        NetworkInput in;
        in.tasks = {external("X1", 10, 100), external("X2", 5, 200)};
        const Schedule s = computeSchedule(mustBuild(in));
        QCOMPARE(s.finish, 204);
    }

    void propagationIgnoresExternalEnds()
    {
        NetworkInput in;
        in.tasks = {task("4A", 30, 100), external("X-LAW", 0, 500)};
        in.links = {{0, 1, LinkType::FS, 0}};
        const auto net = mustBuild(in);
        const Schedule base = computeSchedule(net);
        DelayPropagator prop(net, base);
        auto r = prop.propagate({{{0, 10}}, {}, {}});
        QVERIFY(r.ok());
        QCOMPARE(r->finishBefore, 129);
        QCOMPARE(r->finishAfter, 139); // moved by the slip, not held at the law date
        // Slipping the external event itself does not move the programme finish.
        auto x = prop.propagate({{{1, 30}}, {}, {}});
        QVERIFY(x.ok());
        QCOMPARE(x->finishAfter, 129);
    }

    void monteCarloMatchesCpmAndNeverFlagsExternals()
    {
        NetworkInput in;
        in.tasks = {task("4A", 30, 100), external("X-LAW", 0, 500), task("B", 10, 100)};
        in.links = {{0, 1, LinkType::FS, 0}};
        const auto net = mustBuild(in);
        MonteCarloOptions o;
        o.iterations = 200;
        auto r = runMonteCarlo(net, buildMonteCarloModel(net), o);
        QVERIFY(r.ok());
        QCOMPARE(r->finish.p90, 129); // fixed durations: every iteration ends with 4A
        QCOMPARE(r->tasks[1].criticality, 0.0);
        QCOMPARE(r->tasks[0].criticality, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestExternal)
#include "tst_external.moc"
