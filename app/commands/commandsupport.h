// commandsupport.h — loading and error reporting shared by the export commands
// (export, deck, export-csv, import-csv). Follows the conventions of app/cli.cpp: `--name value`,
// `--name=value`, exit 1 for usage errors, 2 for invalid input, 3 when an output cannot be written.
#pragma once

#include "app/cli.h"
#include "app/commands/argparse.h"
#include "model/portfolio.h"

#include <QMultiMap>
#include <QStringList>

#include <optional>

namespace rb::exporting {

// Arguments are parsed as by every other command (app/commands/argparse.h).
using Arguments = app::ParsedArgs;
using app::parseArgs;
using app::usageError;

// Loads and validates a document; on failure prints every FILE:LINE:COL diagnostic and returns nullopt.
std::optional<model::Portfolio> loadPortfolio(app::CommandContext &c, const QString &path);

} // namespace rb::exporting
