// xlsxcommand.cpp — `riskboard export-xlsx`: the portfolio as an Excel workbook (xlsxworkbook.h).
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"
#include "app/commands/exportcommands.h"

#include "charts/chartoutput.h"
#include "export/xlsxworkbook.h"

namespace rb::app {

using namespace rb::exporting;
using namespace Qt::Literals::StringLiterals;

int runExportXlsx(CommandContext &c)
{
    const auto a = parseCommand(c,
                                {{u"--output"_s, u"--lang"_s},
                                 {},
                                 1,
                                 u"expected exactly one portfolio file"_s,
                                 {{u"--output"_s, u"-o OUT.xlsx is required"_s}}});
    if (!a) return ExitUsage;
    ChartOptions options;
    QString error;
    if (!parseLanguage(*a, options, &error)) return usageError(c, error);
    const auto portfolio = loadPortfolio(c, a->positional.first());
    if (!portfolio) return ExitInvalid;
    const WorkbookResult workbook = renderWorkbook(*portfolio, options.language);
    if (workbook.bytes.isEmpty()) {
        c.err << "riskboard " << c.command << ": the workbook could not be made: " << workbook.error << "\n";
        return ExitOutput;
    }
    // Made in a temporary folder, then written beside OUT and renamed over it: nothing half-written.
    if (!writeOutput(c, a->value(u"--output"_s), workbook.bytes)) return ExitOutput;
    return ExitOk;
}

} // namespace rb::app
