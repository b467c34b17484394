// Common causes move together: posts that share a cause take the cause's random draw in a share of the
// iterations, which widens the programme finish spread of a chain against independent draws; which
// posts share a cause (buildMonteCarloModel); invalid causes.
#include "analysis/montecarlo.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {

// The first day by which at least q of the iterations have finished (nearest rank, as Percentiles).
std::int32_t quantile(const MonteCarloResult &r, double q)
{
    for (const FinishBin &b : r.finishDistribution)
        if (b.cumulative >= q - 1e-12) return b.day;
    return r.finishDistribution.back().day;
}

// Four posts of triangular(20, 30, 60) days in a chain, with or without one common cause.
std::int32_t chainSpread(double share)
{
    NetworkInput in;
    for (int i = 0; i < 4; ++i)
        in.tasks.push_back(task(numberedId("C", i), 30, i == 0 ? std::optional(0) : std::nullopt));
    for (int i = 0; i + 1 < 4; ++i) in.links.push_back({std::uint32_t(i), std::uint32_t(i + 1), LinkType::FS, 0});
    auto net = mustBuild(in);
    MonteCarloModel model;
    for (int i = 0; i < 4; ++i) model.durations.push_back({DistributionKind::Triangular, 20, 30, 60});
    if (share > 0) model.causes.push_back({{0, 1, 2, 3}, share});
    MonteCarloOptions opt;
    opt.iterations = 20000;
    opt.seed = 3;
    auto r = runMonteCarlo(net, model, opt);
    if (!r) qFatal("%s", r.error().message.c_str());
    return quantile(*r, 0.9) - quantile(*r, 0.1);
}

} // namespace

class TestCommonCause : public QObject {
    Q_OBJECT
private slots:
    void sharedCauseWidensTheChainsSpread()
    {
        // Independent: the sum of four triangular(20, 30, 60) has sd 2 * sqrt(1300 / 18) = 17.0 days, so
        // P90 - P10 = 2 * 1.2816 * 17.0 = 43.6 days (nearly normal). One shared draw in every iteration
        // (share 1): four times one post's P90 - P10 = 4 * ((60 - sqrt(0.1 * 40 * 30)) - (20 + sqrt(0.1 *
        // 40 * 10))) = 4 * 22.7 = 90.9 days. Share 0.7 lies in between.
        const std::int32_t independent = chainSpread(0), partly = chainSpread(0.7), fully = chainSpread(1.0);
        QVERIFY2(std::abs(independent - 43.6) <= 4, qPrintable(QString::number(independent)));
        QVERIFY2(std::abs(fully - 90.9) <= 4, qPrintable(QString::number(fully)));
        QVERIFY2(independent < partly && partly < fully,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(independent).arg(partly).arg(fully)));
    }
    void eachPostKeepsItsOwnDistribution()
    {
        // The shared draw is uniform too: every member's mean stays triangular(20, 30, 60)'s 36.7.
        NetworkInput in;
        in.tasks = {task("A", 30, 0), task("B", 30, 0), task("end", 0)};
        in.links = {{0, 2, LinkType::FS, 0}, {1, 2, LinkType::FS, 0}};
        auto net = mustBuild(in);
        MonteCarloModel model;
        model.durations = {{DistributionKind::Triangular, 20, 30, 60}, {DistributionKind::Pert, 20, 30, 60}, {}};
        model.causes.push_back({{0, 1}, 0.7});
        MonteCarloOptions opt;
        opt.iterations = 20000;
        auto r = runMonteCarlo(net, model, opt);
        QVERIFY(r);
        QVERIFY2(std::abs(r->tasks[0].meanDuration - 110.0 / 3) < 0.4,
                 qPrintable(QString::number(r->tasks[0].meanDuration)));
        QVERIFY2(std::abs(r->tasks[1].meanDuration - (20 + 4 * 30 + 60) / 6.0) < 0.4,
                 qPrintable(QString::number(r->tasks[1].meanDuration)));
    }
    void whoSharesACause()
    {
        // X: external work (can slip) before A and B; L: a fixed date before F; C, D score 5 on capacity,
        // E only 3. A and B share X's cause, C and D the scarce capacity; E and F are on their own.
        NetworkInput in;
        in.tasks = {task("X", 10, 0), task("A", 30),    task("B", 30),   task("C", 30, 0),
                    task("D", 30, 0), task("E", 30, 0), task("L", 0, 0), task("F", 30)};
        in.tasks[0].external = true;
        in.tasks[6].external = true;
        in.tasks[6].fixedDate = true;
        in.links = {{0, 1, LinkType::FS, 0}, {0, 2, LinkType::FS, 0}, {6, 7, LinkType::FS, 0}};
        auto net = mustBuild(in);
        std::vector<std::optional<UncertaintyProfile>> profiles(in.tasks.size());
        for (std::size_t i = 1; i < in.tasks.size(); ++i) {
            if (i == 6) continue;
            UncertaintyProfile p;
            p.scores.fill(3);
            profiles[i] = p;
        }
        profiles[3]->scores[static_cast<std::size_t>(SuccessFactor::Capacity)] = 5;
        profiles[4]->scores[static_cast<std::size_t>(SuccessFactor::Capacity)] = 4;
        const MonteCarloModel m = buildMonteCarloModel(net, profiles);
        QCOMPARE(m.causes.size(), std::size_t(2));
        QCOMPARE(m.causes[0].tasks, (std::vector<std::uint32_t>{1, 2}));
        QCOMPARE(m.causes[1].tasks, (std::vector<std::uint32_t>{3, 4}));
        QCOMPARE(m.causes[0].share, UncertaintyConfig{}.commonCauseShare);
        UncertaintyConfig off;
        off.commonCauseShare = 0;
        QVERIFY(buildMonteCarloModel(net, profiles, off).causes.empty());
    }
    void invalidCauses()
    {
        auto net = mustBuild(NetworkInput{{task("A", 10, 0), task("B", 10, 0)}, {}});
        MonteCarloModel model;
        model.causes = {{{0, 1}, 0.5}, {{1}, 0.5}};
        QCOMPARE(runMonteCarlo(net, model).error().code, ErrorCode::InvalidArgument); // B in two causes
        model.causes = {{{0, 7}, 0.5}};
        QCOMPARE(runMonteCarlo(net, model).error().code, ErrorCode::InvalidArgument); // no task 7
        model.causes = {{{0, 1}, 1.5}};
        QCOMPARE(runMonteCarlo(net, model).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(TestCommonCause)
#include "tst_commoncause.moc"
