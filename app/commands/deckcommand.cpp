// deckcommand.cpp — `riskboard deck`: the storyboard deck as a PDF.
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"
#include "app/commands/exportcommands.h"

#include "charts/chartoutput.h"
#include "export/deck.h"

namespace rb::app {

using namespace rb::exporting;

int runDeck(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args,
                                       {QStringLiteral("--output"), QStringLiteral("--since"), QStringLiteral("--seed"),
                                        QStringLiteral("--iterations"), QStringLiteral("--lang")},
                                       {}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one portfolio file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, QStringLiteral("-o OUT.pdf is required"));
    ChartOptions options;
    QString error;
    if (!parseMonteCarloOptions(a, options, &error) || !parseLanguage(a, options, &error)) return usageError(c, error);

    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return ExitInvalid;
    std::optional<model::Portfolio> older;
    if (a.has(QStringLiteral("--since"))) {
        older = loadPortfolio(c, a.value(QStringLiteral("--since")));
        if (!older) return ExitInvalid;
    }
    const DeckResult deck = renderDeck(*portfolio, older, options);
    if (!deck.error.isEmpty()) {
        c.err << "riskboard deck: " << deck.error << "\n";
        return ExitInvalid;
    }
    if (!writeOutput(c, a.value(QStringLiteral("--output")), deck.pdf)) return ExitOutput;
    c.out << a.value(QStringLiteral("--output")) << ": " << deck.pages << " pages\n";
    return ExitOk;
}

} // namespace rb::app
