// deckcommand.cpp — `riskboard deck`: the storyboard deck as a PDF.
#include "app/commands/exportcommands.h"

#include "charts/chartoutput.h"
#include "export/deck.h"

namespace rb::exporting {

int runDeck(app::CommandContext &c)
{
    const QString cmd = QStringLiteral("deck");
    const Arguments a = parseArgs(c.args,
                                       {QStringLiteral("--output"), QStringLiteral("--since"), QStringLiteral("--seed"),
                                        QStringLiteral("--iterations"), QStringLiteral("--lang")},
                                       {}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one portfolio file"));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, cmd, QStringLiteral("-o OUT.pdf is required"));
    ChartOptions options;
    QString error;
    if (!parseMonteCarloOptions(a, options, &error) || !parseLanguage(a, options, &error)) return usageError(c, cmd, error);

    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return app::ExitInvalid;
    std::optional<model::Portfolio> older;
    if (a.has(QStringLiteral("--since"))) {
        older = loadPortfolio(c, a.value(QStringLiteral("--since")));
        if (!older) return app::ExitInvalid;
    }
    const DeckResult deck = renderDeck(*portfolio, older, options);
    if (!deck.error.isEmpty()) {
        c.err << "riskboard deck: " << deck.error << "\n";
        return app::ExitInvalid;
    }
    if (!writeFileAtomically(a.value(QStringLiteral("--output")), deck.pdf, &error)) {
        c.err << "riskboard deck: " << error << "\n";
        return app::ExitOutput;
    }
    c.out << a.value(QStringLiteral("--output")) << ": " << deck.pages << " pages\n";
    return app::ExitOk;
}

} // namespace rb::exporting
