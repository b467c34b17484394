// timelineplan.cpp — portfolio + schedule (+ what-if) → the timeline's rows and bars.
#include "model/timelineplan.h"

#include "analysis/cpm.h"
#include "analysis/propagation.h"
#include "model/scheduleadapter.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace rb::model {

namespace an = rb::analysis;

namespace {

bool drawn(const Post &p)
{
    return p.status != PostStatus::Cancelled && (p.start.isValid() || p.plannedDurationDays() > 0);
}

const BaselinePost *findPost(const Baseline &b, const QString &id)
{
    for (const BaselinePost &p : b.posts)
        if (p.post == id) return &p;
    return nullptr;
}

} // namespace

TimelinePlan buildTimelinePlan(const Portfolio &portfolio, const PortfolioSchedule &schedule,
                               const TimelineScenario *scenario)
{
    TimelinePlan plan;
    const Programme &programme = portfolio.programme;
    plan.statusDate = programme.statusDate;
    plan.programmeEnd = programme.end;
    const auto &tasks = schedule.schedule().tasks;
    const Baseline *original = portfolio.baselines.isEmpty() ? nullptr : &portfolio.baselines.first();
    const Baseline *latest = portfolio.baselines.size() >= 2 ? &portfolio.baselines.last() : nullptr;
    if (original) plan.originalName = original->name;
    if (latest) plan.latestName = latest->name;

    QSet<uint32_t> critical;
    for (const auto &path : an::criticalPaths(schedule.network(), schedule.schedule()))
        for (uint32_t t : path) critical.insert(t);

    // The what-if: new finishes of the tasks it moves, and those whose float absorbed a slip.
    const an::PropagationResult *result = scenario ? scenario->result : nullptr;
    QHash<int, int> newFinish;
    QSet<int> absorbed;
    if (result) {
        for (const an::AffectedTask &a : result->affected) newFinish.insert(int(a.task), a.newFinish);
        for (const an::AbsorbedTask &a : result->absorbed) absorbed.insert(int(a.task));
        plan.whatIf = true;
        plan.scenario = scenario->text;
        plan.finishBefore = fromDayNumber(result->finishBefore);
        plan.finishAfter = fromDayNumber(result->finishAfter);
        plan.costOfDelay = result->costOfDelay;
    }

    auto widen = [&](const QDate &d) {
        if (!d.isValid()) return;
        if (!plan.firstDate.isValid() || d < plan.firstDate) plan.firstDate = d;
        if (!plan.lastDate.isValid() || d > plan.lastDate) plan.lastDate = d;
    };
    QHash<int, int> barOfTask;
    for (int i = 0; i < portfolio.posts.size() && size_t(i) < tasks.size(); ++i) {
        const Post &p = portfolio.posts[i];
        if (!drawn(p)) continue;
        const an::TaskDates &d = tasks[size_t(i)];
        TimelineBar b;
        b.task = i;
        b.id = p.id;
        b.title = p.title;
        b.theme = p.theme;
        b.start = b.newStart = fromDayNumber(d.earlyStart);
        b.finish = b.newFinish = fromDayNumber(d.earlyFinish);
        b.lateFinish = d.totalFloat > 0 ? fromDayNumber(d.lateFinish) : b.finish;
        b.milestone = schedule.network().task(uint32_t(i)).durationDays == 0;
        b.critical = critical.contains(uint32_t(i));
        b.external = p.kind == PostKind::External;
        b.done = p.status == PostStatus::Done;
        b.running = p.status == PostStatus::Running;
        b.actualStart = p.actualStart;
        b.actualFinish = p.actualFinish;
        b.deadline = p.deadline;
        // Done work: the whole bar (the schedule keeps a done post on its actual dates). A running post:
        // the days before the status date are done, the rest from the status date is its remainder.
        if (b.done) {
            b.doneUntil = b.finish;
        } else if (b.running && plan.statusDate.isValid() && (p.actualStart.isValid() || b.start <= plan.statusDate)) {
            if (b.start < plan.statusDate) b.doneUntil = qMin(b.finish, plan.statusDate.addDays(-1));
            if (b.finish >= plan.statusDate) b.remainderStart = qMax(b.start, plan.statusDate);
        }
        if (original)
            if (const BaselinePost *o = findPost(*original, p.id)) {
                b.originalStart = o->start;
                b.originalFinish = o->finish;
            }
        if (latest)
            if (const BaselinePost *l = findPost(*latest, p.id)) {
                b.latestStart = l->start;
                b.latestFinish = l->finish;
            }
        if (const auto it = newFinish.constFind(i); it != newFinish.cend()) {
            // A slipped post keeps its start and takes longer; a pushed post moves as a whole.
            const int own = scenario->slips.value(p.id);
            b.newFinish = fromDayNumber(*it);
            b.newStart = b.milestone ? b.newFinish : b.newFinish.addDays(-(b.start.daysTo(b.finish) + own));
            b.slipDays = int(b.finish.daysTo(b.newFinish));
            b.moved = true;
        }
        b.delayed = scenario && scenario->slips.value(p.id) != 0;
        b.absorbed = absorbed.contains(i) && b.slipDays == 0;
        for (const QDate &x : {b.start, b.finish, b.lateFinish, b.newStart, b.newFinish, b.originalStart,
                               b.originalFinish, b.latestStart, b.latestFinish, b.deadline})
            widen(x);
        barOfTask.insert(i, int(plan.bars.size()));
        plan.bars << b;
    }

    // Rows: per theme (ascending) a header, then its posts by start, finish and document order.
    std::vector<int> order(size_t(plan.bars.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const TimelineBar &x = plan.bars[a], &y = plan.bars[b];
        return std::tie(x.theme, x.start, x.finish) < std::tie(y.theme, y.start, y.finish);
    });
    int theme = -1;
    bool first = true;
    for (int b : order) {
        if (first || plan.bars[b].theme != theme) {
            first = false;
            theme = plan.bars[b].theme;
            TimelineRow header;
            header.theme = theme;
            for (const Theme &th : programme.themes)
                if (th.id == theme) {
                    header.themeName = th.name;
                    header.themeNameEn = th.nameEn;
                }
            plan.rows << header;
        }
        plan.rows << TimelineRow{theme, b, {}, {}};
    }

    for (const an::Link &l : schedule.network().links()) {
        const auto from = barOfTask.constFind(int(l.from)), to = barOfTask.constFind(int(l.to));
        if (from == barOfTask.cend() || to == barOfTask.cend()) continue;
        TimelineLink link;
        link.from = *from;
        link.to = *to;
        link.fromEnd = l.type == an::LinkType::FS || l.type == an::LinkType::FF;
        link.toEnd = l.type == an::LinkType::FF || l.type == an::LinkType::SF;
        link.critical = plan.bars[*from].critical && plan.bars[*to].critical;
        plan.links << link;
    }
    return plan;
}

} // namespace rb::model
