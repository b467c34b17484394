// portfolioreader.cpp — JSON tree → portfolio, with every problem located (see portfolioreader.h).
#include "document/portfolioreader.h"

#include "document/baselineformat.h"
#include "document/dependencytable.h"
#include "document/documentreader.h"
#include "model/enumnames.h"
#include "model/idindex.h"
#include "model/programmeinfo.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <thread>

namespace rb::model::reading {

static_assert(size_t(DocumentReader::kMaxFileBytes) <= JsonValue::kMaxBytes, "positions in the JSON tree are 28-bit");

namespace {

Source readSourceObject(Context &ctx, const JsonValue &v, const QString &path)
{
    ObjectReader r(ctx, v, path);
    Source s;
    s.document = r.text("document");
    s.section = r.text("section");
    s.quote = r.text("quote");
    r.finish();
    return s;
}

// `source` may be one object or an array of them.
QList<Source> readSources(Context &ctx, ObjectReader &r)
{
    QList<Source> out;
    const JsonValue *v = r.get("source");
    if (!v) return out;
    if (v->type == Type::Object) {
        const Source s = readSourceObject(ctx, *v, r.pathOf("source"));
        if (ctx.keepText) out << s;
    } else if (v->type == Type::Array) {
        for (size_t i = 0; i < v->items().size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(r.pathOf("source")).arg(i);
            if (v->items()[i].type != Type::Object)
                ctx.error(v->items()[i], path, QStringLiteral("a source must be an object {section, quote}"));
            else if (const Source s = readSourceObject(ctx, v->items()[i], path); ctx.keepText)
                out << s;
        }
    } else {
        r.expect(*v, "source", Type::Object, "an object {section, quote} or an array of them");
    }
    return out;
}

// Reads and checks a whole document, handing the posts and dependencies to the sink (documentsink.h)
// and, when there are no errors, the rest of the portfolio. Every check runs whatever the sink keeps.
class PortfolioReader {
public:
    PortfolioReader(Context &ctx, DocumentSink &sink) : m_ctx(ctx), m_sink(sink) {}

    bool read(const JsonValue &root)
    {
        if (root.type != Type::Object) {
            m_ctx.error(root, {},
                        QStringLiteral("a portfolio must be a JSON object, not %1")
                            .arg(QLatin1String(JsonValue::typeName(root.type))));
            return false;
        }
        ObjectReader top(m_ctx, root, {});
        Portfolio p;
        const JsonValue *version = top.get("schemaVersion", true);
        if (version) {
            if (version->type != Type::Int) {
                top.expect(*version, "schemaVersion", Type::Int, "a whole number");
            } else if (version->integer > kSchemaVersion) {
                m_ctx.error(*version, QStringLiteral("schemaVersion"),
                            QStringLiteral(
                                "schemaVersion %1 was written by a newer Riskboard; this build reads up to version %2")
                                .arg(version->integer)
                                .arg(kSchemaVersion));
                return false; // the rest would be judged by rules that may no longer apply
            } else if (version->integer < 1) {
                m_ctx.error(*version, QStringLiteral("schemaVersion"),
                            QStringLiteral("schemaVersion must be 1 or more"));
            }
        }
        if (const JsonValue *prog = top.object("programme", true)) p.programme = readProgramme(*prog);
        m_statusDate = p.programme.statusDate;
        // Sized once: growing a QList of 100k posts moves them again and again.
        const auto count = [&](const char *key) -> size_t {
            const JsonValue *a = root.find(key);
            return a && a->type == Type::Array ? a->items().size() : 0;
        };
        const JsonValue *postList = root.find("posts");
        const JsonSpan<JsonValue> postItems
            = postList ? postList->items() : JsonSpan<JsonValue>(); // (none unless an array)
        const size_t posts = postItems.size(), deps = count("dependencies");
        m_sink.begin(p.programme, recordsProgress(root), posts, deps);
        p.assessments.reserve(qsizetype(count("assessments")));
        p.risks.reserve(qsizetype(count("risks")));
        m_postIndex = Utf8IdIndex(posts);
        m_postViews.reserve(posts);
        m_links.reserve(deps);
        // The dependencies do not depend on the posts until their ends are resolved (checkDependencies,
        // below), so a large list is read on a second thread while this one reads the posts. Its
        // messages go to a sibling context and are appended after those of the posts: the same
        // diagnostics in the same order as one pass would give.
        Context depCtx = m_ctx.sibling();
        const auto readDependencies = [&] {
            ObjectReader parent(depCtx, root, QString());
            forEachObject(depCtx, parent, "dependencies",
                          [&](ObjectReader &r, const JsonValue &v, int) { readDependency(depCtx, r, v); });
        };
        top.get("dependencies"); // a known field (read just above or on the second thread)
        std::thread worker;
        if (deps >= kParallelDependencies) worker = std::thread(readDependencies);
        forEachObject(
            m_ctx, top, "posts",
            [&](ObjectReader &r, const JsonValue &v, int i) {
                // The index slot of the next post's id is loaded while this post is read (at 100k posts
                // the index is out of the caches, and readPost inserts the id first thing).
                if (size_t(i) + 1 < postItems.size() && postItems[size_t(i) + 1].type == Type::Object)
                    if (const JsonValue *next = postItems[size_t(i) + 1].find("id"); next && next->type == Type::String)
                        m_postIndex.prefetch(next->string());
                m_sink.post(readPost(r, v));
            },
            true);
        if (worker.joinable())
            worker.join();
        else
            readDependencies();
        m_ctx.absorb(std::move(depCtx));
        p.hasFactorCatalogue = top.get("successFactors") != nullptr;
        forEachObject(m_ctx, top, "successFactors",
                      [&](ObjectReader &r, const JsonValue &v, int) { p.successFactors << readFactor(r, v); });
        if (!p.hasFactorCatalogue) p.successFactors = defaultSuccessFactors();
        for (const SuccessFactor &f : p.successFactors) m_factorIds.insert(f.id);
        checkFactorParents(p);
        forEachObject(m_ctx, top, "assessments",
                      [&](ObjectReader &r, const JsonValue &v, int) { p.assessments << readAssessment(r, v); });
        forEachObject(m_ctx, top, "risks",
                      [&](ObjectReader &r, const JsonValue &v, int) { p.risks << readRisk(r, v); });
        p.baselines = readBaselines(
            top, [&](ObjectReader &parent, const char *key, auto f) { forEachObject(m_ctx, parent, key, f); },
            [&](const JsonValue &at, const QString &path, const QString &m) { m_ctx.error(at, path, m); });
        top.finish();
        m_links.checkDependencies();
        if (m_ctx.hasErrors()) return false;
        m_links.emitLinks(m_sink);
        m_sink.finish(std::move(p));
        return true;
    }

private:
    Programme readProgramme(const JsonValue &v)
    {
        ObjectReader r(m_ctx, v, QStringLiteral("programme"));
        Programme p;
        p.name = r.string("name", true);
        p.organisation = r.string("organisation");
        p.start = r.date("start");
        p.end = r.date("end");
        if (p.start.isValid() && p.end.isValid() && p.end < p.start)
            m_ctx.error(*v.find("end"), r.pathOf("end"),
                        QStringLiteral("the programme ends (%1) before it starts (%2)")
                            .arg(p.end.toString(Qt::ISODate), p.start.toString(Qt::ISODate)));
        p.statusDate = r.date("statusDate");
        p.description = r.string("description");
        forEachObject(m_ctx, r, "themes", [&](ObjectReader &t, const JsonValue &, int) {
            Theme theme;
            theme.id = t.integer("id", 1, 99, true).value_or(0);
            theme.name = t.string("name", true);
            theme.nameEn = t.string("nameEn");
            p.themes << theme;
        });
        forEachObject(m_ctx, r, "reserve", [&](ObjectReader &t, const JsonValue &item, int) {
            ReserveEntry e;
            e.plateau = t.integer("plateau", 0, 99, true).value_or(0);
            e.opening = t.number("opening").value_or(0);
            e.spending = t.number("spending").value_or(0);
            e.closing = t.number("closing").value_or(0);
            e.note = t.string("note");
            e.sources = readSources(m_ctx, t);
            if (std::abs(e.opening - e.spending - e.closing) > 0.001)
                m_ctx.error(item, t.path(),
                            QStringLiteral("reserve of plateau %1 does not close: %2 − %3 ≠ %4")
                                .arg(e.plateau)
                                .arg(e.opening)
                                .arg(e.spending)
                                .arg(e.closing));
            p.reserve << e;
        });
        // The charter (schemaVersion 3): its fields are in model/programmeinfo.h.
        forEachObject(m_ctx, r, "charter", [&](ObjectReader &t, const JsonValue &, int) {
            p.charter << readCharterItem(t, [&](ObjectReader &item) { return readSources(m_ctx, item); });
        });
        p.note = r.string("note");
        p.sources = readSources(m_ctx, r);
        r.finish();
        return p;
    }

    std::optional<Estimate> readEstimate(ObjectReader &parent, const JsonValue &owner)
    {
        const JsonValue *v = parent.object("estimate");
        if (!v) return std::nullopt;
        ObjectReader r(m_ctx, *v, parent, "estimate");
        const auto o = r.integer("optimisticDays", 0, kMaxDays, true);
        const auto m = r.integer("mostLikelyDays", 0, kMaxDays, true);
        const auto p = r.integer("pessimisticDays", 0, kMaxDays, true);
        r.finish();
        if (!o || !m || !p) return std::nullopt;
        if (!(*o <= *m && *m <= *p)) {
            m_ctx.error(*v, r.path(),
                        QStringLiteral("the estimate is inverted: expected optimisticDays ≤ mostLikelyDays ≤ "
                                       "pessimisticDays, got %1, %2, %3")
                            .arg(*o)
                            .arg(*m)
                            .arg(*p));
            return std::nullopt;
        }
        Q_UNUSED(owner);
        return Estimate{*o, *m, *p};
    }

    std::optional<Budget> readBudget(ObjectReader &parent)
    {
        const JsonValue *v = parent.object("budget");
        if (!v) return std::nullopt;
        ObjectReader r(m_ctx, *v, parent, "budget");
        Budget b;
        auto line = [&](const char *key, BudgetLine &out, bool oneOff) {
            const JsonValue *l = r.object(key);
            if (!l) return;
            ObjectReader lr(m_ctx, *l, r, key);
            out.planned = lr.number("planned", -1e9, 1e9).value_or(0);
            out.proposed = lr.number("proposed", -1e9, 1e9).value_or(0);
            if (oneOff) out.carriedOver = lr.number("carriedOver", -1e9, 1e9).value_or(0);
            lr.finish();
        };
        line("investment", b.investment, false);
        line("operating", b.operating, false);
        line("oneOff", b.oneOff, true);
        r.finish();
        return b;
    }

    Post readPost(ObjectReader &r, const JsonValue &v)
    {
        Post p;
        const int index = int(m_postViews.size());
        const JsonValue *id = r.stringValue("id", true);
        m_postViews.push_back(id ? id->string() : std::string_view());
        if (id) {
            p.id = q(id->string());
            const bool known = m_postIndex.insert(id->string(), index) >= 0;
            if (p.id.trimmed().isEmpty())
                m_ctx.error(*id, r.pathOf("id"), QStringLiteral("a post id must not be empty"));
            else if (known)
                m_ctx.error(*id, r.pathOf("id"), QStringLiteral("duplicate post id \"%1\"").arg(p.id));
        }
        p.title = r.text("title", true);
        p.theme = r.integer("theme", 1, 5, true).value_or(1);
        p.kind = r.enumeration<PostKind>("kind", true).value_or(PostKind::Activity);
        p.levelOfEffort = r.boolean("levelOfEffort", false);
        p.fixedDate = r.boolean("fixedDate", false);
        if (p.levelOfEffort && p.kind == PostKind::External)
            m_ctx.error(
                *v.find("levelOfEffort"), r.pathOf("levelOfEffort"),
                QStringLiteral("post %1 is external; only the programme's own posts can be level of effort").arg(p.id));
        if (p.fixedDate && p.kind != PostKind::External)
            m_ctx.error(*v.find("fixedDate"), r.pathOf("fixedDate"),
                        QStringLiteral("post %1 is not external; only an external post can be a fixed date").arg(p.id));
        p.status = r.enumeration<PostStatus>("status").value_or(PostStatus::Planned);
        p.owner = r.text("owner");
        p.contractor = r.text("contractor");
        p.projectLeader = r.text("projectLeader");
        p.start = r.date("start");
        p.finish = r.date("finish");
        p.durationDays = r.integer("durationDays", 0, kMaxDays);
        if (p.start.isValid() && p.finish.isValid() && p.finish < p.start)
            m_ctx.error(*v.find("finish"), r.pathOf("finish"),
                        QStringLiteral("post %1 finishes (%2) before it starts (%3)")
                            .arg(p.id, p.finish.toString(Qt::ISODate), p.start.toString(Qt::ISODate)));
        else if (p.start.isValid() && p.finish.isValid() && p.durationDays) {
            const int implied = int(p.start.daysTo(p.finish)) + 1;
            if (implied != *p.durationDays)
                m_ctx.error(
                    *v.find("durationDays"), r.pathOf("durationDays"),
                    QStringLiteral("durationDays is %1 but %2 .. %3 is %4 days (start and finish are inclusive)")
                        .arg(*p.durationDays)
                        .arg(p.start.toString(Qt::ISODate), p.finish.toString(Qt::ISODate))
                        .arg(implied));
        } else if (!p.start.isValid() && p.finish.isValid() && v.find("start") == nullptr && !p.durationDays) {
            // A finish alone is allowed only with a duration: otherwise the length is unknown.
            m_ctx.error(*v.find("finish"), r.pathOf("finish"),
                        QStringLiteral("post %1 has a finish but neither a start nor durationDays").arg(p.id));
        }
        if (p.fixedDate && p.kind == PostKind::External && !p.start.isValid())
            m_ctx.error(*v.find("fixedDate"), r.pathOf("fixedDate"),
                        QStringLiteral("fixed date %1 needs a start (the date)").arg(p.id));
        p.estimate = readEstimate(r, v);
        p.deadline = r.date("deadline");
        readProgress(r, v, p, m_statusDate,
                     [&](const JsonValue &at, const QString &path, const QString &m) { m_ctx.error(at, path, m); });
        p.budget = readBudget(r);
        p.costOfDelayPerMonth = r.number("costOfDelayPerMonth", 0, 1e9);
        p.result = r.text("result");
        p.goal = r.text("goal");
        p.activities = r.texts("activities");
        forEachObject(m_ctx, r, "expertise", [&](ObjectReader &e, const JsonValue &, int) {
            Expertise x;
            x.role = e.text("role", true);
            x.sourcing = e.enumeration<Sourcing>("sourcing").value_or(Sourcing::Internal);
            x.note = e.text("note");
            p.expertise << x;
        });
        forEachObject(m_ctx, r, "history", [&](ObjectReader &h, const JsonValue &, int) {
            HistoryEntry e;
            e.plateau = h.integer("plateau", 0, 99);
            e.kind = h.enumeration<HistoryKind>("kind", true).value_or(HistoryKind::Other);
            e.text = h.text("text", true);
            e.amount = h.number("amount");
            e.sources = readSources(m_ctx, h);
            p.history << e;
        });
        p.plateau = r.integer("plateau", 0, 9);
        p.tags = r.texts("tags");
        p.note = r.text("note");
        p.sources = readSources(m_ctx, r);
        return p;
    }

    // Runs on the second thread for a large document: touches only `ctx`, `r`, the sink's dependencies
    // and m_links.
    void readDependency(Context &ctx, ObjectReader &r, const JsonValue &v)
    {
        Dependency d;
        const JsonValue *from = r.stringValue("from", true);
        const JsonValue *to = r.stringValue("to", true);
        d.type = r.enumeration<LinkType>("type").value_or(LinkType::FS);
        d.lagDays = r.integer("lagDays", -kMaxDays, kMaxDays).value_or(0);
        d.note = r.text("note");
        d.sources = readSources(ctx, r);
        m_links.add(v, d.type, d.lagDays);
        m_sink.dependency(std::move(d), from ? from->string() : std::string_view(),
                          to ? to->string() : std::string_view());
    }

    SuccessFactor readFactor(ObjectReader &r, const JsonValue &v)
    {
        SuccessFactor f;
        f.id = r.string("id", true);
        if (const JsonValue *id = v.find("id"); id && id->type == Type::String && !f.id.isEmpty()) {
            if (m_factorIds.contains(f.id))
                m_ctx.error(*id, r.pathOf("id"), QStringLiteral("duplicate success factor id \"%1\"").arg(f.id));
            m_factorIds.insert(f.id);
            m_factorOffsets[f.id] = v.offset;
        }
        f.nameNl = r.string("nameNl", true);
        f.nameEn = r.string("nameEn", true);
        f.description = r.text("description");
        f.detailed = r.boolean("detailed", false);
        f.parents = r.stringList("parents");
        f.sources = r.string("sources");
        return f;
    }

    void checkFactorParents(const Portfolio &p)
    {
        for (int i = 0; i < p.successFactors.size(); ++i)
            for (const QString &parent : p.successFactors[i].parents)
                if (!m_factorIds.contains(parent))
                    m_ctx.error(
                        m_factorOffsets.value(p.successFactors[i].id),
                        QStringLiteral("successFactors[%1].parents").arg(i),
                        QStringLiteral("factor %1 refines unknown factor \"%2\"").arg(p.successFactors[i].id, parent));
    }

    void checkPostRef(const JsonValue &owner, const char *key, const QString &path, const QString &id,
                      const QString &what)
    {
        const JsonValue *v = owner.find(key);
        if (id.isEmpty() || (v && v->type == Type::String && m_postIndex.contains(v->string()))) return;
        m_ctx.error(v ? *v : owner, path, QStringLiteral("%1 refers to unknown post \"%2\"").arg(what, id));
    }

    Assessment readAssessment(ObjectReader &r, const JsonValue &v)
    {
        Assessment a;
        a.post = r.string("post", true);
        checkPostRef(v, "post", r.pathOf("post"), a.post, QStringLiteral("the assessment"));
        a.date = r.date("date", true);
        a.assessor = r.text("assessor", true);
        if (const JsonValue *scores = r.object("scores", true)) {
            QSet<QString> seen;
            for (const auto &m : scores->members()) {
                const QString path = r.pathOf("scores") + QLatin1Char('.') + q(m.key());
                const QString factor = q(m.key());
                if (seen.contains(factor)) {
                    m_ctx.error(m.keyOffset, path, QStringLiteral("factor \"%1\" is scored twice").arg(factor));
                    continue;
                }
                seen.insert(factor);
                if (!m_factorIds.contains(factor))
                    m_ctx.error(m.keyOffset, path, QStringLiteral("unknown success factor \"%1\"").arg(factor));
                if (m.value.type != Type::Object) {
                    m_ctx.error(m.value, path,
                                QStringLiteral("a score must be an object {score, rationale, mitigation}"));
                    continue;
                }
                ObjectReader s(m_ctx, m.value, path);
                FactorScore fs;
                fs.score = s.integer("score", 1, 5, true).value_or(0);
                fs.rationale = s.text("rationale");
                fs.mitigation = s.text("mitigation");
                s.finish();
                a.scores.append({factor, fs});
            }
        }
        a.note = r.text("note");
        return a;
    }

    Risk readRisk(ObjectReader &r, const JsonValue &v)
    {
        Risk k;
        k.id = r.string("id", true);
        if (const JsonValue *id = v.find("id"); id && id->type == Type::String) {
            if (k.id.trimmed().isEmpty())
                m_ctx.error(*id, r.pathOf("id"), QStringLiteral("a risk id must not be empty"));
            else if (m_riskIds.contains(k.id))
                m_ctx.error(*id, r.pathOf("id"), QStringLiteral("duplicate risk id \"%1\"").arg(k.id));
            m_riskIds.insert(k.id);
        }
        k.title = r.text("title", true);
        k.level = r.enumeration<RiskLevel>("level", true).value_or(RiskLevel::Project);
        k.posts = r.stringList("posts");
        if (const JsonValue *posts = v.find("posts"); posts && posts->type == Type::Array)
            for (size_t i = 0; i < posts->items().size(); ++i)
                if (posts->items()[i].type == Type::String && !m_postIndex.contains(posts->items()[i].string()))
                    m_ctx.error(posts->items()[i], QStringLiteral("%1[%2]").arg(r.pathOf("posts")).arg(i),
                                QStringLiteral("risk %1 refers to unknown post \"%2\"")
                                    .arg(k.id, q(posts->items()[i].string())));
        k.factor = r.string("factor");
        if (!k.factor.isEmpty() && !m_factorIds.contains(k.factor))
            m_ctx.error(*v.find("factor"), r.pathOf("factor"),
                        QStringLiteral("unknown success factor \"%1\"").arg(k.factor));
        k.cause = r.text("cause");
        k.event = r.text("event");
        k.effect = r.text("effect");
        k.probability = r.integer("probability", 1, 5);
        k.impact = r.integer("impact", 1, 5);
        k.residualProbability = r.integer("residualProbability", 1, 5);
        k.residualImpact = r.integer("residualImpact", 1, 5);
        k.delayDays = r.integer("delayDays", 0, kMaxDays);
        k.owner = r.text("owner");
        k.response = r.enumeration<RiskResponse>("response").value_or(RiskResponse::None);
        k.mitigation = r.text("mitigation");
        k.status = r.enumeration<RiskStatus>("status").value_or(RiskStatus::Open);
        k.nextReview = r.date("nextReview");
        forEachObject(m_ctx, r, "history", [&](ObjectReader &h, const JsonValue &, int) {
            RiskChange c;
            c.date = h.date("date", true);
            c.author = h.text("author");
            c.change = h.text("change", true);
            k.history << c;
        });
        k.note = r.text("note");
        k.sources = readSources(m_ctx, r);
        return k;
    }

    Context &m_ctx;
    DocumentSink &m_sink;
    QDate m_statusDate; // the programme's, for the progress checks of the posts
    // Post ids as read (views into the parsed text), by post index, and their index.
    LargeVector<std::string_view> m_postViews;
    Utf8IdIndex m_postIndex;
    DependencyTable m_links{m_ctx, m_postIndex, m_postViews};
    QSet<QString> m_riskIds, m_factorIds;
    QHash<QString, uint32_t> m_factorOffsets;
};

} // namespace

bool readPortfolio(Context &ctx, const JsonValue &root, DocumentSink &sink)
{
    return PortfolioReader(ctx, sink).read(root);
}

} // namespace rb::model::reading
