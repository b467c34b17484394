// documentreader.cpp — the document reader's entry points (see documentreader.h): the file's bytes,
// the located-JSON reader (jsonreader.h) and the portfolio reader (portfolioreader.h) with the sink of
// the product asked for (documentsink.h).
#include "document/documentreader.h"

#include "document/documentsink.h"
#include "document/jsonreader.h"
#include "document/portfolioreader.h"
#include "model/largealloc.h"

namespace rb::model {

QString LoadResult::errorText() const
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

namespace {

using jsonreader::Context;
using jsonreader::writable;
using jsonreader::WritableText;

LoadResult loadPortfolio(WritableText text, const QString &displayName)
{
    LoadResult result;
    // Every text is kept (the Portfolio has them all).
    jsonreader::readDocument(text, displayName, true, DocumentReader::kMaxFileBytes, result.diagnostics,
                             [&](Context &ctx, const JsonValue &root) {
                                 PortfolioSink sink;
                                 if (reading::readPortfolio(ctx, root, sink)) result.portfolio = sink.take();
                             });
    if (!result.diagnostics.isEmpty()) result.portfolio.reset();
    return result;
}

ScheduleLoadResult loadSchedule(WritableText text, const QString &displayName)
{
    ScheduleLoadResult result;
    // Texts only people read (titles, notes, sources, rationale) are checked as ever but not turned
    // into QStrings: the analysis does not read them.
    jsonreader::readDocument(text, displayName, false, DocumentReader::kMaxFileBytes, result.diagnostics,
                             [&](Context &ctx, const JsonValue &root) {
                                 AnalysisInputSink sink;
                                 if (reading::readPortfolio(ctx, root, sink)) {
                                     result.input = sink.takeInput();
                                     result.risks = sink.takeRisks();
                                     result.baselines = sink.takeBaselines();
                                 }
                             });
    if (!result.diagnostics.isEmpty()) result.input.reset();
    return result;
}

// Reads the file at `path` and loads its text with `load`, or says why it cannot be read.
template <typename Result>
Result loadFile(const QString &path, Result (*load)(WritableText, const QString &))
{
    Result result;
    if (auto bytes = jsonreader::readAllOf(path, DocumentReader::kMaxFileBytes, result.diagnostics))
        return load(writable(*bytes), path);
    return result;
}

} // namespace

LoadResult DocumentReader::readBytes(const QByteArray &bytes, const QString &displayName)
{
    LargeVector<char> copy = jsonreader::paddedCopy(bytes);
    return loadPortfolio(writable(copy), displayName);
}

LoadResult DocumentReader::readFile(const QString &path) { return loadFile(path, &loadPortfolio); }

ScheduleLoadResult DocumentReader::readScheduleBytes(const QByteArray &bytes, const QString &displayName)
{
    LargeVector<char> copy = jsonreader::paddedCopy(bytes);
    return loadSchedule(writable(copy), displayName);
}

ScheduleLoadResult DocumentReader::readSchedule(const QString &path) { return loadFile(path, &loadSchedule); }

} // namespace rb::model
