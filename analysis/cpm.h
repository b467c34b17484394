// Critical path method over all four link types with lags, start constraints, deadlines and done tasks.
// Conventions (inclusive reported days, half-open internals) are documented in docs/analysis.md.
#pragma once

#include "analysis/network.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace rb::analysis {

/// Dates of one task; start/finish days are inclusive day numbers.
struct TaskDates {
    std::int32_t earlyStart = 0;
    std::int32_t earlyFinish = 0;
    std::int32_t lateStart = 0;
    std::int32_t lateFinish = 0;
    std::int32_t totalFloat = 0; ///< lateStart - earlyStart; negative when a deadline is missed
    std::int32_t freeFloat = 0;  ///< days the task can slip without moving any successor or the programme finish
    bool critical = false;       ///< totalFloat <= 0 (never for done tasks)
};

struct Schedule {
    std::vector<TaskDates> tasks; ///< by task index
    std::int32_t projectStart = 0;
    std::int32_t finish = 0;                  ///< programme finish: latest inclusive early finish
    std::int32_t endExclusive = 0;            ///< latest half-open early end (informative)
    std::optional<std::int32_t> programmeEnd; ///< target, copied from the input
    /// programmeEnd - finish: positive = days of slack, negative = overrun. Set when programmeEnd is.
    std::optional<std::int32_t> endSlack;

    /// Half-open early dates by topological position (for incremental what-if; see DelayPropagator).
    std::vector<std::int32_t> startAt, endAt;
};

/// Forward and backward pass, O(tasks + links). Cannot fail on a built network.
Schedule computeSchedule(const ScheduleNetwork &net);

/// What determines a task's early start.
enum class Driver : std::uint8_t {
    ProjectStart,    ///< nothing later than the project start
    StartConstraint, ///< its startNoEarlierThan
    Link,            ///< a predecessor link (see DrivingStep::link)
    Fixed,           ///< a done task keeps its dates
    ActualStart,     ///< a started task keeps its actual start (its remaining work runs from the status date)
    StatusDate,      ///< not started by the status date: it cannot start before it
};

struct DrivingStep {
    std::uint32_t task = 0;
    Driver driver = Driver::ProjectStart;
    std::optional<std::uint32_t> link; ///< binding link index when driver == Link
    LinkType linkType = LinkType::FS;  ///< of the binding link
    std::int32_t lagDays = 0;          ///< of the binding link
    std::int32_t earlyStart = 0;       ///< inclusive day
    /// Days the task's early start would gain if this driver were removed, before the next constraint
    /// binds (0 = another constraint binds equally). Empty for Fixed and when nothing else constrains it.
    std::optional<std::int32_t> gainDays;
};

/// The driving chain of a task: element 0 explains the task itself, element 1 the predecessor whose
/// link drives it, and so on back to a task driven by the project start, a start constraint or fixed dates.
/// Ties between equally binding links go to the first in link order; a link beats a start constraint.
std::vector<DrivingStep> explainStart(const ScheduleNetwork &net, const Schedule &schedule, std::uint32_t task);

/// Task indices of the driving chain ending at `task`, first task first.
std::vector<std::uint32_t> drivingChain(const ScheduleNetwork &net, const Schedule &schedule, std::uint32_t task);

/// The critical path(s) to the programme end: the driving chain of every non-done task whose early
/// finish is the programme finish, ordered by task index of the end task; chains are first task first.
std::vector<std::vector<std::uint32_t>> criticalPaths(const ScheduleNetwork &net, const Schedule &schedule);

/// A target: a link from a post to a fixed external date (Task::fixedDate). The date never moves, so
/// the question is whether the post is ready in time.
struct Target {
    std::uint32_t link = 0;   ///< index of the link into the fixed date
    std::uint32_t task = 0;   ///< the post that must be ready (the link's predecessor)
    std::uint32_t target = 0; ///< the fixed-date task
    std::int32_t date = 0;    ///< the fixed date (the target task's start, inclusive day)
    /// Days the post can still slip before the link is violated (negative: missed by that many days).
    std::int32_t slackDays = 0;
};

/// Every link into a fixed date whose predecessor is not done, in link order, with the deterministic slack.
std::vector<Target> targets(const ScheduleNetwork &net, const Schedule &schedule);

/// The programme's own, not done, not critical tasks whose total float is under `thresholdDays`, by index.
std::vector<std::uint32_t> nearCritical(const ScheduleNetwork &net, const Schedule &schedule,
                                        std::int32_t thresholdDays);

/// The tasks that end on the programme finish with nothing driving them (their chain is themselves:
/// a planned start and duration, a fixed window), by index. Many of them mean the "critical path" is
/// an artefact of windows that all end on the plateau end date, not a chain of work.
/// `paths` are criticalPaths(net, schedule), when the caller has them already.
std::vector<std::uint32_t> fixedWindowEnds(const ScheduleNetwork &net, const Schedule &schedule,
                                           const std::vector<std::vector<std::uint32_t>> *paths = nullptr);
/// Fewer fixed-window ends than this are not worth the note that none of them drives another (analyze,
/// the deck's status page).
inline constexpr std::size_t kFixedWindowNoteMinimum = 3;

} // namespace rb::analysis
