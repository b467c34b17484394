// commands.h — the run function of every `riskboard` command, listed once in app/cli.cpp. Each has one
// shape: parse the arguments (argparse.h) → compute with the libraries below app/ (model/, analysis/,
// reports/, export/, store/) → write text or JSON to the context's output; exit codes as in cli.h.
#pragma once

#include "app/cli.h"

namespace rb::app {

int runValidate(CommandContext &c); // documentcommands.cpp
int runSummary(CommandContext &c);
int runFormat(CommandContext &c);
int runAnalyze(CommandContext &c); // analysiscommands.cpp
int runPropagate(CommandContext &c);
int runSimulate(CommandContext &c);
int runBaseline(CommandContext &c);  // baselinecommand.cpp
int runExport(CommandContext &c);    // exportcommand.cpp
int runDeck(CommandContext &c);      // deckcommand.cpp
int runExportCsv(CommandContext &c); // csvcommands.cpp
int runImportCsv(CommandContext &c);
int runExportXlsx(CommandContext &c);  // xlsxcommand.cpp
int runCheck(CommandContext &c);       // checkcommand.cpp
int runImportMspdi(CommandContext &c); // mspdicommands.cpp
int runExportMspdi(CommandContext &c);
int runPush(CommandContext &c); // storecommands.cpp
int runPull(CommandContext &c);
int runStoreInit(CommandContext &c);

} // namespace rb::app
