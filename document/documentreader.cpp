// documentreader.cpp — JSON tree → Portfolio, with every problem located (see documentreader.h).
#include "document/documentreader.h"

#include "model/analysisinput.h"
#include "document/baselineformat.h"
#include "model/enumnames.h"
#include "model/idindex.h"
#include "document/jsontree.h"
#include "model/largealloc.h"
#include "model/programmeinfo.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <memory>
#include <thread>
#include <tuple>
#include <unordered_set>

namespace rb::model {

QString LoadResult::errorText() const
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

namespace {

using Type = JsonValue::Type;
constexpr int kMaxReportedCycles = 20;
// A hostile or badly broken file can have millions of problems; nobody reads past the first few hundred.
constexpr int kMaxDiagnostics = 1000;
// From this many dependencies on, a second thread reads them (PortfolioReader::read) and resolves half
// of their ends (checkDependencies).
constexpr size_t kParallelDependencies = 20000;
static_assert(size_t(DocumentReader::kMaxFileBytes) <= JsonValue::kMaxBytes, "positions in the JSON tree are 28-bit");

int editDistance(std::string_view a, std::string_view b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// Line and column (in characters) of byte offsets. LineIndex counts the column from the start of the
// line, which on a minified one-line document costs the whole line for every message (quadratic with
// many messages). Here one pass over the text, made only once there is something to report, records
// the position at every 64 KiB, so each message costs at most one block.
// After an in-place parse (parseJsonInPlace) the text's escaped strings are overwritten; the first
// message then counts on the text put back together from the parse's rewrites.
class PositionIndex {
public:
    explicit PositionIndex(std::string_view text, std::shared_ptr<const JsonRewrites> rewrites = {})
        : m_text(text), m_rewrites(std::move(rewrites)) {}
    std::string_view text() const { return m_text; }
    const std::shared_ptr<const JsonRewrites> &rewrites() const { return m_rewrites; }
    void setRewrites(std::shared_ptr<const JsonRewrites> rewrites) { m_rewrites = std::move(rewrites); }

    std::pair<int, int> position(uint32_t offset)
    {
        if (m_blocks.empty())
            build();
        offset = std::min<uint32_t>(offset, uint32_t(m_text.size()));
        auto [line, column] = m_blocks[offset / kBlock];
        for (size_t i = size_t(offset / kBlock) * kBlock; i < offset; ++i)
            advance(m_text[i], line, column);
        return {line, column};
    }

private:
    static constexpr uint32_t kBlock = 64 * 1024;
    static void advance(char c, int &line, int &column)
    {
        if (c == '\n') { ++line; column = 1; }
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column; // count UTF-8 lead bytes only
    }
    void build()
    {
        if (m_rewrites && !m_rewrites->empty()) {
            m_restored = m_rewrites->restore(m_text);
            m_text = m_restored;
        }
        int line = 1, column = 1;
        m_blocks.reserve(m_text.size() / kBlock + 1);
        for (size_t i = 0; i < m_text.size(); ++i) {
            if (i % kBlock == 0)
                m_blocks.emplace_back(line, column);
            advance(m_text[i], line, column);
        }
        if (m_text.size() % kBlock == 0)
            m_blocks.emplace_back(line, column); // the block of the end offset
    }
    std::string_view m_text;
    std::shared_ptr<const JsonRewrites> m_rewrites;
    std::string m_restored;
    std::vector<std::pair<int, int>> m_blocks;
};

class Context {
public:
    Context(std::string_view text, QString file, bool keepText = true)
        : keepText(keepText), m_lines(text), m_file(std::move(file)) {}
    // A context for a part of the same document read on another thread (see absorb).
    Context sibling() const
    {
        Context c(m_lines.text(), m_file, keepText);
        c.m_lines.setRewrites(m_lines.rewrites());
        return c;
    }
    // What an in-place parse of the text overwrote (for the line and column of messages).
    void setRewrites(std::shared_ptr<const JsonRewrites> rewrites) { m_lines.setRewrites(std::move(rewrites)); }

    // False when only the schedule is wanted (DocumentReader::readSchedule): texts nobody will read
    // (titles, notes, sources, rationale) are checked as ever but not turned into QStrings.
    const bool keepText;

    void error(uint32_t offset, const QString &path, const QString &message)
    {
        if (full())
            return overflow();
        Diagnostic d;
        d.file = m_file;
        std::tie(d.line, d.column) = m_lines.position(offset);
        d.path = path;
        d.message = message;
        m_diagnostics.push_back(std::move(d));
    }
    // Appends the diagnostics of a sibling, as if its errors had been reported here, in their order.
    void absorb(Context &&other)
    {
        const qsizetype real = other.m_diagnostics.size() - (other.m_truncated ? 1 : 0);
        for (qsizetype i = 0; i < real; ++i) {
            if (full())
                return overflow();
            m_diagnostics.push_back(std::move(other.m_diagnostics[i]));
        }
        if (other.m_truncated)
            overflow(); // the sibling had more than it kept, so this context is full too
    }
    void error(const JsonValue &v, const QString &path, const QString &message) { error(v.offset, path, message); }

    QList<Diagnostic> takeDiagnostics() { return std::move(m_diagnostics); }
    bool hasErrors() const { return !m_diagnostics.isEmpty(); }

private:
    bool full() const { return m_diagnostics.size() >= kMaxDiagnostics; }
    void overflow()
    {
        if (m_truncated)
            return;
        Diagnostic d;
        d.file = m_file;
        d.message = QStringLiteral("too many problems; only the first %1 are reported").arg(kMaxDiagnostics);
        m_diagnostics.push_back(std::move(d));
        m_truncated = true;
    }

    PositionIndex m_lines;
    QString m_file;
    QList<Diagnostic> m_diagnostics;
    bool m_truncated = false;
};

QString q(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QLatin1String latin1(std::string_view s) { return QLatin1String(s.data(), qsizetype(s.size())); }

// Reads the members of one JSON object; remembers which keys were used so that the remaining ones
// can be reported as unknown, with the nearest known name as a suggestion.
class ObjectReader {
public:
    ObjectReader(Context &ctx, const JsonValue &object, QString path)
        : m_ctx(ctx), m_object(object), m_keys(keyMask(object)), m_path(std::move(path)), m_pathResolved(true) {}
    // The path of a child (parent.key or parent.key[index]) is only spelled out when a message needs
    // it: building a string per object would cost more than reading the object.
    ObjectReader(Context &ctx, const JsonValue &object, const ObjectReader &parent, std::string_view key, int index = -1)
        : m_ctx(ctx), m_object(object), m_keys(keyMask(object)), m_parent(&parent), m_key(key), m_index(index) {}

    const QString &path() const
    {
        if (!m_pathResolved) {
            m_path = m_parent->pathOf(m_key);
            if (m_index >= 0)
                m_path += QStringLiteral("[%1]").arg(m_index);
            m_pathResolved = true;
        }
        return m_path;
    }
    QString pathOf(std::string_view key) const { return pathOfKey(key); }
    QString pathOfKey(std::string_view key) const { return path().isEmpty() ? q(key) : path() + QLatin1Char('.') + q(key); }

    // The member's value, or null when absent or JSON null. Marks the key as known.
    const JsonValue *get(std::string_view key, bool required = false)
    {
        if (m_knownCount < kMaxKnown)
            m_known[m_knownCount++] = {key.data(), key.size()};
        // Most of the fields a reader asks for are absent (a post has two dozen optional ones): the
        // mask of the keys present answers that without comparing a key.
        const JsonValue *v = nullptr;
        if (m_keys & keyBit(key)) {
            if (const size_t i = m_object.indexOf(key); i < m_object.members().size()) {
                v = &m_object.members()[i].value;
                if (i < 64)
                    m_asked |= uint64_t(1) << i; // the first member of a known name: finish() skips it
            }
        }
        if (v && v->type == Type::Null)
            v = nullptr;
        if (!v && required)
            m_ctx.error(m_object, path(), QStringLiteral("missing required field \"%1\"").arg(latin1(key)));
        return v;
    }

    bool expect(const JsonValue &v, std::string_view key, Type type, const char *what)
    {
        if (v.type == type || (type == Type::Double && v.isNumber()))
            return true;
        m_ctx.error(v, pathOf(key), QStringLiteral("\"%1\" must be %2, not %3")
                                        .arg(latin1(key), QLatin1String(what), QLatin1String(JsonValue::typeName(v.type))));
        return false;
    }

    // The member as a checked string value, or null (absent, JSON null, or not a string: reported).
    const JsonValue *stringValue(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        if (!v || !expect(*v, key, Type::String, "a string"))
            return nullptr;
        // The writer leaves empty strings out, so an empty required field would load but its saved
        // form would not: the document would be lost on the next save.
        if (required && v->string().empty())
            m_ctx.error(*v, pathOf(key), QStringLiteral("\"%1\" must not be empty").arg(latin1(key)));
        return v;
    }
    QString string(std::string_view key, bool required = false)
    {
        const JsonValue *v = stringValue(key, required);
        return v ? q(v->string()) : QString();
    }
    // A string only people read (a title, a note): checked like string(), kept only when the
    // context keeps texts.
    QString text(std::string_view key, bool required = false)
    {
        const JsonValue *v = stringValue(key, required);
        return v && m_ctx.keepText ? q(v->string()) : QString();
    }

    // Integers only (2.5 is rejected); range inclusive.
    std::optional<int> integer(std::string_view key, int min, int max, bool required = false)
    {
        const JsonValue *v = get(key, required);
        if (!v)
            return std::nullopt;
        const bool integral = v->type == Type::Int || (v->type == Type::Double && std::isfinite(v->number()) && v->number() == std::floor(v->number()));
        if (!integral) {
            if (v->isNumber())
                m_ctx.error(*v, pathOf(key), QStringLiteral("\"%1\" must be a whole number, not %2").arg(latin1(key)).arg(v->number(), 0, 'g', 17));
            else
                expect(*v, key, Type::Int, "a whole number");
            return std::nullopt;
        }
        if (v->number() < min || v->number() > max) {
            m_ctx.error(*v, pathOf(key), QStringLiteral("\"%1\" is %2, outside the allowed range %3..%4")
                                            .arg(latin1(key)).arg(v->number(), 0, 'g', 17).arg(min).arg(max));
            return std::nullopt;
        }
        return int(v->number());
    }

    std::optional<double> number(std::string_view key, double min = -1e12, double max = 1e12)
    {
        const JsonValue *v = get(key);
        if (!v || !expect(*v, key, Type::Double, "a number"))
            return std::nullopt;
        if (!(v->number() >= min && v->number() <= max)) {
            m_ctx.error(*v, pathOf(key), QStringLiteral("\"%1\" is %2, outside the allowed range %3..%4")
                                            .arg(latin1(key)).arg(v->number(), 0, 'g', 17).arg(min, 0, 'g', 12).arg(max, 0, 'g', 12));
            return std::nullopt;
        }
        return v->number();
    }

    bool boolean(std::string_view key, bool fallback)
    {
        const JsonValue *v = get(key);
        if (!v || !expect(*v, key, Type::Bool, "true or false"))
            return fallback;
        return v->boolean;
    }

    QDate date(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        if (!v || !expect(*v, key, Type::String, "a date string (YYYY-MM-DD)"))
            return {};
        // YYYY-MM-DD exactly: ten characters, digits where digits belong.
        const std::string_view t = v->string();
        const auto digits = [&](size_t from, size_t count) {
            int n = 0;
            for (size_t i = from; i < from + count; ++i) {
                if (t[i] < '0' || t[i] > '9') return -1;
                n = n * 10 + (t[i] - '0');
            }
            return n;
        };
        const bool shaped = t.size() == 10 && t[4] == '-' && t[7] == '-';
        const int y = shaped ? digits(0, 4) : -1, mo = shaped ? digits(5, 2) : -1, d = shaped ? digits(8, 2) : -1;
        if (y < 0 || mo < 0 || d < 0) {
            m_ctx.error(*v, pathOf(key), QStringLiteral("\"%1\" is \"%2\", not a date of the form YYYY-MM-DD").arg(latin1(key), q(t)));
            return {};
        }
        const QDate date(y, mo, d);
        if (!date.isValid()) {
            m_ctx.error(*v, pathOf(key), QStringLiteral("\"%1\" is \"%2\", which is not a day of the calendar").arg(latin1(key), q(t)));
            return {};
        }
        return date;
    }

    template <typename E>
    std::optional<E> enumeration(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        if (!v || !expect(*v, key, Type::String, "a string"))
            return std::nullopt;
        const auto e = enumFromName<E>(v->string());
        if (!e || v->string().empty()) {
            m_ctx.error(*v, pathOf(key), QStringLiteral("\"%1\" is \"%2\"; expected one of: %3")
                                            .arg(latin1(key), q(v->string()), q(enumChoices<E>())));
            return std::nullopt;
        }
        return e;
    }

    const JsonValue *array(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        return v && expect(*v, key, Type::Array, "an array") ? v : nullptr;
    }

    const JsonValue *object(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        return v && expect(*v, key, Type::Object, "an object") ? v : nullptr;
    }

    // A list of strings only people read (activities, tags): kept only when the context keeps texts.
    QStringList texts(std::string_view key) { return stringList(key, m_ctx.keepText); }

    QStringList stringList(std::string_view key, bool keep = true)
    {
        QStringList out;
        const JsonValue *a = array(key);
        if (!a)
            return out;
        for (size_t i = 0; i < a->items().size(); ++i) {
            const JsonValue &item = a->items()[i];
            if (item.type != Type::String)
                m_ctx.error(item, QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i),
                            QStringLiteral("the items of \"%1\" must be strings").arg(latin1(key)));
            else if (keep)
                out << q(item.string());
        }
        return out;
    }

    // Reports the keys nobody asked for, and keys given twice.
    void finish()
    {
        // An object may have a million members (hashing then), but most have a handful (comparing then:
        // no allocation per object).
        if (m_object.type != Type::Object)
            return;
        const auto &members = m_object.members();
        const bool small = members.size() <= 32;
        std::unordered_set<std::string_view> seen;
        for (size_t mi = 0; mi < members.size(); ++mi) {
            const auto &m = members[mi];
            if (mi < 64 && (m_asked >> mi) & 1) { // known, and the first of its name (get() found it)
                if (!small)
                    seen.insert(m.key());
                continue;
            }
            const bool repeated = small ? std::any_of(members.begin(), members.begin() + std::ptrdiff_t(mi),
                                                      [&](const JsonMember &o) { return sameKey(o.key(), m.key()); })
                                        : !seen.insert(m.key()).second;
            if (repeated) {
                m_ctx.error(m.keyOffset, pathOfKey(m.key()), QStringLiteral("field \"%1\" is given twice").arg(q(m.key())));
                continue;
            }
            if (std::any_of(m_known, m_known + m_knownCount, [&](const KeyRef &k) { return sameKey(m.key(), k.view()); }))
                continue;
            QString message = QStringLiteral("unknown field \"%1\"").arg(q(m.key()));
            std::string_view best;
            int bestDistance = 3;
            for (size_t ki = 0; ki < m_knownCount; ++ki) {
                const std::string_view k = m_known[ki].view();
                // The distance is at least the difference in length; skipping those keeps a 50 MB key cheap.
                if (std::abs(int64_t(m.key().size()) - int64_t(k.size())) >= bestDistance)
                    continue;
                const int d = editDistance(m.key(), k);
                if (d < bestDistance) { bestDistance = d; best = k; }
            }
            if (!best.empty())
                message += QStringLiteral(" (did you mean \"%1\"?)").arg(QLatin1String(best.data(), qsizetype(best.size())));
            m_ctx.error(m.keyOffset, pathOfKey(m.key()), message);
        }
    }

private:
    // One bit per key, by its length and first letter: equal keys set the same bit.
    static uint64_t keyBit(std::string_view key) { return uint64_t(1) << ((key.size() * 7 + (key.empty() ? 0 : uint8_t(key[0]))) & 63); }
    static uint64_t keyMask(const JsonValue &object)
    {
        uint64_t mask = 0;
        for (const JsonMember &m : object.members())
            mask |= keyBit(m.key());
        return mask;
    }

    Context &m_ctx;
    const JsonValue &m_object;
    const uint64_t m_keys; // keyBit of every key of the object
    uint64_t m_asked = 0;  // bit i: get() found member i (of the first 64)
    const ObjectReader *m_parent = nullptr;
    std::string_view m_key;
    int m_index = -1;
    mutable QString m_path;
    mutable bool m_pathResolved = false;
    // The names asked for, for finish(); the fields of the largest object (a post) fit. Left
    // uninitialised (only the first m_knownCount are read): a reader is made for every object, and
    // clearing 768 bytes each time cost more than reading a dependency.
    struct KeyRef {
        const char *data;
        size_t size;
        std::string_view view() const { return {data, size}; }
    };
    static constexpr size_t kMaxKnown = 48;
    KeyRef m_known[kMaxKnown];
    size_t m_knownCount = 0;
};

// Calls f(itemReader, index) for each object item of an array member.
template <typename F>
void forEachObject(Context &ctx, ObjectReader &parent, std::string_view key, F &&f, bool required = false)
{
    const JsonValue *a = parent.array(key, required);
    if (!a)
        return;
    for (size_t i = 0; i < a->items().size(); ++i) {
        const JsonValue &item = a->items()[i];
        if (item.type != Type::Object) {
            ctx.error(item, QStringLiteral("%1[%2]").arg(parent.pathOf(key)).arg(i), QStringLiteral("the items of \"%1\" must be objects, not %2")
                                      .arg(latin1(key), QLatin1String(JsonValue::typeName(item.type))));
            continue;
        }
        ObjectReader r(ctx, item, parent, key, int(i));
        f(r, item, int(i));
        r.finish();
    }
}

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
    if (!v)
        return out;
    if (v->type == Type::Object) {
        const Source s = readSourceObject(ctx, *v, r.pathOf("source"));
        if (ctx.keepText)
            out << s;
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

// A dependency as read: its object in the tree (whose ends are resolved once every post is known, and
// where messages that come after the whole document was read point), its type and its lag. 16 bytes:
// a large portfolio has half a million of them.
struct DependencyRef {
    const JsonValue *object = nullptr;
    LinkType type = LinkType::FS;
    int lagDays = 0;

    // The end as text (empty when absent or not a string: readDependency reported that).
    std::string_view end(std::string_view key) const
    {
        const JsonValue *v = object->find(key);
        return v && v->type == Type::String ? v->string() : std::string_view();
    }
    uint32_t offsetOf(std::string_view key) const
    {
        const JsonValue *v = object->find(key);
        return v ? v->offset : object->offset;
    }
};

// Reads and checks a whole document. With a context that keeps texts it builds the Portfolio; without
// (DocumentReader::readSchedule) it leaves the Portfolio's posts and dependencies empty and builds the
// analysis engine's input instead, by the same rules as buildAnalysisInput. Every check runs either way.
class PortfolioReader {
public:
    PortfolioReader(Context &ctx) : m_ctx(ctx), m_full(ctx.keepText) {}

    // After read() without texts: the engine's input (valid only when read() succeeded).
    AnalysisInput takeInput() { return std::move(m_input); }

    std::optional<Portfolio> read(const JsonValue &root)
    {
        if (root.type != Type::Object) {
            m_ctx.error(root, {}, QStringLiteral("a portfolio must be a JSON object, not %1").arg(QLatin1String(JsonValue::typeName(root.type))));
            return std::nullopt;
        }
        ObjectReader top(m_ctx, root, {});
        Portfolio p;
        const JsonValue *version = top.get("schemaVersion", true);
        if (version) {
            if (version->type != Type::Int) {
                top.expect(*version, "schemaVersion", Type::Int, "a whole number");
            } else if (version->integer > kSchemaVersion) {
                m_ctx.error(*version, QStringLiteral("schemaVersion"),
                            QStringLiteral("schemaVersion %1 was written by a newer Riskboard; this build reads up to version %2")
                                .arg(version->integer).arg(kSchemaVersion));
                return std::nullopt; // the rest would be judged by rules that may no longer apply
            } else if (version->integer < 1) {
                m_ctx.error(*version, QStringLiteral("schemaVersion"), QStringLiteral("schemaVersion must be 1 or more"));
            }
        }
        if (const JsonValue *prog = top.object("programme", true))
            p.programme = readProgramme(*prog);
        m_statusDate = p.programme.statusDate;
        m_scheduleProgramme = analysisProgramme(p.programme, recordsProgress(root));
        // Sized once: growing a QList of 100k posts moves them again and again.
        const auto count = [&](const char *key) -> size_t {
            const JsonValue *a = root.find(key);
            return a && a->type == Type::Array ? a->items().size() : 0;
        };
        const JsonValue *postList = root.find("posts");
        const JsonSpan<JsonValue> postItems = postList ? postList->items() : JsonSpan<JsonValue>(); // (none unless an array)
        const size_t posts = postItems.size(), deps = count("dependencies");
        QList<Dependency> dependencies; // read on the second thread for a large document (below)
        if (m_full) {
            p.posts.reserve(qsizetype(posts));
            dependencies.reserve(qsizetype(deps));
        } else {
            m_input.network.tasks.reserve(posts);
            m_input.postIds.reserve(qsizetype(posts));
        }
        p.assessments.reserve(qsizetype(count("assessments")));
        p.risks.reserve(qsizetype(count("risks")));
        m_postIndex = Utf8IdIndex(posts);
        m_postViews.reserve(posts);
        m_deps.reserve(deps);
        // The dependencies do not depend on the posts until their ends are resolved (checkDependencies,
        // below), so a large list is read on a second thread while this one reads the posts. Its
        // messages go to a sibling context and are appended after those of the posts: the same
        // diagnostics in the same order as one pass would give.
        Context depCtx = m_ctx.sibling();
        const auto readDependencies = [&] {
            ObjectReader parent(depCtx, root, QString());
            forEachObject(depCtx, parent, "dependencies", [&](ObjectReader &r, const JsonValue &v, int) {
                Dependency d = readDependency(depCtx, r, v);
                if (m_full)
                    dependencies << std::move(d);
            });
        };
        top.get("dependencies"); // a known field (read just above or on the second thread)
        std::thread worker;
        if (deps >= kParallelDependencies)
            worker = std::thread(readDependencies);
        forEachObject(m_ctx, top, "posts", [&](ObjectReader &r, const JsonValue &v, int i) {
            // The index slot of the next post's id is loaded while this post is read (at 100k posts
            // the index is out of the caches, and readPost inserts the id first thing).
            if (size_t(i) + 1 < postItems.size() && postItems[size_t(i) + 1].type == Type::Object)
                if (const JsonValue *next = postItems[size_t(i) + 1].find("id"); next && next->type == Type::String)
                    m_postIndex.prefetch(next->string());
            Post post = readPost(r, v);
            if (m_full) {
                p.posts << std::move(post);
            } else {
                addPost(m_input, post, m_scheduleProgramme);
            }
        }, true);
        if (worker.joinable())
            worker.join();
        else
            readDependencies();
        m_ctx.absorb(std::move(depCtx));
        if (m_full)
            p.dependencies = std::move(dependencies);
        p.hasFactorCatalogue = top.get("successFactors") != nullptr;
        forEachObject(m_ctx, top, "successFactors", [&](ObjectReader &r, const JsonValue &v, int) { p.successFactors << readFactor(r, v); });
        if (!p.hasFactorCatalogue)
            p.successFactors = defaultSuccessFactors();
        for (const SuccessFactor &f : p.successFactors)
            m_factorIds.insert(f.id);
        checkFactorParents(p);
        forEachObject(m_ctx, top, "assessments", [&](ObjectReader &r, const JsonValue &v, int) { p.assessments << readAssessment(r, v); });
        forEachObject(m_ctx, top, "risks", [&](ObjectReader &r, const JsonValue &v, int) { p.risks << readRisk(r, v); });
        p.baselines = readBaselines(top, [&](ObjectReader &parent, const char *key, auto f) { forEachObject(m_ctx, parent, key, f); },
                                    [&](const JsonValue &at, const QString &path, const QString &m) { m_ctx.error(at, path, m); });
        top.finish();
        checkDependencies();
        if (m_ctx.hasErrors())
            return std::nullopt;
        if (!m_full)
            finishInput(p);
        return p;
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
            m_ctx.error(*v.find("end"), r.pathOf("end"), QStringLiteral("the programme ends (%1) before it starts (%2)").arg(p.end.toString(Qt::ISODate), p.start.toString(Qt::ISODate)));
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
                m_ctx.error(item, t.path(), QStringLiteral("reserve of plateau %1 does not close: %2 − %3 ≠ %4")
                                                .arg(e.plateau).arg(e.opening).arg(e.spending).arg(e.closing));
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
        if (!v)
            return std::nullopt;
        ObjectReader r(m_ctx, *v, parent, "estimate");
        const auto o = r.integer("optimisticDays", 0, kMaxDays, true);
        const auto m = r.integer("mostLikelyDays", 0, kMaxDays, true);
        const auto p = r.integer("pessimisticDays", 0, kMaxDays, true);
        r.finish();
        if (!o || !m || !p)
            return std::nullopt;
        if (!(*o <= *m && *m <= *p)) {
            m_ctx.error(*v, r.path(), QStringLiteral("the estimate is inverted: expected optimisticDays ≤ mostLikelyDays ≤ pessimisticDays, got %1, %2, %3").arg(*o).arg(*m).arg(*p));
            return std::nullopt;
        }
        Q_UNUSED(owner);
        return Estimate{*o, *m, *p};
    }

    std::optional<Budget> readBudget(ObjectReader &parent)
    {
        const JsonValue *v = parent.object("budget");
        if (!v)
            return std::nullopt;
        ObjectReader r(m_ctx, *v, parent, "budget");
        Budget b;
        auto line = [&](const char *key, BudgetLine &out, bool oneOff) {
            const JsonValue *l = r.object(key);
            if (!l)
                return;
            ObjectReader lr(m_ctx, *l, r, key);
            out.planned = lr.number("planned", -1e9, 1e9).value_or(0);
            out.proposed = lr.number("proposed", -1e9, 1e9).value_or(0);
            if (oneOff)
                out.carriedOver = lr.number("carriedOver", -1e9, 1e9).value_or(0);
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
            m_ctx.error(*v.find("levelOfEffort"), r.pathOf("levelOfEffort"),
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
            m_ctx.error(*v.find("finish"), r.pathOf("finish"), QStringLiteral("post %1 finishes (%2) before it starts (%3)")
                                                               .arg(p.id, p.finish.toString(Qt::ISODate), p.start.toString(Qt::ISODate)));
        else if (p.start.isValid() && p.finish.isValid() && p.durationDays) {
            const int implied = int(p.start.daysTo(p.finish)) + 1;
            if (implied != *p.durationDays)
                m_ctx.error(*v.find("durationDays"), r.pathOf("durationDays"),
                            QStringLiteral("durationDays is %1 but %2 .. %3 is %4 days (start and finish are inclusive)")
                                .arg(*p.durationDays).arg(p.start.toString(Qt::ISODate), p.finish.toString(Qt::ISODate)).arg(implied));
        } else if (!p.start.isValid() && p.finish.isValid() && v.find("start") == nullptr && !p.durationDays) {
            // A finish alone is allowed only with a duration: otherwise the length is unknown.
            m_ctx.error(*v.find("finish"), r.pathOf("finish"), QStringLiteral("post %1 has a finish but neither a start nor durationDays").arg(p.id));
        }
        if (p.fixedDate && p.kind == PostKind::External && !p.start.isValid())
            m_ctx.error(*v.find("fixedDate"), r.pathOf("fixedDate"), QStringLiteral("fixed date %1 needs a start (the date)").arg(p.id));
        p.estimate = readEstimate(r, v);
        p.deadline = r.date("deadline");
        readProgress(r, v, p, m_statusDate, [&](const JsonValue &at, const QString &path, const QString &m) { m_ctx.error(at, path, m); });
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

    // Runs on the second thread for a large document: touches only `ctx`, `r` and m_deps.
    Dependency readDependency(Context &ctx, ObjectReader &r, const JsonValue &v)
    {
        Dependency d;
        const JsonValue *from = r.stringValue("from", true);
        const JsonValue *to = r.stringValue("to", true);
        d.type = r.enumeration<LinkType>("type").value_or(LinkType::FS);
        d.lagDays = r.integer("lagDays", -kMaxDays, kMaxDays).value_or(0);
        d.note = r.text("note");
        d.sources = readSources(ctx, r);
        if (m_full) {
            d.from = from ? q(from->string()) : QString();
            d.to = to ? q(to->string()) : QString();
        }
        m_deps.push_back({&v, d.type, d.lagDays});
        return d;
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
                    m_ctx.error(m_factorOffsets.value(p.successFactors[i].id), QStringLiteral("successFactors[%1].parents").arg(i),
                                QStringLiteral("factor %1 refines unknown factor \"%2\"").arg(p.successFactors[i].id, parent));
    }

    void checkPostRef(const JsonValue &owner, const char *key, const QString &path, const QString &id, const QString &what)
    {
        const JsonValue *v = owner.find(key);
        if (id.isEmpty() || (v && v->type == Type::String && m_postIndex.contains(v->string())))
            return;
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
                    m_ctx.error(m.value, path, QStringLiteral("a score must be an object {score, rationale, mitigation}"));
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
                                QStringLiteral("risk %1 refers to unknown post \"%2\"").arg(k.id, q(posts->items()[i].string())));
        k.factor = r.string("factor");
        if (!k.factor.isEmpty() && !m_factorIds.contains(k.factor))
            m_ctx.error(*v.find("factor"), r.pathOf("factor"), QStringLiteral("unknown success factor \"%1\"").arg(k.factor));
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

    // References, self-links, duplicate links and cycles: these need the whole post list.
    // Successors as compressed rows: for post v, (successor, dependency index) pairs in dependency order.
    struct Successors {
        LargeVector<uint32_t> offsets;
        LargeVector<std::pair<int, int>> edges;
        size_t size() const { return offsets.size() - 1; }
        size_t degree(size_t v) const { return offsets[v + 1] - offsets[v]; }
        const std::pair<int, int> &at(size_t v, size_t k) const { return edges[offsets[v] + k]; }
    };

    // By dependency: whether it makes a link (from, to, type) that an earlier one already made. The
    // links of one post stand in document order in `out`; a post has a handful (compared pairwise),
    // a hub may have thousands (sorted then).
    std::vector<bool> repeatedLinks(const Successors &out) const
    {
        std::vector<bool> repeated(m_deps.size(), false);
        const auto same = [&](const std::pair<int, int> &a, const std::pair<int, int> &b) {
            return a.first == b.first && m_deps[size_t(a.second)].type == m_deps[size_t(b.second)].type;
        };
        std::vector<std::pair<int, int>> hub;
        for (size_t v = 0; v < out.size(); ++v) {
            if (out.degree(v) < 2)
                continue; // (and no pointer arithmetic on the empty list of a document without links)
            const auto *first = out.edges.data() + out.offsets[v], *last = out.edges.data() + out.offsets[v + 1];
            if (last - first <= 32) {
                for (const auto *k = first + 1; k < last; ++k)
                    repeated[size_t(k->second)] = std::any_of(first, k, [&](const std::pair<int, int> &e) { return same(e, *k); });
                continue;
            }
            hub.assign(first, last);
            const auto key = [&](const std::pair<int, int> &e) { return std::tuple(e.first, m_deps[size_t(e.second)].type, e.second); };
            std::sort(hub.begin(), hub.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
            for (size_t k = 1; k < hub.size(); ++k)
                if (same(hub[k - 1], hub[k]))
                    repeated[size_t(hub[k].second)] = true;
        }
        return repeated;
    }

    void checkDependencies()
    {
        // At 100k posts and 470k dependencies this runs on every load: the ends are views into the
        // parsed text, resolved through the index readPost filled.
        const size_t deps = m_deps.size();
        LargeVector<int> &from = m_depFrom, &to = m_depTo;
        from.assign(deps, -1);
        to.assign(deps, -1);
        // Resolves the ends of dependencies [begin, end). The ends of the next kAhead dependencies are
        // found once: prefetched when they enter, looked up when their turn comes.
        const auto resolve = [&](size_t begin, size_t end) {
            constexpr size_t kAhead = 16; // lookups in flight (IdIndex::prefetch)
            std::array<std::pair<std::string_view, std::string_view>, kAhead> ahead;
            const auto enter = [&](size_t i) {
                auto &e = ahead[i % kAhead];
                e = {m_deps[i].end("from"), m_deps[i].end("to")};
                m_postIndex.prefetch(e.first);
                m_postIndex.prefetch(e.second);
            };
            for (size_t i = begin; i < std::min(begin + kAhead, end); ++i)
                enter(i);
            for (size_t i = begin; i < end; ++i) {
                const auto [f, t] = ahead[i % kAhead];
                if (i + kAhead < end)
                    enter(i + kAhead);
                from[i] = f.empty() ? -1 : m_postIndex.find(f);
                to[i] = t.empty() ? -1 : m_postIndex.find(t);
            }
        };
        // A large list in two halves, one on a second thread (lookups wait for memory: two cores wait
        // for two streams of it).
        if (deps >= kParallelDependencies) {
            std::thread helper([&] { resolve(deps / 2, deps); });
            resolve(0, deps / 2);
            helper.join();
        } else {
            resolve(0, deps);
        }

        // The links, by their first post (in document order within each post): every dependency whose
        // ends are two different known posts, a repeated one too.
        const auto linked = [&](size_t i) { return from[i] >= 0 && to[i] >= 0 && from[i] != to[i]; };
        Successors out;
        out.offsets.assign(m_postViews.size() + 1, 0);
        for (size_t i = 0; i < deps; ++i)
            if (linked(i))
                ++out.offsets[size_t(from[i]) + 1];
        for (size_t v = 1; v < out.offsets.size(); ++v)
            out.offsets[v] += out.offsets[v - 1];
        out.edges.resize(out.offsets.back());
        LargeVector<uint32_t> fill(out.offsets.begin(), out.offsets.end() - 1);
        for (size_t i = 0; i < deps; ++i)
            if (linked(i))
                out.edges[fill[size_t(from[i])]++] = {to[i], int(i)};
        const std::vector<bool> duplicate = repeatedLinks(out);

        const auto path = [](size_t i) { return QStringLiteral("dependencies[%1]").arg(i); };
        for (size_t i = 0; i < deps; ++i) {
            const DependencyRef &d = m_deps[i];
            if (from[i] < 0 || to[i] < 0) {
                // Only an unresolved dependency is looked at again: a missing end was reported by
                // readDependency, an unknown post is reported here.
                const std::string_view f = d.end("from"), t = d.end("to");
                if (!f.empty() && from[i] < 0)
                    m_ctx.error(d.offsetOf("from"), path(i) + QStringLiteral(".from"), QStringLiteral("dependency from unknown post \"%1\"").arg(q(f)));
                if (!t.empty() && to[i] < 0)
                    m_ctx.error(d.offsetOf("to"), path(i) + QStringLiteral(".to"), QStringLiteral("dependency to unknown post \"%1\"").arg(q(t)));
            } else if (from[i] == to[i]) {
                m_ctx.error(d.offsetOf("to"), path(i) + QStringLiteral(".to"), QStringLiteral("post %1 depends on itself").arg(q(d.end("from"))));
            } else if (duplicate[i]) {
                m_ctx.error(d.offsetOf("from"), path(i), QStringLiteral("duplicate dependency %1 → %2 (%3)").arg(q(d.end("from")), q(d.end("to")), toString(d.type)));
            }
        }
        reportCycles(out);
    }

    // The engine's input of a document read without texts (no errors: every end resolved).
    void finishInput(const Portfolio &p)
    {
        completeInput(m_input, m_scheduleProgramme, p.assessments);
        m_input.network.links.reserve(m_deps.size());
        for (size_t i = 0; i < m_deps.size(); ++i)
            addLink(m_input, uint32_t(m_depFrom[i]), uint32_t(m_depTo[i]), m_deps[i].type, m_deps[i].lagDays);
    }

    // Iterative depth-first search (the input's shape must not decide our stack depth); every back
    // edge closes a cycle, spelled out from the stack.
    void reportCycles(const Successors &out)
    {
        const size_t n = out.size();
        std::vector<uint8_t> colour(n, 0); // 0 new, 1 on stack, 2 done
        std::vector<size_t> onStackAt(n, 0);
        int reported = 0;
        struct Frame { int v; size_t next; };
        std::vector<Frame> stack;
        for (size_t s = 0; s < n && reported < kMaxReportedCycles; ++s) {
            if (colour[s])
                continue;
            stack.push_back({int(s), 0});
            colour[s] = 1;
            onStackAt[s] = 0;
            while (!stack.empty()) {
                Frame &f = stack.back();
                if (f.next == out.degree(size_t(f.v))) {
                    colour[size_t(f.v)] = 2;
                    stack.pop_back();
                    continue;
                }
                const auto [w, dep] = out.at(size_t(f.v), f.next++);
                if (colour[size_t(w)] == 0) {
                    colour[size_t(w)] = 1;
                    onStackAt[size_t(w)] = stack.size();
                    stack.push_back({w, 0});
                } else if (colour[size_t(w)] == 1 && reported < kMaxReportedCycles) {
                    QStringList ids;
                    for (size_t k = onStackAt[size_t(w)]; k < stack.size(); ++k)
                        ids << q(m_postViews[size_t(stack[k].v)]);
                    ids << q(m_postViews[size_t(w)]);
                    m_ctx.error(m_deps[size_t(dep)].offsetOf("to"), QStringLiteral("dependencies[%1]").arg(dep),
                                QStringLiteral("dependency cycle: %1").arg(ids.join(QStringLiteral(" → "))));
                    ++reported;
                }
            }
        }
    }

    Context &m_ctx;
    const bool m_full; // build the Portfolio (else the engine's input)
    QDate m_statusDate; // the programme's, for the progress checks of the posts
    Programme m_scheduleProgramme; // as the analysis sees it (analysisProgramme)
    // Post ids as read (views into the parsed text), by post index, and their index.
    LargeVector<std::string_view> m_postViews;
    Utf8IdIndex m_postIndex;
    LargeVector<DependencyRef> m_deps;
    LargeVector<int> m_depFrom, m_depTo; // the post index of each dependency's ends; -1 when unresolved
    QSet<QString> m_riskIds, m_factorIds;
    QHash<QString, uint32_t> m_factorOffsets;
    AnalysisInput m_input;
};

// A document's bytes, which the reader may overwrite (it parses them in place), followed by
// kJsonPadding zero bytes.
struct WritableText {
    char *data;
    size_t size;
};

// Checks the bytes, parses them and runs `read(ctx, root)` on the tree; the diagnostics of every step
// end up in `diagnostics`.
template <typename Read>
void readDocument(WritableText in, const QString &displayName, bool keepText, QList<Diagnostic> &diagnostics, Read read)
{
    std::string_view text(in.data, in.size);
    auto fail = [&](int line, int column, const QString &message) {
        Diagnostic d;
        d.file = displayName;
        d.line = line;
        d.column = column;
        d.message = message;
        diagnostics << d;
    };
    if (text.size() >= 2 && ((uint8_t(text[0]) == 0xFF && uint8_t(text[1]) == 0xFE) || (uint8_t(text[0]) == 0xFE && uint8_t(text[1]) == 0xFF)))
        return fail(1, 1, QStringLiteral("the file is UTF-16; save it as UTF-8"));
    if (text.size() >= 3 && uint8_t(text[0]) == 0xEF && uint8_t(text[1]) == 0xBB && uint8_t(text[2]) == 0xBF)
        text.remove_prefix(3); // a leading BOM is accepted; positions then count from after it
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail(1, 1, QStringLiteral("the file is empty (expected a JSON object)"));
    if (text.find('\0') != std::string_view::npos && text.size() > 1 && (text[0] == '\0' || text[1] == '\0'))
        return fail(1, 1, QStringLiteral("the file is UTF-16 or binary; save it as UTF-8 JSON"));

    Context ctx(text, displayName, keepText);
    JsonDocument json;
    JsonParseError parseError;
    auto rewrites = std::make_shared<JsonRewrites>();
    char *start = in.data + (in.size - text.size()); // after a BOM
    const bool parsed = parseJsonInPlace(start, text.size(), json, parseError, *rewrites, {64, size_t(DocumentReader::kMaxFileBytes)});
    ctx.setRewrites(std::move(rewrites));
    if (!parsed)
        ctx.error(parseError.offset, {}, QString::fromStdString(parseError.message));
    else
        read(ctx, json.root);
    diagnostics = ctx.takeDiagnostics();
}

// The file's bytes (in huge pages: largealloc.h), or a diagnostic why there are none.
std::optional<LargeVector<char>> readAllOf(const QString &path, QList<Diagnostic> &diagnostics)
{
    QFile file(path);
    Diagnostic d;
    d.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        d.message = file.exists() ? QStringLiteral("cannot read the file: %1").arg(file.errorString())
                                  : QStringLiteral("no such file");
    } else if (file.size() > DocumentReader::kMaxFileBytes) {
        d.message = QStringLiteral("the file is %1 MiB; the limit is %2 MiB").arg(file.size() / (1024 * 1024)).arg(DocumentReader::kMaxFileBytes / (1024 * 1024));
    } else {
        LargeVector<char> bytes(size_t(file.size()) + kJsonPadding);
        const qint64 n = file.read(bytes.data(), qint64(file.size()));
        if (n >= 0) {
            bytes.resize(size_t(n));
            const QByteArray rest = file.readAll(); // a file that grew meanwhile
            bytes.insert(bytes.end(), rest.begin(), rest.end());
            bytes.resize(bytes.size() + kJsonPadding, '\0');
            return bytes;
        }
        d.message = QStringLiteral("cannot read the file: %1").arg(file.errorString());
    }
    diagnostics << d;
    return std::nullopt;
}

LoadResult loadPortfolio(WritableText text, const QString &displayName)
{
    LoadResult result;
    readDocument(text, displayName, true, result.diagnostics, [&](Context &ctx, const JsonValue &root) {
        PortfolioReader reader(ctx);
        result.portfolio = reader.read(root);
    });
    if (!result.diagnostics.isEmpty())
        result.portfolio.reset();
    return result;
}

ScheduleLoadResult loadSchedule(WritableText text, const QString &displayName)
{
    ScheduleLoadResult result;
    readDocument(text, displayName, false, result.diagnostics, [&](Context &ctx, const JsonValue &root) {
        PortfolioReader reader(ctx);
        if (std::optional<Portfolio> p = reader.read(root)) {
            result.input = reader.takeInput();
            result.risks = std::move(p->risks);
            result.baselines = std::move(p->baselines);
        }
    });
    if (!result.diagnostics.isEmpty())
        result.input.reset();
    return result;
}

// The bytes as the loaders take them (see WritableText).
WritableText writable(LargeVector<char> &bytes) { return {bytes.data(), bytes.size() - kJsonPadding}; }
LargeVector<char> paddedCopy(const QByteArray &bytes)
{
    LargeVector<char> copy(size_t(bytes.size()) + kJsonPadding, '\0');
    std::copy(bytes.begin(), bytes.end(), copy.begin());
    return copy;
}

// Reads the file at `path` and loads its text with `load`, or says why it cannot be read.
template <typename Result>
Result loadFile(const QString &path, Result (*load)(WritableText, const QString &))
{
    Result result;
    if (auto bytes = readAllOf(path, result.diagnostics))
        return load(writable(*bytes), path);
    return result;
}

} // namespace

LoadResult DocumentReader::readBytes(const QByteArray &bytes, const QString &displayName)
{
    LargeVector<char> copy = paddedCopy(bytes);
    return loadPortfolio(writable(copy), displayName);
}

LoadResult DocumentReader::readFile(const QString &path)
{
    return loadFile(path, &loadPortfolio);
}

ScheduleLoadResult DocumentReader::readScheduleBytes(const QByteArray &bytes, const QString &displayName)
{
    LargeVector<char> copy = paddedCopy(bytes);
    return loadSchedule(writable(copy), displayName);
}

ScheduleLoadResult DocumentReader::readSchedule(const QString &path)
{
    return loadFile(path, &loadSchedule);
}

} // namespace rb::model
