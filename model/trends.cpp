// trends.cpp — trend series, risk burn-down and "since last time" (model/trends.h).
#include "model/trends.h"

#include "model/palette.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace rb::model {

QList<TrendPoint> trendSeries(const Portfolio &current, const Forecast &currentForecast,
                              const QList<Snapshot> &snapshots)
{
    QList<TrendPoint> out;
    for (const Baseline &b : current.baselines) {
        TrendPoint p;
        p.kind = TrendPoint::Kind::Baseline;
        p.date = b.date;
        p.name = b.name;
        p.reason = b.reason;
        p.forecast.p50 = b.p50;
        p.forecast.p80 = b.p80;
        out << p;
    }
    const QDate now = current.programme.statusDate;
    for (const Snapshot &s : snapshots) {
        if (!s.portfolio) continue;
        const QDate d = s.portfolio->programme.statusDate;
        if (!d.isValid() || (now.isValid() && d > now)) continue;
        TrendPoint p;
        p.kind = TrendPoint::Kind::Snapshot;
        p.date = d;
        p.forecast = s.forecast;
        out << p;
    }
    TrendPoint c;
    c.kind = TrendPoint::Kind::Current;
    c.date = now;
    c.forecast = currentForecast;
    out << c;
    std::stable_sort(out.begin(), out.end(), [](const TrendPoint &a, const TrendPoint &b) {
        if (a.date != b.date) return a.date < b.date;
        return int(a.kind) < int(b.kind);
    });
    return out;
}

int exposureBand(const Risk &risk)
{
    if (risk.residualProbability && risk.residualImpact)
        return palette::exposureStep(*risk.residualProbability * *risk.residualImpact);
    if (risk.probability && risk.impact) return palette::exposureStep(*risk.probability * *risk.impact);
    return 0;
}

int BurnDownPoint::total() const { return std::accumulate(open.begin(), open.end(), 0); }

QList<BurnDownPoint> riskBurnDown(const QList<const Portfolio *> &versions)
{
    QList<BurnDownPoint> out;
    for (const Portfolio *v : versions) {
        if (!v || !v->programme.statusDate.isValid()) continue;
        BurnDownPoint p;
        p.date = v->programme.statusDate;
        for (const Risk &r : v->risks)
            if (r.status == RiskStatus::Open) ++p.open[std::clamp(exposureBand(r), 0, kExposureBands - 1)];
        out << p;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const BurnDownPoint &a, const BurnDownPoint &b) { return a.date < b.date; });
    return out;
}

bool SinceLastTime::isEmpty() const
{
    return started.isEmpty() && finished.isEmpty() && slipped.isEmpty() && replanned.isEmpty() && newRisks.isEmpty()
        && closedRisks.isEmpty() && rescoredRisks.isEmpty() && assessments.isEmpty();
}

QDate forecastFinish(const Post &post, const QDate &statusDate)
{
    if (post.actualFinish.isValid()) return post.actualFinish;
    if (post.actualStart.isValid() && post.remainingDays && statusDate.isValid())
        return *post.remainingDays <= 0 ? statusDate : statusDate.addDays(*post.remainingDays - 1);
    return post.plannedFinish();
}

QString riskScoreText(const Risk &risk)
{
    const auto pair = [](std::optional<int> p, std::optional<int> i) {
        return QStringLiteral("%1×%2").arg(p ? QString::number(*p) : QStringLiteral("–"),
                                           i ? QString::number(*i) : QStringLiteral("–"));
    };
    if (!risk.probability && !risk.impact && !risk.residualProbability && !risk.residualImpact)
        return QStringLiteral("—");
    QString text = pair(risk.probability, risk.impact);
    if (risk.residualProbability || risk.residualImpact)
        text += QStringLiteral(" (%1)").arg(pair(risk.residualProbability, risk.residualImpact));
    return text;
}

namespace {

QDate expectedFinish(const Post &post, const QDate &statusDate, const FinishDates &finishes)
{
    const auto it = finishes.constFind(post.id);
    return it != finishes.constEnd() && it->isValid() ? *it : forecastFinish(post, statusDate);
}

const BaselinePost *inBaseline(const Baseline &b, const QString &post)
{
    for (const BaselinePost &bp : b.posts)
        if (bp.post == post) return &bp;
    return nullptr;
}

int scoreOf(const Assessment *a, const QString &factor)
{
    const FactorScore *s = a ? a->score(factor) : nullptr;
    return s ? s->score : 0;
}

// The posts of `newer` whose latest assessment is dated after `since` (or after the older one's).
QList<AssessmentMove> assessmentMoves(const Portfolio *older, const Portfolio &newer, const QDate &since)
{
    QList<AssessmentMove> out;
    for (const Post &p : newer.posts) {
        const Assessment *now = newer.latestAssessment(p.id);
        if (!now) continue;
        const Assessment *before = older ? older->latestAssessment(p.id) : nullptr;
        if (older ? (before && before->date >= now->date && before->scores == now->scores)
                  : (!since.isValid() || now->date <= since))
            continue;
        if (!older) {
            // Against a baseline: the assessment before the baseline's date, if any.
            before = nullptr;
            for (const Assessment &a : newer.assessments)
                if (a.post == p.id && a.date <= since && (!before || a.date >= before->date)) before = &a;
        }
        AssessmentMove m;
        m.post = p.id;
        m.title = p.title;
        m.before = before ? before->date : QDate();
        m.after = now->date;
        QStringList factors;
        for (const auto &s : now->scores) factors << s.first;
        if (before)
            for (const auto &s : before->scores)
                if (!factors.contains(s.first)) factors << s.first;
        for (const QString &f : factors) {
            const int b = scoreOf(before, f), n = scoreOf(now, f);
            if (b != n) m.scores << qMakePair(f, qMakePair(b, n));
        }
        if (before && m.scores.isEmpty() && before->date == now->date) continue;
        out << m;
    }
    return out;
}

PostMove move(const Post &p, const QDate &before, const QDate &after)
{
    return PostMove{p.id, p.title, before, after, before.isValid() && after.isValid() ? int(before.daysTo(after)) : 0};
}

} // namespace

SinceLastTime sinceLastTime(const Portfolio &older, const Portfolio &newer, const FinishDates &olderFinish,
                            const FinishDates &newerFinish)
{
    SinceLastTime s;
    s.since = older.programme.statusDate;
    const Baseline *oldLatest = older.baselines.isEmpty() ? nullptr : &older.baselines.last();
    const Baseline *newLatest = newer.baselines.isEmpty() ? nullptr : &newer.baselines.last();
    for (const Post &p : newer.posts) {
        const int i = older.postIndex(p.id);
        if (i < 0) continue; // a new post: nothing to compare
        const Post &o = older.posts[i];
        if (p.actualStart.isValid() && !o.actualStart.isValid()) s.started << move(p, QDate(), p.actualStart);
        if (p.actualFinish.isValid() && !o.actualFinish.isValid()) s.finished << move(p, QDate(), p.actualFinish);
        // Undated posts (no planned finish, no progress) have no finish of their own: the schedule only
        // puts them at the status date, so moving the status date is no slip.
        if (!o.actualFinish.isValid() && forecastFinish(o, older.programme.statusDate).isValid()
            && forecastFinish(p, newer.programme.statusDate).isValid()) {
            const QDate before = expectedFinish(o, older.programme.statusDate, olderFinish);
            const QDate after = expectedFinish(p, newer.programme.statusDate, newerFinish);
            if (before.isValid() && after.isValid() && before != after) s.slipped << move(p, before, after);
        }
        bool replanned = o.start != p.start || o.plannedFinish() != p.plannedFinish();
        QDate beforeFinish = o.plannedFinish(), afterFinish = p.plannedFinish();
        if (newLatest && (!oldLatest || !(*oldLatest == *newLatest))) {
            const BaselinePost *nb = inBaseline(*newLatest, p.id);
            const BaselinePost *ob = oldLatest ? inBaseline(*oldLatest, p.id) : nullptr;
            if (nb && ob && (nb->start != ob->start || nb->finish != ob->finish)) {
                replanned = true;
                beforeFinish = ob->finish;
                afterFinish = nb->finish;
            }
        }
        if (replanned) s.replanned << move(p, beforeFinish, afterFinish);
    }
    std::stable_sort(s.slipped.begin(), s.slipped.end(),
                     [](const PostMove &a, const PostMove &b) { return a.days > b.days; });

    QHash<QString, const Risk *> oldRisks;
    for (const Risk &r : older.risks) oldRisks.insert(r.id, &r);
    QSet<QString> newIds;
    for (const Risk &r : newer.risks) {
        newIds.insert(r.id);
        const Risk *o = oldRisks.value(r.id);
        if (!o) {
            if (r.status == RiskStatus::Open) s.newRisks << RiskMove{r.id, r.title, {}, riskScoreText(r)};
            continue;
        }
        if (o->status == RiskStatus::Open && r.status != RiskStatus::Open)
            s.closedRisks << RiskMove{r.id, r.title, toString(o->status), toString(r.status)};
        else if (o->status == RiskStatus::Open && r.status == RiskStatus::Open
                 && (o->probability != r.probability || o->impact != r.impact
                     || o->residualProbability != r.residualProbability || o->residualImpact != r.residualImpact))
            s.rescoredRisks << RiskMove{r.id, r.title, riskScoreText(*o), riskScoreText(r)};
        else if (o->status != RiskStatus::Open && r.status == RiskStatus::Open)
            s.newRisks << RiskMove{r.id, r.title, toString(o->status), riskScoreText(r)}; // re-opened
    }
    for (const Risk &o : older.risks)
        if (!newIds.contains(o.id) && o.status == RiskStatus::Open)
            s.closedRisks << RiskMove{o.id, o.title, toString(o.status), {}};
    s.assessments = assessmentMoves(&older, newer, s.since);
    return s;
}

std::optional<SinceLastTime> sinceLatestBaseline(const Portfolio &current, const FinishDates &currentFinish)
{
    if (current.baselines.isEmpty()) return std::nullopt;
    const Baseline &b = current.baselines.last();
    SinceLastTime s;
    s.against = SinceLastTime::Against::Baseline;
    s.since = b.date;
    s.baselineName = b.name;
    s.risksKnown = false;
    for (const Post &p : current.posts) {
        if (p.actualStart.isValid() && p.actualStart > b.date) s.started << move(p, QDate(), p.actualStart);
        if (p.actualFinish.isValid() && p.actualFinish > b.date) s.finished << move(p, QDate(), p.actualFinish);
        const BaselinePost *bp = inBaseline(b, p.id);
        if (!bp || !bp->finish.isValid() || !forecastFinish(p, current.programme.statusDate).isValid())
            continue; // undated: see above
        const QDate now = expectedFinish(p, current.programme.statusDate, currentFinish);
        if (now.isValid() && now != bp->finish) s.slipped << move(p, bp->finish, now);
    }
    std::stable_sort(s.slipped.begin(), s.slipped.end(),
                     [](const PostMove &a, const PostMove &b) { return a.days > b.days; });
    s.assessments = assessmentMoves(nullptr, current, b.date);
    return s;
}

} // namespace rb::model
