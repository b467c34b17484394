// Monte Carlo: reproducibility, agreement with CPM without uncertainty, criticality, sensitivity, cancellation.
#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {

bool sameResult(const MonteCarloResult &a, const MonteCarloResult &b)
{
    if (a.finish.p50 != b.finish.p50 || a.finish.p80 != b.finish.p80 || a.finish.p90 != b.finish.p90) return false;
    if (a.meanFinish != b.meanFinish || a.finishDistribution.size() != b.finishDistribution.size()) return false;
    for (std::size_t i = 0; i < a.finishDistribution.size(); ++i)
        if (a.finishDistribution[i].day != b.finishDistribution[i].day
            || a.finishDistribution[i].count != b.finishDistribution[i].count)
            return false;
    for (std::size_t i = 0; i < a.tasks.size(); ++i) {
        const TaskRisk &x = a.tasks[i], &y = b.tasks[i];
        if (x.finish.p50 != y.finish.p50 || x.finish.p80 != y.finish.p80 || x.finish.p90 != y.finish.p90
            || x.criticality != y.criticality || x.sensitivity != y.sensitivity || x.meanDuration != y.meanDuration)
            return false;
    }
    if (a.sensitivity.size() != b.sensitivity.size()) return false;
    for (std::size_t i = 0; i < a.sensitivity.size(); ++i)
        if (a.sensitivity[i].task != b.sensitivity[i].task) return false;
    return true;
}

/// Triangular estimates around every task's planned duration, plus two risk events.
MonteCarloModel uncertainModel(const NetworkInput &in, std::mt19937 &rng)
{
    MonteCarloModel m;
    for (const Task &t : in.tasks) {
        const double d = t.durationDays;
        const DistributionKind kind = rng() % 4 == 0 ? DistributionKind::Pert : DistributionKind::Triangular;
        m.durations.push_back({kind, d * 0.8, d, d * (1.2 + 0.1 * (rng() % 8))});
    }
    if (in.tasks.size() > 2) {
        m.riskEvents.push_back({{0, 1}, 0.3, 5});
        m.riskEvents.push_back({{std::uint32_t(in.tasks.size() - 1)}, 0.1, 12});
    }
    return m;
}

NetworkInput chain(int n, int duration)
{
    NetworkInput in;
    for (int i = 0; i < n; ++i)
        in.tasks.push_back(task(numberedId("C", i), duration, i == 0 ? std::optional(1000) : std::nullopt));
    for (int i = 0; i + 1 < n; ++i) in.links.push_back({std::uint32_t(i), std::uint32_t(i + 1), LinkType::FS, 0});
    return in;
}

} // namespace

class TestMonteCarlo : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameResultForAnyThreadCount()
    {
        std::mt19937 rng(3);
        for (int round = 0; round < 20; ++round) {
            RandomNetworkOptions o;
            o.maxTasks = 80;
            const NetworkInput in = randomNetwork(rng, o);
            auto net = mustBuild(in);
            const MonteCarloModel model = uncertainModel(in, rng);
            MonteCarloOptions opt;
            opt.iterations = 1000 + 37 * static_cast<std::uint32_t>(round); // not a multiple of the block size
            opt.seed = 1234 + static_cast<std::uint64_t>(round);
            opt.threads = 1;
            auto one = runMonteCarlo(net, model, opt);
            opt.threads = 2;
            auto two = runMonteCarlo(net, model, opt);
            opt.threads = 5;
            auto five = runMonteCarlo(net, model, opt);
            QVERIFY(one && two && five);
            QVERIFY(sameResult(*one, *two));
            QVERIFY(sameResult(*one, *five));
            std::uint64_t total = 0;
            for (const auto &bin : one->finishDistribution) total += bin.count;
            QCOMPARE(total, std::uint64_t(opt.iterations));
            QCOMPARE(one->finishDistribution.back().cumulative, 1.0);
            opt.seed += 1000;
            auto other = runMonteCarlo(net, model, opt);
            if (in.tasks.size() > 5) QVERIFY(!sameResult(*one, *other)); // the seed matters
        }
    }
    // The 16-bit kernel is an optimisation only: on every network it accepts, it must give exactly
    // the 32-bit kernel's result (all link types, negative lags, done and constrained tasks, events).
    void narrowLanesGiveTheWideResult()
    {
        std::mt19937 rng(16);
        for (int round = 0; round < 60; ++round) {
            RandomNetworkOptions o;
            o.maxTasks = 120;
            o.minLag = -40;
            o.maxLag = 60;
            const NetworkInput in = randomNetwork(rng, o);
            auto net = mustBuild(in);
            MonteCarloModel model = uncertainModel(in, rng);
            if (in.tasks.size() > 3) model.riskEvents.push_back({{2, 3}, 0.5, -4}); // an opportunity
            MonteCarloOptions opt;
            opt.iterations = 700 + 13 * static_cast<std::uint32_t>(round);
            opt.seed = 99 + static_cast<std::uint64_t>(round);
            opt.threads = 2;
            opt.lanes = LaneWidth::Narrow;
            auto narrow = runMonteCarlo(net, model, opt);
            opt.lanes = LaneWidth::Wide;
            auto wide = runMonteCarlo(net, model, opt);
            QVERIFY2(bool(narrow), "small random networks fit 16-bit lanes");
            QVERIFY(bool(wide));
            QVERIFY(sameResult(*narrow, *wide));
        }
    }
    // A schedule longer than 16-bit lanes can count (here 40 tasks of 1,000 days) runs on wide lanes.
    void longSchedulesUseWideLanes()
    {
        const NetworkInput in = chain(40, 1000);
        auto net = mustBuild(in);
        MonteCarloModel model;
        for (const Task &t : in.tasks)
            model.durations.push_back(
                {DistributionKind::Triangular, t.durationDays * 0.9, double(t.durationDays), t.durationDays * 1.1});
        MonteCarloOptions opt;
        opt.iterations = 500;
        opt.lanes = LaneWidth::Narrow;
        QVERIFY(!runMonteCarlo(net, model, opt));
        opt.lanes = LaneWidth::Auto;
        auto result = runMonteCarlo(net, model, opt);
        QVERIFY(bool(result));
        QVERIFY(result->finish.p50 > 1000 + 39000 - 2000 && result->finish.p50 < 1000 + 40000 + 2000);
        QCOMPARE(result->tasks.back().criticality, 1.0);
    }
    void zeroWidthDistributionsEqualCpm()
    {
        std::mt19937 rng(8);
        RandomNetworkOptions o;
        o.deadlineShare = 0; // Monte Carlo criticality is towards the programme end
        for (int round = 0; round < 300; ++round) {
            const NetworkInput in = randomNetwork(rng, o);
            auto net = mustBuild(in);
            const Schedule s = computeSchedule(net);
            MonteCarloModel model;
            for (const Task &t : in.tasks)
                model.durations.push_back(
                    round % 2 ? DurationDistribution{DistributionKind::Triangular, double(t.durationDays),
                                                     double(t.durationDays), double(t.durationDays)}
                              : DurationDistribution{});
            MonteCarloOptions opt;
            opt.iterations = 50;
            auto r = runMonteCarlo(net, model, opt);
            QVERIFY(r);
            QCOMPARE(r->finish.p50, s.finish);
            QCOMPARE(r->finish.p90, s.finish);
            QCOMPARE(r->finishDistribution.size(), std::size_t(1));
            for (std::size_t i = 0; i < in.tasks.size(); ++i) {
                QCOMPARE(r->tasks[i].finish.p50, s.tasks[i].earlyFinish);
                QCOMPARE(r->tasks[i].finish.p90, s.tasks[i].earlyFinish);
                QCOMPARE(r->tasks[i].criticality, s.tasks[i].critical ? 1.0 : 0.0);
            }
            QVERIFY(r->sensitivity.empty());
        }
    }
    void singleChainIsAlwaysCritical()
    {
        const NetworkInput in = chain(30, 10);
        auto net = mustBuild(in);
        MonteCarloModel model;
        for (int i = 0; i < 30; ++i) model.durations.push_back({DistributionKind::Triangular, 5, 10, 30});
        MonteCarloOptions opt;
        opt.iterations = 2000;
        auto r = runMonteCarlo(net, model, opt);
        QVERIFY(r);
        for (const auto &t : r->tasks) QCOMPARE(t.criticality, 1.0);
        QVERIFY(r->finish.p50 <= r->finish.p80 && r->finish.p80 <= r->finish.p90);
        QVERIFY(r->finish.p50 > 1000 + 300 - 1); // right-skewed estimates: the median is later than planned
        for (const auto &t : r->tasks) QVERIFY(t.sensitivity > 0);
        // triangular(5, 10, 30) has mean 15
        for (const auto &t : r->tasks) QVERIFY(std::abs(t.meanDuration - 15.0) < 0.6);
    }
    void sensitivityRanksTheDrivingUncertainty()
    {
        // Two parallel branches into an end milestone; only the long one decides the finish.
        NetworkInput in;
        in.tasks = {task("long", 50, 0), task("short", 5, 0), task("wide", 20, 0), task("end", 0)};
        in.links = {{0, 3, LinkType::FS, 0}, {1, 3, LinkType::FS, 0}, {2, 3, LinkType::FS, 0}};
        auto net = mustBuild(in);
        MonteCarloModel model;
        model.durations
            = {{DistributionKind::Triangular, 40, 50, 80}, {DistributionKind::Triangular, 1, 5, 10}, {}, {}};
        model.riskEvents.push_back({{2}, 0.5, 10}); // "wide" never reaches the end
        MonteCarloOptions opt;
        opt.iterations = 4000;
        auto r = runMonteCarlo(net, model, opt);
        QVERIFY(r);
        QCOMPARE(r->sensitivity.size(), std::size_t(3));
        QCOMPARE(r->sensitivity[0].task, 0u);
        QVERIFY(r->sensitivity[0].correlation > 0.99);
        QVERIFY(std::abs(r->tasks[1].sensitivity) < 0.1);
        QCOMPARE(r->tasks[0].criticality, 1.0);
        QCOMPARE(r->tasks[1].criticality, 0.0);
        // An event that always strikes adds its delay to every iteration.
        MonteCarloModel sure;
        sure.riskEvents.push_back({{0}, 1.0, 7});
        auto s = runMonteCarlo(net, sure, opt);
        QCOMPARE(s->finish.p50, 50 + 7);
    }
    void negativeSensitivityThroughFinishToFinish()
    {
        // B is tied to A's end by a FF link and drives the end through SS: a longer B starts earlier
        // and pulls C forward, so B's duration correlates negatively with the programme finish.
        NetworkInput in;
        in.tasks = {task("A", 20, 0), task("B", 10), task("C", 40)};
        in.links = {{0, 1, LinkType::FF, 0}, {1, 2, LinkType::SS, 0}};
        auto net = mustBuild(in);
        MonteCarloModel model;
        model.durations = {{}, {DistributionKind::Triangular, 2, 10, 18}, {}};
        MonteCarloOptions opt;
        opt.iterations = 3000;
        auto r = runMonteCarlo(net, model, opt);
        QVERIFY(r);
        QVERIFY(r->tasks[1].sensitivity < -0.9);
    }
    void cancellationAndProgress()
    {
        const NetworkInput in = chain(2000, 10);
        auto net = mustBuild(in);
        MonteCarloModel model;
        for (int i = 0; i < 2000; ++i) model.durations.push_back({DistributionKind::Triangular, 5, 10, 30});
        std::atomic<bool> cancel{false};
        std::vector<std::uint32_t> seen;
        MonteCarloOptions opt;
        opt.iterations = 100000;
        opt.threads = 2;
        opt.cancel = &cancel;
        opt.progress = [&](std::uint32_t done, std::uint32_t total) {
            seen.push_back(done);
            QCOMPARE(total, opt.iterations);
            if (done > 5000) cancel = true;
        };
        auto r = runMonteCarlo(net, model, opt);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(!seen.empty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.back() < 100000u);

        cancel = false;
        seen.clear();
        opt.iterations = 3000;
        auto ok = runMonteCarlo(net, model, opt);
        QVERIFY(ok);
        QCOMPARE(seen.back(), 3000u);
    }
    void emptyNetworkFinishesOnItsStart()
    {
        NetworkInput in;
        in.projectStart = 17897;
        auto net = mustBuild(in);
        auto r = runMonteCarlo(net, {});
        QVERIFY(r);
        QCOMPARE(r->finish.p90, 17897);
        QCOMPARE(r->finishDistribution.size(), std::size_t(1));
        QCOMPARE(computeSchedule(net).finish, 17897);
    }
    void invalidModels()
    {
        auto net = mustBuild(chain(3, 5));
        MonteCarloModel bad;
        bad.durations = {{DistributionKind::Triangular, 6, 5, 7}};
        QCOMPARE(runMonteCarlo(net, bad).error().code, ErrorCode::InvalidArgument);
        MonteCarloModel badEvent;
        badEvent.riskEvents.push_back({{7}, 0.5, 3});
        QCOMPARE(runMonteCarlo(net, badEvent).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
