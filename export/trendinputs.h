// trendinputs.h — the trend chart's input and the deck's trend and "since last time" pages, from the
// current document, its baselines and earlier versions (model/trends.h; docs/export.md "Trend").
#pragma once

#include "export/chartcatalog.h"
#include "charts/tablechart.h"
#include "charts/trendchart.h"
#include "model/trends.h"

#include <memory>
#include <optional>
#include <vector>

namespace rb::exporting {

// The forecast of a document as `simulate` gives it (same seed and iterations): P50, P80 and the share of
// runs finishing by programme.end. Empty (and `error` set) when the network cannot be built.
std::optional<model::Forecast> forecastOf(PortfolioAnalysis &analysis, const ChartOptions &options, QString *error);
// Each post's early finish from the status date (the CPM with progress), for "slipped".
model::FinishDates finishDatesOf(const PortfolioAnalysis &analysis);

// The trend chart of `current` (with its forecast), its baselines and the earlier versions (each simulated
// with the same options). An earlier version that cannot be analysed is left out of the P80 line but
// still counted in the burn-down.
TrendChart::Input trendInput(const model::Portfolio &current, const model::Forecast &currentForecast,
                             const QList<model::Portfolio> &earlier, const ChartOptions &options);

// The "since last time" page(s): started, finished, slipped, re-planned posts; new, closed and re-scored
// risks; changed assessments. An empty comparison says so.
TableChart::Input sinceLastTimeTable(const model::SinceLastTime &since, const model::Portfolio &current);

// Appends the trend page and the "since last time" page(s): against `older` when given, else against the
// latest baseline, else a page saying there is no earlier version. `earlier`: every earlier version
// (snapshots) for the trend, `older` among them or not. False with `error` when the analysis fails.
bool appendTrendPages(std::vector<std::unique_ptr<Chart>> &pages, const model::Portfolio &current,
                      PortfolioAnalysis &analysis, const std::optional<model::Portfolio> &older,
                      const QList<model::Portfolio> &earlier, const ChartOptions &options, QString *error);

} // namespace rb::exporting
