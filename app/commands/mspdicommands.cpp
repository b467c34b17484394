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
using namespace Qt::Literals::StringLiterals;

namespace {

void printLog(CommandContext &c, const QString &file, const QStringList &log)
{
    for (const QString &line : log) c.out << file << ": note: " << line << "\n";
}

} // namespace

int runImportMspdi(CommandContext &c)
{
    const auto a = parseCommand(c,
                                {{u"--output"_s, u"--into"_s, u"--theme"_s, u"--summaries"_s},
                                 {u"--quiet"_s},
                                 1,
                                 u"expected exactly one MS Project XML file"_s,
                                 {{u"--output"_s, u"-o PORTFOLIO.json is required"_s}}});
    if (!a) return ExitUsage;
    mspdi::ImportOptions options;
    const QString summaries = a->value(u"--summaries"_s);
    if (summaries == QLatin1String("themes"))
        options.summaries = mspdi::SummaryMode::Themes;
    else if (summaries == QLatin1String("skip"))
        options.summaries = mspdi::SummaryMode::Skip;
    else if (a->has(u"--summaries"_s))
        return usageError(c, u"--summaries must be 'themes' or 'skip', not '%1'"_s.arg(summaries));
    const auto theme = a->number(u"--theme"_s, 0, 1, 5);
    if (!theme) return usageError(c, u"--theme must be a theme number 1..5, not '%1'"_s.arg(a->value(u"--theme"_s)));
    options.theme = int(*theme);
    const bool into = a->has(u"--into"_s);
    if (into && !options.theme) return usageError(c, u"--into needs --theme N: the theme the plan's tasks join"_s);
    if (options.theme && summaries == QLatin1String("themes"))
        return usageError(c, u"--theme puts every task in one theme: it cannot be combined with --summaries themes"_s);

    const QString plan = a->positional.first();
    mspdi::ImportResult r = mspdi::importMspdiFile(plan, options);
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    r.log << mspdi::scheduleNotes(*r.portfolio);
    Portfolio result = *r.portfolio;
    if (into) {
        const QString base = a->value(u"--into"_s);
        const auto existing = loadPortfolio(c, base);
        if (!existing) return ExitInvalid;
        result = *existing;
        QString error;
        if (!mspdi::mergeInto(result, *r.portfolio, r.log, &error)) {
            c.err << plan << ": error: " << error << " (" << base << "); nothing written\n";
            return ExitInvalid;
        }
    }
    const QString out = a->value(u"--output"_s);
    if (const int code = saveImported(c, result, out); code != ExitOk) return code;
    if (!a->has(u"--quiet"_s)) {
        printLog(c, plan, r.log);
        c.out << out << ": " << r.portfolio->posts.size() << " posts and " << r.portfolio->dependencies.size()
              << " dependencies imported\n";
    }
    return ExitOk;
}

int runExportMspdi(CommandContext &c)
{
    const auto a = parseCommand(c,
                                {{u"--output"_s},
                                 {u"--quiet"_s},
                                 1,
                                 u"expected exactly one portfolio file"_s,
                                 {{u"--output"_s, u"-o PLAN.xml is required"_s}}});
    if (!a) return ExitUsage;
    const LoadResult r = store::readDocument(a->positional.first()); // a file or a store URL
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    const QString out = a->value(u"--output"_s);
    const mspdi::ExportResult x = mspdi::exportMspdi(*r.portfolio, QFileInfo(out).fileName());
    if (!a->has(u"--quiet"_s)) printLog(c, a->positional.first(), x.log);
    QString error;
    if (!DocumentWriter::saveBytes(x.xml, out, &error)) {
        c.err << "riskboard " << c.command << ": " << error << "\n";
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace rb::app
