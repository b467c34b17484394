// csvcommands.cpp — `riskboard export-csv` and `riskboard import-csv`.
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"
#include "app/commands/exportcommands.h"

#include "charts/chartoutput.h"
#include "export/csvtables.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QFile>

namespace rb::app {

using namespace rb::exporting;
using namespace Qt::Literals::StringLiterals;

namespace {

// The options both commands share. Returns -1 when they are fine, else the exit code of the usage error
// it has printed. `importing`: two positionals (document, CSV) and only the importable tables.
struct CsvCommandArgs {
    ParsedArgs args;
    CsvTableKind table = CsvTableKind::Risks;
    CsvFormat format;
};

int parseCsvCommand(CommandContext &c, bool importing, CsvCommandArgs &out)
{
    const QString tables = u"risks|assessments|posts"_s;
    const auto parsed = parseCommand(
        c,
        {{u"--table"_s, u"--output"_s, u"--delimiter"_s},
         {u"--decimal-comma"_s},
         importing ? 2 : 1,
         importing ? u"expected a portfolio file and a CSV file"_s : u"expected exactly one portfolio file"_s,
         {{u"--table"_s, u"--table %1 is required"_s.arg(tables)}}});
    if (!parsed) return ExitUsage;
    const ParsedArgs &a = out.args = *parsed;
    const auto table = csvTableFromName(a.value(u"--table"_s));
    if (!table)
        return usageError(c,
                          u"cannot %1 table '%2' (expected %3)"_s.arg(importing ? u"import"_s : u"export"_s,
                                                                      a.value(u"--table"_s), tables));
    out.table = *table;
    if (!a.has(u"--output"_s))
        return usageError(c, importing ? u"-o OUT.json is required"_s : u"-o OUT.csv is required"_s);
    out.format.decimalComma = a.has(u"--decimal-comma"_s);
    if (a.has(u"--delimiter"_s)) {
        QString d = a.value(u"--delimiter"_s);
        if (d == QLatin1String("tab") || d == QLatin1String("\\t")) d = u"\t"_s;
        if (d.size() != 1 || u"\"\n\r|\\"_s.contains(d))
            return usageError(
                c,
                u"bad --delimiter '%1' (one character such as ';' ',' or tab; not a quote, bar or backslash)"_s.arg(
                    a.value(u"--delimiter"_s)));
        out.format.delimiter = d.front();
    }
    if (out.format.decimalComma && out.format.delimiter == QLatin1Char(','))
        return usageError(c, u"--decimal-comma needs a delimiter other than ','"_s);
    return -1;
}

} // namespace

int runExportCsv(CommandContext &c)
{
    CsvCommandArgs p;
    if (const int code = parseCsvCommand(c, false, p); code >= 0) return code;
    const ParsedArgs &a = p.args;
    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return ExitInvalid;
    if (!writeOutput(c, a.value(QStringLiteral("--output")), exportCsv(*portfolio, p.table, p.format)))
        return ExitOutput;
    return ExitOk;
}

int runImportCsv(CommandContext &c)
{
    CsvCommandArgs p;
    if (const int code = parseCsvCommand(c, true, p); code >= 0) return code;
    const ParsedArgs &a = p.args;
    auto portfolio = loadPortfolio(c, a.positional[0]);
    if (!portfolio) return ExitInvalid;
    const QString csvPath = a.positional[1];
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        c.err << csvPath << ": error: cannot read: " << file.errorString() << "\n";
        return ExitInvalid;
    }
    const QList<CsvError> errors = importCsv(*portfolio, p.table, file.readAll(), p.format);
    for (const CsvError &e : errors)
        c.err << csvPath << ":" << e.row << ":" << e.column << ": error: " << e.message << "\n";
    if (!errors.isEmpty()) return ExitInvalid; // nothing written

    return saveImported(c, *portfolio, a.value(QStringLiteral("--output")));
}

} // namespace rb::app
