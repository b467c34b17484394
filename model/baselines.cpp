// baselines.cpp — baselines and variances (see baselines.h).
#include "model/baselines.h"

#include "model/analysisinput.h"
#include "model/scheduleadapter.h"

#include <QHash>

#include <cstdio>
#include <cstdlib>

namespace rb::model {

Baseline takeBaseline(const QStringList &postIds, const std::vector<double> &budgets,
                      const rb::analysis::Schedule &schedule, const rb::analysis::MonteCarloResult *simulation,
                      const QString &name, const QDate &date, const QString &reason, const QString &decidedBy)
{
    Baseline b;
    b.name = name;
    b.date = date;
    b.reason = reason;
    b.decidedBy = decidedBy;
    if (simulation) {
        b.p50 = fromDayNumber(simulation->finish.p50);
        b.p80 = fromDayNumber(simulation->finish.p80);
    }
    for (qsizetype i = 0; i < postIds.size(); ++i) {
        const rb::analysis::TaskDates &d = schedule.tasks[size_t(i)];
        BaselinePost p;
        p.post = postIds[i];
        p.start = fromDayNumber(d.earlyStart);
        p.finish = fromDayNumber(d.earlyFinish);
        if (size_t(i) < budgets.size()) p.budget = budgets[size_t(i)];
        b.posts << p;
    }
    return b;
}

std::vector<PostVariance> postVariances(const QList<Baseline> &baselines, const QStringList &postIds,
                                        const std::vector<double> &budgets, const rb::analysis::Schedule &schedule)
{
    std::vector<PostVariance> out;
    if (baselines.isEmpty()) return out;
    const auto index = [](const Baseline &b) {
        QHash<QString, const BaselinePost *> h;
        for (const BaselinePost &p : b.posts) h.insert(p.post, &p);
        return h;
    };
    const auto original = index(baselines.first()), latest = index(baselines.last());
    out.resize(size_t(postIds.size()));
    for (qsizetype i = 0; i < postIds.size(); ++i) {
        const rb::analysis::TaskDates &d = schedule.tasks[size_t(i)];
        const double budget = size_t(i) < budgets.size() ? budgets[size_t(i)] : 0;
        PostVariance &v = out[size_t(i)];
        const auto against = [&](const QHash<QString, const BaselinePost *> &h, std::optional<int> &start,
                                 std::optional<int> &finish, std::optional<double> &money) {
            const BaselinePost *p = h.value(postIds[i]);
            if (!p) return;
            if (p->start.isValid()) start = d.earlyStart - toDayNumber(p->start);
            if (p->finish.isValid()) finish = d.earlyFinish - toDayNumber(p->finish);
            if (p->budget) money = budget - *p->budget;
        };
        against(original, v.startVsOriginalDays, v.finishVsOriginalDays, v.budgetVsOriginalK);
        against(latest, v.startVsLatestDays, v.finishVsLatestDays, v.budgetVsLatestK);
    }
    return out;
}

std::string varianceJson(const PostVariance &v)
{
    std::string out = "{";
    const auto key = [&](const char *name) {
        if (out.size() > 1) out += ',';
        out += '"';
        out += name;
        out += "\":";
    };
    const auto days = [&](const char *name, const std::optional<int> &d) {
        key(name);
        out += d ? std::to_string(*d) : "null";
    };
    const auto money = [&](const char *name, const std::optional<double> &k) {
        key(name);
        if (!k) {
            out += "null";
            return;
        }
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", *k);
        // The shortest text that reads back the same (125.5, not 125.50000000000001).
        for (int precision = 1; precision <= 17; ++precision) {
            std::snprintf(text, sizeof text, "%.*g", precision, *k);
            if (std::strtod(text, nullptr) == *k) break;
        }
        out += text;
    };
    days("finishVsOriginalDays", v.finishVsOriginalDays);
    days("finishVsLatestDays", v.finishVsLatestDays);
    days("startVsOriginalDays", v.startVsOriginalDays);
    days("startVsLatestDays", v.startVsLatestDays);
    money("budgetVsOriginalK", v.budgetVsOriginalK);
    money("budgetVsLatestK", v.budgetVsLatestK);
    out += '}';
    return out;
}

ProgrammeVariance programmeVariance(const QList<Baseline> &baselines, const PortfolioSchedule &s)
{
    const QStringList &postIds = s.input().postIds;
    const std::vector<double> &budgets = s.input().budgets;
    const rb::analysis::Schedule &schedule = s.schedule();
    const auto external = s.network().externalAt(); // by topological position
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < postIds.size(); ++i) index.insert(postIds[i], i);
    ProgrammeVariance out;
    out.baselineCount = int(baselines.size());
    if (!postIds.isEmpty()) out.finish = fromDayNumber(schedule.finish);
    if (baselines.isEmpty()) return out;
    const auto programmeFinish = [&](const Baseline &b) {
        QDate latest;
        for (const BaselinePost &p : b.posts) {
            const qsizetype i = index.value(p.post, -1);
            if (i >= 0 && size_t(i) < s.network().tasks().size() && external[s.network().position(std::uint32_t(i))])
                continue; // outside the programme: does not define its finish (analysis/cpm.cpp)
            if (p.finish.isValid() && (!latest.isValid() || p.finish > latest)) latest = p.finish;
        }
        return latest;
    };
    out.originalName = baselines.first().name;
    out.latestName = baselines.last().name;
    out.originalFinish = programmeFinish(baselines.first());
    out.latestFinish = programmeFinish(baselines.last());
    if (out.finish.isValid() && out.originalFinish.isValid())
        out.finishVsOriginalDays = int(out.originalFinish.daysTo(out.finish));
    if (out.finish.isValid() && out.latestFinish.isValid())
        out.finishVsLatestDays = int(out.latestFinish.daysTo(out.finish));
    for (const PostVariance &v : postVariances(baselines, postIds, budgets, schedule)) {
        if (v.finishVsOriginalDays) {
            ++out.comparedVsOriginal;
            out.slippedVsOriginal += *v.finishVsOriginalDays > 0;
        }
        if (v.finishVsLatestDays) {
            ++out.comparedVsLatest;
            out.slippedVsLatest += *v.finishVsLatestDays > 0;
        }
    }
    return out;
}

std::optional<Baseline> baselineOfPortfolio(const Portfolio &portfolio, const QString &name, const QDate &date,
                                            const QString &reason, const QString &decidedBy, unsigned iterations,
                                            unsigned long long seed, QString *error)
{
    const auto s = PortfolioSchedule::build(portfolio, error);
    if (!s) return std::nullopt;
    std::optional<rb::analysis::MonteCarloResult> simulation;
    if (iterations > 0) {
        rb::analysis::MonteCarloOptions options;
        options.iterations = iterations;
        options.seed = seed;
        options.taskPercentiles = false;
        options.criticality = false;
        auto result = rb::analysis::runMonteCarlo(s->network(), s->monteCarloModel(), options);
        if (!result) {
            if (error) *error = QString::fromStdString(result.error().message);
            return std::nullopt;
        }
        simulation = std::move(*result);
    }
    return takeBaseline(s->input().postIds, s->input().budgets, s->schedule(), simulation ? &*simulation : nullptr,
                        name, date, reason, decidedBy);
}

} // namespace rb::model
