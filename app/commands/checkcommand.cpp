// checkcommand.cpp — `riskboard check FILE [--json]`: the schedule check (analysis/schedulecheck.h) on
// the command line; the report, in words or JSON, is reports/checkreport.h's.
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "model/schedulecheck.h"
#include "reports/checkreport.h"
#include "store/documentsource.h"

namespace rb::app {

using namespace rb::model;

namespace {

std::optional<int> dayCount(const ParsedArgs &a, const QString &option, int fallback, QString *error)
{
    if (!a.has(option)) return fallback;
    bool ok = false;
    const int days = a.value(option).toInt(&ok);
    if (!ok || days < 0 || days > 100000) {
        *error = QStringLiteral("%1 expects a number of days, not '%2'").arg(option, a.value(option));
        return std::nullopt;
    }
    return days;
}

} // namespace

int runCheck(CommandContext &c)
{
    const QString longLag = QStringLiteral("--long-lag"), highFloat = QStringLiteral("--high-float");
    const ParsedArgs a = parseArgs(c.args, {longLag, highFloat}, {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one file"));
    const QString file = a.positional.first();
    const LoadResult r = store::readDocument(file); // a file or a shared portfolio (a store URL)
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    const Portfolio *portfolio = &*r.portfolio;
    analysis::CheckOptions options = scheduleCheckOptions(*portfolio);
    QString error;
    const auto lag = dayCount(a, longLag, options.longLagDays, &error);
    const auto slack = dayCount(a, highFloat, options.highFloatDays, &error);
    if (!lag || !slack) return usageError(c, error);
    options.longLagDays = *lag;
    options.highFloatDays = *slack;
    const ScheduleCheck check = runScheduleCheck(*portfolio, options);
    if (!check.ok()) {
        c.err << file << ": error: " << check.error << "\n";
        return ExitInvalid;
    }
    if (a.has(QStringLiteral("--json")))
        c.out << reports::checkJson(check, *portfolio, options);
    else
        reports::writeCheckText(c.out, file, check, *portfolio, options);
    return check.report.errors ? ExitInvalid : ExitOk;
}

} // namespace rb::app
