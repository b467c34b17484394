// commandsupport.h — argument parsing and error reporting shared by the export commands
// (export, deck, export-csv, import-csv). Follows the conventions of app/cli.cpp: `--name value`,
// `--name=value`, exit 1 for usage errors, 2 for invalid input, 3 when an output cannot be written.
#pragma once

#include "app/cli.h"
#include "model/portfolio.h"

#include <QMultiMap>
#include <QStringList>

#include <optional>

namespace rb::exporting {

struct Arguments {
    QStringList positional;
    QMultiMap<QString, QString> options; // "--chart" -> "radar"; flags map to an empty string
    QString error;                       // set when the arguments cannot be parsed

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }
    QStringList values(const QString &name) const; // in command-line order
};

// `valued` options take a value; `flags` do not; `aliases` maps a short name to its long one ("-o" -> "--output").
Arguments parseArguments(const QStringList &args, const QStringList &valued, const QStringList &flags,
                         const QMap<QString, QString> &aliases = {});

// "riskboard CMD: message" + the hint to ask for help; returns app::ExitUsage.
int usageError(app::CommandContext &c, const QString &command, const QString &message);

// Loads and validates a document; on failure prints every FILE:LINE:COL diagnostic and returns nullopt.
std::optional<model::Portfolio> loadPortfolio(app::CommandContext &c, const QString &path);

} // namespace rb::exporting
