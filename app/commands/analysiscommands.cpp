// analysiscommands.cpp — registers analyze, propagate and simulate (stub until they land).
#include "app/cli.h"

namespace rb::app {

void registerAnalysisCommands() {}

} // namespace rb::app
