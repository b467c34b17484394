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
using namespace Qt::Literals::StringLiterals;

int runValidate(CommandContext &c)
{
    const auto a = parseCommand(c, {{}, {u"--quiet"_s}, -1, u"no file given"_s});
    if (!a) return ExitUsage;
    int invalid = 0;
    for (const QString &file : a->positional) {
        const LoadResult r = store::readDocument(file);
        printDiagnostics(c, r.diagnostics);
        if (!r.ok())
            ++invalid;
        else if (!a->has(u"--quiet"_s))
            c.out << file << ": ok (" << r.portfolio->posts.size() << " posts, " << r.portfolio->dependencies.size()
                  << " dependencies, " << r.portfolio->risks.size() << " risks)\n";
    }
    return invalid ? ExitInvalid : ExitOk;
}

int runSummary(CommandContext &c)
{
    const auto a = parseCommand(c, {{}, {u"--json"_s}});
    if (!a) return ExitUsage;
    const LoadResult r = store::readDocument(a->positional.first());
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    const PortfolioSummary s = summarize(*r.portfolio);
    if (a->has(u"--json"_s))
        c.out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
    else
        c.out << s.toText();
    return ExitOk;
}

int runFormat(CommandContext &c)
{
    const auto a = parseCommand(c, {{u"--output"_s}, {u"--check"_s}});
    if (!a) return ExitUsage;
    const QString in = a->positional.first();
    const QString out = a->value(u"--output"_s, in);
    const LoadResult r = DocumentReader::readFile(in);
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return ExitInvalid;
    }
    const QByteArray bytes = DocumentWriter::toJson(*r.portfolio);
    if (a->has(u"--check"_s)) {
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
