// cli.h — the `riskboard` command line: subcommands that work headless and return an exit code.
//
// Exit codes: 0 success; 1 usage error (unknown command or option, missing argument);
// 2 the input is invalid (validation errors, unreadable file); 3 an output could not be written.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace rb::app {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitInvalid = 2, ExitOutput = 3 };

struct CommandContext {
    QString command;  // the command's name, for its messages
    QStringList args; // the arguments after the command name
    QTextStream &out;
    QTextStream &err;
};

// Every command has one shape: parse its arguments (commands/argparse.h), compute with the libraries
// below app/, write text or JSON to `out`, problems to `err`, and return an exit code.
struct Command {
    QString name;
    QString synopsis;      // one line for the overview
    bool needsGui = false; // renders charts: needs QApplication (offscreen is fine)
    int (*run)(CommandContext &) = nullptr;
    QString usage() const; // the full help text: docs/cli/NAME.txt
};

// The registry: every command, in the overview's order (cli.cpp is the one place that lists them).
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// What `riskboard ARGS...` (without the program name) asks for, decided once from the arguments
// (main.cpp asks before it makes its QApplication).
struct Invocation {
    enum Kind {
        Application, // no command: start the application (with a file, or GUI options)
        Overview,    // --help, -h, help
        Version,     // --version, -v
        Usage,       // help COMMAND, COMMAND --help
        Run,         // COMMAND ARGS...
        Unknown,     // a word that names no command
        UnknownHelp, // help WORD, where WORD names no command
    } kind
        = Application;
    const Command *command = nullptr; // Usage, Run
    QStringList args;                 // Run: the arguments after the command name
    QString word;                     // Unknown, UnknownHelp
    bool needsGui() const { return command && command->needsGui; }
};
Invocation parseInvocation(const QStringList &args);
int run(const Invocation &invocation, QTextStream &out, QTextStream &err);

// Both: std::nullopt when the application should start.
std::optional<int> runCommandLine(const QStringList &args, QTextStream &out, QTextStream &err);

QString versionText();
QString overviewHelp();

} // namespace rb::app
