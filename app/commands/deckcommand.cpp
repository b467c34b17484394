// deckcommand.cpp — `riskboard deck`: the storyboard deck as a PDF.
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"
#include "app/commands/exportcommands.h"

#include "charts/chartoutput.h"
#include "export/deck.h"

#include <QDir>
#include <QFileInfo>

namespace rb::app {

using namespace rb::exporting;
using namespace Qt::Literals::StringLiterals;

int runDeck(CommandContext &c)
{
    const auto a = parseCommand(c,
                                {{u"--output"_s, u"--since"_s, u"--seed"_s, u"--iterations"_s, u"--lang"_s},
                                 {},
                                 1,
                                 u"expected exactly one portfolio file"_s,
                                 {{u"--output"_s, u"-o OUT.pdf is required"_s}}});
    if (!a) return ExitUsage;
    ChartOptions options;
    QString error;
    if (!parseMonteCarloOptions(*a, options, &error) || !parseLanguage(*a, options, &error))
        return usageError(c, error);

    const auto portfolio = loadPortfolio(c, a->positional.first());
    if (!portfolio) return ExitInvalid;
    // --since FILE: the version to compare against; --since DIR: every *.json in it is an earlier version
    // (the trend), the latest one before this document's status date the one to compare against.
    std::optional<model::Portfolio> older;
    QList<model::Portfolio> earlier;
    if (a->has(u"--since"_s)) {
        const QString since = a->value(u"--since"_s);
        if (QFileInfo(since).isDir()) {
            const QDir dir(since);
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                auto version = loadPortfolio(c, dir.filePath(name));
                if (!version) return ExitInvalid;
                earlier << *version;
            }
            for (const model::Portfolio &v : earlier)
                if (v.programme.statusDate < portfolio->programme.statusDate
                    && (!older || older->programme.statusDate < v.programme.statusDate))
                    older = v;
            if (!older) {
                c.err << "riskboard deck: " << since << ": no version dated before "
                      << portfolio->programme.statusDate.toString(Qt::ISODate) << "\n";
                return ExitInvalid;
            }
        } else {
            older = loadPortfolio(c, since);
            if (!older) return ExitInvalid;
            earlier << *older;
        }
    }
    const DeckResult deck = renderDeck(*portfolio, older, options, earlier);
    if (!deck.error.isEmpty()) {
        c.err << "riskboard deck: " << deck.error << "\n";
        return ExitInvalid;
    }
    if (!writeOutput(c, a->value(u"--output"_s), deck.pdf)) return ExitOutput;
    c.out << a->value(u"--output"_s) << ": " << deck.pages << " pages\n";
    return ExitOk;
}

} // namespace rb::app
