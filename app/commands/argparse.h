// argparse.h — the small argument parser every `riskboard` command uses, so that options behave the
// same everywhere (`--name value`, `--name=value`, `-o` for `--output`, `--` ends options, unknown
// options are errors), and a command states its options, files and required options once (CommandSpec).
#pragma once

#include "app/cli.h"

#include <QMap>
#include <QMultiMap>
#include <QStringList>

#include <optional>

namespace rb::app {

struct ParsedArgs {
    QStringList positional;
    QMultiMap<QString, QString> options; // repeated options keep every value (values() is newest first)
    QString error;                       // set on a usage error
    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const { return options.value(option, fallback); }
    QStringList values(const QString &option) const; // every value, in command-line order
    // A whole number option from `min` to `max`, or `fallback` when absent; nullopt when it is not one.
    std::optional<qulonglong> number(const QString &option, qulonglong fallback, qulonglong min = 0,
                                     qulonglong max = ~0ULL) const;
};

// `valued`: options that take a value; `flags`: options that do not; `aliases` maps a short name to
// its long one ("-o" -> "--output", added whenever "--output" is valued).
ParsedArgs parseArgs(const QStringList &args, const QStringList &valued, const QStringList &flags,
                     const QMap<QString, QString> &aliases = {});

// What a command accepts, stated once: its options, how many files (positional arguments) and the
// message when that is wrong, and the options it cannot do without (with the message when one is missing).
struct CommandSpec {
    CommandSpec(QStringList valued, QStringList flags, int files = 1,
                QString filesMessage = QStringLiteral("expected exactly one file"),
                QList<QPair<QString, QString>> required = {})
        : valued(std::move(valued)), flags(std::move(flags)), files(files), filesMessage(std::move(filesMessage)),
          required(std::move(required))
    {}
    QStringList valued;
    QStringList flags;
    int files;                               // exactly this many; -1: at least one
    QString filesMessage;                    // when the number of files is wrong
    QList<QPair<QString, QString>> required; // option, message when it is missing
};

// Parses the context's arguments by `spec`; on a usage error prints it (usageError) and returns nullopt
// (the command returns ExitUsage).
std::optional<ParsedArgs> parseCommand(CommandContext &c, const CommandSpec &spec);

// Prints "riskboard COMMAND: message" and a hint to stderr; returns ExitUsage.
int usageError(CommandContext &c, const QString &message);

} // namespace rb::app
