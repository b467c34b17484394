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

namespace {

const QStringList kCsvValued = {QStringLiteral("--table"), QStringLiteral("--output"), QStringLiteral("--delimiter")};
const QStringList kCsvFlags = {QStringLiteral("--decimal-comma")};
const QMap<QString, QString> kCsvAliases = {{QStringLiteral("-o"), QStringLiteral("--output")}};

// The options both commands share. Returns -1 when they are fine, else the exit code of the usage error
// it has printed. `importing`: two positionals (document, CSV) and only the importable tables.
struct CsvCommandArgs {
    ParsedArgs args;
    CsvTableKind table = CsvTableKind::Risks;
    CsvFormat format;
};

int parseCsvCommand(CommandContext &c, bool importing, CsvCommandArgs &out)
{
    out.args = parseArgs(c.args, kCsvValued, kCsvFlags, kCsvAliases);
    const ParsedArgs &a = out.args;
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != (importing ? 2 : 1))
        return usageError(c,
                          importing ? QStringLiteral("expected a portfolio file and a CSV file")
                                    : QStringLiteral("expected exactly one portfolio file"));
    const QString tables = QStringLiteral("risks|assessments|posts");
    const auto table = csvTableFromName(a.value(QStringLiteral("--table")));
    if (!table)
        return usageError(c,
                          a.has(QStringLiteral("--table"))
                              ? QStringLiteral("cannot %1 table '%2' (expected %3)")
                                    .arg(importing ? QStringLiteral("import") : QStringLiteral("export"),
                                         a.value(QStringLiteral("--table")), tables)
                              : QStringLiteral("--table %1 is required").arg(tables));
    out.table = *table;
    if (!a.has(QStringLiteral("--output")))
        return usageError(
            c, importing ? QStringLiteral("-o OUT.json is required") : QStringLiteral("-o OUT.csv is required"));
    out.format.decimalComma = a.has(QStringLiteral("--decimal-comma"));
    if (a.has(QStringLiteral("--delimiter"))) {
        QString d = a.value(QStringLiteral("--delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t")) d = QStringLiteral("\t");
        if (d.size() != 1 || QStringLiteral("\"\n\r|\\").contains(d))
            return usageError(
                c,
                QStringLiteral(
                    "bad --delimiter '%1' (one character such as ';' ',' or tab; not a quote, bar or backslash)")
                    .arg(a.value(QStringLiteral("--delimiter"))));
        out.format.delimiter = d.front();
    }
    if (out.format.decimalComma && out.format.delimiter == QLatin1Char(','))
        return usageError(c, QStringLiteral("--decimal-comma needs a delimiter other than ','"));
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

    // The result must be a valid document by the reader's full rules before it replaces anything.
    const QString out = a.value(QStringLiteral("--output"));
    const QByteArray bytes = model::DocumentWriter::toJson(*portfolio);
    const model::LoadResult check = model::DocumentReader::readBytes(bytes, out);
    if (!check.ok()) {
        c.err << "riskboard " << c.command << ": the imported document would be invalid; nothing written:\n";
        printDiagnostics(c, check.diagnostics);
        return ExitInvalid;
    }
    QString error;
    if (!model::DocumentWriter::saveBytes(bytes, out, &error)) {
        c.err << "riskboard " << c.command << ": " << error << "\n";
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace rb::app
