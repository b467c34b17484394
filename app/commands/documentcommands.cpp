// documentcommands.cpp — the document commands: validate, summary (model/summary.h) and format.
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/summary.h"
#include "store/documentsource.h"

#include <QFile>
#include <QJsonDocument>

namespace rb::app {

using namespace rb::model;

int runValidate(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {}, {QStringLiteral("--quiet")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.isEmpty()) return usageError(c, QStringLiteral("no file given"));
    int invalid = 0;
    for (const QString &file : a.positional) {
        const LoadResult r = store::readDocument(file);
        printDiagnostics(c, r.diagnostics);
        if (!r.ok())
            ++invalid;
        else if (!a.has(QStringLiteral("--quiet")))
            c.out << file << ": ok (" << r.portfolio->posts.size() << " posts, " << r.portfolio->dependencies.size()
                  << " dependencies, " << r.portfolio->risks.size() << " risks)\n";
    }
    return invalid ? ExitInvalid : ExitOk;
}

int runSummary(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {}, {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one file"));
    const LoadResult r = store::readDocument(a.positional.first());
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    const PortfolioSummary s = summarize(*r.portfolio);
    if (a.has(QStringLiteral("--json")))
        c.out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
    else
        c.out << s.toText();
    return ExitOk;
}

int runFormat(CommandContext &c)
{
    const ParsedArgs a
        = parseArgs(c.args, {QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--check")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one file"));
    const QString in = a.positional.first();
    const QString out = a.has(QStringLiteral("-o")) ? a.value(QStringLiteral("-o"))
        : a.has(QStringLiteral("--output"))         ? a.value(QStringLiteral("--output"))
                                                    : in;
    const LoadResult r = DocumentReader::readFile(in);
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    const QByteArray bytes = DocumentWriter::toJson(*r.portfolio);
    if (a.has(QStringLiteral("--check"))) {
        QFile f(in);
        const bool same = f.open(QIODevice::ReadOnly) && f.readAll() == bytes;
        if (!same) c.err << in << ": not in canonical form\n";
        return same ? ExitOk : ExitInvalid;
    }
    QString error;
    if (!DocumentWriter::saveBytes(bytes, out, &error)) {
        c.err << "riskboard format: " << error << "\n";
        return ExitOutput;
    }
    return ExitOk;
}

} // namespace rb::app
