// csvtables.h — the portfolio tables as CSV (docs/export.md): risks and assessments both ways, posts
// out, and back in only for their progress (csvprogress.h). Export followed by import changes nothing in the document.
//
// Risks: one row per risk, one column per field of docs/format.md (header = the JSON field name).
// Assessments: one row per (assessment, factor score); the `assessment` column numbers the assessments
// so that rows of one assessment stay together and their order survives; an assessment without scores
// is one row with an empty factor.
#pragma once

#include "export/csv.h"
#include "model/portfolio.h"

#include <optional>

namespace rb::exporting {

enum class CsvTableKind { Risks, Assessments, Posts };

std::optional<CsvTableKind> csvTableFromName(const QString &name);

struct CsvFormat {
    QChar delimiter = QLatin1Char(';');
    bool decimalComma = false;
};

// What a column holds, so that the CSV knows which cells to protect against formulas (every cell but a
// number's, docs/export.md) and the workbook which cells to write as numbers and dates.
enum class CellType {
    Text,
    Number,  // formatNumber's output: -?digits with '.' (or ',' with decimalComma)
    Date,    // YYYY-MM-DD, or empty
    Enum,    // the document's name of an enum value (open, reduce)
    List,    // encodeList: items joined by '|'
    Records, // encodeRecords: one record per line, fields joined by '|'
};

// A table as its columns define it: the header (the document's field names), the type of each column,
// and the cells as the column writes them, before any protection against formulas. The CSV export, the
// import's expectations and the Excel workbook (xlsxworkbook.h) all come from these definitions.
struct TypedTable {
    QStringList header;
    QList<CellType> types;
    QList<QStringList> rows; // without the header
};
TypedTable typedTable(const model::Portfolio &portfolio, CsvTableKind table, const CsvFormat &format);

// The rows of the CSV file, the header first, every cell as written (text protected against formulas).
QList<QStringList> tableRows(const model::Portfolio &portfolio, CsvTableKind table, const CsvFormat &format);
QByteArray exportCsv(const model::Portfolio &portfolio, CsvTableKind table, const CsvFormat &format);

// Replaces the table (risks or assessments) of `portfolio` with the rows of `csv`; for posts, updates
// their progress (importPostProgress). On any error returns
// every problem found (up to a limit) and leaves `portfolio` unchanged.
QList<CsvError> importCsv(model::Portfolio &portfolio, CsvTableKind table, const QByteArray &csv,
                          const CsvFormat &format);

} // namespace rb::exporting
