// scheduleinputs.h — the chart inputs that need the analysis engine (dependency graph, timeline, what-if,
// Monte Carlo histogram and tornado), built through the model's schedule adapter. One PortfolioAnalysis
// is computed once and shared by every chart of a deck.
#pragma once

#include "export/chartcatalog.h"
#include "charts/dependencygraphchart.h"
#include "charts/histogramchart.h"
#include "charts/timelinechart.h"
#include "charts/tornadochart.h"

#include "analysis/drivers.h"
#include "analysis/montecarlo.h"
#include "model/scheduleadapter.h"

#include <memory>

namespace rb::exporting {

class PortfolioAnalysis {
public:
    // Null and `error` set when the network cannot be built (e.g. a dependency cycle).
    static std::shared_ptr<PortfolioAnalysis> build(const model::Portfolio &portfolio, QString *error);

    const model::Portfolio &portfolio() const { return m_portfolio; }
    const model::PortfolioSchedule &schedule() const { return *m_schedule; }
    // The posts on a critical path, in path order (first path first).
    QStringList criticalPosts() const;
    // Each critical path as "1A → 5C3 → 2D3" (there may be several, ending on different posts).
    QStringList criticalPathTexts() const;
    // Runs the simulation on first use (same seed and iterations → same result), with it the run after
    // mitigation and the drivers in days (docs/analysis.md).
    const analysis::MonteCarloResult *monteCarlo(const ChartOptions &options, QString *error);
    // Of the last monteCarlo() run: after mitigation (residual risk probabilities), and the drivers
    // with their post or risk ids.
    const std::optional<analysis::MonteCarloResult> &mitigated() const { return m_mitigated; }
    const std::vector<analysis::FinishDriver> &drivers() const { return m_drivers; }
    const QStringList &driverIds() const { return m_driverIds; }

private:
    model::Portfolio m_portfolio;
    std::shared_ptr<const model::PortfolioSchedule> m_schedule;
    std::optional<analysis::MonteCarloResult> m_monteCarlo, m_mitigated;
    std::vector<analysis::FinishDriver> m_drivers;
    QStringList m_driverIds;
    quint64 m_seed = 0;
    quint32 m_iterations = 0;
};

DependencyGraphChart::Input dependencyGraphInput(const PortfolioAnalysis &analysis);
TimelineChart::Input timelineInput(const PortfolioAnalysis &analysis);
// Null and `error` set for an unknown post or a failed propagation.
std::optional<TimelineChart::Input> whatIfInput(const PortfolioAnalysis &analysis,
                                                const QList<QPair<QString, int>> &delays, QString *error);
HistogramChart::Input histogramInput(const PortfolioAnalysis &analysis, const analysis::MonteCarloResult &result,
                                     const ChartOptions &options);
TornadoChart::Input tornadoInput(const PortfolioAnalysis &analysis, const analysis::MonteCarloResult &result,
                                 const ChartOptions &options, int top = 10);

} // namespace rb::exporting
