// xlsxcommand.cpp — `riskboard export-xlsx`: the portfolio as an Excel workbook (xlsxworkbook.h).
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"
#include "app/commands/exportcommands.h"

#include "charts/chartoutput.h"
#include "export/xlsxworkbook.h"

namespace rb::app {

using namespace rb::exporting;

int runExportXlsx(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--output"), QStringLiteral("--lang")}, {},
                                   {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one portfolio file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, QStringLiteral("-o OUT.xlsx is required"));
    ChartOptions options;
    QString error;
    if (!parseLanguage(a, options, &error)) return usageError(c, error);

    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return ExitInvalid;
    const WorkbookResult workbook = renderWorkbook(*portfolio, options.language);
    if (workbook.bytes.isEmpty()) {
        c.err << "riskboard " << c.command << ": the workbook could not be made: " << workbook.error << "\n";
        return ExitOutput;
    }
    // Made in a temporary folder, then written beside OUT and renamed over it: nothing half-written.
    if (!writeOutput(c, a.value(QStringLiteral("--output")), workbook.bytes)) return ExitOutput;
    return ExitOk;
}

} // namespace rb::app
