// jsontree.h — a JSON tree that remembers where every value and key stands in the source text.
//
// RapidJSON's DOM does not keep source positions, but every loader message must name the file, line
// and column of the offending value. A SAX handler builds this tree with byte offsets, bounded in
// depth. The tree is flat and trivially copyable: children sit in arrays carved from an arena owned by
// JsonDocument, and strings are views into the parsed text (decoded where they stand by an in-place
// parse: into the document's own copy with parseJson, into the caller's bytes with parseJsonInPlace),
// so a 100k-post document costs a few allocations, not millions. Plain C++; no Qt.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rb::model {

// A read-only view of consecutive children.
template <typename T>
class JsonSpan {
public:
    JsonSpan() = default;
    JsonSpan(const T *data, size_t size) : m_data(data), m_size(size) {}
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](size_t i) const { return m_data[i]; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }

private:
    const T *m_data = nullptr;
    size_t m_size = 0;
};

struct JsonMember;

struct JsonValue {
    enum class Type : uint8_t { Null, Bool, Int, Double, String, Array, Object };
    // Byte offsets fit in 28 bits: parseJson takes at most kMaxBytes (256 MiB) of text.
    static constexpr size_t kMaxBytes = size_t(1) << 28;
    uint32_t offset : 28 = 0; // byte offset of the value's first character in the source
    Type type : 4 = Type::Null;
    uint32_t size = 0; // String: bytes; Array: items; Object: members
    // One of these, by `type` (read them through the accessors): a 100k-post document has millions
    // of values, and sharing the storage (and the offset's word with the type) makes each 16 bytes.
    union {
        int64_t integer = 0;          // Int
        double real;                  // Double
        bool boolean;                 // Bool
        const char *text;             // String (decoded UTF-8)
        const JsonValue *itemData;    // Array
        const JsonMember *memberData; // Object, in source order
    };

    bool isNumber() const { return type == Type::Int || type == Type::Double; }
    // Int and Double as a double; 0 for anything else.
    double number() const { return type == Type::Int ? double(integer) : type == Type::Double ? real : 0.0; }
    std::string_view string() const { return type == Type::String ? std::string_view(text, size) : std::string_view(); }
    JsonSpan<JsonValue> items() const
    {
        return type == Type::Array ? JsonSpan<JsonValue>(itemData, size) : JsonSpan<JsonValue>{};
    }
    JsonSpan<JsonMember> members() const
    {
        return type == Type::Object ? JsonSpan<JsonMember>(memberData, size) : JsonSpan<JsonMember>{};
    }
    // The first member named `key` (its position in members(), which is members().size() when there
    // is none; its value).
    size_t indexOf(std::string_view key) const;
    const JsonValue *find(std::string_view key) const;
    static const char *typeName(Type t);
};

// Equality of two keys. Keys are short and mostly differ in length or first letter, which are
// compared before memcmp is called.
inline bool sameKey(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), a.size()) == 0));
}

static_assert(sizeof(JsonValue) == 16);

struct JsonMember {
    const char *keyText = nullptr;
    uint32_t keySize = 0;
    uint32_t keyOffset = 0; // byte offset of the key's opening quote
    JsonValue value;

    std::string_view key() const { return {keyText, keySize}; }
};
static_assert(sizeof(JsonMember) == 32);

// Owns the storage a parsed tree points into, including parseJson's copy of the text: the text given to
// parseJson may go once the parse is done (the one given to parseJsonInPlace may not).
class JsonDocument {
public:
    JsonValue root;

    // Raw storage, 8-byte aligned, valid as long as the document.
    void *allocate(size_t bytes);

private:
    struct Block {
        explicit Block(size_t size);
        Block(Block &&o) noexcept : data(std::exchange(o.data, nullptr)), size(o.size) {}
        Block &operator=(Block &&) = delete;
        ~Block();
        std::byte *data = nullptr; // uninitialised: every byte handed out is written first
        size_t size = 0;
    };
    std::vector<Block> m_blocks;
    size_t m_used = 0, m_capacity = 0;
};

struct JsonParseError {
    uint32_t offset = 0;
    std::string message;
};

// Maps byte offsets to 1-based line and column (column counted in characters, not bytes).
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    std::pair<int, int> position(uint32_t offset) const;

private:
    std::string_view m_text;
    std::vector<uint32_t> m_lineStarts;
};

struct JsonParseLimits {
    int maxDepth = 64;
    size_t maxBytes = JsonValue::kMaxBytes; // larger limits are capped to this (offsets are 28-bit)
};

// Offset of the first byte that is not well-formed UTF-8, or std::string_view::npos.
size_t firstInvalidUtf8(std::string_view text);

// Parses UTF-8 JSON (a leading BOM must already be stripped; offsets are relative to `text`).
// Returns false and fills `error` on a syntax error, invalid UTF-8,
// excessive depth or size. Works on the document's own copy of `text`.
bool parseJson(std::string_view text, JsonDocument &document, JsonParseError &error,
               const JsonParseLimits &limits = {});

// What an in-place parse rewrote: from the first escape of a string to its closing quote, the text
// is overwritten with the decoded string. The original bytes of those ranges are kept here, so that
// the text can be put back together for the line and column of a message. (Elsewhere the parse only
// turns closing quotes into NUL bytes, which counts the same.)
class JsonRewrites {
public:
    bool empty() const { return m_ranges.empty(); }
    // Records the original bytes of text[begin, end) before they are overwritten.
    void save(std::string_view text, size_t begin, size_t end);
    // `parsed` (the text after the parse) with every saved range put back.
    std::string restore(std::string_view parsed) const;

private:
    struct Range {
        size_t begin, end, at; // text[begin, end) was m_saved[at, at + end - begin)
    };
    std::vector<Range> m_ranges;
    std::string m_saved;
};

// The zero bytes that must follow a text parsed in place (the SSE2 scans read 16-byte blocks).
constexpr size_t kJsonPadding = 32;

// Parses text[0, size) where it stands, as parseJson does but without a copy: strings are decoded in
// place and the tree views them there, so the text must outlive `document`, and text[size, size +
// kJsonPadding) must be zero bytes. `rewrites` receives what the parse overwrote.
bool parseJsonInPlace(char *text, size_t size, JsonDocument &document, JsonParseError &error, JsonRewrites &rewrites,
                      const JsonParseLimits &limits = {});

} // namespace rb::model
