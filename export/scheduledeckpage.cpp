// scheduledeckpage.cpp
#include "export/scheduledeckpage.h"

#include "export/deckpages.h"
#include "charts/exportlanguage.h"
#include "charts/tablechart.h"
#include "model/schedulecheck.h"

namespace rb::exporting {

using namespace rb::model;
namespace an = rb::analysis;

namespace {
// The model's marked words in the export language.
QString exportTranslate(const char *context, const char *source) { return translate(context, source); }

// "2D2, 2D4, 3C, 4D, 5C2, 5C4 and 3 more"
QString postList(const QStringList &posts)
{
    constexpr int kShown = 8;
    if (posts.size() <= kShown) return posts.join(QStringLiteral(", "));
    return translate("rb::exporting::ScheduleCheckPage", "%1 and %2 more")
        .arg(posts.mid(0, kShown).join(QStringLiteral(", ")))
        .arg(posts.size() - kShown);
}
} // namespace

void appendScheduleCheckPages(std::vector<std::unique_ptr<Chart>> &pages, const Portfolio &portfolio)
{
    const ScheduleCheck check = runScheduleCheck(portfolio);
    if (!check.ok()) return;
    TableChart::Input t;
    t.title = translate("rb::exporting::ScheduleCheckPage", "Schedule check");
    t.headers = {translate("rb::exporting::ScheduleCheckPage", "Finding"),
                 translate("rb::exporting::ScheduleCheckPage", "How many"),
                 translate("rb::exporting::ScheduleCheckPage", "Posts")};
    t.widths = {2.6, 3.2, 4.2};
    t.empty = translate("rb::exporting::ScheduleCheckPage", "No findings: the schedule passes every check.");
    for (const an::CheckRuleSummary &s : check.report.rules) {
        if (!s.count) continue;
        QStringList posts;
        for (const an::CheckFinding &f : check.report.findings) {
            if (f.rule != s.rule) continue;
            QStringList ids;
            for (uint32_t task : f.tasks) ids << check.schedule->postId(task);
            posts << ids.join(QStringLiteral(" → "));
        }
        const QString severity = checkSeverityName(an::checkSeverity(s.rule), exportTranslate);
        t.rows << QStringList{QStringLiteral("%1 (%2)").arg(checkRuleTitle(s.rule, exportTranslate), severity),
                              checkRuleCount(s, exportTranslate, exportLocale()), postList(posts)};
    }
    t.note = translate("rb::exporting::ScheduleCheckPage",
                       "Errors: %1, warnings: %2. In the spirit of the DCMA 14-point schedule assessment, adapted to a "
                       "programme portfolio (docs/analysis.md); the list per post: riskboard check.")
                 .arg(check.report.errors)
                 .arg(check.report.warnings);
    for (const TableChart::Input &page : paginate(t)) pages.push_back(std::make_unique<TableChart>(page));
}

} // namespace rb::exporting
