#include "analysis/cpm.h"

#include <algorithm>

namespace rb::analysis {

using detail::endBound;
using detail::inclusiveFinish;
using detail::linkSlack;
using detail::startBound;

Schedule computeSchedule(const ScheduleNetwork &net)
{
    const auto n = static_cast<std::uint32_t>(net.taskCount());
    const auto dur = net.durationAt();
    const auto floorAt = net.startFloorAt();
    const auto limitAt = net.endLimitAt();
    const auto doneAt = net.doneAt();
    const auto startFixedAt = net.startFixedAt();
    const auto externalAt = net.externalAt();
    const auto fixedAt = net.fixedDateAt();
    const auto predOff = net.predOffsets();
    const auto predE = net.predEdges();
    const auto succOff = net.succOffsets();
    const auto succE = net.succEdges();

    Schedule s;
    s.projectStart = net.projectStart();
    s.programmeEnd = net.programmeEnd();
    s.startAt.resize(n);
    s.endAt.resize(n);
    std::vector<std::int32_t> ls(n), le(n);
    auto &es = s.startAt;
    auto &ee = s.endAt;

    // Forward pass in topological order. Done and started tasks keep their (actual) start (startFloor).
    std::int32_t endEx = INT32_MIN, finish = INT32_MIN;
    for (std::uint32_t p = 0; p < n; ++p) {
        std::int32_t start = floorAt[p];
        const std::int32_t d = dur[p];
        if (!startFixedAt[p])
            for (std::uint32_t k = predOff[p]; k < predOff[p + 1]; ++k) {
                const Edge &e = predE[k];
                start = std::max(start, startBound(e, es[e.other], ee[e.other], d));
            }
        es[p] = start;
        ee[p] = start + d;
        if (externalAt[p]) continue; // outside the programme: does not define its finish
        endEx = std::max(endEx, start + d);
        finish = std::max(finish, inclusiveFinish(start, start + d));
    }
    if (n == 0) endEx = finish = s.projectStart;
    s.endExclusive = endEx;
    s.finish = finish;
    if (s.programmeEnd) s.endSlack = *s.programmeEnd - finish;

    // Backward pass from the programme finish (every task's reported finish <= it); deadlines bound the
    // late end too. Links into done or started tasks and out of done tasks do not constrain late dates.
    for (std::uint32_t p = n; p-- > 0;) {
        const std::int32_t d = dur[p];
        if (doneAt[p]) {
            ls[p] = es[p];
            le[p] = ee[p];
            continue;
        }
        std::int32_t end = finish + (d > 0 ? 1 : 0);   // report finish <= programme finish
        if (externalAt[p]) end = std::max(end, ee[p]); // ... unless outside the programme
        end = std::min(end, limitAt[p]);
        for (std::uint32_t k = succOff[p]; k < succOff[p + 1]; ++k) {
            const Edge &e = succE[k];
            if (startFixedAt[e.other] && !fixedAt[e.other]) continue; // a fixed date bounds it: a target
            end = std::min(end, endBound(e, ls[e.other], le[e.other], d));
        }
        le[p] = end;
        ls[p] = end - d;
    }

    // Per task, reported inclusive.
    s.tasks.resize(n);
    const auto order = net.topologicalOrder();
    for (std::uint32_t p = 0; p < n; ++p) {
        TaskDates &t = s.tasks[order[p]];
        t.earlyStart = es[p];
        t.earlyFinish = inclusiveFinish(es[p], ee[p]);
        t.lateStart = ls[p];
        t.lateFinish = inclusiveFinish(ls[p], le[p]);
        if (doneAt[p]) continue; // floats 0, not critical
        t.totalFloat = ls[p] - es[p];
        t.critical = t.totalFloat <= 0 && !externalAt[p];
        std::int32_t ff = externalAt[p] ? le[p] - ee[p] : finish - inclusiveFinish(es[p], ee[p]);
        for (std::uint32_t k = succOff[p]; k < succOff[p + 1]; ++k) {
            const Edge &e = succE[k];
            if (startFixedAt[e.other]) continue;
            ff = std::min(ff, linkSlack(e, es[p], ee[p], es[e.other], ee[e.other]));
        }
        t.freeFloat = ff;
    }
    return s;
}

std::vector<DrivingStep> explainStart(const ScheduleNetwork &net, const Schedule &s, std::uint32_t task)
{
    std::vector<DrivingStep> chain;
    const auto dur = net.durationAt();
    std::uint32_t p = net.position(task);
    for (;;) {
        DrivingStep step;
        step.task = net.topologicalOrder()[p];
        step.earlyStart = s.startAt[p];
        if (net.doneAt()[p] || net.startedAt()[p]) {
            step.driver = net.doneAt()[p] ? Driver::Fixed : Driver::ActualStart;
            chain.push_back(step);
            break;
        }
        // Find the binding link (first in link order) and the best of the other constraints.
        const auto preds = net.predecessorsAt(p);
        const auto predLinks = net.predecessorLinksAt(p);
        std::optional<std::size_t> binding;
        std::optional<std::int32_t> otherBest; // best constraint other than the binding one
        for (std::size_t k = 0; k < preds.size(); ++k) {
            const Edge &e = preds[k];
            const std::int32_t b = startBound(e, s.startAt[e.other], s.endAt[e.other], dur[p]);
            if (!binding && b == step.earlyStart) {
                binding = k;
                continue;
            }
            otherBest = std::max(otherBest.value_or(INT32_MIN), b);
        }
        const Task &t = net.task(step.task);
        const std::int32_t ps = net.projectStart();
        if (binding) {
            const Edge &e = preds[*binding];
            step.driver = Driver::Link;
            step.link = predLinks[*binding];
            step.linkType = e.type;
            step.lagDays = e.lag;
            std::int32_t other = std::max(otherBest.value_or(INT32_MIN), net.startFloorAt()[p]);
            step.gainDays = step.earlyStart - other;
            chain.push_back(step);
            p = e.other;
            continue;
        }
        const bool constraintDrives = t.startNoEarlierThan && *t.startNoEarlierThan > ps;
        const auto status = net.statusDate();
        const std::int32_t planned = std::max(ps, t.startNoEarlierThan.value_or(INT32_MIN));
        if (status && *status > planned) {
            // Not started by the status date: it cannot start before it (data-date scheduling).
            step.driver = Driver::StatusDate;
            step.gainDays = step.earlyStart - std::max(otherBest.value_or(INT32_MIN), planned);
        } else {
            step.driver = constraintDrives ? Driver::StartConstraint : Driver::ProjectStart;
            if (constraintDrives)
                step.gainDays = step.earlyStart - std::max(otherBest.value_or(INT32_MIN), ps);
            else if (otherBest)
                step.gainDays = step.earlyStart - *otherBest;
        }
        chain.push_back(step);
        break;
    }
    return chain;
}

std::vector<std::uint32_t> drivingChain(const ScheduleNetwork &net, const Schedule &schedule, std::uint32_t task)
{
    std::vector<std::uint32_t> out;
    for (const DrivingStep &step : explainStart(net, schedule, task)) out.push_back(step.task);
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<std::vector<std::uint32_t>> criticalPaths(const ScheduleNetwork &net, const Schedule &schedule)
{
    std::vector<std::vector<std::uint32_t>> paths;
    const auto n = static_cast<std::uint32_t>(net.taskCount());
    for (std::uint32_t t = 0; t < n; ++t) {
        const std::uint32_t p = net.position(t);
        if (!net.doneAt()[p] && !net.externalAt()[p]
            && detail::inclusiveFinish(schedule.startAt[p], schedule.endAt[p]) == schedule.finish)
            paths.push_back(drivingChain(net, schedule, t));
    }
    return paths;
}

std::vector<Target> targets(const ScheduleNetwork &net, const Schedule &schedule)
{
    std::vector<Target> out;
    const auto fixedAt = net.fixedDateAt();
    for (std::uint32_t p = 0; p < net.taskCount(); ++p) {
        if (!fixedAt[p]) continue;
        const auto preds = net.predecessorsAt(p);
        const auto links = net.predecessorLinksAt(p);
        for (std::size_t k = 0; k < preds.size(); ++k) {
            const Edge &e = preds[k];
            const std::uint32_t q = e.other;
            if (net.doneAt()[q] && !fixedAt[q]) continue; // work already done cannot miss it
            Target t;
            t.link = links[k];
            t.task = net.topologicalOrder()[q];
            t.target = net.topologicalOrder()[p];
            t.date = schedule.startAt[p];
            t.slackDays
                = detail::linkSlack(e, schedule.startAt[q], schedule.endAt[q], schedule.startAt[p], schedule.endAt[p]);
            out.push_back(t);
        }
    }
    std::sort(out.begin(), out.end(), [](const Target &a, const Target &b) { return a.link < b.link; });
    return out;
}

std::vector<std::uint32_t> nearCritical(const ScheduleNetwork &net, const Schedule &schedule,
                                        std::int32_t thresholdDays)
{
    std::vector<std::uint32_t> out;
    for (std::uint32_t t = 0; t < net.taskCount(); ++t) {
        const std::uint32_t p = net.position(t);
        const TaskDates &d = schedule.tasks[t];
        if (!net.doneAt()[p] && !net.externalAt()[p] && !d.critical && d.totalFloat < thresholdDays) out.push_back(t);
    }
    return out;
}

std::vector<std::uint32_t> fixedWindowEnds(const ScheduleNetwork &net, const Schedule &schedule,
                                           const std::vector<std::vector<std::uint32_t>> *paths)
{
    std::vector<std::uint32_t> out;
    const auto own = paths ? std::vector<std::vector<std::uint32_t>>{} : criticalPaths(net, schedule);
    for (const auto &path : paths ? *paths : own)
        if (path.size() == 1 && explainStart(net, schedule, path.front()).front().driver != Driver::Link)
            out.push_back(path.front());
    return out;
}

} // namespace rb::analysis
