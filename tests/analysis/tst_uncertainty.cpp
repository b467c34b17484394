// The uncertainty model: scores → spread and delay events, and the Monte Carlo model built from it.
#include "analysis/montecarlo.h"
#include "analysis/uncertainty.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {
UncertaintyProfile all(std::uint8_t s)
{
    UncertaintyProfile p;
    p.scores.fill(s);
    return p;
}
UncertaintyProfile one(SuccessFactor f, std::uint8_t s)
{
    UncertaintyProfile p = all(1);
    p.scores[static_cast<std::size_t>(f)] = s;
    return p;
}
} // namespace

class TestUncertainty : public QObject {
    Q_OBJECT
private slots:
    void underControlIsNarrow()
    {
        const UncertaintyFactors f = uncertaintyFactors(all(1));
        QCOMPARE(f.optimistic, 0.95);
        QCOMPARE(f.mostLikely, 1.0);
        QCOMPARE(f.pessimistic, 1.10);
        QCOMPARE(f.eventProbability, 0.0);
        QCOMPARE(uncertaintyFactors(all(0)).pessimistic, 1.10); // unscored counts as under control
    }
    // One cause, counted once: a factor covered by a register risk adds no event probability of its
    // own; the other factors' contributions and the spread stay.
    void riskCoveredFactorAddsNoEvent()
    {
        UncertaintyProfile p = all(5);
        const UncertaintyFactors full = uncertaintyFactors(p);
        // ownership 0.15 + national dependency 0.025 + capacity 0.025 (the calibrated weights)
        QVERIFY(std::abs(full.eventProbability - 0.20) < 1e-12);
        p.riskCoveredFactors = 1u << static_cast<unsigned>(SuccessFactor::Ownership);
        const UncertaintyFactors covered = uncertaintyFactors(p);
        QVERIFY(std::abs(covered.eventProbability - 0.05) < 1e-12);
        QCOMPARE(covered.pessimistic, full.pessimistic);
        QCOMPARE(covered.optimistic, full.optimistic);
        p.riskCoveredFactors |= (1u << static_cast<unsigned>(SuccessFactor::NationalDependency))
            | (1u << static_cast<unsigned>(SuccessFactor::Capacity));
        QCOMPARE(uncertaintyFactors(p).eventProbability, 0.0);
        QVERIFY(!delayEventFor(0, 100, uncertaintyFactors(p)));
    }
    void everyFactorWidensMonotonically()
    {
        for (std::size_t i = 0; i < kSuccessFactorCount; ++i) {
            const auto f = static_cast<SuccessFactor>(i);
            double prevSpread = -1, prevRisk = -1;
            for (std::uint8_t s = 1; s <= 5; ++s) {
                const UncertaintyFactors u = uncertaintyFactors(one(f, s));
                const double spread = u.pessimistic - u.optimistic;
                const double risk = u.pessimistic + u.eventProbability;
                QVERIFY(spread >= prevSpread);
                QVERIFY(risk > prevRisk);
                QVERIFY(u.optimistic <= u.mostLikely && u.mostLikely <= u.pessimistic);
                prevSpread = spread;
                prevRisk = risk;
            }
        }
    }
    void tailFactorsOutweighModerateOnes()
    {
        const double planning = uncertaintyFactors(one(SuccessFactor::Planning, 5)).pessimistic;
        const double national = uncertaintyFactors(one(SuccessFactor::NationalDependency, 5)).pessimistic;
        const double ambition = uncertaintyFactors(one(SuccessFactor::Ambition, 5)).pessimistic;
        const double org = uncertaintyFactors(one(SuccessFactor::OrganisationalImpact, 5)).pessimistic;
        QVERIFY(planning > ambition && national > ambition && planning > org);
        // ownership mostly shows up as a delay event, not as spread
        const UncertaintyFactors own = uncertaintyFactors(one(SuccessFactor::Ownership, 5));
        QVERIFY(own.eventProbability >= 0.15);
        QVERIFY(own.pessimistic < ambition);
        QVERIFY(uncertaintyFactors(all(5)).eventProbability <= UncertaintyConfig{}.maxEventProbability);
    }
    void configIsHonoured()
    {
        UncertaintyConfig c;
        c.pessimisticWeight.fill(0);
        c.basePessimistic = 1.5;
        QCOMPARE(uncertaintyFactors(all(5), c).pessimistic, 1.5);
        c.minOptimistic = 0.9;
        c.optimisticWeight.fill(1);
        QCOMPARE(uncertaintyFactors(all(5), c).optimistic, 0.9);
    }
    void monteCarloModelUsesEstimateThenProfileThenFixed()
    {
        NetworkInput in;
        in.tasks = {task("est", 10, 0), task("scored", 20, 0), task("plain", 30, 0), task("done", 5, 0)};
        in.tasks[0].estimate = Estimate{8, 10, 15};
        in.tasks[1].estimate = std::nullopt;
        in.tasks[3].done = true;
        in.tasks[3].fixedStart = 0;
        in.tasks[3].fixedFinish = 4;
        auto net = mustBuild(in);
        std::vector<std::optional<UncertaintyProfile>> profiles(4);
        profiles[0] = all(5); // ignored: the estimate wins
        profiles[1] = one(SuccessFactor::Ownership, 5);
        profiles[3] = all(5); // ignored: done
        const MonteCarloModel m = buildMonteCarloModel(net, profiles);
        QCOMPARE(m.durations[0].kind, DistributionKind::Triangular);
        QCOMPARE(m.durations[0].pessimistic, 15.0);
        QCOMPARE(m.durations[1].kind, DistributionKind::Triangular);
        QVERIFY(m.durations[1].pessimistic > 20 && m.durations[1].optimistic < 20);
        QCOMPARE(m.durations[2].kind, DistributionKind::Fixed);
        QCOMPARE(m.durations[3].kind, DistributionKind::Fixed);
        QCOMPARE(m.riskEvents.size(), std::size_t(1));
        QCOMPARE(m.riskEvents[0].tasks, (std::vector<std::uint32_t>{1}));
        QCOMPARE(m.riskEvents[0].delayDays, 5); // 25 % of 20 days
    }
};

QTEST_APPLESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
