// Input types of the analysis engine. The model layer converts a portfolio into a NetworkInput.
//
// Dates are integer day numbers (e.g. days since 1970-01-01). Reported start and finish days are
// inclusive: duration = finish - start + 1, and a 0-day milestone has finish == start. See docs/analysis.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rb::analysis {

enum class LinkType : std::uint8_t {
    FS = 0, ///< finish-to-start: successor starts after the predecessor finished (+ lag)
    SS = 1, ///< start-to-start
    FF = 2, ///< finish-to-finish
    SF = 3, ///< start-to-finish
};

/// Three-point duration estimate in days (optimistic <= mostLikely <= pessimistic).
struct Estimate {
    double optimistic = 0;
    double mostLikely = 0;
    double pessimistic = 0;
};

struct Task {
    std::string id;                                 ///< post code, e.g. "2A4"; unique
    std::int32_t durationDays = 0;                  ///< >= 0; 0 = milestone
    std::optional<std::int32_t> startNoEarlierThan; ///< planned start (day number)
    std::optional<std::int32_t> finishNoLaterThan;  ///< deadline, inclusive day
    bool done = false;                              ///< done tasks keep fixedStart..fixedFinish
    std::int32_t fixedStart = 0;                    ///< inclusive, used when done
    std::int32_t fixedFinish = 0;                   ///< inclusive, used when done (== fixedStart for a milestone)
    std::optional<Estimate> estimate;               ///< three-point estimate for Monte Carlo
    double costPerDay = 0;                          ///< cost of delay in k€ per day of finish slip
    /// Outside the programme (another project, a national building block, a legal date): shown and
    /// linked like any task, but it never defines the programme finish and is never critical. An
    /// external successor with a fixed date thus acts as a deadline on its predecessors.
    bool external = false;
    /// Level of effort: a role or continuous service that spans the plateau (a programme manager, an
    /// information manager). Drawn and scheduled like any task, but outside the programme finish, never
    /// critical, never a driver: its duration is not sampled and it is left out of the sensitivity.
    bool levelOfEffort = false;
    /// A fixed external date (a law's commencement, an EU deadline): the task keeps
    /// fixedStart..fixedFinish in every pass and every iteration, like a done task, and is outside the
    /// programme. Each link into it makes a target for its predecessor (see targets() in cpm.h).
    bool fixedDate = false;
    /// Started, not done (needs NetworkInput::statusDate): the task keeps this actual start in every pass
    /// and iteration, links into it no longer constrain it (progress override), and its remaining work
    /// starts at the status date: its half-open end is statusDate + remainingDays. Ignored for done tasks
    /// and fixed dates.
    std::optional<std::int32_t> actualStart;
    /// The remaining duration of a started task from the status date (>= 0). Default: the rest of its
    /// planned duration counted from the actual start, max(0, actualStart + durationDays - statusDate).
    std::optional<std::int32_t> remainingDays;
};

struct Link {
    std::uint32_t from = 0; ///< predecessor task index
    std::uint32_t to = 0;   ///< successor task index
    LinkType type = LinkType::FS;
    std::int32_t lagDays = 0; ///< may be negative (lead)
};

/// A discrete risk: in a Monte Carlo iteration it strikes with `probability` and then adds
/// `delayDays` to the duration of each of its tasks (negative = an opportunity; durations stay >= 0).
struct RiskEvent {
    std::vector<std::uint32_t> tasks;
    double probability = 0;
    std::int32_t delayDays = 0;
};

struct NetworkInput {
    std::vector<Task> tasks;
    std::vector<Link> links;
    /// Tasks without predecessors or start constraint start here; every task starts no earlier.
    /// Default: the earliest startNoEarlierThan (or fixedStart of a done task), else day 0.
    std::optional<std::int32_t> projectStart;
    /// Target end of the programme (inclusive day); reported as slack/overrun, does not change floats.
    std::optional<std::int32_t> programmeEnd;
    /// The data date (status date), inclusive: work not started cannot start before it, and a started
    /// task's remaining work starts on it. Done tasks keep their dates. None: plan-only scheduling.
    std::optional<std::int32_t> statusDate;
};

} // namespace rb::analysis
