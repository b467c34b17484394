// mspdicommands.cpp — `import-mspdi` and `export-mspdi`: Microsoft Project XML (MSPDI) plans in and out
// (model/mspdi, docs/mspdi.md). Both print what the other side cannot hold; neither writes anything on
// invalid input.
#include "store/documentsource.h"
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/mspdi/mspdi.h"

#include <QFileInfo>

namespace rb::app {

using namespace rb::model;

namespace {

void printLog(CommandContext &c, const QString &file, const QStringList &log)
{
    for (const QString &line : log) c.out << file << ": note: " << line << "\n";
}

} // namespace

int runImportMspdi(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args,
                                   {QStringLiteral("--output"), QStringLiteral("--into"), QStringLiteral("--theme"),
                                    QStringLiteral("--summaries")},
                                   {QStringLiteral("--quiet")}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one MS Project XML file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, QStringLiteral("-o PORTFOLIO.json is required"));
    mspdi::ImportOptions options;
    if (a.has(QStringLiteral("--summaries"))) {
        const QString s = a.value(QStringLiteral("--summaries"));
        if (s == QLatin1String("themes"))
            options.summaries = mspdi::SummaryMode::Themes;
        else if (s == QLatin1String("skip"))
            options.summaries = mspdi::SummaryMode::Skip;
        else
            return usageError(c, QStringLiteral("--summaries must be 'themes' or 'skip', not '%1'").arg(s));
    }
    if (a.has(QStringLiteral("--theme"))) {
        bool ok = false;
        options.theme = a.value(QStringLiteral("--theme")).toInt(&ok);
        if (!ok || options.theme < 1 || options.theme > 5)
            return usageError(c,
                              QStringLiteral("--theme must be a theme number 1..5, not '%1'")
                                  .arg(a.value(QStringLiteral("--theme"))));
    }
    const bool into = a.has(QStringLiteral("--into"));
    if (into && !options.theme)
        return usageError(c, QStringLiteral("--into needs --theme N: the theme the plan's tasks join"));
    if (options.theme && a.value(QStringLiteral("--summaries")) == QLatin1String("themes"))
        return usageError(
            c, QStringLiteral("--theme puts every task in one theme: it cannot be combined with --summaries themes"));

    const QString plan = a.positional.first();
    mspdi::ImportResult r = mspdi::importMspdiFile(plan, options);
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    r.log << mspdi::scheduleNotes(*r.portfolio);
    Portfolio result = *r.portfolio;
    if (into) {
        const QString base = a.value(QStringLiteral("--into"));
        const LoadResult existing = DocumentReader::readFile(base);
        if (!existing.ok()) {
            printDiagnostics(c, existing.diagnostics);
            return ExitInvalid;
        }
        result = *existing.portfolio;
        QString error;
        if (!mspdi::mergeInto(result, *r.portfolio, r.log, &error)) {
            c.err << plan << ": error: " << error << " (" << base << "); nothing written\n";
            return ExitInvalid;
        }
    }
    const QString out = a.value(QStringLiteral("--output"));
    const QByteArray bytes = DocumentWriter::toJson(result);
    if (const LoadResult check = DocumentReader::readBytes(bytes, out); !check.ok()) {
        c.err << "riskboard " << c.command << ": the imported document would be invalid; nothing written:\n";
        printDiagnostics(c, check.diagnostics);
        return ExitInvalid;
    }
    if (!a.has(QStringLiteral("--quiet"))) printLog(c, plan, r.log);
    QString error;
    if (!DocumentWriter::saveBytes(bytes, out, &error)) {
        c.err << "riskboard " << c.command << ": " << error << "\n";
        return ExitOutput;
    }
    if (!a.has(QStringLiteral("--quiet")))
        c.out << out << ": " << r.portfolio->posts.size() << " posts and " << r.portfolio->dependencies.size()
              << " dependencies imported\n";
    return ExitOk;
}

int runExportMspdi(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--output")}, {QStringLiteral("--quiet")},
                                   {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one portfolio file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, QStringLiteral("-o PLAN.xml is required"));
    const LoadResult r = store::readDocument(a.positional.first()); // a file or a store URL
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    const QString out = a.value(QStringLiteral("--output"));
    const mspdi::ExportResult x = mspdi::exportMspdi(*r.portfolio, QFileInfo(out).fileName());
    if (!a.has(QStringLiteral("--quiet"))) printLog(c, a.positional.first(), x.log);
    QString error;
    if (!DocumentWriter::saveBytes(x.xml, out, &error)) {
        c.err << "riskboard " << c.command << ": " << error << "\n";
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace rb::app
