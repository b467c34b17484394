// jsontree.cpp — SAX-built position-aware JSON tree (see jsontree.h).
#include "document/jsontree.h"

#include "model/largealloc.h"

// SSE2 is part of x86-64: RapidJSON then skips whitespace and scans strings 16 bytes at a time.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace rb::model {

void *JsonDocument::allocate(size_t bytes)
{
    bytes = (bytes + 7) & ~size_t(7);
    if (m_used + bytes > m_capacity) {
        // Blocks double from 1 MiB to 64 MiB: a 100k-post document needs a few hundred MiB of tree,
        // and large blocks come in transparent huge pages (largealloc.h).
        const size_t grown = m_capacity ? std::min<size_t>(m_capacity * 2, size_t(64) << 20) : size_t(1) << 20;
        const size_t size = std::max(bytes, grown);
        m_blocks.push_back(Block(size));
        m_used = 0;
        m_capacity = size;
    }
    void *p = m_blocks.back().data + m_used;
    m_used += bytes;
    return p;
}

JsonDocument::Block::Block(size_t size) : data(static_cast<std::byte *>(allocateLarge(size))), size(size) {}

JsonDocument::Block::~Block() { releaseLarge(data, size); }

size_t JsonValue::indexOf(std::string_view key) const
{
    const JsonSpan<JsonMember> all = members();
    size_t i = 0;
    while (i < all.size() && !sameKey(all[i].key(), key)) ++i;
    return i;
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    const size_t i = indexOf(key);
    return i < members().size() ? &members()[i].value : nullptr;
}

const char *JsonValue::typeName(Type t)
{
    switch (t) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "a boolean";
    case Type::Int:
        return "an integer";
    case Type::Double:
        return "a number";
    case Type::String:
        return "a string";
    case Type::Array:
        return "an array";
    case Type::Object:
        return "an object";
    }
    return "a value";
}

LineIndex::LineIndex(std::string_view text) : m_text(text)
{
    m_lineStarts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') m_lineStarts.push_back(uint32_t(i + 1));
}

std::pair<int, int> LineIndex::position(uint32_t offset) const
{
    offset = std::min<uint32_t>(offset, uint32_t(m_text.size()));
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const size_t line = size_t(it - m_lineStarts.begin()); // 1-based
    const uint32_t start = m_lineStarts[line - 1];
    int column = 1;
    for (uint32_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) // count UTF-8 lead bytes only
            ++column;
    return {int(line), column};
}

namespace {

// Builds the tree from RapidJSON's events. The parse runs in place (on the document's own copy of the
// text, or on the caller's bytes): a string then arrives as a pointer into the text (decoded where it
// had escapes), so its position is the pointer's distance from the start, and it can be kept as a view
// without copying.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler> {
public:
    Handler(const char *base, rapidjson::InsituStringStream &stream, int maxDepth, JsonDocument &document)
        : m_base(base), m_stream(stream), m_maxDepth(maxDepth), m_document(document)
    {}

    bool Null() { return scalar(JsonValue::Type::Null, 4); }
    bool Bool(bool b)
    {
        JsonValue v = make(JsonValue::Type::Bool, b ? 4 : 5);
        v.boolean = b;
        return add(std::move(v));
    }
    // Every number arrives as text (kParseNumbersAsStringsFlag: RapidJSON never calls Int, Double and
    // the like) and is converted here with std::from_chars (correctly rounded, locale-independent):
    // RapidJSON 1.1.0's own full-precision conversion hits undefined behaviour on inputs such as 0e-70
    // (__builtin_clzll(0) in DiyFp::Normalize).
    bool RawNumber(const char *s, rapidjson::SizeType len, bool)
    {
        const uint32_t at = offsetOf(s);
        const char *last = s + len;
        if (std::find_if(s, last, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) == last) {
            int64_t i = 0;
            const auto [p, ec] = std::from_chars(s, last, i);
            if (ec == std::errc() && p == last) return integer(i, at);
            // beyond the 64-bit range: kept as a (rounded) floating-point number, as before
        }
        double d = 0;
        const auto [p, ec] = std::from_chars(s, last, d);
        if (ec != std::errc() || p != last) {
            numberOutOfRange = true; // the syntax was checked by RapidJSON: only the range can be wrong
            return false;
        }
        return dbl(d, at);
    }
    bool String(const char *s, rapidjson::SizeType len, bool)
    {
        JsonValue v;
        v.type = JsonValue::Type::String;
        v.offset = offsetOf(s) - 1; // the opening quote
        v.text = s;
        v.size = len;
        return add(std::move(v));
    }
    bool StartObject() { return open(JsonValue::Type::Object); }
    bool Key(const char *s, rapidjson::SizeType len, bool)
    {
        m_pendingKeyOffset = offsetOf(s) - 1;
        m_pendingKey = {s, len};
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(JsonValue::Type::Array); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    bool depthExceeded = false;
    uint32_t depthOffset = 0;
    bool numberOutOfRange = false;

private:
    uint32_t end() const { return uint32_t(m_stream.Tell()); }

    // Where a value the parser hands over as a pointer into the copy stands in the text.
    uint32_t offsetOf(const char *p) const { return uint32_t(p - m_base); }

    // Moves the children from `first` on into the arena; their count goes to `size`.
    template <typename T>
    const T *store(LargeVector<T> &stack, size_t first, uint32_t &size)
    {
        const size_t n = stack.size() - first;
        size = uint32_t(n);
        if (n == 0) return nullptr;
        T *out = static_cast<T *>(m_document.allocate(n * sizeof(T)));
        std::uninitialized_copy(stack.begin() + std::ptrdiff_t(first), stack.end(), out);
        stack.resize(first);
        return out;
    }

    JsonValue make(JsonValue::Type t, uint32_t length)
    {
        JsonValue v;
        v.type = t;
        v.offset = end() >= length ? end() - length : 0;
        return v;
    }
    bool scalar(JsonValue::Type t, uint32_t length) { return add(make(t, length)); }

    bool integer(int64_t i, uint32_t at)
    {
        JsonValue v;
        v.type = JsonValue::Type::Int;
        v.offset = at;
        v.integer = i;
        return add(std::move(v));
    }
    bool dbl(double d, uint32_t at)
    {
        JsonValue v;
        v.type = JsonValue::Type::Double;
        v.offset = at;
        v.real = d;
        return add(std::move(v));
    }
    bool open(JsonValue::Type t)
    {
        if (int(m_stack.size()) >= m_maxDepth) {
            depthExceeded = true;
            depthOffset = end() - 1; // the bracket that opens one level too many
            return false;
        }
        JsonValue v;
        v.type = t;
        v.offset = end() - 1; // the parser has just taken the bracket
        m_stack.push_back({v, m_pendingKey, m_pendingKeyOffset, m_items.size(), m_members.size()});
        m_pendingKey = {};
        return true;
    }
    // Children wait in two shared stacks and move into their container, sized exactly, when it
    // closes: one allocation per container instead of a growing vector each.
    bool close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.value.type == JsonValue::Type::Array)
            f.value.itemData = store(m_items, f.firstItem, f.value.size);
        else
            f.value.memberData = store(m_members, f.firstMember, f.value.size);
        m_pendingKey = f.key;
        m_pendingKeyOffset = f.keyOffset;
        return add(std::move(f.value));
    }
    bool add(JsonValue v)
    {
        if (m_stack.empty()) {
            m_document.root = v;
            return true;
        }
        if (m_stack.back().value.type == JsonValue::Type::Array)
            m_items.push_back(std::move(v));
        else
            m_members.push_back(JsonMember{m_pendingKey.data(), uint32_t(m_pendingKey.size()), m_pendingKeyOffset, v});
        m_pendingKey = {};
        return true;
    }

    struct Frame {
        JsonValue value;
        std::string_view key;
        uint32_t keyOffset;
        size_t firstItem, firstMember; // where this container's children start in m_items / m_members
    };
    const char *m_base;
    rapidjson::InsituStringStream &m_stream;
    int m_maxDepth;
    std::vector<Frame> m_stack;
    LargeVector<JsonValue> m_items; // the items of a 470k-dependency array wait here
    LargeVector<JsonMember> m_members;
    JsonDocument &m_document;
    std::string_view m_pendingKey;
    uint32_t m_pendingKeyOffset = 0;
};

} // namespace

// Offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), or npos. ASCII runs are checked eight bytes at a time: checking once here
// is several times cheaper than RapidJSON's per-character validation inside every string.
size_t firstInvalidUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t chunk;
            std::memcpy(&chunk, p + i, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c == 0xE0) {
            len = 3;
            lo = 0xA0;
        } else if (c >= 0xE1 && c <= 0xEC)
            len = 3;
        else if (c == 0xED) {
            len = 3;
            hi = 0x9F;
        } // no UTF-16 surrogates
        else if (c >= 0xEE && c <= 0xEF)
            len = 3;
        else if (c == 0xF0) {
            len = 4;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3)
            len = 4;
        else if (c == 0xF4) {
            len = 4;
            hi = 0x8F;
        } else
            return i;
        if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return i;
        for (size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string_view::npos;
}

void JsonRewrites::save(std::string_view text, size_t begin, size_t end)
{
    m_ranges.push_back({begin, end, m_saved.size()});
    m_saved.append(text.substr(begin, end - begin));
}

std::string JsonRewrites::restore(std::string_view parsed) const
{
    std::string text(parsed);
    for (const Range &r : m_ranges) text.replace(r.begin, r.end - r.begin, m_saved, r.at, r.end - r.begin);
    return text;
}

namespace {

// Saves, before an in-place parse, the ranges it may rewrite: from each backslash to the end of its
// string (the first quote that is not escaped). A backslash outside a string makes the parse fail
// there, so saving after it is merely too much.
void saveEscapedStrings(std::string_view text, JsonRewrites &rewrites)
{
    size_t i = text.find('\\');
    while (i != std::string_view::npos) {
        const size_t begin = i;
        while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
        i = std::min(i + 1, text.size()); // the closing quote is rewritten too
        rewrites.save(text, begin, i);
        i = text.find('\\', i);
    }
}

bool tooLarge(size_t size, const JsonParseLimits &limits, JsonParseError &error)
{
    const size_t maxBytes = std::min(limits.maxBytes, JsonValue::kMaxBytes);
    if (size <= maxBytes) return false;
    error = {0, "the document is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MiB"};
    return true;
}

} // namespace

bool parseJsonInPlace(char *text, size_t size, JsonDocument &document, JsonParseError &error, JsonRewrites &rewrites,
                      const JsonParseLimits &limits)
{
    if (tooLarge(size, limits, error)) return false;
    const std::string_view view(text, size);
    if (const size_t bad = firstInvalidUtf8(view); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", unsigned(static_cast<unsigned char>(text[bad])));
        error = {uint32_t(bad), std::string("the text is not valid UTF-8 (byte ") + hex + "); save the file as UTF-8"};
        return false;
    }
    saveEscapedStrings(view, rewrites);
    // The parse works in place: strings are decoded where they stand, and the tree views them there.
    // The text ends in NUL bytes, which end the parse, and in a full 16-byte block of padding, which
    // the SSE2 scans of whitespace and strings read in aligned 16-byte loads.
    rapidjson::InsituStringStream stream(text);
    Handler handler(text, stream, limits.maxDepth, document);
    rapidjson::Reader reader;
    // Recursive descent: the handler refuses to open more than maxDepth containers, so the input's
    // shape cannot decide the depth of our stack. UTF-8 is checked above.
    constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult ok = reader.Parse<flags>(stream, handler);
    if (!ok) {
        error.offset = uint32_t(ok.Offset());
        if (handler.depthExceeded) {
            error.offset = handler.depthOffset;
            error.message = "nesting is deeper than " + std::to_string(limits.maxDepth) + " levels";
        } else if (handler.numberOutOfRange) {
            error.message = "number out of range (a number must lie within ±1.8e308 and not be too small to represent)";
        } else if (ok.Code() == rapidjson::kParseErrorDocumentEmpty) {
            error.message = "the file is empty (expected a JSON object)";
        } else if (view.find_first_not_of(" \t\r\n", std::min<size_t>(ok.Offset(), view.size()))
                   == std::string_view::npos) {
            // Nothing but white space from the error on: the text stops inside an object, an array or
            // a string. Say what the user can act on (an interrupted copy or save), then the detail.
            error.message = std::string("the file ends early, before the document is complete: was it saved or copied "
                                        "completely? (JSON syntax error: ")
                + rapidjson::GetParseError_En(ok.Code()) + ")";
        } else {
            error.message = std::string("JSON syntax error: ") + rapidjson::GetParseError_En(ok.Code());
        }
        return false;
    }
    // RapidJSON takes a NUL byte for the end of the input, so "{...}\0garbage" would load with the
    // garbage silently dropped (and lost on the next save). The parse wrote nothing past its end.
    if (const size_t rest = view.find_first_not_of(" \t\r\n", stream.Tell()); rest != std::string_view::npos) {
        error = {uint32_t(rest), "JSON syntax error: unexpected data after the end of the document"};
        return false;
    }
    return true;
}

bool parseJson(std::string_view text, JsonDocument &document, JsonParseError &error, const JsonParseLimits &limits)
{
    if (tooLarge(text.size(), limits, error)) return false;
    // The document's own copy: `text` stays as it was, for the line and column of messages.
    char *copy = static_cast<char *>(document.allocate(text.size() + kJsonPadding));
    std::memcpy(copy, text.data(), text.size());
    std::memset(copy + text.size(), 0, kJsonPadding);
    JsonRewrites rewrites;
    return parseJsonInPlace(copy, text.size(), document, error, rewrites, limits);
}

} // namespace rb::model
