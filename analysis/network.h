// ScheduleNetwork: a validated, acyclic task network in a cache-friendly layout.
//
// Built once from a NetworkInput: Kahn's algorithm gives the topological order; when there is a cycle,
// a Boost.Graph depth-first search over a CSR graph names it (the Boost type stays inside network.cpp). Afterwards every pass works on flat arrays indexed by *topological
// position* (CSR predecessor and successor lists), so a forward pass is one linear sweep.
// Public functions of the engine take and return *task indices* (the order of NetworkInput::tasks).
#pragma once

#include "analysis/result.h"
#include "analysis/types.h"

#include <climits>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rb::analysis {

/// One CSR entry: the other end of a link (as a topological position), its lag and type.
struct Edge {
    std::uint32_t other;
    std::int32_t lag;
    LinkType type;
};

class ScheduleNetwork {
public:
    /// Validates and indexes the input. Errors: LinkOutOfRange, DuplicateTaskId, InvalidDuration, Cycle
    /// (with the tasks of one cycle in link order, e.g. 2A2 → 5C3 → 2A2; a self-link is a cycle of one).
    static Result<ScheduleNetwork> build(NetworkInput input);

    std::size_t taskCount() const noexcept { return tasks_.size(); }
    std::size_t linkCount() const noexcept { return links_.size(); }
    const std::vector<Task> &tasks() const noexcept { return tasks_; }
    const std::vector<Link> &links() const noexcept { return links_; }
    const Task &task(std::uint32_t index) const { return tasks_[index]; }
    const std::string &id(std::uint32_t index) const { return tasks_[index].id; }
    std::optional<std::uint32_t> indexOf(std::string_view id) const;

    std::int32_t projectStart() const noexcept { return projectStart_; }
    std::optional<std::int32_t> programmeEnd() const noexcept { return programmeEnd_; }
    std::optional<std::int32_t> statusDate() const noexcept { return statusDate_; }
    /// The days a started task has been running before the status date (statusDate - actualStart), 0 for
    /// any other task: its duration here is these days plus its remaining work.
    std::int32_t elapsedDays(std::uint32_t task) const;

    /// "2A2 → 5C3 → 2A2"
    std::string formatChain(std::span<const std::uint32_t> taskIndices) const;

    // ---- topological layout (for the passes of this library) -------------------------------------
    std::span<const std::uint32_t> topologicalOrder() const noexcept { return order_; } ///< position → task
    std::uint32_t position(std::uint32_t task) const { return positionOf_[task]; }      ///< task → position
    std::span<const Edge> predecessorsAt(std::uint32_t pos) const
    {
        return {predEdges_.data() + predOffset_[pos], predEdges_.data() + predOffset_[pos + 1]};
    }
    std::span<const Edge> successorsAt(std::uint32_t pos) const
    {
        return {succEdges_.data() + succOffset_[pos], succEdges_.data() + succOffset_[pos + 1]};
    }
    /// Link index of each predecessor entry (parallel to predecessorsAt(pos)).
    std::span<const std::uint32_t> predecessorLinksAt(std::uint32_t pos) const
    {
        return {predLink_.data() + predOffset_[pos], predLink_.data() + predOffset_[pos + 1]};
    }
    std::span<const std::uint32_t> predOffsets() const noexcept { return predOffset_; }
    std::span<const Edge> predEdges() const noexcept { return predEdges_; }
    std::span<const std::uint32_t> succOffsets() const noexcept { return succOffset_; }
    std::span<const Edge> succEdges() const noexcept { return succEdges_; }

    // Per position, half-open internal dates (see docs/analysis.md):
    std::span<const std::int32_t> durationAt() const noexcept { return duration_; }     ///< end - start
    std::span<const std::int32_t> startFloorAt() const noexcept { return startFloor_; } ///< max(projectStart, SNET)
    std::span<const std::int32_t> endLimitAt() const noexcept
    {
        return endLimit_;
    } ///< deadline as end bound, INT32_MAX if none
    std::span<const std::uint8_t> doneAt() const noexcept { return done_; }
    /// 1 when the start is a fact: done tasks, fixed dates and started tasks (Task::actualStart). Links
    /// into such a task constrain nothing; a started task still has floats and can be critical.
    std::span<const std::uint8_t> startFixedAt() const noexcept { return startFixed_; }
    /// 1 for started tasks (Task::actualStart, not done): their duration is elapsed + remaining days.
    std::span<const std::uint8_t> startedAt() const noexcept { return started_; }
    /// 1 for tasks outside the programme, 0 for the programme's own tasks, whose latest finish is the
    /// programme finish (see inProgramme()); all 0 when no task is in the programme, so that such a
    /// network still has a finish.
    std::span<const std::uint8_t> externalAt() const noexcept { return external_; }
    /// 1 for fixed external dates (Task::fixedDate); they are also done (fixed) and outside the programme.
    std::span<const std::uint8_t> fixedDateAt() const noexcept { return fixedDate_; }
    /// THE definition of the programme's own tasks, the ones whose latest finish is the programme finish
    /// in CPM, what-if and Monte Carlo: not external work, not a fixed external date, not level of effort.
    static bool inProgramme(const Task &t) noexcept { return !t.external && !t.fixedDate && !t.levelOfEffort; }
    std::span<const std::int32_t> fixedStartAt() const noexcept { return fixedStart_; } ///< done tasks only

private:
    ScheduleNetwork() = default;

    std::vector<Task> tasks_;
    std::vector<Link> links_;
    std::vector<std::uint32_t> idSlots_; // task index + 1 by hash of the id (0: empty); see build()
    /// The slot of `id` in idSlots_: where it is, or the empty slot where it would go.
    std::size_t idSlot(std::string_view id) const;
    std::int32_t projectStart_ = 0;
    std::optional<std::int32_t> programmeEnd_;
    std::optional<std::int32_t> statusDate_;

    std::vector<std::uint32_t> order_, positionOf_;
    std::vector<std::uint32_t> predOffset_, succOffset_, predLink_;
    std::vector<Edge> predEdges_, succEdges_;
    std::vector<std::int32_t> duration_, startFloor_, endLimit_, fixedStart_;
    std::vector<std::uint8_t> done_, external_, fixedDate_, startFixed_, started_;
};

namespace detail {
// The four link types as bounds on half-open dates [s, e), e = s + d. Shared by every pass.

/// Lower bound on the successor's start, given the predecessor's dates and the successor's duration.
inline std::int32_t startBound(const Edge &e, std::int32_t predStart, std::int32_t predEnd, std::int32_t succDuration)
{
    switch (e.type) {
    case LinkType::FS:
        return predEnd + e.lag;
    case LinkType::SS:
        return predStart + e.lag;
    case LinkType::FF:
        return predEnd + e.lag - succDuration;
    case LinkType::SF:
        return predStart + e.lag - succDuration;
    }
    return INT32_MIN;
}

/// Upper bound on the predecessor's end, given the successor's late dates and the predecessor's duration.
inline std::int32_t endBound(const Edge &e, std::int32_t succStart, std::int32_t succEnd, std::int32_t predDuration)
{
    switch (e.type) {
    case LinkType::FS:
        return succStart - e.lag;
    case LinkType::SS:
        return succStart - e.lag + predDuration;
    case LinkType::FF:
        return succEnd - e.lag;
    case LinkType::SF:
        return succEnd - e.lag + predDuration;
    }
    return INT32_MAX;
}

/// Slack of a link at early dates: how far the predecessor could move later before the link binds.
inline std::int32_t linkSlack(const Edge &e, std::int32_t predStart, std::int32_t predEnd, std::int32_t succStart,
                              std::int32_t succEnd)
{
    switch (e.type) {
    case LinkType::FS:
        return succStart - (predEnd + e.lag);
    case LinkType::SS:
        return succStart - (predStart + e.lag);
    case LinkType::FF:
        return succEnd - (predEnd + e.lag);
    case LinkType::SF:
        return succEnd - (predStart + e.lag);
    }
    return 0;
}

/// Reported (inclusive) finish day of a half-open interval: e - 1, or s for a milestone.
inline std::int32_t inclusiveFinish(std::int32_t start, std::int32_t end) { return end > start ? end - 1 : start; }

} // namespace detail
} // namespace rb::analysis
