// scheduleinputs.cpp — analysis results → chart inputs.
#include "export/scheduleinputs.h"

#include "analysis/cpm.h"
#include "analysis/layout.h"
#include "analysis/propagation.h"
#include "export/chartinputs.h"
#include "charts/exportlanguage.h"
#include "model/timelineplan.h"

#include <QSet>

#include <algorithm>

namespace rb::exporting {

using namespace rb::model;
namespace an = rb::analysis;

std::shared_ptr<PortfolioAnalysis> PortfolioAnalysis::build(const Portfolio &portfolio, QString *error)
{
    auto schedule = PortfolioSchedule::build(portfolio, error);
    if (!schedule) return nullptr;
    auto a = std::shared_ptr<PortfolioAnalysis>(new PortfolioAnalysis);
    a->m_portfolio = portfolio;
    a->m_schedule = std::move(schedule);
    return a;
}

QStringList PortfolioAnalysis::criticalPosts() const
{
    QStringList ids;
    for (const auto &path : an::criticalPaths(m_schedule->network(), m_schedule->schedule()))
        for (const QString &id : m_schedule->postIds(path))
            if (!ids.contains(id)) ids << id;
    return ids;
}

QStringList PortfolioAnalysis::criticalPathTexts() const { return m_schedule->criticalPathTexts(); }

const an::MonteCarloResult *PortfolioAnalysis::monteCarlo(const ChartOptions &options, QString *error)
{
    if (m_monteCarlo && m_seed == options.seed && m_iterations == options.iterations) return &*m_monteCarlo;
    an::MonteCarloOptions o;
    o.seed = options.seed;
    o.iterations = options.iterations;
    o.taskPercentiles = false;
    o.criticality = true;
    const an::MonteCarloModel model = m_schedule->monteCarloModel();
    auto r = an::runMonteCarlo(m_schedule->network(), model, o);
    an::MonteCarloOptions finishOnly = o;
    finishOnly.criticality = false;
    auto after = r ? an::runMonteCarlo(m_schedule->network(),
                                       m_schedule->monteCarloModel(an::DistributionKind::Triangular,
                                                                   PortfolioSchedule::RiskProbability::Residual),
                                       finishOnly)
                   : r;
    auto drivers = after ? an::computeDrivers(m_schedule->network(), model, *r, m_schedule->registerEvents(model), o)
                         : an::Result<std::vector<an::FinishDriver>>(after.error());
    if (!drivers) {
        *error = translate("rb::exporting::Charts", "the simulation failed: %1")
                     .arg(QString::fromStdString(drivers.error().message));
        return nullptr;
    }
    m_monteCarlo = std::move(r).value();
    m_mitigated = std::move(after).value();
    m_drivers = std::move(drivers).value();
    m_driverIds.clear();
    for (const an::FinishDriver &d : m_drivers)
        m_driverIds << (d.kind == an::DriverKind::Task ? m_schedule->postId(d.index)
                                                       : m_schedule->riskId(model, d.index));
    m_seed = options.seed;
    m_iterations = options.iterations;
    return &*m_monteCarlo;
}

namespace {

// Consecutive (from, to) task pairs of every critical path.
QSet<QPair<uint32_t, uint32_t>> criticalLinks(const PortfolioSchedule &s)
{
    QSet<QPair<uint32_t, uint32_t>> pairs;
    for (const auto &path : an::criticalPaths(s.network(), s.schedule()))
        for (size_t i = 1; i < path.size(); ++i) pairs.insert(qMakePair(path[i - 1], path[i]));
    return pairs;
}

QSet<uint32_t> criticalTasks(const PortfolioSchedule &s)
{
    QSet<uint32_t> tasks;
    for (const auto &path : an::criticalPaths(s.network(), s.schedule()))
        for (uint32_t t : path) tasks.insert(t);
    return tasks;
}

} // namespace

// The painter's line styles are the document's link types, in the same order.
static_assert(int(LinkType::SS) == int(GraphScene::LinkStyle::SS) && int(LinkType::FF) == int(GraphScene::LinkStyle::FF)
              && int(LinkType::SF) == int(GraphScene::LinkStyle::SF));

DependencyGraphChart::Input dependencyGraphInput(const PortfolioAnalysis &analysis)
{
    const Portfolio &portfolio = analysis.portfolio();
    const PortfolioSchedule &s = analysis.schedule();
    DependencyGraphChart::Input in;
    for (int t = 1; t <= 5; ++t) in.themes << themeName(portfolio, t);

    // Only posts with at least one dependency; the layout works on that subset.
    QList<int> nodes; // post indices
    QHash<int, uint32_t> nodeOf;
    for (const Dependency &d : portfolio.dependencies)
        for (const QString &id : {d.from, d.to}) {
            const int i = portfolio.postIndex(id);
            if (i >= 0 && !nodeOf.contains(i)) {
                nodeOf.insert(i, uint32_t(nodes.size()));
                nodes << i;
            }
        }
    in.unconnected = int(portfolio.posts.size() - nodes.size());
    if (nodes.isEmpty()) return in;
    // Keep the document's order within a layer stable: sort nodes by post index.
    std::sort(nodes.begin(), nodes.end());
    for (int n = 0; n < nodes.size(); ++n) nodeOf[nodes[n]] = uint32_t(n);

    an::LayoutInput li;
    li.nodeCount = uint32_t(nodes.size());
    for (const Dependency &d : portfolio.dependencies)
        li.edges.push_back({nodeOf.value(portfolio.postIndex(d.from)), nodeOf.value(portfolio.postIndex(d.to))});
    for (int i : nodes) li.groups.push_back(portfolio.posts[i].theme);
    an::LayoutOptions lo;
    lo.nodeWidth = 230;
    lo.nodeHeight = 60;
    lo.layerSpacing = 80;
    lo.nodeSpacing = 16;
    lo.groupSpacing = 20;
    an::GraphLayout layout = an::layeredLayout(li, lo);
    // Spread the layers so that the drawing has the shape of the slide body (about 2.2 : 1) instead of a
    // narrow column in the middle: wider gaps leave room for the edges and their labels.
    if (layout.layerCount > 1) {
        const int wanted = int(layout.height * 2.2);
        const int spacing = (wanted - layout.layerCount * lo.nodeWidth) / (layout.layerCount - 1);
        if (spacing > lo.layerSpacing) {
            lo.layerSpacing = std::min(spacing, 420);
            layout = an::layeredLayout(li, lo);
        }
    }

    const QSet<uint32_t> critical = criticalTasks(s);
    const auto criticalPairs = criticalLinks(s);
    for (int n = 0; n < nodes.size(); ++n) {
        const Post &p = portfolio.posts[nodes[n]];
        const auto &pl = layout.nodes[size_t(n)];
        in.nodes << DependencyGraphChart::Node{p.id,
                                               p.title,
                                               p.theme,
                                               p.kind == PostKind::External,
                                               critical.contains(uint32_t(nodes[n])),
                                               p.status == PostStatus::Done,
                                               QRectF(pl.x, pl.y, lo.nodeWidth, lo.nodeHeight)};
    }
    for (size_t e = 0; e < layout.edges.size(); ++e) {
        const Dependency &d = portfolio.dependencies[qsizetype(e)];
        DependencyGraphChart::Edge edge;
        for (const auto &pt : layout.edges[e].points) edge.points << QPointF(pt.x, pt.y);
        edge.critical = criticalPairs.contains(
            qMakePair(uint32_t(portfolio.postIndex(d.from)), uint32_t(portfolio.postIndex(d.to))));
        edge.style = GraphScene::LinkStyle(int(d.type)); // FS SS FF SF, in the order of model/portfolio.h
        edge.label = linkLabel(toString(d.type), d.lagDays);
        in.edges << edge;
    }
    in.layoutSize = QSizeF(layout.width, layout.height);
    in.criticalPath = analysis.criticalPathTexts().join(QStringLiteral("; "));
    return in;
}

TimelineChart::Input timelineInput(const PortfolioAnalysis &analysis)
{
    return buildTimelinePlan(analysis.portfolio(), analysis.schedule());
}

std::optional<TimelineChart::Input> whatIfInput(const PortfolioAnalysis &analysis,
                                                const QList<QPair<QString, int>> &delays, QString *error)
{
    const PortfolioSchedule &s = analysis.schedule();
    an::DelayScenario scenario;
    TimelineScenario whatIf;
    QStringList text;
    for (const auto &d : delays) {
        const int task = s.taskOf(d.first);
        if (task < 0) {
            *error = translate("rb::exporting::Charts", "unknown post '%1' in --delay").arg(d.first);
            return std::nullopt;
        }
        scenario.slips.push_back(an::Slip{uint32_t(task), d.second});
        whatIf.slips[d.first] += d.second;
        text << QStringLiteral("%1 %2%3 d").arg(d.first, d.second >= 0 ? QStringLiteral("+") : QString()).arg(d.second);
    }
    an::DelayPropagator propagator(s.network(), s.schedule());
    auto result = propagator.propagate(scenario);
    if (!result) {
        *error = translate("rb::exporting::Charts", "the what-if cannot be computed: %1")
                     .arg(QString::fromStdString(result.error().message));
        return std::nullopt;
    }
    whatIf.result = &*result;
    whatIf.text = text.join(QStringLiteral(", "));
    return buildTimelinePlan(analysis.portfolio(), s, &whatIf);
}

HistogramChart::Input histogramInput(const PortfolioAnalysis &analysis, const an::MonteCarloResult &result,
                                     const ChartOptions &options)
{
    HistogramChart::Input in;
    for (const an::FinishBin &b : result.finishDistribution)
        in.bins << HistogramChart::Bin{fromDayNumber(b.day), int(b.count)};
    in.iterations = int(result.iterations);
    in.seed = options.seed;
    in.p50 = fromDayNumber(result.finish.p50);
    in.p80 = fromDayNumber(result.finish.p80);
    in.p90 = fromDayNumber(result.finish.p90);
    in.plannedFinish = fromDayNumber(analysis.schedule().schedule().finish);
    in.programmeEnd = analysis.portfolio().programme.end;
    if (analysis.mitigated())
        for (const an::FinishBin &b : analysis.mitigated()->finishDistribution)
            in.mitigatedBins << HistogramChart::Bin{fromDayNumber(b.day), int(b.count)};
    return in;
}

TornadoChart::Input tornadoInput(const PortfolioAnalysis &analysis, const an::MonteCarloResult &result,
                                 const ChartOptions &options, int top)
{
    const Portfolio &portfolio = analysis.portfolio();
    TornadoChart::Input in;
    in.iterations = int(result.iterations);
    in.seed = options.seed;
    // The drivers in days of the same run (monteCarlo() computed them); items that move nothing left out.
    for (size_t k = 0; k < analysis.drivers().size() && in.drivers.size() < top; ++k) {
        const an::FinishDriver &d = analysis.drivers()[k];
        if (d.p80Days == 0) continue;
        const QString id = analysis.driverIds().value(int(k));
        if (d.kind == an::DriverKind::Risk) {
            const auto risk = std::find_if(portfolio.risks.begin(), portfolio.risks.end(),
                                           [&](const Risk &x) { return x.id == id; });
            in.drivers << TornadoChart::Driver{id, risk != portfolio.risks.end() ? risk->title : QString(), d.p80Days,
                                               -1.0};
            continue;
        }
        const int i = portfolio.postIndex(id);
        in.drivers << TornadoChart::Driver{id, i >= 0 ? portfolio.posts[i].title : QString(), d.p80Days,
                                           result.tasks.size() > d.index ? result.tasks[d.index].criticality : 0.0};
    }
    return in;
}

} // namespace rb::exporting
