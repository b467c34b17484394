// exportcommand.cpp — `riskboard export`: one chart as PNG, SVG or PDF.
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"
#include "app/commands/exportcommands.h"

#include "export/chartcatalog.h"
#include "export/chartinputs.h"
#include "charts/chartoutput.h"
#include "charts/exportlanguage.h"
#include "model/scheduleadapter.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace rb::app {

using namespace rb::exporting;
using namespace Qt::Literals::StringLiterals;

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,5})[xX](\\d{1,5})$"_s);
    const auto m = re.match(text);
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (!m.hasMatch() || !isValidExportSize(size)) return std::nullopt;
    return size;
}

bool parseMonteCarloOptions(const ParsedArgs &a, ChartOptions &options, QString *error)
{
    const auto seed = a.number(u"--seed"_s, options.seed);
    const auto iterations = a.number(u"--iterations"_s, options.iterations, 100, 1000000);
    if (!seed)
        *error = u"--seed needs a non-negative integer, not '%1'"_s.arg(a.value(u"--seed"_s));
    else if (!iterations)
        *error = u"--iterations needs a number from 100 to 1000000, not '%1'"_s.arg(a.value(u"--iterations"_s));
    if (!seed || !iterations) return false;
    options.seed = *seed;
    options.iterations = uint(*iterations);
    return true;
}

bool parseLanguage(const ParsedArgs &a, ChartOptions &options, QString *error)
{
    options.language = a.value(u"--lang"_s, systemLanguage());
    if (isExportLanguage(options.language)) return true;
    *error = u"--lang must be nl or en, not '%1'"_s.arg(options.language);
    return false;
}

int runExport(CommandContext &c)
{
    const QString kinds = chartKindNames().join(QLatin1Char('|'));
    const auto a = parseCommand(c,
                                {{u"--chart"_s, u"--post"_s, u"--delay"_s, u"--format"_s, u"--size"_s, u"--output"_s,
                                  u"--seed"_s, u"--iterations"_s, u"--lang"_s},
                                 {},
                                 1,
                                 u"expected exactly one portfolio file"_s,
                                 {{u"--chart"_s, u"--chart is required (%1)"_s.arg(kinds)}}});
    if (!a) return ExitUsage;
    const auto kind = chartKindFromName(a->value(u"--chart"_s));
    if (!kind) return usageError(c, u"unknown chart '%1' (expected %2)"_s.arg(a->value(u"--chart"_s), kinds));
    if (!a->has(u"--output"_s)) return usageError(c, u"-o OUT is required"_s);
    const QString out = a->value(u"--output"_s);
    const QString formatName = a->value(u"--format"_s, QFileInfo(out).suffix());
    const auto format = imageFormatFromName(formatName);
    if (!format)
        return usageError(c,
                          formatName.isEmpty() ? u"--format is required when OUT has no .png, .svg or .pdf extension"_s
                                               : u"unknown format '%1' (expected png|svg|pdf)"_s.arg(formatName));
    const auto size = a->has(u"--size"_s) ? parseSize(a->value(u"--size"_s)) : QSize(1920, 1080);
    if (!size)
        return usageError(
            c, u"bad --size '%1' (expected WIDTHxHEIGHT, 64..8192 each, e.g. 1920x1080)"_s.arg(a->value(u"--size"_s)));
    ChartOptions options;
    options.postId = a->value(u"--post"_s);
    if (a->has(u"--post"_s) && *kind != ChartKind::Radar)
        return usageError(c, u"--post only applies to --chart radar"_s);
    for (const QString &d : a->values(u"--delay"_s)) {
        const auto delay = rb::model::parseDelayAssignment(d); // the same parse as propagate and the what-if panel
        if (!delay) return usageError(c, u"bad --delay '%1' (expected POST=DAYS, e.g. 2A4=30 or 2A4=6w)"_s.arg(d));
        options.delays << QPair<QString, int>(delay->first, delay->second);
    }
    if (!options.delays.isEmpty() && *kind != ChartKind::Timeline)
        return usageError(c, u"--delay only applies to --chart timeline"_s);
    QString error;
    if (!parseMonteCarloOptions(*a, options, &error) || !parseLanguage(*a, options, &error))
        return usageError(c, error);

    const auto portfolio = loadPortfolio(c, a->positional.first());
    if (!portfolio) return ExitInvalid;
    const ChartFile file = renderChartFile(*portfolio, *kind, options, *size, *format);
    if (file.bytes.isEmpty()) {
        if (file.problem == ChartProblem::Usage) return usageError(c, file.error);
        c.err << "riskboard export: " << file.error << "\n";
        return ExitInvalid;
    }
    return writeOutput(c, out, file.bytes) ? ExitOk : ExitOutput;
}

} // namespace rb::app
