// Monte Carlo schedule risk analysis: sampled durations + risk events, a full CPM per iteration,
// 32 iterations at a time in structure-of-arrays lanes (16-bit when the dates fit), spread over threads. Reproducible: the random
// numbers are a pure function of (seed, task or event, iteration), so the result does not depend on the
// number of threads, and all statistics are accumulated as exact integers.
#pragma once

#include "analysis/network.h"
#include "analysis/uncertainty.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace rb::analysis {

enum class DistributionKind : std::uint8_t {
    Fixed,      ///< the planned duration, always
    Triangular, ///< triangular(optimistic, mostLikely, pessimistic)
    Pert,       ///< PERT: beta with shape 1 + 4 (m - a)/(b - a), 1 + 4 (b - m)/(b - a) on [a, b]
};

/// Sampled durations are rounded to whole days.
struct DurationDistribution {
    DistributionKind kind = DistributionKind::Fixed;
    double optimistic = 0, mostLikely = 0, pessimistic = 0;
};

/// Posts that share a cause (docs/uncertainty-model.md, "Common causes move together"): in each
/// iteration each member draws its duration from the cause's shared random number with probability
/// `share`, else from its own. Every member keeps its own distribution exactly (the draw stays uniform);
/// two members' draws are correlated with r = share².
struct CommonCause {
    std::vector<std::uint32_t> tasks; ///< task indices; a task belongs to at most one cause
    double share = 0;                 ///< 0..1
};

struct MonteCarloModel {
    /// By task index; missing entries (or an empty vector) mean Fixed. Done tasks are always fixed.
    std::vector<DurationDistribution> durations;
    std::vector<RiskEvent> riskEvents;
    std::vector<CommonCause> causes; ///< empty: every duration is drawn independently
};

/// The default model: a task's three-point estimate if it has one; else, if a profile is given for it,
/// the uncertainty model (spread + a delay event); else fixed. `profiles` is by task index (may be shorter).
/// Common causes (config.commonCauseShare > 0): the uncertain successors of one external work post (a
/// national building block that can itself slip) share that post's cause; other posts scoring 4 or 5 on
/// capacity share the programme's one scarce internal capacity.
MonteCarloModel buildMonteCarloModel(const ScheduleNetwork &net,
                                     std::span<const std::optional<UncertaintyProfile>> profiles = {},
                                     const UncertaintyConfig &config = {},
                                     DistributionKind kind = DistributionKind::Triangular);

/// The kernel's lane width: 16-bit lanes are twice as fast and are used whenever every date provably
/// fits (Auto); the results are identical either way. Narrow and Wide force one (for tests).
enum class LaneWidth : std::uint8_t { Auto, Narrow, Wide };

struct MonteCarloOptions {
    std::uint32_t iterations = 10000;
    std::uint64_t seed = 1;
    unsigned threads = 0;              ///< 0 = all hardware threads
    bool taskPercentiles = true;       ///< per-task finish percentiles (a histogram per task)
    bool criticality = true;           ///< per-iteration backward pass for the criticality index
    LaneWidth lanes = LaneWidth::Auto; ///< Narrow: InvalidArgument when the schedule does not fit
    /// Called on the calling thread with (iterations done, total), at most about 100 times.
    std::function<void(std::uint32_t, std::uint32_t)> progress;
    const std::atomic<bool> *cancel = nullptr; ///< set to true to stop; the call returns Cancelled
};

struct Percentiles {
    std::int32_t p50 = 0, p80 = 0, p90 = 0; ///< inclusive days (nearest rank)
};

struct FinishBin {
    std::int32_t day = 0; ///< inclusive programme finish day
    std::uint32_t count = 0;
    double cumulative = 0; ///< share of iterations finishing on or before `day`
};

struct TaskRisk {
    Percentiles finish;     ///< of the task's early finish (when taskPercentiles)
    double criticality = 0; ///< share of iterations with zero total float towards the programme end
    double meanDuration = 0;
    double sensitivity = 0; ///< Pearson r of sampled duration with the programme finish (0 if constant)
};

struct SensitivityEntry {
    std::uint32_t task = 0;
    double correlation = 0;
};

/// A target (a link into a fixed date, see targets() in cpm.h) over the iterations.
struct TargetRisk {
    std::uint32_t link = 0, task = 0, target = 0;  ///< as in Target
    std::int32_t date = 0;                         ///< the fixed date (the same in every iteration)
    double probabilityMet = 0;                     ///< share of iterations in which the link holds
    std::int32_t p50MissDays = 0, p80MissDays = 0; ///< days missed (0 = met) at P50 and P80
};

struct MonteCarloResult {
    std::uint32_t iterations = 0;
    Percentiles finish; ///< programme finish
    double meanFinish = 0;
    std::vector<FinishBin> finishDistribution; ///< every day from the earliest to the latest finish
    std::vector<TaskRisk> tasks;               ///< by task index
    std::vector<SensitivityEntry> sensitivity; ///< tasks with varying duration, by |r| descending (tornado);
                                               ///< level-of-effort tasks are never in it
    std::vector<TargetRisk> targets;           ///< one per link into a fixed date, in link order

    /// Share of iterations whose programme finish is on or before `day` (inclusive).
    double probabilityBy(std::int32_t day) const;
};

/// InvalidArgument for a model that does not fit the network; Cancelled when cancelled.
Result<MonteCarloResult> runMonteCarlo(const ScheduleNetwork &net, const MonteCarloModel &model,
                                       const MonteCarloOptions &options = {});

} // namespace rb::analysis
