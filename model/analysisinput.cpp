// analysisinput.cpp — portfolio fields → engine input (see analysisinput.h).
#include "model/analysisinput.h"

#include <algorithm>
#include <cmath>

namespace rb::model {

namespace an = rb::analysis;

namespace {
const QDate kEpoch(1970, 1, 1);

// Factor ids of the document, in the engine's SuccessFactor order.
constexpr const char *kFactorIds[an::kSuccessFactorCount]
    = {"ambition", "ownership",           "nationalDependency", "planning", "technicalComplexity",
       "capacity", "organisationalImpact"};
} // namespace

int32_t toDayNumber(const QDate &date) { return int32_t(kEpoch.daysTo(date)); }
QDate fromDayNumber(int32_t day) { return kEpoch.addDays(day); }

void formatIsoDate(int32_t day, char out[10])
{
    // Civil-from-days (H. Hinnant, "chrono-compatible low-level date algorithms"): day 0 = 1970-01-01.
    const int64_t z = int64_t(day) + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    const auto put = [&](int value, int at, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10) out[i] = char('0' + value % 10);
    };
    put(std::clamp(y, 0, 9999), 0, 4);
    out[4] = '-';
    put(m, 5, 2);
    out[7] = '-';
    put(d, 8, 2);
}

std::optional<size_t> successFactorIndex(const QString &factorId)
{
    for (size_t f = 0; f < an::kSuccessFactorCount; ++f)
        if (factorId == QLatin1String(kFactorIds[f])) return f;
    return std::nullopt;
}

double probabilityOfScore(int score)
{
    switch (score) {
    case 1:
        return 0.05;
    case 2:
        return 0.20;
    case 3:
        return 0.40;
    case 4:
        return 0.65;
    case 5:
        return 0.90;
    default:
        return 0.0;
    }
}

double costOfDelayPerDay(const Post &post)
{
    if (post.costOfDelayPerMonth)
        return *post.costOfDelayPerMonth / 30.4375; // mean days per month of the Gregorian calendar
    const int days = post.plannedDurationDays();
    if (!post.budget || days <= 0) return 0;
    return (post.budget->oneOff.proposed + post.budget->oneOff.carriedOver) / days;
}

namespace {

// A post's task in the engine, all but its id.
an::Task scheduleTask(const Post &p, const Programme &programme)
{
    const QDate &programmeStart = programme.start;
    an::Task t;
    // A cancelled post takes no time any more; its successors are not held up by it.
    t.durationDays = p.status == PostStatus::Cancelled ? 0 : p.plannedDurationDays();
    if (p.start.isValid())
        t.startNoEarlierThan = toDayNumber(p.start);
    else if (programmeStart.isValid())
        t.startNoEarlierThan = toDayNumber(programmeStart); // "starts at the programme start"
    if (p.deadline.isValid()) t.finishNoLaterThan = toDayNumber(p.deadline);
    if (p.kind == PostKind::External) {
        // Outside the programme: it never defines the programme finish. A dated external event
        // (a law's entry into force, another project's delivery) does not wait for the programme,
        // so its planned window is fixed: whatever must precede it gets it as a deadline.
        t.external = true;
        if (!t.finishNoLaterThan && p.start.isValid() && p.plannedFinish().isValid())
            t.finishNoLaterThan = toDayNumber(p.plannedFinish());
    }
    t.levelOfEffort = p.levelOfEffort;
    if (p.fixedDate && p.kind == PostKind::External && p.start.isValid() && p.status != PostStatus::Cancelled) {
        // A date that never moves (a law's commencement): fixed in every pass and iteration; each
        // link into it is a target for its predecessor.
        t.fixedDate = true;
        t.finishNoLaterThan.reset();
        t.fixedStart = toDayNumber(p.start);
        t.fixedFinish = p.plannedFinish().isValid() ? toDayNumber(p.plannedFinish()) : t.fixedStart;
    }
    if (p.status == PostStatus::Done && p.actualStart.isValid() && p.actualFinish.isValid()) {
        t.done = true; // done work keeps its actual dates
        t.fixedStart = toDayNumber(p.actualStart);
        t.fixedFinish = toDayNumber(p.actualFinish);
        // A milestone that happened stays a milestone (0 days); other work lasted its inclusive days.
        const bool milestone = p.plannedDurationDays() == 0 && p.actualStart == p.actualFinish;
        t.durationDays = milestone ? 0 : int32_t(p.actualStart.daysTo(p.actualFinish)) + 1;
    } else if (p.status == PostStatus::Done && p.start.isValid() && p.plannedFinish().isValid()) {
        t.done = true;
        t.fixedStart = toDayNumber(p.start);
        t.fixedFinish = toDayNumber(p.plannedFinish());
    } else if (p.status == PostStatus::Done && programme.statusDate.isValid() && t.startNoEarlierThan
               && *t.startNoEarlierThan < toDayNumber(programme.statusDate)) {
        // Done, but without the dates to fix it (only its status says so): it stays where the plan
        // put it instead of being moved to the status date like work not started.
        t.done = true;
        t.fixedStart = *t.startNoEarlierThan;
        t.fixedFinish = t.fixedStart + std::max(t.durationDays, 1) - 1;
    } else if (p.status == PostStatus::Running && !t.fixedDate && programme.statusDate.isValid()) {
        // A started post: fixed at its actual start; its remaining work starts at the status date. A
        // running post without an actualStart whose planned start has come is taken to have started on
        // it (a document from before progress was recorded).
        if (p.actualStart.isValid())
            t.actualStart = toDayNumber(p.actualStart);
        else if (p.start.isValid() && p.start <= programme.statusDate)
            t.actualStart = toDayNumber(p.start);
        if (t.actualStart && p.remainingDays) t.remainingDays = *p.remainingDays;
    }
    if (p.estimate && p.status != PostStatus::Cancelled)
        t.estimate = an::Estimate{double(p.estimate->optimisticDays), double(p.estimate->mostLikelyDays),
                                  double(p.estimate->pessimisticDays)};
    t.costPerDay = costOfDelayPerDay(p);
    return t;
}

void setProgrammeDates(AnalysisInput &in, const Programme &programme)
{
    // Posts before the programme start (e.g. work done in earlier plateaus) keep their dates: the
    // network starts at the earliest date anywhere.
    std::optional<int32_t> earliest;
    const auto consider = [&](int32_t day) { earliest = earliest ? std::min(*earliest, day) : day; };
    for (const an::Task &t : in.network.tasks) {
        if (t.startNoEarlierThan) consider(*t.startNoEarlierThan);
        if (t.actualStart) consider(*t.actualStart); // work that started before its plan said
        if (t.done) consider(t.fixedStart);
    }
    in.network.projectStart = earliest;
    in.network.programmeEnd.reset();
    in.network.statusDate.reset();
    if (programme.statusDate.isValid()) in.network.statusDate = toDayNumber(programme.statusDate);
    if (programme.end.isValid()) in.network.programmeEnd = toDayNumber(programme.end);
}

void setProfiles(AnalysisInput &in, const QList<Assessment> &assessments, const IdIndex &taskOf)
{
    std::vector<const Assessment *> latest(in.network.tasks.size(), nullptr);
    for (const Assessment &a : assessments) {
        const int task = taskOf.find(a.post);
        if (task >= 0 && (!latest[size_t(task)] || a.date >= latest[size_t(task)]->date)) latest[size_t(task)] = &a;
    }
    for (size_t task = 0; task < latest.size(); ++task) {
        if (!latest[task]) continue;
        an::UncertaintyProfile prof;
        bool any = false;
        for (size_t f = 0; f < an::kSuccessFactorCount; ++f)
            if (const FactorScore *s = latest[task]->score(QString::fromLatin1(kFactorIds[f]))) {
                prof.scores[f] = uint8_t(s->score);
                any = true;
            }
        if (any) in.profiles[task] = prof;
    }
}

// The index of post ids by task index.
IdIndex indexOf(const QStringList &ids)
{
    return IdIndex(ids.size(), [&](qsizetype i) -> const QString & { return ids.at(i); });
}

} // namespace

void addPost(AnalysisInput &in, const Post &post, const Programme &programme)
{
    an::Task t = scheduleTask(post, programme);
    in.budgets.push_back(postBudgetTotal(post));
    t.id = post.id.toStdString();
    in.network.tasks.push_back(std::move(t));
    in.postIds << post.id;
}

void addLink(AnalysisInput &in, uint32_t from, uint32_t to, LinkType type, int lagDays)
{
    an::Link l;
    l.from = from;
    l.to = to;
    l.type = an::LinkType(int(type)); // same order: FS, SS, FF, SF
    l.lagDays = lagDays;
    in.network.links.push_back(l);
}

void completeInput(AnalysisInput &in, const Programme &programme, const QList<Assessment> &assessments,
                   const IdIndex *postIndex)
{
    setProgrammeDates(in, programme);
    in.profiles.assign(in.network.tasks.size(), std::nullopt);
    if (assessments.isEmpty()) return; // no index needed (hashing 100k ids is a tenth of a large load)
    if (postIndex)
        setProfiles(in, assessments, *postIndex);
    else
        setProfiles(in, assessments, indexOf(in.postIds));
}

Programme analysisProgramme(const Programme &programme, bool recordsProgress)
{
    Programme p = programme;
    if (!recordsProgress) p.statusDate = QDate();
    return p;
}

AnalysisInput buildAnalysisInput(const Portfolio &portfolio)
{
    const Programme programme = analysisProgramme(
        portfolio.programme, std::any_of(portfolio.posts.begin(), portfolio.posts.end(), hasProgress));
    AnalysisInput in;
    in.network.tasks.reserve(size_t(portfolio.posts.size()));
    in.postIds.reserve(portfolio.posts.size());
    in.budgets.reserve(size_t(portfolio.posts.size()));
    for (const Post &p : portfolio.posts) addPost(in, p, programme);
    const IdIndex taskOf = indexOf(in.postIds);
    completeInput(in, programme, portfolio.assessments, &taskOf);
    in.network.links.reserve(size_t(portfolio.dependencies.size()));
    // An unknown post's index, -1, becomes UINT32_MAX: refused by the network.
    for (const Dependency &d : portfolio.dependencies)
        addLink(in, uint32_t(taskOf.find(d.from)), uint32_t(taskOf.find(d.to)), d.type, d.lagDays);
    return in;
}

} // namespace rb::model
