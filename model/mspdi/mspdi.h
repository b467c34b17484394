// mspdi.h — Microsoft Project XML Data Interchange (MSPDI) files to and from a portfolio.
//
// Import maps tasks to posts, top-level summary tasks to themes (or skips them), predecessor links with
// their type and lag, scheduled start and finish, milestones, constraints and deadlines, actual dates and
// remaining durations, baselines, and says in a log everything it could not represent (calendars,
// resources, percent complete, baseline work, working-time lags, …): never a
// silent change. Malformed XML and impossible values are errors located FILE:LINE:COL. The result has
// passed the document reader's full checks. Export writes a file MS Project, ProjectLibre and
// GanttProject open, and says what of the portfolio MSPDI cannot hold. The rules: docs/mspdi.md.
#pragma once

#include "document/diagnostic.h"
#include "model/portfolio.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace rb::model::mspdi {

enum class SummaryMode { Themes, Skip };

struct ImportOptions {
    SummaryMode summaries = SummaryMode::Themes;
    int theme = 0; // 1..5: every post goes to this theme (summary tasks are then skipped); 0: from the summaries
};

struct ImportResult {
    std::optional<Portfolio> portfolio; // set only when there are no errors
    QList<Diagnostic> diagnostics;      // errors, FILE:LINE:COL
    QStringList log;                    // what could not be represented, one sentence each
    bool ok() const { return portfolio.has_value(); }
};

// Files larger than this are refused, as the document reader refuses larger documents.
inline constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

ImportResult importMspdi(const QByteArray &xml, const QString &displayName, const ImportOptions &options = {});
ImportResult importMspdiFile(const QString &path, const ImportOptions &options = {});

// Adds the posts and dependencies of `imported` to `base` (the programme of `base` is kept; every imported
// post keeps the theme it has). False and `error` set when a post id already exists in `base`.
bool mergeInto(Portfolio &base, const Portfolio &imported, QStringList &log, QString *error);

// The schedule check of an import (needs the analysis engine, so it is separate from importMspdi): the
// posts whose start CPM moves away from the plan's date once calendars are calendar days, one sentence
// each (empty when the plan's dates hold).
QStringList scheduleNotes(const Portfolio &portfolio);

struct ExportResult {
    QByteArray xml;
    QStringList log; // what of the portfolio MSPDI cannot hold
};

// `projectName`: the file's name as MS Project shows it (Project/Name).
ExportResult exportMspdi(const Portfolio &portfolio, const QString &projectName);

} // namespace rb::model::mspdi
