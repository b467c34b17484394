// baselineformat.h — reading the progress fields of a post and the `baselines` array (docs/format.md).
//
// Included only by documentreader.cpp: these templates work on its ObjectReader (which marks the keys
// they ask for as known and locates every problem), so the shared reader only calls them. `report`
// is (const JsonValue &at, const QString &path, const QString &message).
#pragma once

#include "document/jsontree.h"
#include "model/portfolio.h"
#include "model/progress.h"

#include <QSet>

namespace rb::model {

// Whether some post of the document records progress (the analysis's data date depends on it).
inline bool recordsProgress(const JsonValue &root)
{
    const JsonValue *posts = root.type == JsonValue::Type::Object ? root.find("posts") : nullptr;
    if (!posts || posts->type != JsonValue::Type::Array) return false;
    const auto given = [](const JsonValue &post, std::string_view key) {
        const JsonValue *v = post.find(key);
        return v && v->type != JsonValue::Type::Null; // null is absent (docs/format.md)
    };
    for (const JsonValue &p : posts->items())
        if (p.type == JsonValue::Type::Object
            && (given(p, "actualStart") || given(p, "actualFinish") || given(p, "remainingDays")))
            return true;
    return false;
}

// The post's actualStart, actualFinish and remainingDays, and the progress rules (progressProblems).
template <typename Reader, typename Report>
void readProgress(Reader &r, const JsonValue &post, Post &p, const QDate &statusDate, Report report)
{
    p.actualStart = r.date("actualStart");
    p.actualFinish = r.date("actualFinish");
    p.remainingDays = r.integer("remainingDays", 0, kMaxDays);
    for (const FieldProblem &problem : progressProblems(p, statusDate))
        if (const JsonValue *at = post.find(problem.field)) report(*at, r.pathOf(problem.field), problem.message);
}

// The top-level `baselines` array. `forEach(parent, key, f)` calls f(reader, value, index) for each
// object item of parent's array `key` (the reader's forEachObject).
template <typename Reader, typename ForEach, typename Report>
QList<Baseline> readBaselines(Reader &top, ForEach forEach, Report report)
{
    QList<Baseline> out;
    forEach(top, "baselines", [&](Reader &r, const JsonValue &v, int) {
        Baseline b;
        b.name = r.string("name", true);
        b.date = r.date("date", true);
        b.reason = r.string("reason");
        b.decidedBy = r.string("decidedBy");
        b.p50 = r.date("p50");
        b.p80 = r.date("p80");
        if (b.p50.isValid() && b.p80.isValid() && b.p80 < b.p50)
            report(*v.find("p80"), r.pathOf("p80"),
                   QStringLiteral("baseline \"%1\": p80 (%2) is before p50 (%3)")
                       .arg(b.name, b.p80.toString(Qt::ISODate), b.p50.toString(Qt::ISODate)));
        if (!out.isEmpty() && b.date.isValid() && out.last().date.isValid() && b.date < out.last().date)
            report(*v.find("date"), r.pathOf("date"),
                   QStringLiteral("baseline \"%1\" (%2) is dated before the one above it (%3); baselines are in date "
                                  "order, the original first")
                       .arg(b.name, b.date.toString(Qt::ISODate), out.last().date.toString(Qt::ISODate)));
        QSet<QString> seen;
        forEach(r, "posts", [&](Reader &pr, const JsonValue &pv, int) {
            BaselinePost bp;
            bp.post = pr.string("post", true);
            bp.start = pr.date("start");
            bp.finish = pr.date("finish");
            bp.budget = pr.number("budget", -1e9, 1e9);
            if (bp.start.isValid() && bp.finish.isValid() && bp.finish < bp.start)
                report(*pv.find("finish"), pr.pathOf("finish"),
                       QStringLiteral("baseline \"%1\": post %2 finishes (%3) before it starts (%4)")
                           .arg(b.name, bp.post, bp.finish.toString(Qt::ISODate), bp.start.toString(Qt::ISODate)));
            if (!bp.post.isEmpty() && seen.contains(bp.post))
                report(*pv.find("post"), pr.pathOf("post"),
                       QStringLiteral("baseline \"%1\" lists post %2 twice").arg(b.name, bp.post));
            seen.insert(bp.post);
            b.posts << bp;
        });
        out << b;
    });
    return out;
}

// The writer's side (documentwriter.cpp's Out), in the canonical order of docs/format.md.
template <typename Out>
void writeProgress(Out &o, const Post &p)
{
    o.date("actualStart", p.actualStart);
    o.date("actualFinish", p.actualFinish);
    o.integer("remainingDays", p.remainingDays);
}

template <typename Out>
void writeBaseline(Out &o, const Baseline &b)
{
    o.beginObject();
    o.text("name", b.name);
    o.date("date", b.date);
    o.text("reason", b.reason);
    o.text("decidedBy", b.decidedBy);
    o.date("p50", b.p50);
    o.date("p80", b.p80);
    o.beginArray("posts");
    for (const BaselinePost &bp : b.posts) {
        o.beginObject();
        o.text("post", bp.post);
        o.date("start", bp.start);
        o.date("finish", bp.finish);
        o.number("budget", bp.budget);
        o.endObject();
    }
    o.endArray();
    o.endObject();
}

} // namespace rb::model
