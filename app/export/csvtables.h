// csvtables.h — the portfolio tables as CSV (docs/export.md): risks and assessments both ways, posts
// out, and back in only for their progress (csvprogress.h). Export followed by import changes nothing in the document.
//
// Risks: one row per risk, one column per field of docs/format.md (header = the JSON field name).
// Assessments: one row per (assessment, factor score); the `assessment` column numbers the assessments
// so that rows of one assessment stay together and their order survives; an assessment without scores
// is one row with an empty factor.
#pragma once

#include "app/export/csv.h"
#include "model/portfolio.h"

#include <optional>

namespace rb::exporting {

enum class CsvTableKind { Risks, Assessments, Posts };

std::optional<CsvTableKind> csvTableFromName(const QString &name);

struct CsvFormat {
    QChar delimiter = QLatin1Char(';');
    bool decimalComma = false;
};

QList<QStringList> tableRows(const model::Portfolio &portfolio, CsvTableKind table, const CsvFormat &format);
QByteArray exportCsv(const model::Portfolio &portfolio, CsvTableKind table, const CsvFormat &format);

// Replaces the table (risks or assessments) of `portfolio` with the rows of `csv`; for posts, updates
// their progress (importPostProgress). On any error returns
// every problem found (up to a limit) and leaves `portfolio` unchanged.
QList<CsvError> importCsv(model::Portfolio &portfolio, CsvTableKind table, const QByteArray &csv, const CsvFormat &format);

} // namespace rb::exporting
