// commandsupport.cpp
#include "app/commands/commandsupport.h"

#include "charts/chartoutput.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "store/documentsource.h"

namespace rb::app {

void printDiagnostics(CommandContext &c, const QList<model::Diagnostic> &diagnostics)
{
    for (const model::Diagnostic &d : diagnostics) c.err << d.toString() << "\n";
}

std::optional<model::Portfolio> loadPortfolio(CommandContext &c, const QString &path)
{
    model::LoadResult r = store::readDocument(path); // a file or a shared portfolio (a store URL)
    printDiagnostics(c, r.diagnostics);
    return std::move(r.portfolio);
}

std::shared_ptr<const model::PortfolioSchedule> loadSchedule(CommandContext &c, const QString &file,
                                                             QList<model::Baseline> *baselines)
{
    model::ScheduleLoadResult r = store::readSchedule(file); // a file or a shared portfolio
    if (baselines) *baselines = r.baselines;
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        return nullptr;
    }
    QString error;
    auto schedule = model::PortfolioSchedule::build(std::move(*r.input), r.risks, &error);
    if (!schedule) c.err << file << ": error: " << error << "\n";
    return schedule;
}

bool writeOutput(CommandContext &c, const QString &path, const QByteArray &bytes)
{
    QString error;
    if (rb::exporting::writeFileAtomically(path, bytes, &error)) return true;
    c.err << "riskboard " << c.command << ": " << error << "\n";
    return false;
}

int saveImported(CommandContext &c, const model::Portfolio &portfolio, const QString &path)
{
    const QByteArray bytes = model::DocumentWriter::toJson(portfolio);
    if (const model::LoadResult check = model::DocumentReader::readBytes(bytes, path); !check.ok()) {
        c.err << "riskboard " << c.command << ": the imported document would be invalid; nothing written:\n";
        printDiagnostics(c, check.diagnostics);
        return ExitInvalid;
    }
    QString error;
    if (model::DocumentWriter::saveBytes(bytes, path, &error)) return ExitOk;
    c.err << "riskboard " << c.command << ": " << error << "\n";
    return ExitOutput;
}

} // namespace rb::app
