// chartcatalog.cpp
#include "export/chartcatalog.h"

#include "export/chartinputs.h"
#include "charts/chartoutput.h"
#include "charts/exportlanguage.h"
#include "export/scheduleinputs.h"
#include "export/trendinputs.h"

namespace rb::exporting {

namespace {

struct KindName {
    ChartKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {ChartKind::Radar, "radar"},     {ChartKind::Heatmap, "heatmap"},   {ChartKind::Matrix, "matrix"},
    {ChartKind::Graph, "graph"},     {ChartKind::Timeline, "timeline"}, {ChartKind::Histogram, "histogram"},
    {ChartKind::Tornado, "tornado"}, {ChartKind::Budget, "budget"},     {ChartKind::Reserve, "reserve"},
    {ChartKind::Trend, "trend"},
};

} // namespace

QString chartKindName(ChartKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind) return QString::fromLatin1(k.name);
    return {};
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name)) return k.kind;
    return std::nullopt;
}

QStringList chartKindNames()
{
    QStringList names;
    for (const KindName &k : kKinds) names << QString::fromLatin1(k.name);
    return names;
}

ChartFactory::~ChartFactory() = default;

PortfolioAnalysis *ChartFactory::analysis(QString *error)
{
    if (!m_analysis) m_analysis = PortfolioAnalysis::build(m_portfolio, error);
    return m_analysis.get();
}

std::unique_ptr<Chart> ChartFactory::make(ChartKind kind, const ChartOptions &options, QString *error,
                                          ChartProblem *problem)
{
    const model::Portfolio &portfolio = m_portfolio;
    if (problem) *problem = ChartProblem::Usage;
    switch (kind) {
    case ChartKind::Radar: {
        QString post = options.postId;
        if (post.isEmpty()) {
            for (const model::Assessment &a : portfolio.assessments)
                if (portfolio.postIndex(a.post) >= 0) {
                    post = a.post;
                    break;
                }
            if (post.isEmpty()) {
                *error
                    = translate("rb::exporting::Charts", "the document has no assessments; the radar needs --post ID");
                return nullptr;
            }
        } else if (portfolio.postIndex(post) < 0) {
            *error = translate("rb::exporting::Charts", "unknown post '%1'").arg(post);
            return nullptr;
        }
        return std::make_unique<RadarChart>(radarInput(portfolio, post));
    }
    case ChartKind::Heatmap:
        return std::make_unique<HeatmapChart>(heatmapInput(portfolio));
    case ChartKind::Matrix:
        return std::make_unique<RiskMatrixChart>(riskMatrixInput(portfolio));
    case ChartKind::Budget:
        return std::make_unique<BudgetChart>(budgetInput(portfolio));
    case ChartKind::Reserve:
        return std::make_unique<ReserveChart>(reserveInput(portfolio));
    case ChartKind::Graph:
    case ChartKind::Timeline:
    case ChartKind::Histogram:
    case ChartKind::Tornado:
    case ChartKind::Trend:
        break;
    }
    // The schedule charts: unknown posts in --delay are usage errors, everything else is the document's.
    if (kind == ChartKind::Timeline)
        for (const auto &d : options.delays)
            if (portfolio.postIndex(d.first) < 0) {
                *error = translate("rb::exporting::Charts", "unknown post '%1' in --delay").arg(d.first);
                return nullptr;
            }
    if (problem) *problem = ChartProblem::Analysis;
    PortfolioAnalysis *a = analysis(error);
    if (!a) return nullptr;
    switch (kind) {
    case ChartKind::Graph:
        return std::make_unique<DependencyGraphChart>(dependencyGraphInput(*a));
    case ChartKind::Timeline: {
        if (options.delays.isEmpty()) return std::make_unique<TimelineChart>(timelineInput(*a));
        auto in = whatIfInput(*a, options.delays, error);
        if (!in) return nullptr;
        return std::make_unique<TimelineChart>(std::move(*in));
    }
    case ChartKind::Histogram:
    case ChartKind::Tornado: {
        const analysis::MonteCarloResult *mc = a->monteCarlo(options, error);
        if (!mc) return nullptr;
        if (kind == ChartKind::Histogram) return std::make_unique<HistogramChart>(histogramInput(*a, *mc, options));
        return std::make_unique<TornadoChart>(tornadoInput(*a, *mc, options));
    }
    case ChartKind::Trend: { // the baselines and the current state (earlier versions: the deck's --since)
        const auto forecast = forecastOf(*a, options, error);
        if (!forecast) return nullptr;
        return std::make_unique<TrendChart>(trendInput(portfolio, *forecast, {}, options));
    }
    default:
        break;
    }
    return nullptr;
}

ChartFile renderChartFile(const model::Portfolio &portfolio, ChartKind kind, const ChartOptions &options,
                          const QSize &size, ImageFormat format)
{
    const ExportLanguage language(options.language); // for making the chart (its inputs) and painting it
    ChartFile file;
    ChartFactory factory(portfolio);
    const std::unique_ptr<Chart> chart = factory.make(kind, options, &file.error, &file.problem);
    if (chart) file.bytes = renderChart(*chart, frameInfo(portfolio), size, format);
    return file;
}

} // namespace rb::exporting
