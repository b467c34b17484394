// progressformat.cpp — the progress rules of the document format (see progress.h).
#include "model/progress.h"

#include "model/portfolio.h"

namespace rb::model {

namespace {
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
} // namespace

bool hasProgress(const Post &p)
{
    return p.actualStart.isValid() || p.actualFinish.isValid() || p.remainingDays.has_value();
}

QList<FieldProblem> progressProblems(const Post &p, const QDate &statusDate)
{
    QList<FieldProblem> out;
    if (!hasProgress(p)) return out;
    const char *first = p.actualStart.isValid() ? "actualStart"
        : p.actualFinish.isValid()              ? "actualFinish"
                                                : "remainingDays";
    if (!statusDate.isValid())
        out.append({first,
                    QStringLiteral("post %1 has progress (%2) but the programme has no statusDate; progress is "
                                   "measured at a status date")
                        .arg(p.id, QLatin1String(first))});
    if (p.actualStart.isValid() && statusDate.isValid() && p.actualStart > statusDate)
        out.append(
            {"actualStart",
             QStringLiteral("post %1 started (%2) after the status date (%3); actuals are facts up to the status date")
                 .arg(p.id, iso(p.actualStart), iso(statusDate))});
    if (p.actualFinish.isValid() && statusDate.isValid() && p.actualFinish > statusDate)
        out.append(
            {"actualFinish",
             QStringLiteral("post %1 finished (%2) after the status date (%3); actuals are facts up to the status date")
                 .arg(p.id, iso(p.actualFinish), iso(statusDate))});
    if (p.actualFinish.isValid() && !p.actualStart.isValid())
        out.append({"actualFinish", QStringLiteral("post %1 has an actualFinish but no actualStart").arg(p.id)});
    if (p.actualFinish.isValid() && p.actualStart.isValid() && p.actualFinish < p.actualStart)
        out.append({"actualFinish",
                    QStringLiteral("post %1 finished (%2) before it started (%3)")
                        .arg(p.id, iso(p.actualFinish), iso(p.actualStart))});
    if (p.remainingDays && p.actualFinish.isValid())
        out.append(
            {"remainingDays",
             QStringLiteral("post %1 has finished (actualFinish); a finished post has no remaining work").arg(p.id)});
    else if (p.remainingDays && !p.actualStart.isValid())
        out.append(
            {"remainingDays",
             QStringLiteral("post %1 has remainingDays but no actualStart; remaining work belongs to a started post")
                 .arg(p.id)});
    // The status must agree with the actuals.
    if (p.actualFinish.isValid() && p.status != PostStatus::Done)
        out.append({"actualFinish",
                    QStringLiteral("post %1 has an actualFinish but its status is %2; a finished post is done")
                        .arg(p.id, toString(p.status))});
    if (p.remainingDays && !p.actualFinish.isValid() && p.status != PostStatus::Running)
        out.append(
            {"remainingDays",
             QStringLiteral("post %1 has remainingDays but its status is %2; only a running post has remaining work")
                 .arg(p.id, toString(p.status))});
    if (p.actualStart.isValid() && p.status == PostStatus::Planned)
        out.append(
            {"actualStart",
             QStringLiteral("post %1 has an actualStart but its status is planned; a started post is running or done")
                 .arg(p.id)});
    if (p.status == PostStatus::Done && p.actualStart.isValid() && !p.actualFinish.isValid())
        out.append(
            {"actualStart", QStringLiteral("post %1 is done and has an actualStart but no actualFinish").arg(p.id)});
    return out;
}

double postBudgetTotal(const Post &p)
{
    if (!p.budget) return 0;
    const Budget &b = *p.budget;
    return b.investment.planned + b.investment.proposed + b.operating.planned + b.operating.proposed + b.oneOff.planned
        + b.oneOff.proposed + b.oneOff.carriedOver;
}

} // namespace rb::model
