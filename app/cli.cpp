// cli.cpp — command dispatch, help, and the document commands (validate, summary, format).
#include "app/cli.h"
#include "app/commands/argparse.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/summary.h"
#include "store/documentsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rb::app {

using namespace rb::model;

namespace {

QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

void printDiagnostics(QTextStream &err, const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << "\n";
}

int runValidate(CommandContext &c)
{
    const Command &cmd = *findCommand(QStringLiteral("validate"));
    const ParsedArgs a = parseArgs(c.args, {}, {QStringLiteral("--quiet")});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.isEmpty()) return usageError(c, cmd, QStringLiteral("no file given"));
    int invalid = 0;
    for (const QString &file : a.positional) {
        const LoadResult r = store::readDocument(file);
        printDiagnostics(c.err, r.diagnostics);
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
    const Command &cmd = *findCommand(QStringLiteral("summary"));
    const ParsedArgs a = parseArgs(c.args, {}, {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one file"));
    const LoadResult r = store::readDocument(a.positional.first());
    if (!r.ok()) {
        printDiagnostics(c.err, r.diagnostics);
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
    const Command &cmd = *findCommand(QStringLiteral("format"));
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("-o"), QStringLiteral("--output")}, {QStringLiteral("--check")});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one file"));
    const QString in = a.positional.first();
    const QString out = a.has(QStringLiteral("-o")) ? a.value(QStringLiteral("-o"))
                       : a.has(QStringLiteral("--output")) ? a.value(QStringLiteral("--output")) : in;
    const LoadResult r = DocumentReader::readFile(in);
    if (!r.ok()) {
        printDiagnostics(c.err, r.diagnostics);
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

void registerBuiltins()
{
    static bool done = false;
    if (done) return;
    done = true;
    registry() << Command{QStringLiteral("validate"), QStringLiteral("check portfolio files and report every problem"),
                          QStringLiteral("Usage: riskboard validate FILE... [--quiet]\n\n"
                                         "Checks each portfolio document (docs/format.md) and prints every problem as\n"
                                         "FILE:LINE:COLUMN: error: message on standard error.\n\n"
                                         "  --quiet   print nothing for valid files\n\n"
                                         "Exit status: 0 all files valid, 1 usage error, 2 a file is invalid or unreadable.\n"),
                          false, runValidate}
               << Command{QStringLiteral("summary"), QStringLiteral("the programme at a glance: posts, budget, risks"),
                          QStringLiteral("Usage: riskboard summary FILE [--json]\n\n"
                                         "Prints posts per theme and kind, budget totals per theme (k€), risks per level\n"
                                         "and the number of dependencies.\n\n"
                                         "  --json    machine-readable output\n\n"
                                         "Exit status: 0 ok, 1 usage error, 2 the file is invalid.\n"),
                          false, runSummary}
               << Command{QStringLiteral("format"), QStringLiteral("rewrite a portfolio in canonical form"),
                          QStringLiteral("Usage: riskboard format FILE [-o OUT] [--check]\n\n"
                                         "Rewrites the document in canonical form (stable key order and indentation,\n"
                                         "so that it diffs well), atomically: an interrupted run leaves the old file.\n\n"
                                         "  -o, --output OUT   write to OUT instead of FILE\n"
                                         "  --check            change nothing; exit 2 if FILE is not canonical\n\n"
                                         "Exit status: 0 ok, 1 usage error, 2 the file is invalid, 3 cannot write.\n"),
                          false, runFormat};
    registerAnalysisCommands();
    registerBaselineCommand();
    registerExportCommands();
    registerCheckCommand();
    registerMspdiCommands();
    registerStoreCommands();
}

} // namespace

const QList<Command> &commands()
{
    registerBuiltins();
    return registry();
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

void registerCommand(Command command)
{
    registerBuiltins();
    for (Command &c : registry())
        if (c.name == command.name) {
            c = std::move(command);
            return;
        }
    registry() << std::move(command);
}

QString versionText()
{
    return QStringLiteral("riskboard %1 (Qt %2)\n").arg(QStringLiteral(RISKBOARD_VERSION), QString::fromLatin1(qVersion()));
}

QString overviewHelp()
{
    QString text = QStringLiteral(
        "Usage: riskboard [FILE]                 start the application (default: the MAB plateau-4 portfolio)\n"
        "       riskboard COMMAND [ARGS...]      run a command without a window\n"
        "       riskboard COMMAND --help         help for one command\n\n"
        "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1 %2\n").arg(c.name, -12).arg(c.synopsis);
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help              show this help\n"
                           "  -v, --version           show the version\n"
                           "  --screenshot DIR [FILE] render every view to DIR/<view>.png and exit\n"
                           "  --lang nl|en            the language of the interface\n");
    return text;
}

void writeUtf8(QTextStream &out, const char *data, size_t size)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(data, qint64(size));
    } else {
        out << QString::fromUtf8(data, qsizetype(size));
    }
}

std::optional<int> runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return std::nullopt;
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (first == QLatin1String("help") && args.size() > 1) {
            if (const Command *c = findCommand(args[1])) {
                out << c->usage;
                return ExitOk;
            }
            err << "riskboard: unknown command '" << args[1] << "'\n";
            return ExitUsage;
        }
        out << overviewHelp();
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << versionText();
        return ExitOk;
    }
    const Command *cmd = findCommand(first);
    if (!cmd) {
        // Not a command: a file to open (GUI), or a GUI option, or a typo.
        if (first.startsWith(QLatin1Char('-')) || first.contains(QLatin1Char('.')) || first.contains(QLatin1Char('/'))
            || QFileInfo::exists(first))
            return std::nullopt;
        err << "riskboard: unknown command '" << first << "'\n" << "Try 'riskboard --help'.\n";
        return ExitUsage;
    }
    const QStringList rest = args.mid(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        out << cmd->usage;
        return ExitOk;
    }
    CommandContext ctx{rest, out, err};
    return cmd->run(ctx);
}

} // namespace rb::app
