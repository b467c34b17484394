// documentdiff.cpp — entity- and field-level diff and three-way merge (see documentdiff.h).
//
// Every entity kind is described once by a Spec: how to identify an entity (its key), what to call it,
// and the list of its fields, each knowing how to compare, describe and copy itself. The diff and the
// merge are written once against that description.
#include "document/documentdiff.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>
#include <type_traits>

namespace rb::model {

namespace {

using Area = DocumentChange::Area;
using Kind = DocumentChange::Kind;

// ---- short text of a value, for descriptions ("2019-06-30", "3", "\"Office365\""), when it has one

template <typename V>
std::optional<QString> brief(const V &)
{
    return std::nullopt;
}
std::optional<QString> brief(const QString &s)
{
    if (s.size() > 60 || s.contains(QLatin1Char('\n'))) return std::nullopt;
    return QLatin1Char('"') + s + QLatin1Char('"');
}
std::optional<QString> brief(const QDate &d) { return d.toString(Qt::ISODate); }
std::optional<QString> brief(int i) { return QString::number(i); }
std::optional<QString> brief(double d) { return QString::number(d, 'g', 12); }
std::optional<QString> brief(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }
template <typename E>
requires std::is_enum_v<E> std::optional<QString> brief(const E &e) { return toString(e); }
std::optional<QString> brief(const QStringList &l)
{
    const QString joined = l.join(QStringLiteral(", "));
    return joined.size() <= 60 ? std::optional<QString>(QLatin1Char('[') + joined + QLatin1Char(']')) : std::nullopt;
}
std::optional<QString> brief(const Estimate &e)
{
    return QStringLiteral("%1/%2/%3 days").arg(e.optimisticDays).arg(e.mostLikelyDays).arg(e.pessimisticDays);
}
template <typename V>
std::optional<QString> brief(const std::optional<V> &o)
{
    return o ? brief(*o) : std::nullopt;
}

template <typename V>
bool isNone(const V &)
{
    return false;
}
bool isNone(const QString &s) { return s.isEmpty(); }
bool isNone(const QDate &d) { return !d.isValid(); }
template <typename V>
bool isNone(const std::optional<V> &o)
{
    return !o.has_value();
}
template <typename V>
bool isNone(const QList<V> &l)
{
    return l.isEmpty();
}

template <typename V>
QString describe(const QString &name, const V &before, const V &after)
{
    const auto b = brief(before), a = brief(after);
    if (isNone(before) && a) return QStringLiteral("%1 set to %2").arg(name, *a);
    if (isNone(after) && b) return QStringLiteral("%1 removed (was %2)").arg(name, *b);
    if (isNone(after)) return QStringLiteral("%1 removed").arg(name);
    if (a && b) return QStringLiteral("%1 %2 → %3").arg(name, *b, *a);
    return QStringLiteral("%1 changed").arg(name);
}

// ---- entity descriptions

template <typename T>
struct Field {
    std::function<bool(const T &, const T &)> same;
    std::function<QString(const T &, const T &)> describe; // before, after
    std::function<void(T &, const T &)> take;              // copy this field from the second into the first
};

template <typename T, typename V>
Field<T> field(const char *name, V T::*member)
{
    const QString n = QString::fromLatin1(name);
    return {[member](const T &a, const T &b) { return a.*member == b.*member; },
            [member, n](const T &a, const T &b) { return describe(n, a.*member, b.*member); },
            [member](T &to, const T &from) { to.*member = from.*member; }};
}

template <typename T>
struct Spec {
    Area area;
    std::function<QString(const T &)> key;   // identity within one document
    std::function<QString(const T &)> label; // DocumentChange::id
    std::function<QString(const T &)> added; // description of an addition (also used for removals)
    QList<Field<T>> fields;                  // every member that is not part of the key
};

// Items with their keys; a key that repeats gets "#2", "#3", ... so that every item stays addressable.
template <typename T>
QList<QPair<QString, const T *>> keyed(const Spec<T> &spec, const QList<T> &items)
{
    QList<QPair<QString, const T *>> out;
    QHash<QString, int> seen;
    for (const T &item : items) {
        QString k = spec.key(item);
        if (const int n = ++seen[k]; n > 1) k += QStringLiteral("#%1").arg(n);
        out.append({k, &item});
    }
    return out;
}

template <typename T>
QHash<QString, const T *> index(const QList<QPair<QString, const T *>> &items)
{
    QHash<QString, const T *> out;
    for (const auto &[k, item] : items) out.insert(k, item);
    return out;
}

template <typename T>
void diffList(const Spec<T> &spec, const QList<T> &older, const QList<T> &newer, QList<DocumentChange> &out)
{
    const auto o = keyed(spec, older), n = keyed(spec, newer);
    const auto oIndex = index(o), nIndex = index(n);
    for (const auto &[k, before] : o) {
        const T *after = nIndex.value(k);
        if (!after) {
            out.append({spec.area, Kind::Removed, spec.label(*before),
                        QStringLiteral("removed (%1)").arg(spec.added(*before))});
            continue;
        }
        for (const Field<T> &f : spec.fields)
            if (!f.same(*before, *after))
                out.append({spec.area, Kind::Changed, spec.label(*after), f.describe(*before, *after)});
    }
    for (const auto &[k, after] : n)
        if (!oIndex.contains(k))
            out.append(
                {spec.area, Kind::Added, spec.label(*after), QStringLiteral("added (%1)").arg(spec.added(*after))});
}

template <typename T>
bool sameFields(const Spec<T> &spec, const T &a, const T &b)
{
    for (const Field<T> &f : spec.fields)
        if (!f.same(a, b)) return false;
    return true;
}

// Three-way merge of one list. Result order: mine's order, then their additions in their order.
template <typename T>
QList<T> mergeList(const Spec<T> &spec, const QList<T> &base, const QList<T> &mine, const QList<T> &theirs,
                   QList<DocumentChange> &conflicts)
{
    const auto kb = keyed(spec, base), km = keyed(spec, mine), kt = keyed(spec, theirs);
    const auto bIndex = index(kb), mIndex = index(km), tIndex = index(kt);
    auto conflict = [&](Kind kind, const T &item, const QString &text) {
        conflicts.append({spec.area, kind, spec.label(item), text});
    };
    QList<T> out;
    for (const auto &[k, m] : km) {
        const T *b = bIndex.value(k);
        const T *t = tIndex.value(k);
        if (b && t) {
            T merged = *m;
            for (const Field<T> &f : spec.fields) {
                const bool mineChanged = !f.same(*b, *m), theirsChanged = !f.same(*b, *t);
                if (theirsChanged && !mineChanged)
                    f.take(merged, *t);
                else if (theirsChanged && mineChanged && !f.same(*m, *t))
                    conflict(Kind::Changed, *m,
                             QStringLiteral("changed on both sides: %1 (mine); %2 (theirs)")
                                 .arg(f.describe(*b, *m), f.describe(*b, *t)));
            }
            out.append(merged);
        } else if (b) { // they deleted it
            if (sameFields(spec, *b, *m)) continue;
            conflict(Kind::Removed, *m, QStringLiteral("deleted by them but changed by me; kept"));
            out.append(*m);
        } else if (t) { // added on both sides
            if (!sameFields(spec, *m, *t))
                conflict(Kind::Added, *m, QStringLiteral("added on both sides with different content; mine kept"));
            out.append(*m);
        } else {
            out.append(*m);
        }
    }
    for (const auto &[k, t] : kt) {
        if (mIndex.contains(k)) continue;
        const T *b = bIndex.value(k);
        if (!b)
            out.append(*t);                 // added by them
        else if (!sameFields(spec, *b, *t)) // I deleted it, they changed it: stays deleted (mine)
            conflict(Kind::Removed, *t, QStringLiteral("deleted by me but changed by them; left deleted"));
    }
    return out;
}

// ---- the specs

const Spec<Programme> &programmeSpec()
{
    static const Spec<Programme> spec{
        Area::Programme,
        [](const Programme &) { return QStringLiteral("programme"); },
        [](const Programme &) { return QStringLiteral("programme"); },
        [](const Programme &p) { return p.name; },
        {field("name", &Programme::name), field("organisation", &Programme::organisation),
         field("start", &Programme::start), field("end", &Programme::end), field("statusDate", &Programme::statusDate),
         field("description", &Programme::description), field("themes", &Programme::themes),
         field("reserve", &Programme::reserve), field("note", &Programme::note), field("source", &Programme::sources)}};
    return spec;
}

const Spec<Post> &postSpec()
{
    static const Spec<Post> spec{Area::Post,
                                 [](const Post &p) { return p.id; },
                                 [](const Post &p) { return p.id; },
                                 [](const Post &p) { return p.title; },
                                 {field("title", &Post::title),
                                  field("theme", &Post::theme),
                                  field("kind", &Post::kind),
                                  field("status", &Post::status),
                                  field("owner", &Post::owner),
                                  field("contractor", &Post::contractor),
                                  field("projectLeader", &Post::projectLeader),
                                  field("start", &Post::start),
                                  field("finish", &Post::finish),
                                  field("durationDays", &Post::durationDays),
                                  field("estimate", &Post::estimate),
                                  field("deadline", &Post::deadline),
                                  field("budget", &Post::budget),
                                  field("costOfDelayPerMonth", &Post::costOfDelayPerMonth),
                                  field("result", &Post::result),
                                  field("goal", &Post::goal),
                                  field("activities", &Post::activities),
                                  field("expertise", &Post::expertise),
                                  field("history", &Post::history),
                                  field("plateau", &Post::plateau),
                                  field("tags", &Post::tags),
                                  field("note", &Post::note),
                                  field("source", &Post::sources)}};
    return spec;
}

QString dependencyId(const Dependency &d) { return QStringLiteral("%1→%2 (%3)").arg(d.from, d.to, toString(d.type)); }

const Spec<Dependency> &dependencySpec()
{
    static const Spec<Dependency> spec{Area::Dependency,
                                       dependencyId,
                                       dependencyId,
                                       [](const Dependency &d) {
                                           return d.lagDays ? QStringLiteral("lag %1 days").arg(d.lagDays)
                                                            : QStringLiteral("no lag");
                                       },
                                       {field("lagDays", &Dependency::lagDays), field("note", &Dependency::note),
                                        field("source", &Dependency::sources)}};
    return spec;
}

const Spec<SuccessFactor> &factorSpec()
{
    static const Spec<SuccessFactor> spec{
        Area::Factor,
        [](const SuccessFactor &f) { return f.id; },
        [](const SuccessFactor &f) { return f.id; },
        [](const SuccessFactor &f) { return f.nameEn; },
        {field("nameNl", &SuccessFactor::nameNl), field("nameEn", &SuccessFactor::nameEn),
         field("description", &SuccessFactor::description), field("detailed", &SuccessFactor::detailed),
         field("parents", &SuccessFactor::parents), field("sources", &SuccessFactor::sources)}};
    return spec;
}

Field<Risk> riskStatusField()
{
    Field<Risk> f = field("status", &Risk::status);
    f.describe = [](const Risk &before, const Risk &after) {
        switch (after.status) {
        case RiskStatus::Closed:
            return QStringLiteral("risk closed");
        case RiskStatus::Occurred:
            return QStringLiteral("risk occurred");
        case RiskStatus::Open:
            break;
        }
        return before.status == RiskStatus::Open ? QStringLiteral("risk opened") : QStringLiteral("risk reopened");
    };
    return f;
}

const Spec<Risk> &riskSpec()
{
    static const Spec<Risk> spec{Area::Risk,
                                 [](const Risk &r) { return r.id; },
                                 [](const Risk &r) { return r.id; },
                                 [](const Risk &r) { return r.title; },
                                 {field("title", &Risk::title),
                                  field("level", &Risk::level),
                                  field("posts", &Risk::posts),
                                  field("factor", &Risk::factor),
                                  field("cause", &Risk::cause),
                                  field("event", &Risk::event),
                                  field("effect", &Risk::effect),
                                  field("probability", &Risk::probability),
                                  field("impact", &Risk::impact),
                                  field("residualProbability", &Risk::residualProbability),
                                  field("residualImpact", &Risk::residualImpact),
                                  field("delayDays", &Risk::delayDays),
                                  field("owner", &Risk::owner),
                                  field("response", &Risk::response),
                                  field("mitigation", &Risk::mitigation),
                                  riskStatusField(),
                                  field("nextReview", &Risk::nextReview),
                                  field("history", &Risk::history),
                                  field("note", &Risk::note),
                                  field("source", &Risk::sources)}};
    return spec;
}

// Assessments are compared in two layers: the assessment itself (post, date, assessor, note) and each
// factor score in it, so that "capacity score 3 → 4" is one change and two people scoring different
// factors of the same assessment merge cleanly.
struct AssessmentHead {
    QString key;           // post@date, numbered when repeated
    Assessment assessment; // without scores
    bool operator==(const AssessmentHead &) const = default;
};

struct ScoreEntry {
    QString assessmentKey;
    QString assessmentId; // post@date
    QString factor;
    FactorScore score;
};

QString assessmentId(const Assessment &a) { return a.post + QLatin1Char('@') + a.date.toString(Qt::ISODate); }

template <typename V>
Field<AssessmentHead> headField(const char *name, V Assessment::*member)
{
    const QString n = QString::fromLatin1(name);
    return {
        [member](const AssessmentHead &a, const AssessmentHead &b) {
            return a.assessment.*member == b.assessment.*member;
        },
        [member, n](const AssessmentHead &a, const AssessmentHead &b) {
            return describe(n, a.assessment.*member, b.assessment.*member);
        },
        [member](AssessmentHead &to, const AssessmentHead &from) { to.assessment.*member = from.assessment.*member; }};
}

const Spec<AssessmentHead> &headSpec()
{
    static const Spec<AssessmentHead> spec{
        Area::Assessment,
        [](const AssessmentHead &h) { return h.key; },
        [](const AssessmentHead &h) { return assessmentId(h.assessment); },
        [](const AssessmentHead &h) { return QStringLiteral("assessment by %1").arg(h.assessment.assessor); },
        {headField("assessor", &Assessment::assessor), headField("note", &Assessment::note)}};
    return spec;
}

template <typename V>
Field<ScoreEntry> scoreField(const char *name, V FactorScore::*member)
{
    const QString n = QString::fromLatin1(name);
    return {[member](const ScoreEntry &a, const ScoreEntry &b) { return a.score.*member == b.score.*member; },
            [member, n](const ScoreEntry &a, const ScoreEntry &b) {
                return describe(a.factor + QLatin1Char(' ') + n, a.score.*member, b.score.*member);
            },
            [member](ScoreEntry &to, const ScoreEntry &from) { to.score.*member = from.score.*member; }};
}

const Spec<ScoreEntry> &scoreSpec()
{
    static const Spec<ScoreEntry> spec{
        Area::Assessment,
        [](const ScoreEntry &s) { return s.assessmentKey + QLatin1Char('/') + s.factor; },
        [](const ScoreEntry &s) { return s.assessmentId; },
        [](const ScoreEntry &s) { return QStringLiteral("%1 scored %2").arg(s.factor).arg(s.score.score); },
        {scoreField("score", &FactorScore::score), scoreField("rationale", &FactorScore::rationale),
         scoreField("mitigation", &FactorScore::mitigation)}};
    return spec;
}

struct FlatAssessments {
    QList<AssessmentHead> heads;
    QList<ScoreEntry> scores;
};

FlatAssessments flatten(const QList<Assessment> &assessments)
{
    FlatAssessments out;
    QHash<QString, int> seen;
    for (const Assessment &a : assessments) {
        AssessmentHead h{assessmentId(a), a};
        h.assessment.scores.clear();
        if (const int n = ++seen[h.key]; n > 1) h.key += QStringLiteral("#%1").arg(n);
        for (const auto &[factor, score] : a.scores) out.scores.append({h.key, assessmentId(a), factor, score});
        out.heads.append(std::move(h));
    }
    return out;
}

QList<Assessment> unflatten(const FlatAssessments &flat)
{
    QHash<QString, QList<QPair<QString, FactorScore>>> scores;
    for (const ScoreEntry &s : flat.scores) scores[s.assessmentKey].append({s.factor, s.score});
    QList<Assessment> out;
    for (const AssessmentHead &h : flat.heads) {
        Assessment a = h.assessment;
        a.scores = scores.value(h.key); // scores of an assessment deleted on one side go with it
        out.append(std::move(a));
    }
    return out;
}

// Scores of assessments that exist on both sides (an added or removed assessment is one change).
QList<ScoreEntry> scoresOfCommonHeads(const FlatAssessments &of, const FlatAssessments &other)
{
    QSet<QString> keys;
    for (const AssessmentHead &h : other.heads) keys.insert(h.key);
    QList<ScoreEntry> out;
    for (const ScoreEntry &s : of.scores)
        if (keys.contains(s.assessmentKey)) out.append(s);
    return out;
}

Area areaOfPath(const QString &path)
{
    if (path.startsWith(QLatin1String("posts"))) return Area::Post;
    if (path.startsWith(QLatin1String("dependencies"))) return Area::Dependency;
    if (path.startsWith(QLatin1String("successFactors"))) return Area::Factor;
    if (path.startsWith(QLatin1String("assessments"))) return Area::Assessment;
    if (path.startsWith(QLatin1String("risks"))) return Area::Risk;
    return Area::Programme;
}

} // namespace

QList<DocumentChange> diffPortfolios(const Portfolio &older, const Portfolio &newer)
{
    QList<DocumentChange> out;
    diffList(programmeSpec(), QList<Programme>{older.programme}, QList<Programme>{newer.programme}, out);
    diffList(postSpec(), older.posts, newer.posts, out);
    diffList(dependencySpec(), older.dependencies, newer.dependencies, out);
    if (older.hasFactorCatalogue != newer.hasFactorCatalogue)
        out.append({Area::Factor, Kind::Changed, QStringLiteral("successFactors"),
                    newer.hasFactorCatalogue
                        ? QStringLiteral("own factor catalogue instead of the plan's seven factors")
                        : QStringLiteral("the plan's seven factors instead of an own catalogue")});
    diffList(factorSpec(), older.successFactors, newer.successFactors, out);
    const FlatAssessments o = flatten(older.assessments), n = flatten(newer.assessments);
    diffList(headSpec(), o.heads, n.heads, out);
    diffList(scoreSpec(), scoresOfCommonHeads(o, n), scoresOfCommonHeads(n, o), out);
    diffList(riskSpec(), older.risks, newer.risks, out);
    return out;
}

MergeResult mergePortfolios(const Portfolio &base, const Portfolio &mine, const Portfolio &theirs)
{
    MergeResult r;
    Portfolio &m = r.merged;
    m = mine;
    QList<DocumentChange> &c = r.conflicts;
    const QList<Programme> programme
        = mergeList(programmeSpec(), QList<Programme>{base.programme}, QList<Programme>{mine.programme},
                    QList<Programme>{theirs.programme}, c);
    m.programme = programme.value(0, mine.programme);
    m.posts = mergeList(postSpec(), base.posts, mine.posts, theirs.posts, c);
    m.dependencies = mergeList(dependencySpec(), base.dependencies, mine.dependencies, theirs.dependencies, c);
    if (mine.hasFactorCatalogue == base.hasFactorCatalogue) m.hasFactorCatalogue = theirs.hasFactorCatalogue;
    m.successFactors = mergeList(factorSpec(), base.successFactors, mine.successFactors, theirs.successFactors, c);
    const FlatAssessments b = flatten(base.assessments), mi = flatten(mine.assessments),
                          t = flatten(theirs.assessments);
    FlatAssessments merged;
    merged.heads = mergeList(headSpec(), b.heads, mi.heads, t.heads, c);
    merged.scores = mergeList(scoreSpec(), b.scores, mi.scores, t.scores, c);
    m.assessments = unflatten(merged);
    m.risks = mergeList(riskSpec(), base.risks, mine.risks, theirs.risks, c);

    // Each half may be valid while the whole is not (a cycle, a dependency on a post the other side
    // deleted, a duplicate): judge the merged document exactly as a loaded one.
    const LoadResult check = DocumentReader::readBytes(DocumentWriter::toJson(m), QStringLiteral("merged document"));
    for (const Diagnostic &d : check.diagnostics)
        c.append({areaOfPath(d.path), Kind::Changed, d.path.isEmpty() ? QStringLiteral("document") : d.path,
                  QStringLiteral("the merged document is invalid: %1").arg(d.message)});
    return r;
}

} // namespace rb::model
