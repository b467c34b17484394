// ScheduleNetwork: validation, cycle reporting, ids and the topological layout.
#include "analysis/network.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {

// The order and the lists by position agree with the links; every id is found.
void checkLayout(const NetworkInput &in)
{
    auto net = mustBuild(in);
    const auto order = net.topologicalOrder();
    QCOMPARE(order.size(), in.tasks.size());
    for (std::uint32_t p = 0; p < order.size(); ++p) QCOMPARE(net.position(order[p]), p);
    for (const Link &l : in.links) QVERIFY(net.position(l.from) < net.position(l.to));
    std::size_t preds = 0, succs = 0;
    for (std::uint32_t p = 0; p < order.size(); ++p) {
        preds += net.predecessorsAt(p).size();
        succs += net.successorsAt(p).size();
        for (std::size_t k = 0; k < net.predecessorsAt(p).size(); ++k) {
            const Link &l = in.links[net.predecessorLinksAt(p)[k]];
            QCOMPARE(net.position(l.to), p);
            QCOMPARE(net.predecessorsAt(p)[k].other, net.position(l.from));
        }
        for (const Edge &e : net.successorsAt(p)) QVERIFY(e.other > p);
    }
    QCOMPARE(preds, in.links.size());
    QCOMPARE(succs, in.links.size());
    for (std::uint32_t t = 0; t < in.tasks.size(); ++t) QCOMPARE(net.indexOf(in.tasks[t].id), std::optional(t));
}

// From 20,000 tasks on, build() indexes the ids while it orders the tasks, and builds the
// predecessor and successor lists at the same time, on two threads.
NetworkInput largeNetwork()
{
    NetworkInput in;
    for (int i = 0; i < 30000; ++i) in.tasks.push_back(task(numberedId("T", i), 1 + i % 7));
    std::mt19937 rng(11);
    for (int k = 0; k < 90000; ++k) {
        std::uint32_t a = rng() % 30000, b = rng() % 30000;
        if (a == b) continue;
        if (a > b) std::swap(a, b);
        in.links.push_back({a, b, static_cast<LinkType>(k % 4), int(k % 5) - 2});
    }
    return in;
}

} // namespace

class TestScheduleNetwork : public QObject {
    Q_OBJECT
private slots:
    void cycleNamesPostsInOrder()
    {
        NetworkInput in;
        for (auto id : {"1A", "2A2", "3B1", "5C3"}) in.tasks.push_back(task(id, 5));
        in.links = {{0, 1, LinkType::FS, 0}, {1, 3, LinkType::SS, 2}, {3, 1, LinkType::FF, 0}, {3, 2, LinkType::FS, 0}};
        auto r = ScheduleNetwork::build(in);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cycle);
        QCOMPARE(r.error().cycleIds, (std::vector<std::string>{"2A2", "5C3", "2A2"}));
        QCOMPARE(r.error().cycle, (std::vector<std::uint32_t>{1, 3, 1}));
        QCOMPARE(QString::fromStdString(r.error().message), QStringLiteral("cycle: 2A2 \u2192 5C3 \u2192 2A2"));
        QCOMPARE(QString(errorCodeName(r.error().code)), QStringLiteral("cycle"));
    }
    void longerCycleIsAClosedWalkAlongLinks()
    {
        NetworkInput in;
        for (auto id : {"a", "b", "c", "d", "e"}) in.tasks.push_back(task(id, 1));
        in.links = {{0, 1, LinkType::FS, 0},
                    {1, 2, LinkType::FS, 0},
                    {2, 3, LinkType::SS, 0},
                    {3, 4, LinkType::FS, 0},
                    {4, 1, LinkType::FS, -3}};
        auto r = ScheduleNetwork::build(in);
        QVERIFY(!r);
        const auto &c = r.error().cycle;
        QCOMPARE(c.size(), std::size_t(5));
        QCOMPARE(c.front(), c.back());
        for (std::size_t i = 0; i + 1 < c.size(); ++i) {
            bool isLink = false;
            for (const Link &l : in.links) isLink |= l.from == c[i] && l.to == c[i + 1];
            QVERIFY2(isLink, "consecutive cycle members must be linked");
        }
    }
    void selfLinkIsACycleOfOne()
    {
        NetworkInput in;
        in.tasks = {task("4A", 3)};
        in.links = {{0, 0, LinkType::FS, 0}};
        auto r = ScheduleNetwork::build(in);
        QVERIFY(!r);
        QCOMPARE(r.error().cycleIds, (std::vector<std::string>{"4A", "4A"}));
    }
    void invalidInputs()
    {
        NetworkInput dup;
        dup.tasks = {task("x", 1), task("x", 2)};
        QCOMPARE(ScheduleNetwork::build(dup).error().code, ErrorCode::DuplicateTaskId);
        NetworkInput range;
        range.tasks = {task("x", 1)};
        range.links = {{0, 1, LinkType::FS, 0}};
        QCOMPARE(ScheduleNetwork::build(range).error().code, ErrorCode::LinkOutOfRange);
        NetworkInput neg;
        neg.tasks = {task("x", -1)};
        QCOMPARE(ScheduleNetwork::build(neg).error().code, ErrorCode::InvalidDuration);
        NetworkInput badDone;
        badDone.tasks = {task("x", 3)};
        badDone.tasks[0].done = true;
        badDone.tasks[0].fixedStart = 10;
        badDone.tasks[0].fixedFinish = 9;
        QCOMPARE(ScheduleNetwork::build(badDone).error().code, ErrorCode::InvalidDuration);
    }
    void idsAndProjectStartDefault()
    {
        NetworkInput in;
        in.tasks = {task("a", 1, 120), task("b", 1, 110), task("c", 1)};
        auto net = mustBuild(in);
        QCOMPARE(net.indexOf("b").value(), 1u);
        QVERIFY(!net.indexOf("zz"));
        QCOMPARE(net.projectStart(), 110);
        in.projectStart = 90;
        QCOMPARE(mustBuild(in).projectStart(), 90);
        NetworkInput none;
        none.tasks = {task("a", 1)};
        QCOMPARE(mustBuild(none).projectStart(), 0);
    }
    void topologicalLayoutIsConsistent()
    {
        std::mt19937 rng(7);
        for (int round = 0; round < 300; ++round) {
            checkLayout(randomNetwork(rng, {60, 3.0}));
            if (QTest::currentTestFailed()) return;
        }
    }
    void largeNetworkLayoutIsConsistent() { checkLayout(largeNetwork()); }
    // The same errors, in the same order, as one pass over the tasks and then the links gives.
    void largeNetworkErrorsComeInOrder()
    {
        NetworkInput dup = largeNetwork();
        dup.tasks[29000].id = "T12";
        dup.tasks[29001].durationDays = -1;
        dup.links.push_back({0, 40000, LinkType::FS, 0});
        auto r = ScheduleNetwork::build(dup);
        QCOMPARE(r.error().code, ErrorCode::DuplicateTaskId);
        QCOMPARE(r.error().message, std::string("duplicate task id 'T12'"));
        dup.tasks[100].durationDays = -1;
        QCOMPARE(ScheduleNetwork::build(dup).error().message, std::string("negative duration for task 'T100'"));
        NetworkInput range = largeNetwork();
        range.links.push_back({0, 40000, LinkType::FS, 0});
        QCOMPARE(ScheduleNetwork::build(range).error().code, ErrorCode::LinkOutOfRange);
        NetworkInput cycle = largeNetwork();
        cycle.links.push_back({0, 29999, LinkType::FS, 0});
        cycle.links.push_back({29999, 0, LinkType::FS, 0});
        QCOMPARE(ScheduleNetwork::build(cycle).error().code, ErrorCode::Cycle);
        cycle.tasks[5].id = "T6";
        QCOMPARE(ScheduleNetwork::build(cycle).error().code, ErrorCode::DuplicateTaskId); // before the cycle
    }
};

QTEST_APPLESS_MAIN(TestScheduleNetwork)
#include "tst_schedulenetwork.moc"
