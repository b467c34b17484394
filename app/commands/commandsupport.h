// commandsupport.h — what the commands share beyond argument parsing: loading a document or its
// schedule with every FILE:LINE:COL diagnostic printed, and writing an output file atomically.
// Exit codes as in app/cli.h: 2 for invalid input, 3 when an output cannot be written.
#pragma once

#include "app/cli.h"
#include "model/baselines.h"
#include "document/diagnostic.h"
#include "model/portfolio.h"
#include "model/scheduleadapter.h"

#include <memory>
#include <optional>

namespace rb::app {

// Prints every diagnostic (FILE:LINE:COL: error: message) on the error output.
void printDiagnostics(CommandContext &c, const QList<model::Diagnostic> &diagnostics);

// Loads and validates a document (a file or a store URL); on failure prints every diagnostic and
// returns nullopt.
std::optional<model::Portfolio> loadPortfolio(CommandContext &c, const QString &path);

// Loads FILE and builds its schedule; prints diagnostics and returns null on failure. The document is
// read straight into the engine's input (DocumentReader::readSchedule), with every check of a load.
std::shared_ptr<const model::PortfolioSchedule> loadSchedule(CommandContext &c, const QString &file,
                                                             QList<model::Baseline> *baselines = nullptr);

// Writes `bytes` to `path` atomically; on failure prints "riskboard COMMAND: why" and returns false.
bool writeOutput(CommandContext &c, const QString &path, const QByteArray &bytes);

// Saves an imported or merged document to `path` only when it is valid by the reader's full rules
// (else prints "the imported document would be invalid; nothing written" and its diagnostics: exit 2);
// atomically (exit 3 when it cannot be written). Returns the exit code.
int saveImported(CommandContext &c, const model::Portfolio &portfolio, const QString &path);

} // namespace rb::app
