// portfolio.cpp — helpers on the domain types and the enum name tables.
#include "model/portfolio.h"

#include <algorithm>
#include "model/enumnames.h"

namespace rb::model {

#define RB_ENUM_TABLE(E, ...)                                                                                          \
    template <>                                                                                                        \
    std::span<const EnumName<E>> enumNames<E>()                                                                        \
    {                                                                                                                  \
        static constexpr EnumName<E> table[] = {__VA_ARGS__};                                                          \
        return table;                                                                                                  \
    }                                                                                                                  \
    QString toString(E e) { return QString::fromLatin1(enumName(e)); }

RB_ENUM_TABLE(PostKind, {PostKind::Project, "project"}, {PostKind::Activity, "activity"},
              {PostKind::External, "external"})
RB_ENUM_TABLE(PostStatus, {PostStatus::Planned, "planned"}, {PostStatus::Running, "running"},
              {PostStatus::Done, "done"}, {PostStatus::Deferred, "deferred"}, {PostStatus::Cancelled, "cancelled"})
RB_ENUM_TABLE(LinkType, {LinkType::FS, "FS"}, {LinkType::SS, "SS"}, {LinkType::FF, "FF"}, {LinkType::SF, "SF"})
RB_ENUM_TABLE(RiskLevel, {RiskLevel::Programme, "programme"}, {RiskLevel::Project, "project"},
              {RiskLevel::Activity, "activity"})
RB_ENUM_TABLE(RiskResponse, {RiskResponse::None, ""}, {RiskResponse::Avoid, "avoid"}, {RiskResponse::Reduce, "reduce"},
              {RiskResponse::Fallback, "fallback"}, {RiskResponse::Transfer, "transfer"},
              {RiskResponse::Accept, "accept"}, {RiskResponse::Share, "share"})
RB_ENUM_TABLE(RiskStatus, {RiskStatus::Open, "open"}, {RiskStatus::Closed, "closed"},
              {RiskStatus::Occurred, "occurred"})
RB_ENUM_TABLE(Sourcing, {Sourcing::Internal, "internal"}, {Sourcing::Hired, "hired"}, {Sourcing::Mixed, "mixed"})
RB_ENUM_TABLE(HistoryKind, {HistoryKind::Delayed, "delayed"}, {HistoryKind::Underspend, "underspend"},
              {HistoryKind::Overspend, "overspend"}, {HistoryKind::Extended, "extended"}, {HistoryKind::Extra, "extra"},
              {HistoryKind::Cheaper, "cheaper"}, {HistoryKind::Deferred, "deferred"},
              {HistoryKind::Completed, "completed"}, {HistoryKind::Other, "other"})
#undef RB_ENUM_TABLE

int Post::plannedDurationDays() const
{
    if (start.isValid() && finish.isValid()) return int(start.daysTo(finish)) + 1;
    if (durationDays) return *durationDays;
    if (estimate) return estimate->mostLikelyDays;
    return 0;
}

QDate Post::plannedFinish() const
{
    if (finish.isValid()) return finish;
    if (start.isValid() && durationDays) return *durationDays == 0 ? start : start.addDays(*durationDays - 1);
    return {};
}

const FactorScore *Assessment::score(const QString &factorId) const
{
    for (const auto &s : scores)
        if (s.first == factorId) return &s.second;
    return nullptr;
}

int Portfolio::postIndex(const QString &id) const
{
    for (int i = 0; i < posts.size(); ++i)
        if (posts[i].id == id) return i;
    return -1;
}

const Assessment *Portfolio::latestAssessment(const QString &postId) const
{
    const Assessment *best = nullptr;
    for (const Assessment &a : assessments)
        if (a.post == postId && (!best || a.date >= best->date)) best = &a;
    return best;
}

QList<SuccessFactor> defaultSuccessFactors()
{
    // Names as in chapter 7 of the MAB plateau-4 plan ("Projecten").
    const QString plan = QStringLiteral("Programmaplan MAB plateau 4, hoofdstuk 7");
    return {
        {"ambition",
         "Realistische ambitie/doelstelling",
         "Realistic ambition/objective",
         "Is the goal clear, and is the ambition achievable in scope and size?",
         false,
         {},
         plan},
        {"ownership",
         "Eigenaarschap (project/systeem)",
         "Ownership (project/system)",
         "Is there one accountable owner of the project and of the resulting system, with mandate?",
         false,
         {},
         plan},
        {"nationalDependency",
         "Afhankelijkheid landelijke bouwsteen",
         "Dependency on national building block",
         "Does the project depend on national (government) building blocks or programmes it does not control?",
         false,
         {},
         plan},
        {"planning",
         "Haalbare planning",
         "Feasible planning",
         "Are the planning and its deadlines realistic?",
         false,
         {},
         plan},
        {"technicalComplexity",
         "Technische complexiteit",
         "Technical complexity",
         "How complex or new is the technology, and how many systems must work together?",
         false,
         {},
         plan},
        {"capacity",
         "Beschikbare capaciteit",
         "Available capacity",
         "Are the people with the right knowledge available when needed (internal or hired)?",
         false,
         {},
         plan},
        {"organisationalImpact",
         "Impact organisatie/medewerkers",
         "Impact on organisation/staff",
         "How much do processes and the work of staff change, and are they ready for it?",
         false,
         {},
         plan},
    };
}

int requiredSchemaVersion(const Portfolio &portfolio)
{
    if (!portfolio.programme.charter.isEmpty() || !portfolio.baselines.isEmpty()
        || std::any_of(portfolio.posts.begin(), portfolio.posts.end(), hasProgress))
        return 3;
    for (const Post &p : portfolio.posts)
        if (p.levelOfEffort || p.fixedDate) return 2;
    return 1;
}

} // namespace rb::model
