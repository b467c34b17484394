// baselines.h — taking a baseline of the current plan, and each post's variance against the original
// (first) and the latest baseline (docs/analysis.md "Baselines and variances").
#pragma once

#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "model/portfolio.h"

#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace rb::model {

// The plan at this moment: per post its scheduled start and finish (the CPM's early dates, which are the
// planned dates unless links, actuals or the status date move them) and its whole budget
// (postBudgetTotal), plus the programme's P50/P80 finish when a simulation is given. `postIds` and
// `budgets` by task index, as in AnalysisInput.
Baseline takeBaseline(const QStringList &postIds, const std::vector<double> &budgets,
                      const rb::analysis::Schedule &schedule, const rb::analysis::MonteCarloResult *simulation,
                      const QString &name, const QDate &date, const QString &reason, const QString &decidedBy);

// A post's variance: the current schedule minus the baseline, in days (positive = later) and k€
// (positive = more). Empty when the baseline does not name the post or lacks the figure.
struct PostVariance {
    std::optional<int> finishVsOriginalDays, finishVsLatestDays, startVsOriginalDays, startVsLatestDays;
    std::optional<double> budgetVsOriginalK, budgetVsLatestK;
};

// By task index; empty without baselines. The original is the first baseline, the latest the last.
std::vector<PostVariance> postVariances(const QList<Baseline> &baselines, const QStringList &postIds,
                                        const std::vector<double> &budgets, const rb::analysis::Schedule &schedule);

// The programme at a glance against the original and the latest baseline (the Overview's tile): the
// programme finish now (the schedule's finish) minus each baseline's programme finish (the latest
// finish among its posts inside the programme: as the schedule's finish, external posts and fixed
// dates do not count), and how many posts finish later than each baseline says (finish variance > 0,
// from postVariances). Empty optionals without baselines.
struct ProgrammeVariance {
    int baselineCount = 0;
    QString originalName, latestName;
    QDate finish, originalFinish, latestFinish;
    std::optional<int> finishVsOriginalDays, finishVsLatestDays;
    int slippedVsOriginal = 0, slippedVsLatest = 0;   // posts finishing later than the baseline
    int comparedVsOriginal = 0, comparedVsLatest = 0; // posts the baseline names with a finish
};
class PortfolioSchedule;
ProgrammeVariance programmeVariance(const QList<Baseline> &baselines, const PortfolioSchedule &schedule);

// Takes a baseline of a portfolio as `riskboard baseline` does and the app's "Take baseline…": the
// schedule from the status date (PortfolioSchedule) and, with iterations > 0, the programme's P50/P80
// from a Monte Carlo run (as `simulate`: triangular, default 10,000 iterations, seed 1). Nothing when
// the portfolio cannot be scheduled (a cycle) or the simulation fails; *error then says why.
inline constexpr unsigned kBaselineIterations = 10000;
inline constexpr unsigned long long kBaselineSeed = 1;
std::optional<Baseline> baselineOfPortfolio(const Portfolio &portfolio, const QString &name, const QDate &date,
                                            const QString &reason, const QString &decidedBy,
                                            unsigned iterations = kBaselineIterations,
                                            unsigned long long seed = kBaselineSeed, QString *error = nullptr);

// The variance as one JSON object (the `posts[].variance` of `analyze --json`): every key present, null
// when the baseline does not give the figure. Days are whole numbers, k€ as written by %.17g.
std::string varianceJson(const PostVariance &v);

} // namespace rb::model
