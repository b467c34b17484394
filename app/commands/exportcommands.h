// exportcommands.h — the option parsers the export commands (export, deck, export-xlsx) share.
#pragma once

#include "app/commands/argparse.h"
#include "export/chartcatalog.h"

#include <QSize>

#include <optional>

namespace rb::app {

std::optional<QSize> parseSize(const QString &text); // "1920x1080"
bool parseMonteCarloOptions(const ParsedArgs &a, exporting::ChartOptions &options,
                            QString *error); // --seed, --iterations
bool parseLanguage(const ParsedArgs &a, exporting::ChartOptions &options,
                   QString *error); // --lang (default: the system's)

} // namespace rb::app
