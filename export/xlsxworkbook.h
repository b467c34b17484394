// xlsxworkbook.h — the portfolio as one Excel workbook (`riskboard export-xlsx`, File ▸ Export ▸ Excel
// workbook…; docs/export.md): the risks, the inherent and the residual 5×5 matrix, the latest assessment
// of each post (scores coloured as on the heatmap), the posts with their dates, float and budget, and the
// method (score scales and rules).
//
// The tables come from the CSV tables' column definitions (csvtables.h typedTable), so the workbook, the
// CSV export and its import agree on what a column holds; the workbook writes each cell by its type:
// text as text (a string cell — never a formula, whatever it starts with), numbers as numbers, dates as
// Excel dates with a date format.
#pragma once

#include "model/portfolio.h"

#include <QByteArray>
#include <QString>

namespace rb::exporting {

struct WorkbookResult {
    QByteArray bytes; // the .xlsx file; empty on failure
    QString error;    // why not, when bytes is empty
};

// `language`: "nl" or "en" (headers, sheet names, words for enum values, the method's texts).
WorkbookResult renderWorkbook(const model::Portfolio &portfolio, const QString &language);

} // namespace rb::exporting
