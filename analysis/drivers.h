// Drivers in days: how many days of the P80 programme finish each post's uncertainty and each register
// risk is responsible for. Measured as the P80 of a re-run with that one item removed, on the same seed:
// every task and event draws from its own counter-based random stream (montecarlo.h), so the re-run
// sees exactly the same draws for everything else (common random numbers) and the difference is the
// item's effect, not sampling noise. Documented in docs/analysis.md ("Drivers in days").
#pragma once

#include "analysis/montecarlo.h"

#include <cstdint>
#include <span>
#include <vector>

namespace rb::analysis {

enum class DriverKind : std::uint8_t {
    Task, ///< a post's duration uncertainty: its distribution and its factor-model delay event
    Risk, ///< a register risk: one risk event of the model
};

struct FinishDriver {
    DriverKind kind = DriverKind::Task;
    std::uint32_t index = 0;  ///< task index (Task) or index into MonteCarloModel::riskEvents (Risk)
    std::int32_t p80Days = 0; ///< P80 programme finish minus the P80 without this item (may be < 0)
};

struct DriverOptions {
    /// Each candidate costs one Monte Carlo run (forward pass only), so only the strongest candidates
    /// are evaluated: at most this many posts (by |correlation| with the finish, the tornado's old
    /// ranking) and this many risks (by probability x delay x the highest criticality of its posts).
    std::size_t maxTasks = 20;
    std::size_t maxRisks = 20;
};

/// `base` is the result of runMonteCarlo(net, model, options) (the same seed and iterations; its
/// sensitivity and criticality rank the candidates). `registerEvents` lists the indices of
/// model.riskEvents that are register risks; every other event belongs to the uncertainty of the one
/// task it names and is removed with it. A removed task draws its planned duration (Fixed); a removed
/// event gets probability 0 and keeps its index, so no other random stream moves. The options'
/// progress callback reports (candidates done, candidates); cancel works as in runMonteCarlo.
/// Ranked by p80Days descending (ties: tasks first, then by index).
Result<std::vector<FinishDriver>> computeDrivers(const ScheduleNetwork &net, const MonteCarloModel &model,
                                                 const MonteCarloResult &base,
                                                 std::span<const std::uint32_t> registerEvents,
                                                 const MonteCarloOptions &options,
                                                 const DriverOptions &driverOptions = {});

} // namespace rb::analysis
