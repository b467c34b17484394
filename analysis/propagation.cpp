#include "analysis/propagation.h"

#include <algorithm>
#include <bit>
#include <unordered_map>

namespace rb::analysis {

namespace {
constexpr std::uint8_t kUntouched = 0, kQueued = 1, kChanged = 2, kAbsorbed = 3;
constexpr std::uint32_t kSelf = UINT32_MAX;
} // namespace

std::vector<std::uint32_t> PropagationResult::via(std::uint32_t task) const
{
    std::unordered_map<std::uint32_t, std::uint32_t> parent;
    parent.reserve(affected.size());
    for (const AffectedTask &a : affected) parent.emplace(a.task, a.via);
    std::vector<std::uint32_t> chain;
    for (auto it = parent.find(task); it != parent.end(); it = parent.find(it->second)) {
        chain.push_back(it->first);
        if (it->second == it->first) break;
    }
    std::reverse(chain.begin(), chain.end());
    return chain;
}

DelayPropagator::DelayPropagator(const ScheduleNetwork &net, const Schedule &baseline)
    : net_(net), base_(baseline), start_(baseline.startAt), end_(baseline.endAt),
      dur_(net.durationAt().begin(), net.durationAt().end()),
      floor_(net.startFloorAt().begin(), net.startFloorAt().end()), state_(net.taskCount(), kUntouched),
      reachedFrom_(net.taskCount(), kSelf), removed_(net.linkCount(), 0), pending_((net.taskCount() + 63) / 64, 0)
{
    costAt_.reserve(net.taskCount());
    for (auto t : net.topologicalOrder()) costAt_.push_back(net.task(t).costPerDay);
}

Result<PropagationResult> DelayPropagator::propagate(const DelayScenario &sc)
{
    const auto n = static_cast<std::uint32_t>(net_.taskCount());
    const auto order = net_.topologicalOrder();
    const auto doneAt = net_.doneAt();
    for (const auto &c : sc.durationChanges)
        if (c.task >= n || c.durationDays < 0)
            return Error{ErrorCode::InvalidArgument, "duration change out of range", {}, {}};
    for (const auto &s : sc.slips)
        if (s.task >= n) return Error{ErrorCode::InvalidArgument, "slip of a missing task", {}, {}};
    for (auto k : sc.removedLinks)
        if (k >= net_.linkCount()) return Error{ErrorCode::InvalidArgument, "removed link out of range", {}, {}};

    touched_.clear();
    // Queued positions are a bitset scanned upwards: successors always come later in topological
    // order, so one sweep from the first source visits the forward cone in order (no heap).
    std::uint32_t cursor = UINT32_MAX;
    auto enqueue = [&](std::uint32_t pos, std::uint32_t from) {
        if (state_[pos] != kUntouched) return;
        state_[pos] = kQueued;
        reachedFrom_[pos] = from;
        touched_.push_back(pos);
        pending_[pos / 64] |= std::uint64_t(1) << (pos % 64);
        cursor = std::min(cursor, pos);
    };
    auto nextQueued = [&]() -> std::uint32_t { // UINT32_MAX when none
        if (cursor == UINT32_MAX) return UINT32_MAX;
        for (std::size_t w = cursor / 64; w < pending_.size(); ++w) {
            std::uint64_t bits = pending_[w];
            if (w == cursor / 64) bits &= ~std::uint64_t(0) << (cursor % 64);
            if (bits) {
                const auto pos = static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
                pending_[w] &= ~(std::uint64_t(1) << (pos % 64));
                cursor = pos;
                return pos;
            }
        }
        cursor = UINT32_MAX;
        return UINT32_MAX;
    };
    auto restore = [&] {
        for (auto p : touched_) {
            start_[p] = base_.startAt[p];
            end_[p] = base_.endAt[p];
            dur_[p] = net_.durationAt()[p];
            floor_[p] = net_.startFloorAt()[p];
            state_[p] = kUntouched;
            reachedFrom_[p] = kSelf;
            pending_[p / 64] &= ~(std::uint64_t(1) << (p % 64));
        }
        for (auto k : sc.removedLinks) removed_[k] = 0;
    };

    // Sources: changed durations (done tasks keep their dates), then slips, then targets of removed links.
    for (const auto &c : sc.durationChanges) {
        const std::uint32_t p = net_.position(c.task);
        if (doneAt[p]) continue;
        enqueue(p, kSelf);
        dur_[p] = c.durationDays;
    }
    for (const auto &s : sc.slips) {
        const std::uint32_t p = net_.position(s.task);
        if (doneAt[p]) continue;
        enqueue(p, kSelf);
        floor_[p] = std::max(floor_[p], base_.startAt[p]); // a slip never makes a task start earlier
        if (dur_[p] == 0)
            floor_[p] += s.days; // a milestone moves
        else
            dur_[p] += s.days; // a task takes longer
    }
    for (auto p : touched_)
        if (dur_[p] < 0) {
            restore();
            return Error{ErrorCode::InvalidArgument, "slip makes a duration negative", {}, {}};
        }
    const bool anyRemoved = !sc.removedLinks.empty();
    for (auto k : sc.removedLinks) {
        removed_[k] = 1;
        enqueue(net_.position(net_.links()[k].to), kSelf);
    }

    PropagationResult r;
    r.endExclusiveBefore = base_.endExclusive;
    r.finishBefore = base_.finish;
    bool anyEarlier = false;
    std::int32_t maxEnd = base_.endExclusive;

    for (std::uint32_t p = nextQueued(); p != UINT32_MAX; p = nextQueued()) {
        std::int32_t s = start_[p];
        std::uint32_t bindingPos = kSelf;
        if (!net_.startFixedAt()[p]) { // done and started tasks keep their start
            s = floor_[p];
            const auto preds = net_.predecessorsAt(p);
            const auto links = net_.predecessorLinksAt(p);
            for (std::size_t k = 0; k < preds.size(); ++k) {
                if (anyRemoved && removed_[links[k]]) continue;
                const Edge &e = preds[k];
                const std::int32_t b = detail::startBound(e, start_[e.other], end_[e.other], dur_[p]);
                // Ties prefer a changed predecessor so that `via` names the path the change travelled.
                if (b > s
                    || (b == s && state_[e.other] == kChanged
                        && (bindingPos == kSelf || state_[bindingPos] != kChanged))) {
                    s = b;
                    bindingPos = e.other;
                }
            }
        }
        const std::int32_t e = s + dur_[p];
        const std::uint32_t task = order[p];
        if (s == base_.startAt[p] && e == base_.endAt[p]) {
            state_[p] = kAbsorbed;
            const std::uint32_t from = reachedFrom_[p];
            r.absorbed.push_back({task, from == kSelf ? task : order[from]});
            continue;
        }
        state_[p] = kChanged;
        start_[p] = s;
        end_[p] = e;
        std::uint32_t via = task;
        if (bindingPos != kSelf && state_[bindingPos] == kChanged)
            via = order[bindingPos];
        else if (reachedFrom_[p] != kSelf)
            via = order[reachedFrom_[p]];
        const std::int32_t slip = e - base_.endAt[p];
        r.affected.push_back({task, detail::inclusiveFinish(base_.startAt[p], base_.endAt[p]),
                              detail::inclusiveFinish(s, e), slip, via});
        r.costOfDelay += costAt_[p] * slip;
        anyEarlier |= e < base_.endAt[p] || s < base_.startAt[p];
        if (!net_.externalAt()[p]) maxEnd = std::max(maxEnd, e); // external tasks never define the end
        for (const Edge &se : net_.successorsAt(p)) enqueue(se.other, p);
    }

    if (anyEarlier) {
        // Something moved earlier: the end may come from any task, so scan all (O(n), still fast).
        maxEnd = INT32_MIN;
        std::int32_t finish = INT32_MIN;
        for (std::uint32_t p = 0; p < n; ++p) {
            if (net_.externalAt()[p]) continue;
            maxEnd = std::max(maxEnd, end_[p]);
            finish = std::max(finish, detail::inclusiveFinish(start_[p], end_[p]));
        }
        r.finishAfter = n ? finish : base_.finish;
        r.endExclusiveAfter = n ? maxEnd : base_.endExclusive;
    } else {
        std::int32_t finish = base_.finish;
        for (const AffectedTask &a : r.affected)
            if (!net_.externalAt()[net_.position(a.task)]) finish = std::max(finish, a.newFinish);
        r.finishAfter = finish;
        r.endExclusiveAfter = maxEnd;
    }
    restore();
    return r;
}

} // namespace rb::analysis
