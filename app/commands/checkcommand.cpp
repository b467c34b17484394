// checkcommand.cpp — `riskboard check FILE [--json]`: the schedule check (analysis/schedulecheck.h) on
// the command line; the report, in words or JSON, is reports/checkreport.h's.
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "model/schedulecheck.h"
#include "reports/checkreport.h"

namespace rb::app {

using namespace rb::model;
using namespace Qt::Literals::StringLiterals;

int runCheck(CommandContext &c)
{
    const auto a = parseCommand(c, {{u"--long-lag"_s, u"--high-float"_s}, {u"--json"_s}});
    if (!a) return ExitUsage;
    const QString file = a->positional.first();
    const auto portfolio = loadPortfolio(c, file); // a file or a shared portfolio (a store URL)
    if (!portfolio) return ExitInvalid;
    analysis::CheckOptions options = scheduleCheckOptions(*portfolio);
    for (auto [option, days] :
         {std::pair{u"--long-lag"_s, &options.longLagDays}, std::pair{u"--high-float"_s, &options.highFloatDays}}) {
        const auto n = a->number(option, qulonglong(*days), 0, 100000);
        if (!n) return usageError(c, u"%1 expects a number of days, not '%2'"_s.arg(option, a->value(option)));
        *days = int(*n);
    }
    const ScheduleCheck check = runScheduleCheck(*portfolio, options);
    if (!check.ok()) {
        c.err << file << ": error: " << check.error << "\n";
        return ExitInvalid;
    }
    if (a->has(u"--json"_s))
        c.out << reports::checkJson(check, *portfolio, options);
    else
        reports::writeCheckText(c.out, file, check, *portfolio, options);
    return check.report.errors ? ExitInvalid : ExitOk;
}

} // namespace rb::app
