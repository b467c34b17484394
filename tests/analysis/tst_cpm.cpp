// CPM: the inclusive date convention, link types, constraints, floats against a naive reference,
// explanations and critical paths.
#include "analysis/cpm.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

class TestCpm : public QObject {
    Q_OBJECT
private slots:
    void inclusiveDateConvention()
    {
        // The worked example of docs/analysis.md: A (5 d) from day 100, B (3 d) FS after A, M milestone FS after B.
        NetworkInput in;
        in.tasks = {task("A", 5, 100), task("B", 3), task("M", 0)};
        in.links = {{0, 1, LinkType::FS, 0}, {1, 2, LinkType::FS, 0}};
        auto net = mustBuild(in);
        const Schedule s = computeSchedule(net);
        QCOMPARE(s.tasks[0].earlyStart, 100);
        QCOMPARE(s.tasks[0].earlyFinish, 104); // 100..104 is 5 days
        QCOMPARE(s.tasks[1].earlyStart, 105);  // FS lag 0: the day after
        QCOMPARE(s.tasks[1].earlyFinish, 107);
        QCOMPARE(s.tasks[2].earlyStart, 108); // milestone: finish == start
        QCOMPARE(s.tasks[2].earlyFinish, 108);
        QCOMPARE(s.finish, 108);
        QCOMPARE(s.endExclusive, 108);
        for (const auto &t : s.tasks) QVERIFY(t.critical);
    }
    void chainOfPostsFinishesOnStartPlusLongestChainMinusOne()
    {
        std::mt19937 rng(11);
        for (int round = 0; round < 500; ++round) {
            const int d0 = 18000 + round;
            NetworkInput in;
            const int n = std::uniform_int_distribution<int>(1, 30)(rng);
            for (int i = 0; i < n; ++i)
                in.tasks.push_back(task(numberedId("P", i), std::uniform_int_distribution<int>(1, 40)(rng), d0));
            for (int k = 0; k < 2 * n; ++k) {
                int a = std::uniform_int_distribution<int>(0, n - 1)(rng),
                    b = std::uniform_int_distribution<int>(0, n - 1)(rng);
                if (a < b) in.links.push_back({std::uint32_t(a), std::uint32_t(b), LinkType::FS, 0});
            }
            std::vector<int> longest(n); // tasks are already in topological order (links go up)
            for (int i = 0; i < n; ++i) longest[i] = in.tasks[i].durationDays;
            for (int i = 0; i < n; ++i)
                for (const Link &l : in.links)
                    if (int(l.to) == i) longest[i] = std::max(longest[i], longest[l.from] + in.tasks[i].durationDays);
            const Schedule s = computeSchedule(mustBuild(in));
            QCOMPARE(s.finish, d0 + *std::max_element(longest.begin(), longest.end()) - 1);
        }
    }
    void linkTypesAndLags()
    {
        auto two = [](LinkType type, int lag, int durB) {
            NetworkInput in;
            in.tasks = {task("A", 5, 100), task("B", durB)};
            in.links = {{0, 1, type, lag}};
            return computeSchedule(mustBuild(in)).tasks[1];
        };
        QCOMPARE(two(LinkType::FS, 2, 3).earlyStart, 107);
        QCOMPARE(two(LinkType::FS, -2, 3).earlyStart, 103);
        QCOMPARE(two(LinkType::SS, 2, 3).earlyStart, 102);
        QCOMPARE(two(LinkType::FF, 1, 3).earlyFinish, 105); // ends one day after A's finish (104)
        QCOMPARE(two(LinkType::FF, 1, 3).earlyStart, 103);
        QCOMPARE(two(LinkType::SF, 4, 3).earlyFinish, 103); // end >= A's start + 4 (half-open)
        QCOMPARE(two(LinkType::SF, 0, 3).earlyStart, 100);  // no earlier than the project start
    }
    void deadlineGivesNegativeFloat()
    {
        NetworkInput in;
        in.tasks = {task("A", 4, 100), task("B", 6)};
        in.tasks[1].finishNoLaterThan = 105; // B runs 104..109: four days late
        in.links = {{0, 1, LinkType::FS, 0}};
        in.programmeEnd = 107;
        const Schedule s = computeSchedule(mustBuild(in));
        QCOMPARE(s.tasks[1].earlyFinish, 109);
        QCOMPARE(s.tasks[1].lateFinish, 105);
        QCOMPARE(s.tasks[1].totalFloat, -4);
        QCOMPARE(s.tasks[0].totalFloat, -4);
        QVERIFY(s.tasks[0].critical && s.tasks[1].critical);
        QCOMPARE(s.endSlack.value(), -2); // programme end overrun, floats untouched by it
    }
    void doneTasksKeepTheirDates()
    {
        NetworkInput in;
        in.tasks = {task("D", 10), task("N", 3), task("Z", 2, 80)};
        in.tasks[0].done = true;
        in.tasks[0].fixedStart = 85;
        in.tasks[0].fixedFinish = 90;
        in.links = {{2, 0, LinkType::FS, 0}, {0, 1, LinkType::FS, 0}};
        const Schedule s = computeSchedule(mustBuild(in));
        QCOMPARE(s.tasks[0].earlyStart, 85);
        QCOMPARE(s.tasks[0].earlyFinish, 90);
        QCOMPARE(s.tasks[0].lateFinish, 90);
        QVERIFY(!s.tasks[0].critical);
        QCOMPARE(s.tasks[1].earlyStart, 91);
    }
    void programmeEndSlack()
    {
        NetworkInput in;
        in.tasks = {task("A", 10, 100)};
        in.programmeEnd = 120;
        const Schedule s = computeSchedule(mustBuild(in));
        QCOMPARE(s.endSlack.value(), 11);
        QCOMPARE(s.tasks[0].totalFloat, 0); // the target does not shift floats
    }
    void matchesNaiveReferenceOnRandomNetworks_data()
    {
        QTest::addColumn<bool>("allTypes");
        QTest::addColumn<int>("seed");
        QTest::newRow("FS only") << false << 1;
        QTest::newRow("all link types") << true << 2;
        QTest::newRow("all link types, dense") << true << 3;
    }
    void matchesNaiveReferenceOnRandomNetworks()
    {
        QFETCH(bool, allTypes);
        QFETCH(int, seed);
        std::mt19937 rng(static_cast<unsigned>(seed));
        RandomNetworkOptions o;
        o.allLinkTypes = allTypes;
        if (seed == 3) o.linkDensity = 4;
        for (int round = 0; round < 3000; ++round) {
            const NetworkInput in = randomNetwork(rng, o);
            const Reference ref = referenceCpm(in);
            const Schedule s = computeSchedule(mustBuild(in));
            QCOMPARE(s.endExclusive, ref.endExclusive);
            QCOMPARE(s.finish, ref.finish);
            for (std::size_t i = 0; i < in.tasks.size(); ++i) {
                const TaskDates &t = s.tasks[i];
                QCOMPARE(t.earlyStart, ref.es[i]);
                QCOMPARE(t.earlyFinish, inclusiveFinishOf(ref.es[i], ref.ee[i]));
                QCOMPARE(t.lateStart, ref.ls[i]);
                QCOMPARE(t.lateFinish, inclusiveFinishOf(ref.ls[i], ref.le[i]));
                QCOMPARE(t.totalFloat, ref.totalFloat[i]);
                QCOMPARE(t.freeFloat, ref.freeFloat[i]);
                QCOMPARE(t.critical, !in.tasks[i].done && ref.totalFloat[i] <= 0);
            }
        }
    }
    void explanationNamesBindingLinksAndGains()
    {
        // S (start constraint 110) -SS+2-> A -FS-> C ; B -FS+1-> C with B finishing earlier.
        NetworkInput in;
        in.projectStart = 100;
        in.tasks = {task("S", 4, 110), task("A", 5), task("B", 3), task("C", 2)};
        in.links = {{0, 1, LinkType::SS, 2}, {1, 3, LinkType::FS, 0}, {2, 3, LinkType::FS, 1}};
        auto net = mustBuild(in);
        const Schedule s = computeSchedule(net);
        QCOMPARE(s.tasks[3].earlyStart, 117); // A 112..116
        const auto chain = explainStart(net, s, 3);
        QCOMPARE(chain.size(), std::size_t(3));
        QCOMPARE(chain[0].task, 3u);
        QCOMPARE(chain[0].driver, Driver::Link);
        QCOMPARE(chain[0].link.value(), 1u);
        QCOMPARE(chain[0].linkType, LinkType::FS);
        QCOMPARE(chain[0].gainDays.value(), 117 - 104); // next binding: B's link (B 100..102, +1 lag → 104)
        QCOMPARE(chain[1].task, 1u);
        QCOMPARE(chain[1].linkType, LinkType::SS);
        QCOMPARE(chain[1].lagDays, 2);
        QCOMPARE(chain[1].gainDays.value(), 12); // down to the project start
        QCOMPARE(chain[2].task, 0u);
        QCOMPARE(chain[2].driver, Driver::StartConstraint);
        QCOMPARE(chain[2].gainDays.value(), 10);
        QCOMPARE(drivingChain(net, s, 3), (std::vector<std::uint32_t>{0, 1, 3}));
        const auto paths = criticalPaths(net, s);
        QCOMPARE(paths.size(), std::size_t(1));
        QCOMPARE(paths[0], (std::vector<std::uint32_t>{0, 1, 3}));
        QCOMPARE(QString::fromStdString(net.formatChain(paths[0])), QStringLiteral("S \u2192 A \u2192 C"));
    }
    void drivingChainsAreTightOnRandomNetworks()
    {
        std::mt19937 rng(5);
        for (int round = 0; round < 1000; ++round) {
            const NetworkInput in = randomNetwork(rng);
            auto net = mustBuild(in);
            const Schedule s = computeSchedule(net);
            for (std::uint32_t t = 0; t < in.tasks.size(); ++t) {
                const auto chain = explainStart(net, s, t);
                QCOMPARE(chain.front().task, t);
                for (std::size_t i = 0; i < chain.size(); ++i) {
                    const DrivingStep &st = chain[i];
                    QCOMPARE(st.earlyStart, s.tasks[st.task].earlyStart);
                    if (st.driver != Driver::Link) {
                        QCOMPARE(i + 1, chain.size());
                        continue;
                    }
                    const Link &l = in.links[*st.link];
                    QCOMPARE(l.to, st.task);
                    QCOMPARE(l.from, chain[i + 1].task);
                    QVERIFY(*st.gainDays >= 0);
                }
            }
            for (const auto &path : criticalPaths(net, s))
                QVERIFY(s.tasks[path.back()].critical || in.tasks[path.back()].finishNoLaterThan);
        }
    }
};

QTEST_APPLESS_MAIN(TestCpm)
#include "tst_cpm.moc"
