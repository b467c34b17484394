// storecommands.cpp — the shared portfolio on PostgreSQL from the command line (docs/team.md):
// push a file as a portfolio, pull one back as a canonical file, and create or upgrade the schema.
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "store/documentsource.h"
#include "store/pgstore.h"
#include "reports/jsonstream.h"

namespace rb::app {

namespace {

void printProblems(QTextStream &err, const store::SaveResult &r)
{
    for (const model::Diagnostic &d : r.diagnostics) err << d.toString() << "\n";
    for (const store::EntityProblem &p : r.conflicts) err << p.message << "\n";
    for (const store::EntityProblem &p : r.refused) err << p.message << "\n";
    if (!r.error.isEmpty()) err << r.error << "\n";
}

std::unique_ptr<store::Store> connectTo(CommandContext &c, const QString &name, const QString &text,
                                        bool requirePortfolio, std::optional<store::StoreUrl> *url, int *exitCode)
{
    QString error;
    *url = store::parseStoreUrl(text, &error, requirePortfolio);
    if (!*url) {
        *exitCode = usageError(c, error);
        return nullptr;
    }
    auto s = store::Store::connect(**url, &error);
    if (!s) {
        c.err << "riskboard " << name << ": " << error << "\n";
        *exitCode = ExitOutput;
    }
    return s;
}

} // namespace

int runPush(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {}, {QStringLiteral("--replace")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 2) return usageError(c, QStringLiteral("expected FILE URL"));
    const model::LoadResult file = model::DocumentReader::readFile(a.positional[0]);
    printDiagnostics(c, file.diagnostics);
    if (!file.ok()) return ExitInvalid;
    std::optional<store::StoreUrl> url;
    int exitCode = ExitOk;
    const auto s = connectTo(c, QStringLiteral("push"), a.positional[1], true, &url, &exitCode);
    if (!s) return exitCode;
    QString error;
    if (!s->checkSchema(&error)) {
        c.err << "riskboard push: " << error << "\n";
        return ExitOutput;
    }
    const store::SaveResult r = s->push(url->portfolio, *file.portfolio, a.has(QStringLiteral("--replace")));
    printProblems(c.err, r);
    if (!r.clean()) return ExitOutput;
    c.out << url->displayName() << ": " << r.written << " entities written\n";
    return ExitOk;
}

int runPull(CommandContext &c)
{
    const ParsedArgs a
        = parseArgs(c.args, {QStringLiteral("--output")}, {}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected one URL"));
    QString error;
    if (!store::parseStoreUrl(a.positional[0], &error)) return usageError(c, error);
    const model::LoadResult r = store::readDocument(a.positional[0]);
    printDiagnostics(c, r.diagnostics);
    if (!r.ok()) return ExitInvalid;
    const QByteArray bytes = model::DocumentWriter::toJson(*r.portfolio);
    if (!a.has(QStringLiteral("--output"))) {
        reports::writeUtf8(c.out, bytes.constData(), size_t(bytes.size()));
        return ExitOk;
    }
    if (!model::DocumentWriter::saveBytes(bytes, a.value(QStringLiteral("--output")), &error)) {
        c.err << "riskboard pull: " << error << "\n";
        return ExitOutput;
    }
    return ExitOk;
}

int runStoreInit(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {}, {});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected one URL"));
    std::optional<store::StoreUrl> url;
    int exitCode = ExitOk;
    const auto s = connectTo(c, QStringLiteral("store-init"), a.positional[0], false, &url, &exitCode);
    if (!s) return exitCode;
    QString error;
    if (!s->ensureSchema(&error)) {
        c.err << "riskboard store-init: " << error << "\n";
        return ExitOutput;
    }
    c.out << url->displayName() << ": the Riskboard schema is up to date\n";
    return ExitOk;
}

} // namespace rb::app
