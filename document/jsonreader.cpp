// jsonreader.cpp — the generic located-JSON reader (see jsonreader.h).
#include "document/jsonreader.h"

#include <QFile>

namespace rb::model::jsonreader {

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

void readDocument(WritableText in, const QString &displayName, bool keepText, qint64 maxBytes,
                  QList<Diagnostic> &diagnostics, const std::function<void(Context &, const JsonValue &)> &read)
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
    if (text.size() >= 2
        && ((uint8_t(text[0]) == 0xFF && uint8_t(text[1]) == 0xFE)
            || (uint8_t(text[0]) == 0xFE && uint8_t(text[1]) == 0xFF)))
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
    const bool parsed = parseJsonInPlace(start, text.size(), json, parseError, *rewrites, {64, size_t(maxBytes)});
    ctx.setRewrites(std::move(rewrites));
    if (!parsed)
        ctx.error(parseError.offset, {}, QString::fromStdString(parseError.message));
    else
        read(ctx, json.root);
    diagnostics = ctx.takeDiagnostics();
}

std::optional<LargeVector<char>> readAllOf(const QString &path, qint64 maxBytes, QList<Diagnostic> &diagnostics)
{
    QFile file(path);
    Diagnostic d;
    d.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        d.message = file.exists() ? QStringLiteral("cannot read the file: %1").arg(file.errorString())
                                  : QStringLiteral("no such file");
    } else if (file.size() > maxBytes) {
        d.message = QStringLiteral("the file is %1 MiB; the limit is %2 MiB")
                        .arg(file.size() / (1024 * 1024))
                        .arg(maxBytes / (1024 * 1024));
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

LargeVector<char> paddedCopy(const QByteArray &bytes)
{
    LargeVector<char> copy(size_t(bytes.size()) + kJsonPadding, '\0');
    std::copy(bytes.begin(), bytes.end(), copy.begin());
    return copy;
}

} // namespace rb::model::jsonreader
