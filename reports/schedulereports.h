// schedulereports.h — what `analyze`, `propagate` and `simulate` report: the analysis engine's results
// of a portfolio's schedule as a readable table or as JSON (the JSON shapes are fixed; scripts, checks
// and tests/data/golden read them; keys in docs/analysis.md). Computes and writes; no command line.
#pragma once

#include "analysis/drivers.h"
#include "analysis/montecarlo.h"
#include "analysis/propagation.h"
#include "model/baselines.h"
#include "model/scheduleadapter.h"

#include <QString>
#include <QTextStream>

#include <optional>
#include <vector>

namespace rb::reports {

// ---- analyze: the critical path method's dates and floats, paths, targets and notes.
// `nearCriticalDays`: a total float under it is near-critical. `baselines`: for each post's variance.
void writeAnalyzeJson(QTextStream &out, const model::PortfolioSchedule &s, const QList<model::Baseline> &baselines,
                      int nearCriticalDays);
void writeAnalyzeText(QTextStream &out, const model::PortfolioSchedule &s, int nearCriticalDays);
// Why `task` starts when it does: the chain that drives it and what removing each constraint gains.
void writeExplanation(QTextStream &out, const model::PortfolioSchedule &s, uint32_t task);

// ---- propagate: which posts slip, by how much, through which chain, at what cost.
void writePropagationJson(QTextStream &out, const model::PortfolioSchedule &s, const analysis::PropagationResult &p);
void writePropagationText(QTextStream &out, const model::PortfolioSchedule &s, const analysis::PropagationResult &p);

// ---- simulate: the Monte Carlo simulation, before and after mitigation, and the finish's drivers.
struct SimulationOptions {
    unsigned iterations = 10000;
    unsigned long long seed = 1;
    unsigned threads = 0; // all cores
    bool pert = false;    // PERT (beta) instead of triangular distributions
};
struct Simulation {
    unsigned long long seed = 1;
    analysis::MonteCarloModel model;
    analysis::MonteCarloResult result;
    analysis::MonteCarloResult mitigated; // the same draws with the residual risk probabilities
    std::vector<analysis::FinishDriver> drivers;
};
// Runs the simulation; on failure returns nullopt and sets *error.
std::optional<Simulation> simulate(const model::PortfolioSchedule &s, const SimulationOptions &options, QString *error);
void writeSimulationJson(QTextStream &out, const model::PortfolioSchedule &s, const Simulation &sim);
void writeSimulationText(QTextStream &out, const model::PortfolioSchedule &s, const Simulation &sim);

} // namespace rb::reports
