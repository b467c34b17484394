// xlsxcommand.cpp — `riskboard export-xlsx`: the portfolio as an Excel workbook (xlsxworkbook.h).
#include "app/commands/exportcommands.h"

#include "charts/chartoutput.h"
#include "export/xlsxworkbook.h"

namespace rb::exporting {

int runExportXlsx(app::CommandContext &c)
{
    const QString cmd = QStringLiteral("export-xlsx");
    const Arguments a = parseArgs(c.args, {QStringLiteral("--output"), QStringLiteral("--lang")}, {},
                                  {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one portfolio file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, cmd, QStringLiteral("-o OUT.xlsx is required"));
    ChartOptions options;
    QString error;
    if (!parseLanguage(a, options, &error)) return usageError(c, cmd, error);

    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return app::ExitInvalid;
    const WorkbookResult workbook = renderWorkbook(*portfolio, options.language);
    if (workbook.bytes.isEmpty()) {
        c.err << "riskboard " << cmd << ": the workbook could not be made: " << workbook.error << "\n";
        return app::ExitOutput;
    }
    // Made in a temporary folder, then written beside OUT and renamed over it: nothing half-written.
    if (!writeFileAtomically(a.value(QStringLiteral("--output")), workbook.bytes, &error)) {
        c.err << "riskboard " << cmd << ": " << error << "\n";
        return app::ExitOutput;
    }
    return app::ExitOk;
}

} // namespace rb::exporting
