// documentreader.h — loads and validates a portfolio document (docs/format.md).
//
// Reports every problem it finds, each with file, line and column, rather than stopping at the first.
// Never modifies the file, never throws, and bounds memory and time on hostile input (size and depth
// limits, no recursion on the input's shape).
#pragma once

#include "document/diagnostic.h"
#include "model/portfolio.h"
#include "model/analysisinput.h"

#include <QByteArray>

#include <optional>

namespace rb::model {

struct LoadResult {
    std::optional<Portfolio> portfolio; // set only when there are no errors
    QList<Diagnostic> diagnostics;
    bool ok() const { return portfolio.has_value(); }
    QString errorText() const; // all diagnostics, one per line
};

// What the analysis needs of a document (readSchedule).
struct ScheduleLoadResult {
    std::optional<AnalysisInput> input; // set only when there are no errors
    QList<Risk> risks;                  // the register, for its risk events
    QList<Baseline> baselines;          // for the variances (analyze)
    QList<Diagnostic> diagnostics;
    bool ok() const { return input.has_value(); }
};

class DocumentReader {
public:
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

    // `displayName` is what messages call the file (the path as the user typed it).
    static LoadResult readFile(const QString &path);
    static LoadResult readBytes(const QByteArray &bytes, const QString &displayName);

    // For the analysis commands: the same reading with every check (a document that fails here fails
    // in readFile with the same diagnostics, and the other way round), but straight into the engine's
    // input. The input equals buildAnalysisInput(readFile(path).portfolio); no Portfolio is built (at
    // 100k posts its million QStrings cost more than the analysis).
    static ScheduleLoadResult readSchedule(const QString &path);
    static ScheduleLoadResult readScheduleBytes(const QByteArray &bytes, const QString &displayName);
};

} // namespace rb::model
