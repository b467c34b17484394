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

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (!isValidExportSize(size)) return std::nullopt;
    return size;
}

bool parseMonteCarloOptions(const ParsedArgs &a, ChartOptions &options, QString *error)
{
    if (a.has(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = a.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("--seed needs a non-negative integer, not '%1'")
                         .arg(a.value(QStringLiteral("--seed")));
            return false;
        }
    }
    if (a.has(QStringLiteral("--iterations"))) {
        bool ok = false;
        const uint n = a.value(QStringLiteral("--iterations")).toUInt(&ok);
        if (!ok || n < 100 || n > 1000000) {
            *error = QStringLiteral("--iterations needs a number from 100 to 1000000, not '%1'")
                         .arg(a.value(QStringLiteral("--iterations")));
            return false;
        }
        options.iterations = n;
    }
    return true;
}

bool parseLanguage(const ParsedArgs &a, ChartOptions &options, QString *error)
{
    options.language = a.value(QStringLiteral("--lang"), systemLanguage());
    if (isExportLanguage(options.language)) return true;
    *error = QStringLiteral("--lang must be nl or en, not '%1'").arg(options.language);
    return false;
}

int runExport(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args,
                                   {QStringLiteral("--chart"), QStringLiteral("--post"), QStringLiteral("--delay"),
                                    QStringLiteral("--format"), QStringLiteral("--size"), QStringLiteral("--output"),
                                    QStringLiteral("--seed"), QStringLiteral("--iterations"), QStringLiteral("--lang")},
                                   {}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one portfolio file"));
    if (!a.has(QStringLiteral("--chart")))
        return usageError(c, QStringLiteral("--chart is required (%1)").arg(chartKindNames().join(QLatin1Char('|'))));
    const auto kind = chartKindFromName(a.value(QStringLiteral("--chart")));
    if (!kind)
        return usageError(c,
                          QStringLiteral("unknown chart '%1' (expected %2)")
                              .arg(a.value(QStringLiteral("--chart")), chartKindNames().join(QLatin1Char('|'))));
    if (!a.has(QStringLiteral("--output"))) return usageError(c, QStringLiteral("-o OUT is required"));
    const QString out = a.value(QStringLiteral("--output"));
    const QString formatName = a.value(QStringLiteral("--format"), QFileInfo(out).suffix());
    const auto format = imageFormatFromName(formatName);
    if (!format)
        return usageError(c,
                          formatName.isEmpty()
                              ? QStringLiteral("--format is required when OUT has no .png, .svg or .pdf extension")
                              : QStringLiteral("unknown format '%1' (expected png|svg|pdf)").arg(formatName));
    QSize size(1920, 1080);
    if (a.has(QStringLiteral("--size"))) {
        const auto s = parseSize(a.value(QStringLiteral("--size")));
        if (!s)
            return usageError(c,
                              QStringLiteral("bad --size '%1' (expected WIDTHxHEIGHT, 64..8192 each, e.g. 1920x1080)")
                                  .arg(a.value(QStringLiteral("--size"))));
        size = *s;
    }
    ChartOptions options;
    options.postId = a.value(QStringLiteral("--post"));
    if (a.has(QStringLiteral("--post")) && *kind != ChartKind::Radar)
        return usageError(c, QStringLiteral("--post only applies to --chart radar"));
    for (const QString &d : a.values(QStringLiteral("--delay"))) {
        const auto delay = rb::model::parseDelayAssignment(d); // the same parse as propagate and the what-if panel
        if (!delay)
            return usageError(c, QStringLiteral("bad --delay '%1' (expected POST=DAYS, e.g. 2A4=30 or 2A4=6w)").arg(d));
        options.delays << QPair<QString, int>(delay->first, delay->second);
    }
    if (!options.delays.isEmpty() && *kind != ChartKind::Timeline)
        return usageError(c, QStringLiteral("--delay only applies to --chart timeline"));
    QString error;
    if (!parseMonteCarloOptions(a, options, &error) || !parseLanguage(a, options, &error)) return usageError(c, error);

    const auto portfolio = loadPortfolio(c, a.positional.first());
    if (!portfolio) return ExitInvalid;
    const ChartFile file = renderChartFile(*portfolio, *kind, options, size, *format);
    if (file.bytes.isEmpty()) {
        if (file.problem == ChartProblem::Usage) return usageError(c, file.error);
        c.err << "riskboard export: " << file.error << "\n";
        return ExitInvalid;
    }
    if (!writeOutput(c, out, file.bytes)) return ExitOutput;
    return ExitOk;
}

} // namespace rb::app
