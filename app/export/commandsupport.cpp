// commandsupport.cpp
#include "app/export/commandsupport.h"

#include "model/documentreader.h"

namespace rb::exporting {

std::optional<model::Portfolio> loadPortfolio(app::CommandContext &c, const QString &path)
{
    model::LoadResult r = model::DocumentReader::readFile(path);
    for (const model::Diagnostic &d : r.diagnostics)
        c.err << d.toString() << "\n";
    return std::move(r.portfolio);
}

} // namespace rb::exporting
