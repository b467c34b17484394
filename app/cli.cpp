// cli.cpp — the command registry (every command in one list), dispatch and help.
#include "app/cli.h"
#include "app/commands/commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rb::app {

const QList<Command> &commands()
{
    // The overview lists them in this order. A new command: its run function in app/commands/
    // (declared in commands.h), its help in docs/cli/NAME.txt, and a line here.
    static const QList<Command> list = {
        {QStringLiteral("validate"), QStringLiteral("check portfolio files and report every problem"), false,
         runValidate},
        {QStringLiteral("summary"), QStringLiteral("the programme at a glance: posts, budget, risks"), false,
         runSummary},
        {QStringLiteral("format"), QStringLiteral("rewrite a portfolio in canonical form"), false, runFormat},
        {QStringLiteral("analyze"), QStringLiteral("critical path: early/late dates and float per post"), false,
         runAnalyze},
        {QStringLiteral("propagate"), QStringLiteral("what-if: which posts slip, by how much, at what cost"), false,
         runPropagate},
        {QStringLiteral("simulate"), QStringLiteral("Monte Carlo: P50/P80/P90 finish, criticality, drivers"), false,
         runSimulate},
        {QStringLiteral("baseline"),
         QStringLiteral("record the current plan as a baseline (the original or a re-plan)"), false, runBaseline},
        {QStringLiteral("export"), QStringLiteral("render a chart as PNG, SVG or PDF for slides"), true, runExport},
        {QStringLiteral("deck"), QStringLiteral("the storyboard deck as a 16:9 PDF"), true, runDeck},
        {QStringLiteral("export-csv"), QStringLiteral("write the risks, assessments or posts as a CSV file for Excel"),
         false, runExportCsv},
        {QStringLiteral("import-csv"),
         QStringLiteral("replace the risks or assessments, or update posts' progress, from a CSV file"), false,
         runImportCsv},
        {QStringLiteral("export-xlsx"),
         QStringLiteral("write the register, matrices, assessments and posts as an Excel workbook"), false,
         runExportXlsx},
        {QStringLiteral("check"), QStringLiteral("schedule check: missing logic, lags, constraints, float"), false,
         runCheck},
        {QStringLiteral("import-mspdi"),
         QStringLiteral("an MS Project XML plan as a portfolio (with a log of what is lost)"), false, runImportMspdi},
        {QStringLiteral("export-mspdi"), QStringLiteral("a portfolio as an MS Project XML plan"), false,
         runExportMspdi},
        {QStringLiteral("push"), QStringLiteral("upload a portfolio file to a shared PostgreSQL store"), false,
         runPush},
        {QStringLiteral("pull"), QStringLiteral("download a shared portfolio as a canonical file"), false, runPull},
        {QStringLiteral("store-init"), QStringLiteral("create or upgrade the shared store's schema"), false,
         runStoreInit},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name) return &c;
    return nullptr;
}

QString Command::usage() const
{
    QFile file(QStringLiteral(":/help/%1.txt").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString versionText()
{
    return QStringLiteral("riskboard %1 (Qt %2)\n")
        .arg(QStringLiteral(RISKBOARD_VERSION), QString::fromLatin1(qVersion()));
}

QString overviewHelp()
{
    QString text = QStringLiteral(
        "Usage: riskboard [FILE]                 start the application (default: the MAB plateau-4 portfolio)\n"
        "       riskboard COMMAND [ARGS...]      run a command without a window\n"
        "       riskboard COMMAND --help         help for one command\n\n"
        "Commands:\n");
    for (const Command &c : commands()) text += QStringLiteral("  %1 %2\n").arg(c.name, -12).arg(c.synopsis);
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help              show this help\n"
                           "  -v, --version           show the version\n"
                           "  --screenshot DIR [FILE] render every view to DIR/<view>.png and exit\n"
                           "  --lang nl|en            the language of the interface\n");
    return text;
}

Invocation parseInvocation(const QStringList &args)
{
    Invocation i;
    if (args.isEmpty()) return i;
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        i.kind = Invocation::Overview;
        if (first == QLatin1String("help") && args.size() > 1) {
            i.command = findCommand(args[1]);
            i.kind = i.command ? Invocation::Usage : Invocation::UnknownHelp;
            i.word = args[1];
        }
        return i;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        i.kind = Invocation::Version;
        return i;
    }
    i.command = findCommand(first);
    if (!i.command) {
        // Not a command: a file to open (GUI), or a GUI option, or a typo.
        if (!(first.startsWith(QLatin1Char('-')) || first.contains(QLatin1Char('.')) || first.contains(QLatin1Char('/'))
              || QFileInfo::exists(first))) {
            i.kind = Invocation::Unknown;
            i.word = first;
        }
        return i;
    }
    i.args = args.mid(1);
    i.kind = i.args.contains(QLatin1String("--help")) || i.args.contains(QLatin1String("-h")) ? Invocation::Usage
                                                                                              : Invocation::Run;
    return i;
}

int run(const Invocation &i, QTextStream &out, QTextStream &err)
{
    switch (i.kind) {
    case Invocation::Application:
        return ExitUsage; // not a command line: main.cpp starts the application instead
    case Invocation::Overview:
        out << overviewHelp();
        return ExitOk;
    case Invocation::Version:
        out << versionText();
        return ExitOk;
    case Invocation::Usage:
        out << i.command->usage();
        return ExitOk;
    case Invocation::UnknownHelp:
        err << "riskboard: unknown command '" << i.word << "'\n";
        return ExitUsage;
    case Invocation::Unknown:
        err << "riskboard: unknown command '" << i.word << "'\n"
            << "Try 'riskboard --help'.\n";
        return ExitUsage;
    case Invocation::Run:
        break;
    }
    CommandContext context{i.command->name, i.args, out, err};
    return i.command->run(context);
}

std::optional<int> runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Invocation invocation = parseInvocation(args);
    if (invocation.kind == Invocation::Application) return std::nullopt;
    return run(invocation, out, err);
}

} // namespace rb::app
