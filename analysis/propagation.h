// Delay propagation ("if X slips N weeks, what else slips, by how much, and what does it cost?").
// Incremental: only the forward cone of the changed tasks is recomputed, in topological order,
// and propagation stops where float absorbs the slip. Fast enough for every frame of a slider drag.
#pragma once

#include "analysis/cpm.h"

#include <cstdint>
#include <vector>

namespace rb::analysis {

/// A slip moves the task's finish `days` later: it adds `days` to the duration and keeps the start (a
/// task that takes longer does not start earlier; without this, a longer task tied by a finish-to-finish
/// link would start earlier and pull start-to-start successors forward). A milestone (duration 0) moves
/// instead, so that its finish moves by `days` too. Successors then move by at most `days`.
struct Slip {
    std::uint32_t task = 0;
    std::int32_t days = 0;
};
struct DurationChange {
    std::uint32_t task = 0;
    std::int32_t durationDays = 0; ///< new duration (>= 0)
};
struct DelayScenario {
    std::vector<Slip> slips;
    std::vector<DurationChange> durationChanges; ///< applied before slips
    std::vector<std::uint32_t> removedLinks;     ///< link indices
};

struct AffectedTask {
    std::uint32_t task = 0;
    std::int32_t oldFinish = 0; ///< inclusive early finish before
    std::int32_t newFinish = 0; ///< inclusive early finish after
    std::int32_t slipDays = 0;  ///< change of the (half-open) early end, may be negative
    std::uint32_t via = 0;      ///< the task the change came from (== task for a changed task itself)
};
struct AbsorbedTask {
    std::uint32_t task = 0;
    std::uint32_t via = 0; ///< the changed predecessor whose slip its float absorbed
};

struct PropagationResult {
    std::vector<AffectedTask> affected;                         ///< in topological order
    std::vector<AbsorbedTask> absorbed;                         ///< reached, but unchanged thanks to float
    std::int32_t finishBefore = 0, finishAfter = 0;             ///< inclusive programme finish
    std::int32_t endExclusiveBefore = 0, endExclusiveAfter = 0; ///< half-open programme end
    double costOfDelay = 0; ///< sum over affected tasks of costPerDay × slipDays (k€)

    /// Task indices from the changed task to `task` through which the change reached it (empty if unaffected).
    std::vector<std::uint32_t> via(std::uint32_t task) const;
};

/// Holds scratch buffers sized to the network; reuse one instance for many scenarios.
/// Not thread-safe; the network and baseline schedule must outlive it.
class DelayPropagator {
public:
    DelayPropagator(const ScheduleNetwork &net, const Schedule &baseline);

    /// InvalidArgument for a task or link index out of range, or a negative resulting duration.
    Result<PropagationResult> propagate(const DelayScenario &scenario);

private:
    const ScheduleNetwork &net_;
    const Schedule &base_;
    std::vector<std::int32_t> start_, end_, dur_, floor_; // scenario values by position (== baseline outside touched)
    std::vector<double> costAt_;                          // costPerDay by position (Task is too big to touch per step)
    std::vector<std::uint8_t> state_;                     // by position: 0 untouched, 1 queued, 2 changed, 3 absorbed
    std::vector<std::uint32_t> reachedFrom_;              // by position: first changed predecessor (position)
    std::vector<std::uint8_t> removed_;                   // by link index
    std::vector<std::uint64_t> pending_;                  // by position: bit set = queued (processed in position order)
    std::vector<std::uint32_t> touched_;
};

} // namespace rb::analysis
