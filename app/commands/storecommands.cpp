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

using namespace Qt::Literals::StringLiterals;

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
    const auto a = parseCommand(c, {{}, {u"--replace"_s}, 2, u"expected FILE URL"_s});
    if (!a) return ExitUsage;
    const model::LoadResult file = model::DocumentReader::readFile(a->positional[0]);
    printDiagnostics(c, file.diagnostics);
    if (!file.ok()) return ExitInvalid;
    std::optional<store::StoreUrl> url;
    int exitCode = ExitOk;
    const auto s = connectTo(c, u"push"_s, a->positional[1], true, &url, &exitCode);
    if (!s) return exitCode;
    QString error;
    if (!s->checkSchema(&error)) {
        c.err << "riskboard push: " << error << "\n";
        return ExitOutput;
    }
    const store::SaveResult r = s->push(url->portfolio, *file.portfolio, a->has(u"--replace"_s));
    printProblems(c.err, r);
    if (!r.clean()) return ExitOutput;
    c.out << url->displayName() << ": " << r.written << " entities written\n";
    return ExitOk;
}

int runPull(CommandContext &c)
{
    const auto a = parseCommand(c, {{u"--output"_s}, {}, 1, u"expected one URL"_s});
    if (!a) return ExitUsage;
    QString error;
    if (!store::parseStoreUrl(a->positional[0], &error)) return usageError(c, error);
    const model::LoadResult r = store::readDocument(a->positional[0]);
    printDiagnostics(c, r.diagnostics);
    if (!r.ok()) return ExitInvalid;
    const QByteArray bytes = model::DocumentWriter::toJson(*r.portfolio);
    if (!a->has(u"--output"_s)) {
        reports::writeUtf8(c.out, bytes.constData(), size_t(bytes.size()));
        return ExitOk;
    }
    if (!model::DocumentWriter::saveBytes(bytes, a->value(u"--output"_s), &error)) {
        c.err << "riskboard pull: " << error << "\n";
        return ExitOutput;
    }
    return ExitOk;
}

int runStoreInit(CommandContext &c)
{
    const auto a = parseCommand(c, {{}, {}, 1, u"expected one URL"_s});
    if (!a) return ExitUsage;
    std::optional<store::StoreUrl> url;
    int exitCode = ExitOk;
    const auto s = connectTo(c, u"store-init"_s, a->positional[0], false, &url, &exitCode);
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
