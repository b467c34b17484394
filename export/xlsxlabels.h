// xlsxlabels.h — the words of the Excel workbook (xlsxworkbook.h) for the columns of the CSV tables
// (csvtables.h names them by the document's field names) and for the document's enum values, in the
// export language (exportlanguage.h). Where the application already has the word (the risk form's
// labels, the risk register's levels, statuses and responses), it is the same string, so the workbook
// and the window say the same thing.
#pragma once

#include "export/csvtables.h"

#include <QString>

namespace rb::exporting {

// The header of a column; the field name itself for a column this build has no word for.
QString columnLabel(CsvTableKind table, const QString &field);
// The word for an enum value ("open" → "Open"/"Open", "reduce" → "Reduce"/"Verminderen"); the value
// itself when unknown.
QString enumLabel(const QString &value);

} // namespace rb::exporting
