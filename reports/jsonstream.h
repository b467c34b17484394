// jsonstream.h — RapidJSON's output stream onto a QTextStream, for the reports whose JSON can be large
// (a 100k-post analyze result is 15 MB): written in 64 KiB chunks, never built whole in memory first.
#pragma once

#include <QTextStream>

#include <rapidjson/writer.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace rb::reports {

// Writes UTF-8 text to `out` as it is: straight to its device when it has one (a round trip through
// QString would double the work), else decoded into its string.
void writeUtf8(QTextStream &out, const char *data, size_t size);

class OutputStream {
public:
    using Ch = char;
    explicit OutputStream(QTextStream &out) : m_out(out), m_buffer(new char[kChunk]) {}
    ~OutputStream() { Flush(); }
    void Put(char c)
    {
        if (m_used == kChunk) Flush();
        m_buffer[m_used++] = c;
    }
    void Flush()
    {
        writeUtf8(m_out, m_buffer.get(), m_used);
        m_used = 0;
    }
    // Appends `size` bytes as they are.
    void Write(const char *data, size_t size)
    {
        if (m_used + size > kChunk) {
            Flush();
            if (size > kChunk) return writeUtf8(m_out, data, size);
        }
        std::memcpy(m_buffer.get() + m_used, data, size);
        m_used += size;
    }
    template <size_t N>
    void Literal(const char (&text)[N])
    {
        Write(text, N - 1);
    }
    // A JSON string, escaped by the Writer's rules, straight into the stream (for the rows of a large
    // result, where the Writer's escaping character by character of the constant keys took most of the time).
    void RawString(std::string_view text)
    {
        if (std::none_of(text.begin(), text.end(), [](char c) { return c == '"' || c == '\\' || uint8_t(c) < 0x20; })) {
            Put('"');
            Write(text.data(), text.size());
            Put('"');
        } else {
            EscapedString(text);
        }
    }

private:
    void EscapedString(std::string_view text); // the rare text that needs escaping: the Writer's own rules
    static constexpr size_t kChunk = 64 * 1024;
    QTextStream &m_out;
    std::unique_ptr<char[]> m_buffer;
    size_t m_used = 0;
};
using JsonWriter = rapidjson::Writer<OutputStream>;

} // namespace rb::reports
