// cli.h — the `riskboard` command line: subcommands that work headless and return an exit code.
//
// Exit codes: 0 success; 1 usage error (unknown command or option, missing argument);
// 2 the input is invalid (validation errors, unreadable file); 3 an output could not be written.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace rb::app {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitInvalid = 2, ExitOutput = 3 };

struct CommandContext {
    QStringList args; // the arguments after the command name
    QTextStream &out;
    QTextStream &err;
};

// Writes UTF-8 text to `out` as it is: straight to its device when it has one (a JSON result of a
// 100k-post portfolio is 15 MB, and a round trip through QString would double the work), else
// decoded into its string.
void writeUtf8(QTextStream &out, const char *data, size_t size);

struct Command {
    QString name;
    QString synopsis;    // one line for the overview
    QString usage;       // the full help text of the command
    bool needsGui = false; // renders charts: needs QApplication (offscreen is fine)
    std::function<int(CommandContext &)> run;
};

// Every command; analysis and export commands register themselves here too.
const QList<Command> &commands();
const Command *findCommand(const QString &name);
void registerCommand(Command command);

// Runs `riskboard ARGS...` (without the program name) if ARGS name a command or ask for help or the
// version; returns std::nullopt when the GUI should start instead.
std::optional<int> runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err);

QString versionText();

// Defined by the analysis and export command files; called once by commands().
void registerAnalysisCommands();
void registerExportCommands();
void registerCheckCommand();
void registerMspdiCommands(); // commands/mspdicommands.cpp
void registerStoreCommands(); // push, pull, store-init (app/commands/storecommands.cpp)
void registerBaselineCommand(); // commands/baselinecommand.cpp
QString overviewHelp();

} // namespace rb::app
