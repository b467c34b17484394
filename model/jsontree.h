// jsontree.h — a JSON tree that remembers where every value and key stands in the source text.
//
// RapidJSON's DOM does not keep source positions, but every loader message must name the file, line
// and column of the offending value. This SAX handler builds a small tree with byte offsets, bounded
// in depth, so the document reader can point at any value. Plain C++; no Qt.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rb::model {

struct JsonMember;

struct JsonValue {
    enum class Type : uint8_t { Null, Bool, Int, Double, String, Array, Object };
    Type type = Type::Null;
    uint32_t offset = 0;          // byte offset of the value's first character in the source
    bool boolean = false;
    int64_t integer = 0;          // valid for Int
    double number = 0;            // valid for Int and Double
    std::string string;           // valid for String (decoded UTF-8)
    std::vector<JsonValue> items; // Array
    std::vector<JsonMember> members; // Object, in source order

    bool isNumber() const { return type == Type::Int || type == Type::Double; }
    const JsonValue *find(std::string_view key) const;
    static const char *typeName(Type t);
};

struct JsonMember {
    std::string key;
    uint32_t keyOffset = 0; // byte offset of the key's opening quote
    JsonValue value;
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
    size_t maxBytes = size_t(256) * 1024 * 1024;
};

// Parses UTF-8 JSON (a leading BOM must already be stripped; offsets are relative to `text`).
// Returns false and fills `error` on a syntax error, invalid UTF-8, excessive depth or size.
bool parseJson(std::string_view text, JsonValue &root, JsonParseError &error,
               const JsonParseLimits &limits = {});

} // namespace rb::model
