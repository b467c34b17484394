// csvprogress.h — the posts table back from Excel: bulk progress updates (docs/export.md).
#pragma once

#include "export/csv.h"
#include "model/portfolio.h"

namespace rb::exporting {

// Updates the progress of existing posts from the posts CSV (the table export-csv writes): rows are
// matched by `id`; the columns `status`, `actualStart`, `actualFinish` and `remainingDays` are read when
// present (an empty cell clears the field), every other column is export-only and ignored. Unknown ids,
// bad cells and anything the document loader would refuse (the progress rules of docs/format.md) are
// errors at their CSV row and column; on any error `portfolio` is unchanged.
QList<CsvError> importPostProgress(model::Portfolio &portfolio, const CsvTable &table);

} // namespace rb::exporting
