// argparse.h — the small argument parser every `riskboard` command uses, so that options behave the
// same everywhere (`--name value`, `--name=value`, `--` ends options, unknown options are errors).
#pragma once

#include "app/cli.h"

#include <QMap>
#include <QMultiMap>
#include <QStringList>

namespace rb::app {

struct ParsedArgs {
    QStringList positional;
    QMultiMap<QString, QString> options; // repeated options keep every value (values() is newest first)
    QString error;                       // set on a usage error
    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const { return options.value(option, fallback); }
    QStringList values(const QString &option) const; // every value, in command-line order
};

// `valued`: options that take a value; `flags`: options that do not; `aliases` maps a short name to
// its long one ("-o" -> "--output").
ParsedArgs parseArgs(const QStringList &args, const QStringList &valued, const QStringList &flags,
                     const QMap<QString, QString> &aliases = {});

// Prints "riskboard COMMAND: message" and a hint to stderr; returns ExitUsage.
int usageError(CommandContext &c, const QString &message);

} // namespace rb::app
