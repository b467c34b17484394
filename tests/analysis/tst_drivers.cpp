// Drivers in days: the P80 programme finish with one post's uncertainty or one register risk removed,
// on the same random numbers (common random numbers), against hand-worked expectations.
#include "analysis/drivers.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {

const FinishDriver *find(const std::vector<FinishDriver> &ds, DriverKind kind, std::uint32_t index)
{
    for (const FinishDriver &d : ds)
        if (d.kind == kind && d.index == index) return &d;
    return nullptr;
}

// Two parallel branches into an end milestone: "long" (40..80 days around 50) always decides the
// finish, "short" (1..10) never does.
NetworkInput branches()
{
    NetworkInput in;
    in.tasks = {task("long", 50, 0), task("short", 5, 0), task("end", 0)};
    in.links = {{0, 2, LinkType::FS, 0}, {1, 2, LinkType::FS, 0}};
    return in;
}

} // namespace

class TestDrivers : public QObject {
    Q_OBJECT
private slots:
    void sureRiskOnTheCriticalPostCostsItsDelay()
    {
        // Every duration fixed; a register risk that always strikes "long" adds 7 days to every
        // iteration, so removing it gains exactly 7 days at P80. The one on "short" gains nothing.
        auto net = mustBuild(branches());
        MonteCarloModel model;
        model.riskEvents = {{{0}, 1.0, 7}, {{1}, 1.0, 7}};
        MonteCarloOptions opt;
        opt.iterations = 500;
        auto base = runMonteCarlo(net, model, opt);
        QVERIFY(base);
        const std::uint32_t reg[] = {0, 1};
        auto ds = computeDrivers(net, model, *base, reg, opt);
        QVERIFY(ds);
        const FinishDriver *onLong = find(*ds, DriverKind::Risk, 0);
        const FinishDriver *onShort = find(*ds, DriverKind::Risk, 1);
        QVERIFY(onLong && onShort);
        QCOMPARE(onLong->p80Days, 7);
        QCOMPARE(onShort->p80Days, 0);
        QCOMPARE(ds->front().index, 0u); // ranked first
        QCOMPARE(ds->front().kind, DriverKind::Risk);
    }
    void postUncertaintyIsMeasuredOnTheSameDraws()
    {
        auto net = mustBuild(branches());
        MonteCarloModel model;
        model.durations = {{DistributionKind::Triangular, 40, 50, 80}, {DistributionKind::Triangular, 1, 5, 10}, {}};
        MonteCarloOptions opt;
        opt.iterations = 4000;
        opt.seed = 7;
        auto base = runMonteCarlo(net, model, opt);
        QVERIFY(base);
        auto ds = computeDrivers(net, model, *base, {}, opt);
        QVERIFY(ds);
        // Without its uncertainty "long" takes its planned 50 days (days 0..49): the end milestone
        // then falls on day 50 in every iteration. Triangular(40, 50, 80) has its 80th percentile at
        // 80 - sqrt(0.2 * 40 * 30) = 64.5 days, so the P80 falls by about 15 days.
        const FinishDriver *l = find(*ds, DriverKind::Task, 0);
        QVERIFY(l);
        QCOMPARE(l->p80Days, base->finish.p80 - 50);
        QVERIFY(l->p80Days >= 13 && l->p80Days <= 16);
        // "short" never reaches the finish: exactly zero, not sampling noise (common random numbers).
        const FinishDriver *s = find(*ds, DriverKind::Task, 1);
        QVERIFY(!s || s->p80Days == 0);
    }
    void factorEventGoesWithItsPost()
    {
        // A non-register event on "long" is part of long's own uncertainty: removing the post removes it.
        auto net = mustBuild(branches());
        MonteCarloModel model;
        model.durations = {{DistributionKind::Triangular, 49, 50, 51}, {}, {}};
        model.riskEvents = {{{0}, 1.0, 10}};
        MonteCarloOptions opt;
        opt.iterations = 1000;
        auto base = runMonteCarlo(net, model, opt);
        QVERIFY(base);
        auto ds = computeDrivers(net, model, *base, {}, opt);
        QVERIFY(ds);
        QCOMPARE(ds->size(), std::size_t(1)); // the event is not a register risk: no driver of its own
        QCOMPARE(ds->front().kind, DriverKind::Task);
        QCOMPARE(ds->front().p80Days, base->finish.p80 - 50);
        QVERIFY(ds->front().p80Days >= 10);
    }
    void candidatesAreBounded()
    {
        // A chain of 30 uncertain posts: with maxTasks 5 only the five strongest are evaluated.
        NetworkInput in;
        for (int i = 0; i < 30; ++i)
            in.tasks.push_back(task(numberedId("C", i), 10, i == 0 ? std::optional(0) : std::nullopt));
        for (int i = 0; i + 1 < 30; ++i) in.links.push_back({std::uint32_t(i), std::uint32_t(i + 1), LinkType::FS, 0});
        auto net = mustBuild(in);
        MonteCarloModel model;
        for (int i = 0; i < 30; ++i) model.durations.push_back({DistributionKind::Triangular, 5, 10, 10.0 + i});
        MonteCarloOptions opt;
        opt.iterations = 2000;
        auto base = runMonteCarlo(net, model, opt);
        QVERIFY(base);
        DriverOptions dopt;
        dopt.maxTasks = 5;
        std::uint32_t calls = 0, total = 0;
        opt.progress = [&](std::uint32_t done, std::uint32_t of) {
            calls = done;
            total = of;
        };
        auto ds = computeDrivers(net, model, *base, {}, opt, dopt);
        QVERIFY(ds);
        QCOMPARE(ds->size(), std::size_t(5));
        QCOMPARE(calls, 5u);
        QCOMPARE(total, 5u);
        for (const FinishDriver &d : *ds) QVERIFY(d.index >= 20); // the widest estimates correlate most
        for (std::size_t i = 1; i < ds->size(); ++i) QVERIFY((*ds)[i - 1].p80Days >= (*ds)[i].p80Days);
    }
    void badRegisterIndexIsAnError()
    {
        auto net = mustBuild(branches());
        MonteCarloModel model;
        MonteCarloOptions opt;
        opt.iterations = 10;
        auto base = runMonteCarlo(net, model, opt);
        const std::uint32_t reg[] = {3};
        auto ds = computeDrivers(net, model, *base, reg, opt);
        QVERIFY(!ds);
        QCOMPARE(ds.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(TestDrivers)
#include "tst_drivers.moc"
