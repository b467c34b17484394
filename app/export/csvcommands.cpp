// csvcommands.cpp — `riskboard export-csv` and `riskboard import-csv`.
#include "app/export/exportcommands.h"

#include "app/export/chartoutput.h"
#include "app/export/csvtables.h"
#include "model/documentreader.h"
#include "model/documentwriter.h"

#include <QFile>

namespace rb::exporting {

namespace {

const QStringList kCsvValued = {QStringLiteral("--table"), QStringLiteral("--output"), QStringLiteral("--delimiter")};
const QStringList kCsvFlags = {QStringLiteral("--decimal-comma")};
const QMap<QString, QString> kCsvAliases = {{QStringLiteral("-o"), QStringLiteral("--output")}};

// Reads --delimiter and --decimal-comma; returns an error message for a bad delimiter.
QString csvFormat(const Arguments &a, CsvFormat &format)
{
    format.decimalComma = a.has(QStringLiteral("--decimal-comma"));
    if (a.has(QStringLiteral("--delimiter"))) {
        QString d = a.value(QStringLiteral("--delimiter"));
        if (d == QLatin1String("tab") || d == QLatin1String("\\t")) d = QStringLiteral("\t");
        if (d.size() != 1 || d == QLatin1String("\"") || d == QLatin1String("\n") || d == QLatin1String("\r") || d == QLatin1String("|")
            || d == QLatin1String("\\"))
            return QStringLiteral("bad --delimiter '%1' (one character such as ';' ',' or tab; not a quote, bar or backslash)")
                .arg(a.value(QStringLiteral("--delimiter")));
        format.delimiter = d.front();
    }
    if (format.decimalComma && format.delimiter == QLatin1Char(','))
        return QStringLiteral("--decimal-comma needs a delimiter other than ','");
    return {};
}

} // namespace

int runExportCsv(app::CommandContext &c)
{
    const QString cmd = QStringLiteral("export-csv");
    const Arguments a = parseArguments(c.args, kCsvValued, kCsvFlags, kCsvAliases);
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one portfolio file"));
    const auto table = csvTableFromName(a.value(QStringLiteral("--table")));
    if (!table)
        return usageError(c, cmd, a.has(QStringLiteral("--table"))
                                      ? QStringLiteral("unknown table '%1' (expected risks|assessments|posts)").arg(a.value(QStringLiteral("--table")))
                                      : QStringLiteral("--table risks|assessments|posts is required"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, cmd, QStringLiteral("-o OUT.csv is required"));
    CsvFormat format;
    if (const QString e = csvFormat(a, format); !e.isEmpty()) return usageError(c, cmd, e);

    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return app::ExitInvalid;
    QString error;
    if (!writeFileAtomically(a.value(QStringLiteral("--output")), exportCsv(*portfolio, *table, format), &error)) {
        c.err << "riskboard " << cmd << ": " << error << "\n";
        return app::ExitOutput;
    }
    return app::ExitOk;
}

int runImportCsv(app::CommandContext &c)
{
    const QString cmd = QStringLiteral("import-csv");
    const Arguments a = parseArguments(c.args, kCsvValued, kCsvFlags, kCsvAliases);
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 2) return usageError(c, cmd, QStringLiteral("expected a portfolio file and a CSV file"));
    const auto table = csvTableFromName(a.value(QStringLiteral("--table")));
    if (!table || *table == CsvTableKind::Posts)
        return usageError(c, cmd, a.has(QStringLiteral("--table"))
                                      ? QStringLiteral("cannot import table '%1' (expected risks|assessments)").arg(a.value(QStringLiteral("--table")))
                                      : QStringLiteral("--table risks|assessments is required"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, cmd, QStringLiteral("-o OUT.json is required"));
    CsvFormat format;
    if (const QString e = csvFormat(a, format); !e.isEmpty()) return usageError(c, cmd, e);

    auto portfolio = loadPortfolio(c, a.positional[0]);
    if (!portfolio) return app::ExitInvalid;
    const QString csvPath = a.positional[1];
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        c.err << csvPath << ": error: cannot read: " << file.errorString() << "\n";
        return app::ExitInvalid;
    }
    const QList<CsvError> errors = importCsv(*portfolio, *table, file.readAll(), format);
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
