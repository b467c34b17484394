// DelayPropagator: incremental what-if against full recomputation, exactness, absorption, via chains, cost.
#include "analysis/propagation.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {

/// The tasks whose finish drives the programme finish: end tasks, and predecessors tied to them through
/// a binding FS or FF link (so delaying their finish delays the successor's start one for one).
std::vector<bool> finishDriving(const NetworkInput &in, const Schedule &s, const Reference &ref)
{
    const std::size_t n = in.tasks.size();
    std::vector<bool> mark(n, false);
    for (std::size_t i = 0; i < n; ++i) mark[i] = !in.tasks[i].done && s.tasks[i].earlyFinish == s.finish;
    for (bool changed = true; changed;) {
        changed = false;
        for (const Link &l : in.links) {
            if (mark[l.from] || !mark[l.to] || in.tasks[l.from].done || in.tasks[l.to].done) continue;
            const bool tight = (l.type == LinkType::FS && ref.ee[l.from] + l.lagDays == ref.es[l.to])
                || (l.type == LinkType::FF && ref.ee[l.from] + l.lagDays - ref.dur[l.to] == ref.es[l.to]);
            if (tight) mark[l.from] = changed = true;
        }
    }
    return mark;
}

} // namespace

class TestPropagation : public QObject {
    Q_OBJECT
private slots:
    void slipReachesSuccessorsAndIsAbsorbedByFloat()
    {
        // A(5) -> B(3) -> D(2);  A -> C(1) -> D ; C has 2 days of float.
        NetworkInput in;
        in.tasks = {task("A", 5, 100), task("B", 3), task("C", 1), task("D", 2), task("E", 1)};
        in.tasks[1].costPerDay = 2;
        in.tasks[3].costPerDay = 10;
        in.links = {{0, 1, LinkType::FS, 0},
                    {1, 3, LinkType::FS, 0},
                    {0, 2, LinkType::FS, 0},
                    {2, 3, LinkType::FS, 0},
                    {2, 4, LinkType::FS, 0}};
        auto net = mustBuild(in);
        const Schedule base = computeSchedule(net);
        DelayPropagator prop(net, base);

        auto r = prop.propagate({{{1, 4}}, {}, {}}); // B slips 4 days
        QVERIFY(r);
        QCOMPARE(r->affected.size(), std::size_t(2));
        QCOMPARE(r->affected[0].task, 1u);
        QCOMPARE(r->affected[0].oldFinish, 107);
        QCOMPARE(r->affected[0].newFinish, 111);
        QCOMPARE(r->affected[0].slipDays, 4);
        QCOMPARE(r->affected[1].task, 3u);
        QCOMPARE(r->affected[1].slipDays, 4);
        QCOMPARE(r->via(3), (std::vector<std::uint32_t>{1, 3}));
        QCOMPARE(r->finishBefore, 109);
        QCOMPARE(r->finishAfter, 113);
        QCOMPARE(r->costOfDelay, 4 * 2.0 + 4 * 10.0);
        QVERIFY(r->absorbed.empty());

        auto c = prop.propagate({{{2, 2}}, {}, {}}); // C slips 2 days: D absorbs it, E moves
        QVERIFY(c);
        QCOMPARE(c->finishAfter, c->finishBefore);
        QCOMPARE(c->affected.size(), std::size_t(2)); // C and E
        QCOMPARE(c->absorbed.size(), std::size_t(1));
        QCOMPARE(c->absorbed[0].task, 3u);
        QCOMPARE(c->absorbed[0].via, 2u);

        // The propagator restores its state: the first scenario again gives the same answer.
        auto again = prop.propagate({{{1, 4}}, {}, {}});
        QCOMPARE(again->finishAfter, 113);
        QCOMPARE(again->affected.size(), std::size_t(2));
    }
    void removedLinkAndDurationChange()
    {
        NetworkInput in;
        in.tasks = {task("A", 10, 100), task("B", 3), task("C", 4, 100)};
        in.links = {{0, 1, LinkType::FS, 0}, {2, 1, LinkType::FS, 0}};
        auto net = mustBuild(in);
        const Schedule base = computeSchedule(net);
        DelayPropagator prop(net, base);
        auto r = prop.propagate({{}, {}, {0}}); // without A -> B, B follows C
        QVERIFY(r);
        QCOMPARE(r->finishBefore, 112);
        QCOMPARE(r->finishAfter, 109); // A itself still ends on 109
        QCOMPARE(r->affected.size(), std::size_t(1));
        QCOMPARE(r->affected[0].slipDays, -6);
        auto d = prop.propagate({{}, {{0, 2}}, {}});
        QCOMPARE(d->finishAfter, 106); // C 100..103, B 104..106
        QVERIFY(!prop.propagate({{{9, 1}}, {}, {}}));
        QCOMPARE(prop.propagate({{{0, -20}}, {}, {}}).error().code, ErrorCode::InvalidArgument);
    }
    void matchesFullRecomputation()
    {
        std::mt19937 rng(21);
        for (int round = 0; round < 2000; ++round) {
            NetworkInput in = randomNetwork(rng);
            auto net = mustBuild(in);
            const Schedule base = computeSchedule(net);
            DelayPropagator prop(net, base);
            const int n = static_cast<int>(in.tasks.size());
            DelayScenario sc;
            NetworkInput changed = in;
            const int t = std::uniform_int_distribution<int>(0, n - 1)(rng);
            const int days = std::uniform_int_distribution<int>(0, 15)(rng);
            sc.slips.push_back({std::uint32_t(t), days});
            if (!in.tasks[t].done) {
                // a slip keeps the start of a task and moves a milestone: the equivalent plan pins the start
                const bool milestone = in.tasks[t].durationDays == 0;
                if (!milestone) changed.tasks[t].durationDays += days;
                changed.tasks[t].startNoEarlierThan = std::max(in.tasks[t].startNoEarlierThan.value_or(INT_MIN),
                                                               base.tasks[t].earlyStart + (milestone ? days : 0));
            }
            if (!in.links.empty() && round % 3 == 0) {
                const auto k = std::uniform_int_distribution<std::size_t>(0, in.links.size() - 1)(rng);
                sc.removedLinks.push_back(std::uint32_t(k));
                changed.links.erase(changed.links.begin() + static_cast<long>(k));
            }
            changed.projectStart = net.projectStart();
            const Schedule full = computeSchedule(mustBuild(changed));
            auto r = prop.propagate(sc);
            QVERIFY(r);
            QCOMPARE(r->finishAfter, full.finish);
            QCOMPARE(r->endExclusiveAfter, full.endExclusive);
            std::vector<int> newFinish(n);
            std::vector<bool> seen(n, false);
            for (int i = 0; i < n; ++i) newFinish[i] = base.tasks[i].earlyFinish;
            double cost = 0;
            for (const AffectedTask &a : r->affected) {
                QVERIFY(!seen[a.task]);
                seen[a.task] = true;
                newFinish[a.task] = a.newFinish;
                QCOMPARE(a.oldFinish, base.tasks[a.task].earlyFinish);
                cost += in.tasks[a.task].costPerDay * a.slipDays;
                const auto via = r->via(a.task);
                QCOMPARE(via.back(), a.task);
                QVERIFY(via.front() == std::uint32_t(t)
                        || (!sc.removedLinks.empty() && via.front() == in.links[sc.removedLinks[0]].to));
            }
            for (int i = 0; i < n; ++i) {
                QCOMPARE(newFinish[i], full.tasks[i].earlyFinish);
                if (!seen[i]) QCOMPARE(base.tasks[i].earlyStart, full.tasks[i].earlyStart);
            }
            QCOMPARE(r->costOfDelay, cost);
            for (const AbsorbedTask &a : r->absorbed) QVERIFY(!seen[a.task] && (seen[a.via] || a.via == a.task));
        }
    }
    void exactnessOnRandomNetworks_data()
    {
        QTest::addColumn<bool>("allTypes");
        QTest::newRow("FS only") << false;
        QTest::newRow("all link types") << true;
    }
    void exactnessOnRandomNetworks()
    {
        QFETCH(bool, allTypes);
        std::mt19937 rng(allTypes ? 33 : 34);
        RandomNetworkOptions o;
        o.allLinkTypes = allTypes;
        o.deadlineShare = 0; // float relative to the programme end only
        int criticalChecked = 0, floatChecked = 0;
        for (int round = 0; round < 2000; ++round) {
            const NetworkInput in = randomNetwork(rng, o);
            auto net = mustBuild(in);
            const Schedule base = computeSchedule(net);
            const Reference ref = referenceCpm(in);
            const auto driving = finishDriving(in, base, ref);
            DelayPropagator prop(net, base);
            for (std::uint32_t t = 0; t < in.tasks.size(); ++t) {
                if (in.tasks[t].done) continue;
                const int d = 1 + static_cast<int>(t % 9);
                auto r = prop.propagate({{{t, d}}, {}, {}});
                QVERIFY(r);
                const int shift = r->finishAfter - r->finishBefore;
                if (!allTypes && base.tasks[t].critical) QVERIFY(driving[t]); // FS: critical == drives the end
                if (driving[t]) {
                    QCOMPARE(shift, d);
                    ++criticalChecked;
                }
                const int tf = base.tasks[t].totalFloat;
                if (tf > 0) {
                    auto small = prop.propagate({{{t, tf}}, {}, {}}); // up to the float: never moves the end
                    QCOMPARE(small->finishAfter, small->finishBefore);
                    auto over = prop.propagate({{{t, tf + d}}, {}, {}});
                    QVERIFY(over->finishAfter - over->finishBefore <= d);
                    ++floatChecked;
                }
                QVERIFY(shift >= 0 && shift <= d);
            }
        }
        QVERIFY(criticalChecked > 1000 && floatChecked > 1000);
    }
};

QTEST_APPLESS_MAIN(TestPropagation)
#include "tst_propagation.moc"
