// jsonreader.h — the generic located-JSON reader: typed access to the members of a JSON object, with
// every problem reported at its file, line and column, and unknown or repeated keys reported (with the
// nearest known name as a suggestion).
//
// Knows JSON and positions, not what a portfolio is: document/portfolioreader.cpp reads the portfolio
// with it. A Context collects the diagnostics of one document (bounded in number); an ObjectReader reads
// one object of it; readDocument checks the bytes, parses them in place and hands over the tree.
#pragma once

#include "document/diagnostic.h"
#include "document/jsontree.h"
#include "model/enumnames.h"
#include "model/largealloc.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>
#include <vector>

namespace rb::model::jsonreader {

using Type = JsonValue::Type;
// A hostile or badly broken file can have millions of problems; nobody reads past the first few hundred.
constexpr int kMaxDiagnostics = 1000;

// The edit distance of two keys, letters compared without case (for "did you mean").
int editDistance(std::string_view a, std::string_view b);

// Line and column (in characters) of byte offsets. LineIndex counts the column from the start of the
// line, which on a minified one-line document costs the whole line for every message (quadratic with
// many messages). Here one pass over the text, made only once there is something to report, records
// the position at every 64 KiB, so each message costs at most one block.
// After an in-place parse (parseJsonInPlace) the text's escaped strings are overwritten; the first
// message then counts on the text put back together from the parse's rewrites.
class PositionIndex {
public:
    explicit PositionIndex(std::string_view text, std::shared_ptr<const JsonRewrites> rewrites = {})
        : m_text(text), m_rewrites(std::move(rewrites))
    {}
    std::string_view text() const { return m_text; }
    const std::shared_ptr<const JsonRewrites> &rewrites() const { return m_rewrites; }
    void setRewrites(std::shared_ptr<const JsonRewrites> rewrites) { m_rewrites = std::move(rewrites); }

    std::pair<int, int> position(uint32_t offset)
    {
        if (m_blocks.empty()) build();
        offset = std::min<uint32_t>(offset, uint32_t(m_text.size()));
        auto [line, column] = m_blocks[offset / kBlock];
        for (size_t i = size_t(offset / kBlock) * kBlock; i < offset; ++i) advance(m_text[i], line, column);
        return {line, column};
    }

private:
    static constexpr uint32_t kBlock = 64 * 1024;
    static void advance(char c, int &line, int &column)
    {
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++column; // count UTF-8 lead bytes only
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
            if (i % kBlock == 0) m_blocks.emplace_back(line, column);
            advance(m_text[i], line, column);
        }
        if (m_text.size() % kBlock == 0) m_blocks.emplace_back(line, column); // the block of the end offset
    }
    std::string_view m_text;
    std::shared_ptr<const JsonRewrites> m_rewrites;
    std::string m_restored;
    std::vector<std::pair<int, int>> m_blocks;
};

class Context {
public:
    Context(std::string_view text, QString file, bool keepText = true)
        : keepText(keepText), m_lines(text), m_file(std::move(file))
    {}
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
        if (full()) return overflow();
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
            if (full()) return overflow();
            m_diagnostics.push_back(std::move(other.m_diagnostics[i]));
        }
        if (other.m_truncated) overflow(); // the sibling had more than it kept, so this context is full too
    }
    void error(const JsonValue &v, const QString &path, const QString &message) { error(v.offset, path, message); }

    QList<Diagnostic> takeDiagnostics() { return std::move(m_diagnostics); }
    bool hasErrors() const { return !m_diagnostics.isEmpty(); }

private:
    bool full() const { return m_diagnostics.size() >= kMaxDiagnostics; }
    void overflow()
    {
        if (m_truncated) return;
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

inline QString q(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
inline QLatin1String latin1(std::string_view s) { return QLatin1String(s.data(), qsizetype(s.size())); }

// Reads the members of one JSON object; remembers which keys were used so that the remaining ones
// can be reported as unknown, with the nearest known name as a suggestion.
class ObjectReader {
public:
    ObjectReader(Context &ctx, const JsonValue &object, QString path)
        : m_ctx(ctx), m_object(object), m_keys(keyMask(object)), m_path(std::move(path)), m_pathResolved(true)
    {}
    // The path of a child (parent.key or parent.key[index]) is only spelled out when a message needs
    // it: building a string per object would cost more than reading the object.
    ObjectReader(Context &ctx, const JsonValue &object, const ObjectReader &parent, std::string_view key,
                 int index = -1)
        : m_ctx(ctx), m_object(object), m_keys(keyMask(object)), m_parent(&parent), m_key(key), m_index(index)
    {}

    const QString &path() const
    {
        if (!m_pathResolved) {
            m_path = m_parent->pathOf(m_key);
            if (m_index >= 0) m_path += QStringLiteral("[%1]").arg(m_index);
            m_pathResolved = true;
        }
        return m_path;
    }
    QString pathOf(std::string_view key) const { return pathOfKey(key); }
    QString pathOfKey(std::string_view key) const
    {
        return path().isEmpty() ? q(key) : path() + QLatin1Char('.') + q(key);
    }

    // The member's value, or null when absent or JSON null. Marks the key as known.
    const JsonValue *get(std::string_view key, bool required = false)
    {
        if (m_knownCount < kMaxKnown) m_known[m_knownCount++] = {key.data(), key.size()};
        // Most of the fields a reader asks for are absent (a post has two dozen optional ones): the
        // mask of the keys present answers that without comparing a key.
        const JsonValue *v = nullptr;
        if (m_keys & keyBit(key)) {
            if (const size_t i = m_object.indexOf(key); i < m_object.members().size()) {
                v = &m_object.members()[i].value;
                if (i < 64) m_asked |= uint64_t(1) << i; // the first member of a known name: finish() skips it
            }
        }
        if (v && v->type == Type::Null) v = nullptr;
        if (!v && required)
            m_ctx.error(m_object, path(), QStringLiteral("missing required field \"%1\"").arg(latin1(key)));
        return v;
    }

    bool expect(const JsonValue &v, std::string_view key, Type type, const char *what)
    {
        if (v.type == type || (type == Type::Double && v.isNumber())) return true;
        m_ctx.error(v, pathOf(key),
                    QStringLiteral("\"%1\" must be %2, not %3")
                        .arg(latin1(key), QLatin1String(what), QLatin1String(JsonValue::typeName(v.type))));
        return false;
    }

    // The member as a checked string value, or null (absent, JSON null, or not a string: reported).
    const JsonValue *stringValue(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        if (!v || !expect(*v, key, Type::String, "a string")) return nullptr;
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
        if (!v) return std::nullopt;
        const bool integral = v->type == Type::Int
            || (v->type == Type::Double && std::isfinite(v->number()) && v->number() == std::floor(v->number()));
        if (!integral) {
            if (v->isNumber())
                m_ctx.error(*v, pathOf(key),
                            QStringLiteral("\"%1\" must be a whole number, not %2")
                                .arg(latin1(key))
                                .arg(v->number(), 0, 'g', 17));
            else
                expect(*v, key, Type::Int, "a whole number");
            return std::nullopt;
        }
        if (v->number() < min || v->number() > max) {
            m_ctx.error(*v, pathOf(key),
                        QStringLiteral("\"%1\" is %2, outside the allowed range %3..%4")
                            .arg(latin1(key))
                            .arg(v->number(), 0, 'g', 17)
                            .arg(min)
                            .arg(max));
            return std::nullopt;
        }
        return int(v->number());
    }

    std::optional<double> number(std::string_view key, double min = -1e12, double max = 1e12)
    {
        const JsonValue *v = get(key);
        if (!v || !expect(*v, key, Type::Double, "a number")) return std::nullopt;
        if (!(v->number() >= min && v->number() <= max)) {
            m_ctx.error(*v, pathOf(key),
                        QStringLiteral("\"%1\" is %2, outside the allowed range %3..%4")
                            .arg(latin1(key))
                            .arg(v->number(), 0, 'g', 17)
                            .arg(min, 0, 'g', 12)
                            .arg(max, 0, 'g', 12));
            return std::nullopt;
        }
        return v->number();
    }

    bool boolean(std::string_view key, bool fallback)
    {
        const JsonValue *v = get(key);
        if (!v || !expect(*v, key, Type::Bool, "true or false")) return fallback;
        return v->boolean;
    }

    QDate date(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        if (!v || !expect(*v, key, Type::String, "a date string (YYYY-MM-DD)")) return {};
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
            m_ctx.error(*v, pathOf(key),
                        QStringLiteral("\"%1\" is \"%2\", not a date of the form YYYY-MM-DD").arg(latin1(key), q(t)));
            return {};
        }
        const QDate date(y, mo, d);
        if (!date.isValid()) {
            m_ctx.error(*v, pathOf(key),
                        QStringLiteral("\"%1\" is \"%2\", which is not a day of the calendar").arg(latin1(key), q(t)));
            return {};
        }
        return date;
    }

    template <typename E>
    std::optional<E> enumeration(std::string_view key, bool required = false)
    {
        const JsonValue *v = get(key, required);
        if (!v || !expect(*v, key, Type::String, "a string")) return std::nullopt;
        const auto e = enumFromName<E>(v->string());
        if (!e || v->string().empty()) {
            m_ctx.error(*v, pathOf(key),
                        QStringLiteral("\"%1\" is \"%2\"; expected one of: %3")
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
        if (!a) return out;
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
        if (m_object.type != Type::Object) return;
        const auto &members = m_object.members();
        const bool small = members.size() <= 32;
        std::unordered_set<std::string_view> seen;
        for (size_t mi = 0; mi < members.size(); ++mi) {
            const auto &m = members[mi];
            if (mi < 64 && (m_asked >> mi) & 1) { // known, and the first of its name (get() found it)
                if (!small) seen.insert(m.key());
                continue;
            }
            const bool repeated = small ? std::any_of(members.begin(), members.begin() + std::ptrdiff_t(mi),
                                                      [&](const JsonMember &o) { return sameKey(o.key(), m.key()); })
                                        : !seen.insert(m.key()).second;
            if (repeated) {
                m_ctx.error(m.keyOffset, pathOfKey(m.key()),
                            QStringLiteral("field \"%1\" is given twice").arg(q(m.key())));
                continue;
            }
            if (std::any_of(m_known, m_known + m_knownCount,
                            [&](const KeyRef &k) { return sameKey(m.key(), k.view()); }))
                continue;
            QString message = QStringLiteral("unknown field \"%1\"").arg(q(m.key()));
            std::string_view best;
            int bestDistance = 3;
            for (size_t ki = 0; ki < m_knownCount; ++ki) {
                const std::string_view k = m_known[ki].view();
                // The distance is at least the difference in length; skipping those keeps a 50 MB key cheap.
                if (std::abs(int64_t(m.key().size()) - int64_t(k.size())) >= bestDistance) continue;
                const int d = editDistance(m.key(), k);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            if (!best.empty())
                message += QStringLiteral(" (did you mean \"%1\"?)")
                               .arg(QLatin1String(best.data(), qsizetype(best.size())));
            m_ctx.error(m.keyOffset, pathOfKey(m.key()), message);
        }
    }

private:
    // One bit per key, by its length and first letter: equal keys set the same bit.
    static uint64_t keyBit(std::string_view key)
    {
        return uint64_t(1) << ((key.size() * 7 + (key.empty() ? 0 : uint8_t(key[0]))) & 63);
    }
    static uint64_t keyMask(const JsonValue &object)
    {
        uint64_t mask = 0;
        for (const JsonMember &m : object.members()) mask |= keyBit(m.key());
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
    if (!a) return;
    for (size_t i = 0; i < a->items().size(); ++i) {
        const JsonValue &item = a->items()[i];
        if (item.type != Type::Object) {
            ctx.error(item, QStringLiteral("%1[%2]").arg(parent.pathOf(key)).arg(i),
                      QStringLiteral("the items of \"%1\" must be objects, not %2")
                          .arg(latin1(key), QLatin1String(JsonValue::typeName(item.type))));
            continue;
        }
        ObjectReader r(ctx, item, parent, key, int(i));
        f(r, item, int(i));
        r.finish();
    }
}

// A document's bytes, which the reader may overwrite (it parses them in place), followed by
// kJsonPadding zero bytes.
struct WritableText {
    char *data;
    size_t size;
};

// Checks the bytes (UTF-8, not empty), parses them in place (at most `maxBytes`) and runs
// `read(ctx, root)` on the tree; the diagnostics of every step end up in `diagnostics`. With `keepText`
// false the context checks texts only people read but does not keep them (ObjectReader::text).
void readDocument(WritableText in, const QString &displayName, bool keepText, qint64 maxBytes,
                  QList<Diagnostic> &diagnostics, const std::function<void(Context &, const JsonValue &)> &read);

// The file's bytes (in huge pages: largealloc.h), or a diagnostic why there are none (the file is
// missing, unreadable or larger than `maxBytes`).
std::optional<LargeVector<char>> readAllOf(const QString &path, qint64 maxBytes, QList<Diagnostic> &diagnostics);

// The bytes as readDocument takes them (see WritableText).
inline WritableText writable(LargeVector<char> &bytes) { return {bytes.data(), bytes.size() - kJsonPadding}; }
LargeVector<char> paddedCopy(const QByteArray &bytes);

} // namespace rb::model::jsonreader
