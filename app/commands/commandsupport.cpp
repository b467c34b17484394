// commandsupport.cpp
#include "app/commands/commandsupport.h"

#include "store/documentsource.h"

namespace rb::exporting {

std::optional<model::Portfolio> loadPortfolio(app::CommandContext &c, const QString &path)
{
    model::LoadResult r = store::readDocument(path); // a file or a shared portfolio (a store URL)
    for (const model::Diagnostic &d : r.diagnostics)
        c.err << d.toString() << "\n";
    return std::move(r.portfolio);
}

} // namespace rb::exporting
