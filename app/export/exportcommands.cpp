// exportcommands.cpp — registers export, deck, export-csv and import-csv (stub until they land).
#include "app/cli.h"

namespace rb::app {

void registerExportCommands() {}

} // namespace rb::app
