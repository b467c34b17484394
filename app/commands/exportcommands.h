// exportcommands.h — the export command entry points (registered by exportcommands.cpp) and the
// option parsers they share.
#pragma once

#include "app/cli.h"
#include "export/chartcatalog.h"
#include "app/commands/commandsupport.h"

#include <QSize>

#include <optional>

namespace rb::exporting {

int runExport(app::CommandContext &c);
int runDeck(app::CommandContext &c);
int runExportCsv(app::CommandContext &c);
int runImportCsv(app::CommandContext &c);
int runExportXlsx(app::CommandContext &c);

std::optional<QSize> parseSize(const QString &text);                 // "1920x1080"
bool parseMonteCarloOptions(const Arguments &a, ChartOptions &options, QString *error); // --seed, --iterations
bool parseLanguage(const Arguments &a, ChartOptions &options, QString *error);          // --lang (default: the system's)

} // namespace rb::exporting
