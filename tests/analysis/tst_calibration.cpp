// Calibration of the uncertainty model against the published reference class of IT projects in
// docs/uncertainty-model.md ("Calibration"): a single post with a middling profile (every factor 3)
// overruns like a typical project of the class, and the worst profile (every factor 5) stays within the
// class's black-swan tail. The numbers below are the table's; the test fails when the model drifts.
#include "analysis/montecarlo.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {

// The calibration table (docs/uncertainty-model.md), schedule overrun as a share of the plan.
constexpr double kTypicalP50 = 0.10, kTypicalP50Tolerance = 0.08; // McKinsey–Oxford: 7 % mean overrun
constexpr double kTailThreshold = 0.35;                           // P83: 70 % / 2 (power-law tail, α = 2)
constexpr double kTailThresholdTolerance = 0.10;
constexpr double kBlackSwanMean = 0.70; // HBR 2011: one in six, almost 70 %

struct Overrun {
    double p50 = 0, p80 = 0, p83 = 0;
};

// A single 1,000-day post with the given score on every factor, through the real model and engine.
Overrun overrunOf(std::uint8_t score)
{
    NetworkInput in;
    in.tasks = {task("P", 1000, 0)};
    auto net = mustBuild(in);
    UncertaintyProfile profile;
    profile.scores.fill(score);
    const std::vector<std::optional<UncertaintyProfile>> profiles{profile};
    const MonteCarloModel model = buildMonteCarloModel(net, profiles);
    MonteCarloOptions opt;
    opt.iterations = 50000;
    opt.seed = 11;
    auto r = runMonteCarlo(net, model, opt);
    if (!r) qFatal("%s", r.error().message.c_str());
    auto at = [&](double q) {
        for (const FinishBin &b : r->finishDistribution)
            if (b.cumulative >= q - 1e-12) return (b.day + 1) / 1000.0 - 1; // days 0..day: day + 1 days
        return (r->finishDistribution.back().day + 1) / 1000.0 - 1;
    };
    return {at(0.5), at(0.8), at(5.0 / 6)};
}

} // namespace

class TestCalibration : public QObject {
    Q_OBJECT
private slots:
    void middlingProfileIsATypicalProject()
    {
        const Overrun o = overrunOf(3);
        qInfo("all factors 3: P50 %+.1f %%, P80 %+.1f %%, P83 %+.1f %%", o.p50 * 100, o.p80 * 100, o.p83 * 100);
        QVERIFY2(std::abs(o.p50 - kTypicalP50) <= kTypicalP50Tolerance, qPrintable(QString::number(o.p50)));
        // One project in six overruns by more than the tail threshold: the class's P83.
        QVERIFY2(std::abs(o.p83 - kTailThreshold) <= kTailThresholdTolerance, qPrintable(QString::number(o.p83)));
        QVERIFY(o.p80 <= o.p83);
    }
    void worstProfileStaysWithinTheBlackSwanTail()
    {
        const Overrun o = overrunOf(5);
        qInfo("all factors 5: P50 %+.1f %%, P80 %+.1f %%, P83 %+.1f %%", o.p50 * 100, o.p80 * 100, o.p83 * 100);
        // It reaches the tail: its P80 is beyond the class's tail threshold ...
        QVERIFY2(o.p80 >= kTailThreshold, qPrintable(QString::number(o.p80)));
        // ... but not beyond the tail: even its one-in-six case overruns less than the average black swan.
        QVERIFY2(o.p83 <= kBlackSwanMean, qPrintable(QString::number(o.p83)));
        // And the median worst-scored post is not itself a black swan.
        QVERIFY2(o.p50 < kTailThreshold, qPrintable(QString::number(o.p50)));
    }
};

QTEST_APPLESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
