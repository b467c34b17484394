#include "analysis/network.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <algorithm>
#include <bit>
#include <functional>
#include <limits>
#include <optional>
#include <thread>

namespace rb::analysis {

const char *errorCodeName(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::Cycle:
        return "cycle";
    case ErrorCode::LinkOutOfRange:
        return "link-out-of-range";
    case ErrorCode::DuplicateTaskId:
        return "duplicate-task-id";
    case ErrorCode::InvalidDuration:
        return "invalid-duration";
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

namespace {

// From this many tasks on, build() uses a second thread (below it, starting one costs more).
constexpr std::uint32_t kParallelTasks = 20000;

using Graph = boost::compressed_sparse_row_graph<boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

/// Records the DFS tree and the first back edge.
struct CycleVisitor : boost::default_dfs_visitor {
    std::vector<Vertex> *parent;
    std::optional<std::pair<Vertex, Vertex>> *backEdge;

    template <class E, class G>
    void tree_edge(E e, const G &g) const
    {
        (*parent)[target(e, g)] = source(e, g);
    }
    template <class E, class G>
    void back_edge(E e, const G &g) const
    {
        if (!*backEdge) *backEdge = std::make_pair(source(e, g), target(e, g));
    }
};

/// One cycle of the graph in link order, first vertex repeated at the end (a depth-first search with
/// Boost.Graph on a CSR graph: a back edge u → v closes the cycle v → ... → u → v of the DFS tree).
std::vector<std::uint32_t> findCycle(std::uint32_t n, const std::vector<Link> &links)
{
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(links.size());
    for (const Link &l : links) edges.emplace_back(l.from, l.to);
    const Graph g(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), n);
    std::vector<Vertex> parent(n, std::numeric_limits<Vertex>::max());
    std::optional<std::pair<Vertex, Vertex>> backEdge;
    CycleVisitor vis;
    vis.parent = &parent;
    vis.backEdge = &backEdge;
    boost::depth_first_search(g, boost::visitor(vis));
    std::vector<std::uint32_t> cycle;
    if (!backEdge) return cycle;
    auto [u, v] = *backEdge;
    for (Vertex w = u; w != v; w = parent[w]) cycle.push_back(static_cast<std::uint32_t>(w));
    cycle.push_back(static_cast<std::uint32_t>(v));
    std::reverse(cycle.begin(), cycle.end());
    cycle.push_back(static_cast<std::uint32_t>(v));
    return cycle;
}

} // namespace

Result<ScheduleNetwork> ScheduleNetwork::build(NetworkInput input)
{
    ScheduleNetwork net;
    net.tasks_ = std::move(input.tasks);
    net.links_ = std::move(input.links);
    net.programmeEnd_ = input.programmeEnd;
    net.statusDate_ = input.statusDate;
    const auto n = static_cast<std::uint32_t>(net.tasks_.size());

    // A large network is built on two threads: the parts below that do not depend on each other (the
    // id table and the order; the predecessor and the successor lists) wait for memory, not for each
    // other. Same result either way.
    const bool parallel = n >= kParallelTasks;

    // Task ids in an open-addressing table of task index + 1 (0: empty), at most half full: a hash map
    // of 100k strings would allocate a node per id. The first repeated id, if any, is an error.
    std::optional<std::uint32_t> repeatedId;
    const auto indexIds = [&] {
        net.idSlots_.assign(std::bit_ceil(std::max<std::size_t>(n, 4) * 2), 0);
        for (std::uint32_t i = 0; i < n; ++i) {
            const std::size_t s = net.idSlot(net.tasks_[i].id);
            if (net.idSlots_[s] != 0) {
                repeatedId = i;
                return;
            }
            net.idSlots_[s] = i + 1;
        }
    };
    std::jthread idThread;
    if (parallel)
        idThread = std::jthread(indexIds);
    else
        indexIds();
    // The first link to a task that does not exist: the order below needs every link in range.
    const auto badLink
        = std::find_if(net.links_.begin(), net.links_.end(), [n](const Link &l) { return l.from >= n || l.to >= n; });
    // The first error by task, then by link: a repeated id before a bad duration of the same task.
    const auto inputError = [&]() -> std::optional<Error> {
        if (idThread.joinable()) idThread.join();
        for (std::uint32_t i = 0; i < n; ++i) {
            const Task &t = net.tasks_[i];
            if (repeatedId == i) return Error{ErrorCode::DuplicateTaskId, "duplicate task id '" + t.id + "'", {}, {}};
            if (t.durationDays < 0)
                return Error{ErrorCode::InvalidDuration, "negative duration for task '" + t.id + "'", {}, {}};
            if ((t.done || t.fixedDate) && t.fixedFinish < t.fixedStart)
                return Error{ErrorCode::InvalidDuration, "done task '" + t.id + "' finishes before it starts", {}, {}};
            if (t.actualStart && !t.done && !t.fixedDate) {
                if (!input.statusDate)
                    return Error{ErrorCode::InvalidArgument, "started task '" + t.id + "' needs a status date", {}, {}};
                if (*t.actualStart > *input.statusDate)
                    return Error{
                        ErrorCode::InvalidArgument, "task '" + t.id + "' started after the status date", {}, {}};
                if (t.remainingDays && *t.remainingDays < 0)
                    return Error{
                        ErrorCode::InvalidDuration, "negative remaining duration for task '" + t.id + "'", {}, {}};
            }
        }
        if (badLink != net.links_.end())
            return Error{ErrorCode::LinkOutOfRange,
                         "link " + std::to_string(badLink - net.links_.begin()) + " refers to a missing task",
                         {},
                         {}};
        return std::nullopt;
    };
    if (badLink != net.links_.end()) return *inputError(); // (after the id table: an earlier task's error comes first)

    // Topological order by Kahn's algorithm (FIFO, ties by task index): tasks come wave by wave, so the
    // predecessors of a task sit close together in the position-indexed arrays (good for the caches).
    // If it cannot place every task there is a cycle, which Boost.Graph then names.
    {
        std::vector<std::uint32_t> outOff(n + 1, 0), outTo(net.links_.size()), indeg(n, 0);
        for (const Link &l : net.links_) {
            ++outOff[l.from + 1];
            ++indeg[l.to];
        }
        for (std::uint32_t v = 0; v < n; ++v) outOff[v + 1] += outOff[v];
        std::vector<std::uint32_t> fill(outOff.begin(), outOff.end() - 1);
        for (const Link &l : net.links_) outTo[fill[l.from]++] = l.to;
        net.order_.reserve(n);
        for (std::uint32_t v = 0; v < n; ++v)
            if (!indeg[v]) net.order_.push_back(v);
        for (std::size_t q = 0; q < net.order_.size(); ++q) {
            const std::uint32_t v = net.order_[q];
            for (std::uint32_t k = outOff[v]; k < outOff[v + 1]; ++k)
                if (--indeg[outTo[k]] == 0) net.order_.push_back(outTo[k]);
        }
    }
    if (std::optional<Error> e = inputError()) return *e;
    if (net.order_.size() != n) {
        const std::vector<std::uint32_t> cycle = findCycle(n, net.links_);
        Error err{ErrorCode::Cycle, "cycle: " + net.formatChain(cycle), cycle, {}};
        for (auto t : cycle) err.cycleIds.push_back(net.tasks_[t].id);
        return err;
    }

    net.positionOf_.resize(n);
    for (std::uint32_t p = 0; p < n; ++p) net.positionOf_[net.order_[p]] = p;

    // Project start: explicit, else the earliest planned start (or fixed start of a done task), else 0.
    if (input.projectStart) {
        net.projectStart_ = *input.projectStart;
    } else {
        std::optional<std::int32_t> earliest;
        for (const Task &t : net.tasks_) {
            std::optional<std::int32_t> s = t.done || t.fixedDate ? std::optional(t.fixedStart) : t.startNoEarlierThan;
            if (s && (!earliest || *s < *earliest)) earliest = s;
            if (t.actualStart && !t.done && !t.fixedDate && (!earliest || *t.actualStart < *earliest))
                earliest = t.actualStart;
        }
        net.projectStart_ = earliest.value_or(0);
    }

    // Per-position scalars.
    net.duration_.resize(n);
    net.startFloor_.resize(n);
    net.endLimit_.resize(n);
    net.fixedStart_.resize(n);
    net.done_.resize(n);
    net.external_.resize(n);
    net.fixedDate_.resize(n);
    net.startFixed_.resize(n);
    net.started_.resize(n);
    const bool anyInternal = std::any_of(net.tasks_.begin(), net.tasks_.end(), inProgramme);
    for (std::uint32_t p = 0; p < n; ++p) {
        const Task &t = net.tasks_[net.order_[p]];
        net.external_[p] = anyInternal && !inProgramme(t) ? 1 : 0;
        net.fixedDate_[p] = t.fixedDate ? 1 : 0;
        if (t.done || t.fixedDate) {
            net.done_[p] = 1;
            net.duration_[p] = t.durationDays == 0 ? 0 : t.fixedFinish - t.fixedStart + 1;
            net.fixedStart_[p] = t.fixedStart;
            net.startFloor_[p] = t.fixedStart;
            net.endLimit_[p] = INT32_MAX;
        } else if (t.actualStart) {
            // Started: fixed at the actual start; the remaining work runs from the status date.
            const std::int32_t status = *input.statusDate, elapsed = status - *t.actualStart;
            const std::int32_t remaining
                = t.remainingDays.value_or(std::max(0, *t.actualStart + t.durationDays - status));
            net.started_[p] = 1;
            net.duration_[p] = elapsed + remaining;
            net.startFloor_[p] = *t.actualStart;
            net.endLimit_[p] = t.finishNoLaterThan ? *t.finishNoLaterThan + (net.duration_[p] > 0 ? 1 : 0) : INT32_MAX;
        } else {
            // Not started: not before the project start, its own start constraint, nor the status date.
            net.duration_[p] = t.durationDays;
            net.startFloor_[p] = std::max(
                {net.projectStart_, t.startNoEarlierThan.value_or(INT32_MIN), input.statusDate.value_or(INT32_MIN)});
            net.endLimit_[p] = t.finishNoLaterThan ? *t.finishNoLaterThan + (t.durationDays > 0 ? 1 : 0) : INT32_MAX;
        }
        net.startFixed_[p] = net.done_[p] || net.started_[p] ? 1 : 0;
    }

    // CSR predecessor and successor lists by position, in link order within each list.
    const std::size_t m = net.links_.size();
    const auto predecessors = [&] {
        net.predOffset_.assign(n + 1, 0);
        for (const Link &l : net.links_) ++net.predOffset_[net.positionOf_[l.to] + 1];
        for (std::uint32_t p = 0; p < n; ++p) net.predOffset_[p + 1] += net.predOffset_[p];
        net.predEdges_.resize(m);
        net.predLink_.resize(m);
        std::vector<std::uint32_t> fill(net.predOffset_.begin(), net.predOffset_.end() - 1);
        for (std::uint32_t k = 0; k < m; ++k) {
            const Link &l = net.links_[k];
            const std::uint32_t pi = fill[net.positionOf_[l.to]]++;
            net.predEdges_[pi] = Edge{net.positionOf_[l.from], l.lagDays, l.type};
            net.predLink_[pi] = k;
        }
    };
    const auto successors = [&] {
        net.succOffset_.assign(n + 1, 0);
        for (const Link &l : net.links_) ++net.succOffset_[net.positionOf_[l.from] + 1];
        for (std::uint32_t p = 0; p < n; ++p) net.succOffset_[p + 1] += net.succOffset_[p];
        net.succEdges_.resize(m);
        std::vector<std::uint32_t> fill(net.succOffset_.begin(), net.succOffset_.end() - 1);
        for (const Link &l : net.links_)
            net.succEdges_[fill[net.positionOf_[l.from]]++] = Edge{net.positionOf_[l.to], l.lagDays, l.type};
    };
    if (parallel) {
        std::jthread succThread(successors);
        predecessors();
        succThread.join();
    } else {
        predecessors();
        successors();
    }
    return net;
}

std::int32_t ScheduleNetwork::elapsedDays(std::uint32_t task) const
{
    const std::uint32_t p = positionOf_[task];
    return started_[p] ? *statusDate_ - startFloor_[p] : 0;
}

std::size_t ScheduleNetwork::idSlot(std::string_view id) const
{
    const std::size_t mask = idSlots_.size() - 1;
    std::size_t s = std::hash<std::string_view>{}(id)&mask;
    while (idSlots_[s] != 0 && tasks_[idSlots_[s] - 1].id != id) s = (s + 1) & mask;
    return s;
}

std::optional<std::uint32_t> ScheduleNetwork::indexOf(std::string_view id) const
{
    if (idSlots_.empty()) return std::nullopt;
    const std::uint32_t slot = idSlots_[idSlot(id)];
    if (slot == 0) return std::nullopt;
    return slot - 1;
}

std::string ScheduleNetwork::formatChain(std::span<const std::uint32_t> taskIndices) const
{
    std::string s;
    for (std::size_t i = 0; i < taskIndices.size(); ++i) {
        if (i) s += " \u2192 ";
        s += tasks_[taskIndices[i]].id;
    }
    return s;
}

} // namespace rb::analysis
