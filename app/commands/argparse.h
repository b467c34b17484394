// argparse.h — the small argument parser every `riskboard` command uses, so that options behave the
// same everywhere (`--name value`, `--name=value`, `--` ends options, unknown options are errors).
#pragma once

#include "app/cli.h"

#include <QMultiMap>
#include <QStringList>

namespace rb::app {

struct ParsedArgs {
    QStringList positional;
    QMultiMap<QString, QString> options; // repeated options keep every value (values() is newest first)
    QString error;                       // set on a usage error
    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option) const { return options.value(option); }
};

// `valued`: options that take a value; `flags`: options that do not.
ParsedArgs parseArgs(const QStringList &args, const QStringList &valued, const QStringList &flags);

// Prints "riskboard CMD: message" and a hint to stderr; returns ExitUsage.
int usageError(CommandContext &c, const Command &cmd, const QString &message);

} // namespace rb::app
