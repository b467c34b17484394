// csvcommands.cpp — `riskboard export-csv` and `riskboard import-csv`.
#include "app/export/exportcommands.h"

#include "charts/chartoutput.h"
#include "app/export/csvtables.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QFile>

namespace rb::exporting {

namespace {

const QStringList kCsvValued = {QStringLiteral("--table"), QStringLiteral("--output"), QStringLiteral("--delimiter")};
const QStringList kCsvFlags = {QStringLiteral("--decimal-comma")};
const QMap<QString, QString> kCsvAliases = {{QStringLiteral("-o"), QStringLiteral("--output")}};

// The options both commands share. Returns -1 when they are fine, else the exit code of the usage error
// it has printed. `importing`: two positionals (document, CSV) and only the importable tables.
struct CsvCommandArgs {
    Arguments args;
    CsvTableKind table = CsvTableKind::Risks;
    CsvFormat format;
};

int parseCsvCommand(app::CommandContext &c, const QString &cmd, bool importing, CsvCommandArgs &out)
{
    out.args = parseArgs(c.args, kCsvValued, kCsvFlags, kCsvAliases);
    const Arguments &a = out.args;
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != (importing ? 2 : 1))
        return usageError(c, cmd, importing ? QStringLiteral("expected a portfolio file and a CSV file")
                                            : QStringLiteral("expected exactly one portfolio file"));
    const QString tables = QStringLiteral("risks|assessments|posts");
    const auto table = csvTableFromName(a.value(QStringLiteral("--table")));
    if (!table)
        return usageError(c, cmd, a.has(QStringLiteral("--table"))
                                      ? QStringLiteral("cannot %1 table '%2' (expected %3)")
                                            .arg(importing ? QStringLiteral("import") : QStringLiteral("export"), a.value(QStringLiteral("--table")), tables)
                                      : QStringLiteral("--table %1 is required").arg(tables));
    out.table = *table;
    if (!a.has(QStringLiteral("--output")))
        return usageError(c, cmd, importing ? QStringLiteral("-o OUT.json is required") : QStringLiteral("-o OUT.csv is required"));
    out.format.decimalComma = a.has(QStringLiteral("--decimal-comma"));
    if (a.has(QStringLiteral("--delimiter"))) {
        QString d = a.value(QStringLiteral("--delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t")) d = QStringLiteral("\t");
        if (d.size() != 1 || QStringLiteral("\"\n\r|\\").contains(d))
            return usageError(c, cmd, QStringLiteral("bad --delimiter '%1' (one character such as ';' ',' or tab; not a quote, bar or backslash)")
                                          .arg(a.value(QStringLiteral("--delimiter"))));
        out.format.delimiter = d.front();
    }
    if (out.format.decimalComma && out.format.delimiter == QLatin1Char(','))
        return usageError(c, cmd, QStringLiteral("--decimal-comma needs a delimiter other than ','"));
    return -1;
}

} // namespace

int runExportCsv(app::CommandContext &c)
{
    const QString cmd = QStringLiteral("export-csv");
    CsvCommandArgs p;
    if (const int code = parseCsvCommand(c, cmd, false, p); code >= 0) return code;
    const Arguments &a = p.args;
    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return app::ExitInvalid;
    QString error;
    if (!writeFileAtomically(a.value(QStringLiteral("--output")), exportCsv(*portfolio, p.table, p.format), &error)) {
        c.err << "riskboard " << cmd << ": " << error << "\n";
        return app::ExitOutput;
    }
    return app::ExitOk;
}

int runImportCsv(app::CommandContext &c)
{
    const QString cmd = QStringLiteral("import-csv");
    CsvCommandArgs p;
    if (const int code = parseCsvCommand(c, cmd, true, p); code >= 0) return code;
    const Arguments &a = p.args;
    auto portfolio = loadPortfolio(c, a.positional[0]);
    if (!portfolio) return app::ExitInvalid;
    const QString csvPath = a.positional[1];
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        c.err << csvPath << ": error: cannot read: " << file.errorString() << "\n";
        return app::ExitInvalid;
    }
    const QList<CsvError> errors = importCsv(*portfolio, p.table, file.readAll(), p.format);
    for (const CsvError &e : errors)
        c.err << csvPath << ":" << e.row << ":" << e.column << ": error: " << e.message << "\n";
    if (!errors.isEmpty()) return app::ExitInvalid; // nothing written

    // The result must be a valid document by the reader's full rules before it replaces anything.
    const QString out = a.value(QStringLiteral("--output"));
    const QByteArray bytes = model::DocumentWriter::toJson(*portfolio);
    const model::LoadResult check = model::DocumentReader::readBytes(bytes, out);
    if (!check.ok()) {
        c.err << "riskboard " << cmd << ": the imported document would be invalid; nothing written:\n";
        for (const model::Diagnostic &d : check.diagnostics) c.err << d.toString() << "\n";
        return app::ExitInvalid;
    }
    QString error;
    if (!model::DocumentWriter::saveBytes(bytes, out, &error)) {
        c.err << "riskboard " << cmd << ": " << error << "\n";
        return app::ExitOutput;
    }
    return app::ExitOk;
}

} // namespace rb::exporting
