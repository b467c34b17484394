// mspdicommands.cpp — `import-mspdi` and `export-mspdi`: Microsoft Project XML (MSPDI) plans in and out
// (model/mspdi, docs/mspdi.md). Both print what the other side cannot hold; neither writes anything on
// invalid input.
#include "store/documentsource.h"
#include "app/cli.h"
#include "app/commands/argparse.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/mspdi/mspdi.h"

#include <QFileInfo>

namespace rb::app {

using namespace rb::model;

namespace {

void printDiagnostics(CommandContext &c, const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        c.err << d.toString() << "\n";
}

void printLog(CommandContext &c, const QString &file, const QStringList &log)
{
    for (const QString &line : log)
        c.out << file << ": note: " << line << "\n";
}

int runImportMspdi(CommandContext &c)
{
    const QString cmd = QStringLiteral("import-mspdi");
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--output"), QStringLiteral("--into"), QStringLiteral("--theme"), QStringLiteral("--summaries")},
                                   {QStringLiteral("--quiet")}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one MS Project XML file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, cmd, QStringLiteral("-o PORTFOLIO.json is required"));
    mspdi::ImportOptions options;
    if (a.has(QStringLiteral("--summaries"))) {
        const QString s = a.value(QStringLiteral("--summaries"));
        if (s == QLatin1String("themes")) options.summaries = mspdi::SummaryMode::Themes;
        else if (s == QLatin1String("skip")) options.summaries = mspdi::SummaryMode::Skip;
        else return usageError(c, cmd, QStringLiteral("--summaries must be 'themes' or 'skip', not '%1'").arg(s));
    }
    if (a.has(QStringLiteral("--theme"))) {
        bool ok = false;
        options.theme = a.value(QStringLiteral("--theme")).toInt(&ok);
        if (!ok || options.theme < 1 || options.theme > 5)
            return usageError(c, cmd, QStringLiteral("--theme must be a theme number 1..5, not '%1'").arg(a.value(QStringLiteral("--theme"))));
    }
    const bool into = a.has(QStringLiteral("--into"));
    if (into && !options.theme) return usageError(c, cmd, QStringLiteral("--into needs --theme N: the theme the plan's tasks join"));
    if (options.theme && a.value(QStringLiteral("--summaries")) == QLatin1String("themes"))
        return usageError(c, cmd, QStringLiteral("--theme puts every task in one theme: it cannot be combined with --summaries themes"));

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
        c.err << "riskboard " << cmd << ": the imported document would be invalid; nothing written:\n";
        printDiagnostics(c, check.diagnostics);
        return ExitInvalid;
    }
    if (!a.has(QStringLiteral("--quiet"))) printLog(c, plan, r.log);
    QString error;
    if (!DocumentWriter::saveBytes(bytes, out, &error)) {
        c.err << "riskboard " << cmd << ": " << error << "\n";
        return ExitOutput;
    }
    if (!a.has(QStringLiteral("--quiet")))
        c.out << out << ": " << r.portfolio->posts.size() << " posts and " << r.portfolio->dependencies.size() << " dependencies imported\n";
    return ExitOk;
}

int runExportMspdi(CommandContext &c)
{
    const QString cmd = QStringLiteral("export-mspdi");
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--output")}, {QStringLiteral("--quiet")}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one portfolio file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, cmd, QStringLiteral("-o PLAN.xml is required"));
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
        c.err << "riskboard " << cmd << ": " << error << "\n";
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace

void registerMspdiCommands()
{
    registerCommand(Command{
        QStringLiteral("import-mspdi"), QStringLiteral("an MS Project XML plan as a portfolio (with a log of what is lost)"),
        QStringLiteral(
            "Usage: riskboard import-mspdi PLAN.xml -o PORTFOLIO.json [--summaries themes|skip]\n"
            "       riskboard import-mspdi PLAN.xml -o PORTFOLIO.json --into EXISTING.json --theme N\n\n"
            "Reads a Microsoft Project XML file (MSPDI; \"Save as XML\" in MS Project, ProjectLibre, GanttProject)\n"
            "and writes a portfolio: tasks become posts, predecessor links dependencies (FS/SS/FF/SF with their\n"
            "lag), scheduled start and finish the posts' dates, milestones 0-day posts, finish-no-later-than\n"
            "constraints and deadlines deadlines. Everything the portfolio cannot represent (calendars, resources,\n"
            "baselines, working-time lags, …) is printed as FILE: note: lines. The rules: docs/mspdi.md.\n\n"
            "  -o, --output FILE      the portfolio to write (atomically)\n"
            "  --summaries themes     top-level summary tasks become themes 1..5 (the default)\n"
            "  --summaries skip       summary tasks are skipped; every post goes to theme 1 (or --theme)\n"
            "  --theme N              every post goes to theme N (1..5)\n"
            "  --into EXISTING.json   add the plan's posts and links to this portfolio (needs --theme)\n"
            "  --quiet                print no notes\n\n"
            "Exit status: 0 ok, 1 usage error, 2 the plan is invalid (FILE:LINE:COL: error: …; nothing written),\n"
            "3 cannot write.\n"),
        false, runImportMspdi});
    registerCommand(Command{
        QStringLiteral("export-mspdi"), QStringLiteral("a portfolio as an MS Project XML plan"),
        QStringLiteral(
            "Usage: riskboard export-mspdi FILE -o PLAN.xml\n\n"
            "Writes the portfolio as Microsoft Project XML (MSPDI, SaveVersion 14) that MS Project, ProjectLibre\n"
            "and GanttProject open: one summary task per theme, a task per post with its dates, links with their\n"
            "type and lag (in elapsed days), deadlines, and Riskboard's id, kind and status as the custom fields\n"
            "Text1..Text3, so import-mspdi gives the posts back. What MSPDI cannot hold (risks, assessments,\n"
            "budgets, estimates, …) is printed as FILE: note: lines. The rules: docs/mspdi.md.\n\n"
            "  -o, --output PLAN.xml  the file to write (atomically)\n"
            "  --quiet                print no notes\n\n"
            "Exit status: 0 ok, 1 usage error, 2 the portfolio is invalid, 3 cannot write.\n"),
        false, runExportMspdi});
}

} // namespace rb::app
