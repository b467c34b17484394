// storecommands.cpp — the shared portfolio on PostgreSQL from the command line (docs/team.md):
// push a file as a portfolio, pull one back as a canonical file, and create or upgrade the schema.
#include "app/cli.h"
#include "app/commands/argparse.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "store/documentsource.h"
#include "store/pgstore.h"

namespace rb::app {

namespace {

void printProblems(QTextStream &err, const store::SaveResult &r)
{
    for (const model::Diagnostic &d : r.diagnostics)
        err << d.toString() << "\n";
    for (const store::EntityProblem &p : r.conflicts)
        err << p.message << "\n";
    for (const store::EntityProblem &p : r.refused)
        err << p.message << "\n";
    if (!r.error.isEmpty())
        err << r.error << "\n";
}

std::unique_ptr<store::Store> connectTo(CommandContext &c, const QString &name, const QString &text, bool requirePortfolio,
                                        std::optional<store::StoreUrl> *url, int *exitCode)
{
    QString error;
    *url = store::parseStoreUrl(text, &error, requirePortfolio);
    if (!*url) {
        *exitCode = usageError(c, name, error);
        return nullptr;
    }
    auto s = store::Store::connect(**url, &error);
    if (!s) {
        c.err << "riskboard " << name << ": " << error << "\n";
        *exitCode = ExitOutput;
    }
    return s;
}

int runPush(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {}, {QStringLiteral("--replace")});
    if (!a.error.isEmpty()) return usageError(c, QStringLiteral("push"), a.error);
    if (a.positional.size() != 2) return usageError(c, QStringLiteral("push"), QStringLiteral("expected FILE URL"));
    const model::LoadResult file = model::DocumentReader::readFile(a.positional[0]);
    for (const model::Diagnostic &d : file.diagnostics)
        c.err << d.toString() << "\n";
    if (!file.ok())
        return ExitInvalid;
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
    if (!r.clean())
        return ExitOutput;
    c.out << url->displayName() << ": " << r.written << " entities written\n";
    return ExitOk;
}

int runPull(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--output")}, {}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, QStringLiteral("pull"), a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("pull"), QStringLiteral("expected one URL"));
    QString error;
    if (!store::parseStoreUrl(a.positional[0], &error)) return usageError(c, QStringLiteral("pull"), error);
    const model::LoadResult r = store::readDocument(a.positional[0]);
    for (const model::Diagnostic &d : r.diagnostics)
        c.err << d.toString() << "\n";
    if (!r.ok())
        return ExitInvalid;
    const QByteArray bytes = model::DocumentWriter::toJson(*r.portfolio);
    if (!a.has(QStringLiteral("--output"))) {
        writeUtf8(c.out, bytes.constData(), size_t(bytes.size()));
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
    if (!a.error.isEmpty()) return usageError(c, QStringLiteral("store-init"), a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("store-init"), QStringLiteral("expected one URL"));
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

} // namespace

void registerStoreCommands()
{
    registerCommand({QStringLiteral("push"), QStringLiteral("upload a portfolio file to a shared PostgreSQL store"),
                     QStringLiteral("Usage: riskboard push FILE URL [--replace]\n\n"
                                    "Uploads the portfolio FILE as a new shared portfolio at URL, e.g.\n"
                                    "  postgresql://HOST/DATABASE?portfolio=mab\n"
                                    "  postgresql:///DATABASE?host=/path/to/socketdir&portfolio=mab\n"
                                    "(docs/team.md). Only a programme manager may upload.\n\n"
                                    "  --replace   overwrite an existing portfolio of that name (entity by entity;\n"
                                    "              entities changed by someone else since are reported, not overwritten)\n\n"
                                    "Exit status: 0 ok, 1 usage error, 2 FILE is invalid, 3 nothing or not everything\n"
                                    "was written (the portfolio exists, no connection, refused, conflicts).\n"),
                     false, runPush});
    registerCommand({QStringLiteral("pull"), QStringLiteral("download a shared portfolio as a canonical file"),
                     QStringLiteral("Usage: riskboard pull URL [-o FILE]\n\n"
                                    "Writes the shared portfolio at URL in canonical form to FILE (atomically), or to\n"
                                    "standard output. A push then a pull gives the same file as 'riskboard format'.\n\n"
                                    "  -o, --output FILE   where to write\n\n"
                                    "Exit status: 0 ok, 1 usage error, 2 cannot read the portfolio, 3 cannot write FILE.\n"),
                     false, runPull});
    registerCommand({QStringLiteral("store-init"), QStringLiteral("create or upgrade the shared store's schema"),
                     QStringLiteral("Usage: riskboard store-init URL\n\n"
                                    "Creates the Riskboard schema, roles (riskboard_manager, riskboard_leader,\n"
                                    "riskboard_viewer) and rules in the database of URL, or upgrades them to this\n"
                                    "build's version; running it again changes nothing. Run it as the database's\n"
                                    "owner with the right to create roles (docs/team.md).\n\n"
                                    "Exit status: 0 ok, 1 usage error, 3 the schema could not be created.\n"),
                     false, runStoreInit});
}

} // namespace rb::app
