// documentsource.h — the one way the reading commands get a portfolio: from a file, or from a shared
// portfolio in PostgreSQL when the argument is a store URL (storeurl.h). Either way the result is
// what the document reader makes of it, with the same checks and messages in the same form.
#pragma once

#include "document/documentreader.h"

#include <QString>

namespace rb::store {

// DocumentReader::readFile for a file; for a URL: connects, checks the schema and loads.
model::LoadResult readDocument(const QString &fileOrUrl);
// DocumentReader::readSchedule for a file; for a URL the same input, built from the loaded portfolio.
model::ScheduleLoadResult readSchedule(const QString &fileOrUrl);

} // namespace rb::store
