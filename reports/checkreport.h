// checkreport.h — what `check` reports: the schedule check (model/schedulecheck.h) grouped by rule in
// words, or as JSON (keys in docs/analysis.md). No command line.
#pragma once

#include "model/portfolio.h"
#include "model/schedulecheck.h"

#include <QByteArray>
#include <QTextStream>

namespace rb::reports {

// The indented JSON document, ending with a line break.
QByteArray checkJson(const model::ScheduleCheck &check, const model::Portfolio &portfolio,
                     const analysis::CheckOptions &options);
// The findings grouped by rule, headed by "FILE: N errors, M warnings".
void writeCheckText(QTextStream &out, const QString &file, const model::ScheduleCheck &check,
                    const model::Portfolio &portfolio, const analysis::CheckOptions &options);

} // namespace rb::reports
