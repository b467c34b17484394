// schedulecheck.h — the schedule check of a portfolio (analysis/schedulecheck.h) and its findings in
// words, shared by `riskboard check`, the Schedule check dialog and the deck page.
//
// The document's part of the input (estimates, assessments, deadlines, progress, the status date) is
// gathered here. The words are marked with QT_TRANSLATE_NOOP and translated by the caller's function:
// the application's language by default, the export language for the deck.
#pragma once

#include "analysis/schedulecheck.h"
#include "model/portfolio.h"
#include "model/scheduleadapter.h"

#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

namespace rb::model {

// Translates a marked string: (context, source) → text.
using CheckTranslate = QString (*)(const char *context, const char *source);
// QCoreApplication::translate: the application's language.
QString appTranslate(const char *context, const char *source);

// By post (= task) index.
std::vector<rb::analysis::CheckFacts> scheduleCheckFacts(const Portfolio &portfolio);
// The default thresholds and the programme's status date.
rb::analysis::CheckOptions scheduleCheckOptions(const Portfolio &portfolio);

struct ScheduleCheck {
    std::shared_ptr<const PortfolioSchedule> schedule; // null when the network cannot be built
    rb::analysis::CheckReport report;
    QString error; // why the network cannot be built (a cycle)
    bool ok() const { return schedule != nullptr; }
};
ScheduleCheck runScheduleCheck(const Portfolio &portfolio);
ScheduleCheck runScheduleCheck(const Portfolio &portfolio, const rb::analysis::CheckOptions &options);

// "No predecessor"
QString checkRuleTitle(rb::analysis::CheckRule rule, CheckTranslate tx = appTranslate);
// Why it matters, one sentence.
QString checkRuleWhy(rb::analysis::CheckRule rule, CheckTranslate tx = appTranslate);
// "3 of 30 (10 %) — DCMA 1 (logic): at most 5 %"
// "3 of 97 (3.1 %)"; the share is written with `locale`'s decimal separator ("3,1 %" in Dutch).
QString checkRuleCount(const rb::analysis::CheckRuleSummary &summary, CheckTranslate tx = appTranslate,
                       const QLocale &locale = QLocale());
// "2A4 has no predecessor: nothing in the plan can hold up its start"
QString checkFindingText(const rb::analysis::CheckFinding &finding, const Portfolio &portfolio,
                         const PortfolioSchedule &schedule, CheckTranslate tx = appTranslate);
// "error" or "warning", translated.
QString checkSeverityName(rb::analysis::CheckSeverity severity, CheckTranslate tx = appTranslate);

} // namespace rb::model
