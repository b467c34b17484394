// schedulecheck.cpp — the rules of the schedule check (see schedulecheck.h, docs/analysis.md).
#include "analysis/schedulecheck.h"

#include <algorithm>

namespace rb::analysis {

const char *checkRuleId(CheckRule rule) noexcept
{
    switch (rule) {
    case CheckRule::ActualAfterStatusDate:
        return "actual-after-status-date";
    case CheckRule::NoPredecessor:
        return "no-predecessor";
    case CheckRule::NoSuccessor:
        return "no-successor";
    case CheckRule::LevelOfEffortLogic:
        return "level-of-effort-logic";
    case CheckRule::HardConstraint:
        return "hard-constraint";
    case CheckRule::NegativeLag:
        return "negative-lag";
    case CheckRule::LongLag:
        return "long-lag";
    case CheckRule::FixedDateUnused:
        return "fixed-date-unused";
    case CheckRule::NoEstimateNorAssessment:
        return "no-estimate-nor-assessment";
    case CheckRule::ForecastBeforeStatusDate:
        return "forecast-before-status-date";
    case CheckRule::NegativeFloat:
        return "negative-float";
    case CheckRule::HighFloat:
        return "high-float";
    }
    return "";
}

CheckSeverity checkSeverity(CheckRule rule) noexcept
{
    // Only a contradiction between progress and dates is an error: the analysis would treat a post as
    // started or done that, by its own dates, cannot be. Everything else is a plan that can be analysed
    // but deserves a question.
    return rule == CheckRule::ActualAfterStatusDate ? CheckSeverity::Error : CheckSeverity::Warning;
}

const char *checkDcmaPoint(CheckRule rule) noexcept
{
    switch (rule) {
    case CheckRule::NoPredecessor:
    case CheckRule::NoSuccessor:
        return "1 Logic";
    case CheckRule::NegativeLag:
        return "2 Leads";
    case CheckRule::LongLag:
        return "3 Lags";
    case CheckRule::HardConstraint:
        return "5 Hard constraints";
    case CheckRule::HighFloat:
        return "6 High float";
    case CheckRule::NegativeFloat:
        return "7 Negative float";
    case CheckRule::ActualAfterStatusDate:
    case CheckRule::ForecastBeforeStatusDate:
        return "9 Invalid dates";
    case CheckRule::LevelOfEffortLogic:
    case CheckRule::FixedDateUnused:
    case CheckRule::NoEstimateNorAssessment:
        return nullptr;
    }
    return nullptr;
}

std::optional<double> checkDcmaLimit(CheckRule rule) noexcept
{
    switch (rule) {
    case CheckRule::NoPredecessor:
    case CheckRule::NoSuccessor:
    case CheckRule::LongLag:
    case CheckRule::HardConstraint:
    case CheckRule::HighFloat:
        return 0.05;
    case CheckRule::NegativeLag:
    case CheckRule::NegativeFloat:
    case CheckRule::ActualAfterStatusDate:
    case CheckRule::ForecastBeforeStatusDate:
        return 0.0;
    default:
        return std::nullopt;
    }
}

CheckReport checkSchedule(const ScheduleNetwork &net, const Schedule &schedule, std::span<const CheckFacts> facts,
                          const CheckOptions &options)
{
    const std::size_t n = net.taskCount();
    const CheckFacts none;
    const auto factsOf = [&](std::uint32_t t) -> const CheckFacts & { return t < facts.size() ? facts[t] : none; };

    std::vector<std::uint32_t> predCount(n, 0), succCount(n, 0);
    for (const Link &l : net.links()) {
        ++succCount[l.from];
        ++predCount[l.to];
    }

    CheckReport report;
    std::vector<CheckFinding> byRule[kCheckRuleCount];
    std::size_t population[kCheckRuleCount] = {};
    const auto add = [&](CheckRule rule, std::vector<std::uint32_t> tasks, std::int32_t days = 0,
                         std::optional<std::uint32_t> link = std::nullopt) {
        byRule[std::size_t(rule)].push_back({rule, std::move(tasks), link, days});
    };
    const auto count = [&](CheckRule rule) { ++population[std::size_t(rule)]; };

    for (std::uint32_t t = 0; t < n; ++t) {
        const Task &task = net.task(t);
        const CheckFacts &f = factsOf(t);
        if (f.cancelled) continue;
        const TaskDates &d = schedule.tasks[t];
        const bool open = !task.done && !task.fixedDate; // not done: still to be scheduled
        const bool programme = ScheduleNetwork::inProgramme(task);

        if (task.fixedDate) {
            count(CheckRule::FixedDateUnused);
            if (predCount[t] == 0) add(CheckRule::FixedDateUnused, {t});
            continue; // a fixed date has no logic, estimate or float of its own to check
        }
        if (options.statusDate && f.started) {
            count(CheckRule::ActualAfterStatusDate);
            const std::int32_t status = *options.statusDate;
            if (f.start && *f.start > status)
                add(CheckRule::ActualAfterStatusDate, {t}, *f.start - status);
            else if (task.done && f.finish && *f.finish > status)
                add(CheckRule::ActualAfterStatusDate, {t}, *f.finish - status);
        }
        if (!open) continue;

        if (programme) {
            count(CheckRule::NoPredecessor);
            count(CheckRule::NoSuccessor);
            if (predCount[t] == 0) add(CheckRule::NoPredecessor, {t});
            if (succCount[t] == 0) add(CheckRule::NoSuccessor, {t});
            count(CheckRule::HighFloat);
            if (d.totalFloat > options.highFloatDays) add(CheckRule::HighFloat, {t}, d.totalFloat);
        }
        if (!task.external) {
            count(CheckRule::HardConstraint);
            if (f.hasDeadline) add(CheckRule::HardConstraint, {t});
        }
        if (!task.levelOfEffort) {
            count(CheckRule::NoEstimateNorAssessment);
            if (!f.hasEstimate && !f.hasAssessment) add(CheckRule::NoEstimateNorAssessment, {t});
            count(CheckRule::NegativeFloat);
            if (d.totalFloat < 0) add(CheckRule::NegativeFloat, {t}, d.totalFloat);
        }
        if (options.statusDate) {
            count(CheckRule::ForecastBeforeStatusDate);
            const std::int32_t status = *options.statusDate;
            if (!f.started && d.earlyStart < status)
                add(CheckRule::ForecastBeforeStatusDate, {t}, status - d.earlyStart);
            else if (f.started && d.earlyFinish < status)
                add(CheckRule::ForecastBeforeStatusDate, {t}, status - d.earlyFinish);
        }
    }

    const auto &links = net.links();
    for (std::uint32_t i = 0; i < links.size(); ++i) {
        const Link &l = links[i];
        if (factsOf(l.from).cancelled || factsOf(l.to).cancelled) continue;
        count(CheckRule::NegativeLag);
        count(CheckRule::LongLag);
        count(CheckRule::LevelOfEffortLogic);
        if (l.lagDays < 0) add(CheckRule::NegativeLag, {l.from, l.to}, l.lagDays, i);
        if (l.lagDays > options.longLagDays) add(CheckRule::LongLag, {l.from, l.to}, l.lagDays, i);
        if (net.task(l.from).levelOfEffort || net.task(l.to).levelOfEffort)
            add(CheckRule::LevelOfEffortLogic, {l.from, l.to}, l.lagDays, i);
    }

    for (std::size_t r = 0; r < kCheckRuleCount; ++r) {
        const auto rule = CheckRule(r);
        report.rules.push_back({rule, byRule[r].size(), population[r]});
        (checkSeverity(rule) == CheckSeverity::Error ? report.errors : report.warnings) += byRule[r].size();
        report.findings.insert(report.findings.end(), std::make_move_iterator(byRule[r].begin()),
                               std::make_move_iterator(byRule[r].end()));
    }
    return report;
}

} // namespace rb::analysis
