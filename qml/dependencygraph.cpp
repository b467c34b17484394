// dependencygraph.cpp
#include "qml/dependencygraph.h"

#include "model/palette.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace rb::ui {

namespace an = rb::analysis;
using rb::model::fromDayNumber;

namespace {
constexpr int kNodeW = 200, kNodeH = 58; // layout units (px at zoom 1)
constexpr qreal kReadableZoom = 0.42;    // the smallest zoom at which a box holds its code at kSmallPt
QFont font(qreal pt, bool bold = false)
{
    QFont f(QString::fromLatin1(palette::kFontFamily));
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}
const char *linkName(an::LinkType t)
{
    switch (t) {
    case an::LinkType::FS:
        return "FS";
    case an::LinkType::SS:
        return "SS";
    case an::LinkType::FF:
        return "FF";
    case an::LinkType::SF:
        return "SF";
    }
    return "";
}
} // namespace

// The painter's line styles are the engine's link types, in the same order.
static_assert(int(an::LinkType::SS) == int(rb::exporting::GraphScene::LinkStyle::SS)
              && int(an::LinkType::FF) == int(rb::exporting::GraphScene::LinkStyle::FF)
              && int(an::LinkType::SF) == int(rb::exporting::GraphScene::LinkStyle::SF));

DependencyGraph::DependencyGraph(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAntialiasing(true);
    setFillColor(palette::background());
    reload();
}

void DependencyGraph::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &DocumentController::scheduleChanged, this, &DependencyGraph::reload);
        // Save As renames the document without making it another one.
        connect(document, &DocumentController::fileNameChanged, this,
                [this, document] { m_fileName = document->fileName(); });
    }
    emit documentChanged();
    m_schedule = nullptr; // another document: start afresh
    reload();
}

void DependencyGraph::setAppState(AppState *state)
{
    if (m_state == state) return;
    if (m_state) disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    // Strings made here are translated here: a language switch re-reads them.
    if (state)
        connect(state, &AppState::languageChanged, this, [this] {
            updateSelectionInfo();
            emit layoutChanged();
        });
    emit appStateChanged();
}

void DependencyGraph::reload()
{
    DocumentController *d = m_document;
    // Another document (opened: its name is set before its schedule is built) starts afresh.
    const bool firstLoad = !m_schedule || (d && d->fileName() != m_fileName);
    m_fileName = d ? d->fileName() : QString();
    m_schedule = d ? d->schedule() : nullptr;
    m_input = {};
    m_onCriticalPath.clear();
    if (m_schedule) {
        const auto &net = m_schedule->network();
        std::vector<std::int32_t> groups;
        std::set<int> themeIds;
        for (const auto &p : d->portfolio().posts) {
            groups.push_back(p.theme);
            themeIds.insert(p.theme);
        }
        m_input = an::layoutInputFor(net, std::move(groups));
        m_onCriticalPath.assign(net.taskCount(), 0);
        for (const auto &path : an::criticalPaths(net, m_schedule->schedule()))
            for (auto t : path) m_onCriticalPath[t] = 1;
        // A large portfolio opens with every theme collapsed: 2,000 boxes at once are a hairball.
        std::set<int> collapsed = m_collapsed;
        if (firstLoad)
            collapsed = net.taskCount() > std::size_t(kLargePortfolio) ? themeIds : std::set<int>{};
        else
            std::erase_if(collapsed, [&](int t) { return !themeIds.count(t); });
        setCollapsed(std::move(collapsed));
    }
    if (QVariantList themes = themeList(); themes != m_themes) {
        m_themes = std::move(themes);
        emit themesChanged();
    }
    updateSelectionInfo();
    m_fitted = m_fitted && !firstLoad;
    relayout();
}

void DependencyGraph::relayout()
{
    m_view = {};
    m_layout = {};
    m_visitOrder.clear();
    if (m_schedule) {
        if (m_mode == Neighbourhood) {
            const int task = m_schedule->taskOf(m_selected);
            if (task >= 0) {
                std::vector<std::uint8_t> include(m_input.nodeCount, 0);
                for (std::uint32_t v : an::neighbourhood(m_input, std::uint32_t(task), m_depth)) include[v] = 1;
                m_view = an::viewGraph(m_input, include, {});
            }
        } else {
            m_view = an::viewGraph(m_input, {}, std::vector<std::int32_t>(m_collapsed.begin(), m_collapsed.end()));
        }
        an::LayoutOptions opt;
        opt.nodeWidth = kNodeW;
        opt.nodeHeight = kNodeH;
        opt.layerSpacing = 90;
        opt.nodeSpacing = 10;
        opt.groupSpacing = 18;
        m_layout = an::layeredLayout(m_view.input, opt);
        for (std::uint32_t i = 0; i < m_layout.nodes.size(); ++i)
            if (m_view.inputNode[i] >= 0) m_visitOrder.push_back(i);
        std::sort(m_visitOrder.begin(), m_visitOrder.end(), [&](auto a, auto b) {
            const auto &na = m_layout.nodes[a], &nb = m_layout.nodes[b];
            return std::tie(na.layer, na.y) < std::tie(nb.layer, nb.y);
        });
    }
    if (!m_fitted || !m_schedule || m_mode == Neighbourhood) fitToView();
    emit layoutChanged();
    update();
}

void DependencyGraph::geometryChange(const QRectF &n, const QRectF &o)
{
    QQuickPaintedItem::geometryChange(n, o);
    if ((!m_fitted || m_mode == Neighbourhood) && n.width() > 0 && n.height() > 0) fitToView();
}

void DependencyGraph::setMode(Mode mode)
{
    if (m_mode == mode) return;
    m_mode = mode;
    m_fitted = false;
    emit modeChanged();
    relayout();
    if (mode == WholeGraph && !m_selected.isEmpty()) centreOn(m_selected);
}

void DependencyGraph::setDepth(int depth)
{
    depth = std::clamp(depth, 1, 9);
    if (m_depth == depth) return;
    m_depth = depth;
    emit modeChanged();
    if (m_mode == Neighbourhood) relayout();
}

void DependencyGraph::fitToView()
{
    if (width() <= 0 || height() <= 0 || m_layout.width <= 0) return;
    const qreal margin = 24;
    // A small neighbourhood is not blown up beyond its natural size.
    const qreal widthFit = (width() - 2 * margin) / m_layout.width;
    m_zoom = std::clamp(std::min(widthFit, (height() - 2 * margin) / m_layout.height), 0.02,
                        m_mode == Neighbourhood ? 1.2 : 2.0);
    m_panX = (width() - m_layout.width * m_zoom) / 2;
    m_panY = (height() - m_layout.height * m_zoom) / 2;
    // A graph that is tall rather than wide (MAB: 23 posts in its first layer) would fit only below the
    // readable size, boxes without codes. When its width allows, it is shown readable instead, from the
    // top, to scroll down (wheel, arrows); "−" still zooms out to see it whole.
    if (m_mode == WholeGraph && m_zoom < kReadableZoom && widthFit >= kReadableZoom) {
        m_zoom = kReadableZoom;
        m_panX = (width() - m_layout.width * m_zoom) / 2;
        m_panY = margin;
    }
    m_fitted = true;
    // A neighbourhood is for reading: never so small that the codes disappear; centred on the post.
    const int task = m_schedule ? m_schedule->taskOf(m_selected) : -1;
    if (m_mode == Neighbourhood && m_zoom < kReadableZoom && task >= 0 && std::size_t(task) < m_view.nodeOf.size()
        && m_view.nodeOf[task] >= 0) {
        m_zoom = kReadableZoom;
        const auto &n = m_layout.nodes[std::size_t(m_view.nodeOf[task])];
        m_panX = width() / 2 - (n.x + kNodeW / 2.0) * m_zoom;
        m_panY = height() / 2 - (n.y + kNodeH / 2.0) * m_zoom;
    }
    emit viewChanged();
    update();
}

void DependencyGraph::zoomAt(qreal factor, qreal x, qreal y)
{
    const qreal z = std::clamp(m_zoom * factor, 0.02, 4.0);
    const qreal lx = (x - m_panX) / m_zoom, ly = (y - m_panY) / m_zoom; // layout point under the cursor
    m_zoom = z;
    m_panX = x - lx * z;
    m_panY = y - ly * z;
    emit viewChanged();
    update();
}

void DependencyGraph::panBy(qreal dx, qreal dy)
{
    m_panX += dx;
    m_panY += dy;
    emit viewChanged();
    update();
}

QRectF DependencyGraph::nodeRect(int v) const
{
    const auto &n = m_layout.nodes[std::size_t(v)];
    return {toView(n.x, n.y), QSizeF(kNodeW * m_zoom, kNodeH * m_zoom)};
}

int DependencyGraph::viewNodeAt(qreal x, qreal y) const
{
    for (int i = 0; i < int(m_layout.nodes.size()); ++i)
        if (nodeRect(i).contains(x, y)) return i;
    return -1;
}

QString DependencyGraph::postAt(qreal x, qreal y) const
{
    const int v = viewNodeAt(x, y);
    return v >= 0 && m_view.inputNode[v] >= 0 ? m_schedule->postId(std::uint32_t(m_view.inputNode[v])) : QString();
}

int DependencyGraph::themeAt(qreal x, qreal y) const
{
    const int v = viewNodeAt(x, y);
    return v >= 0 && m_view.inputNode[v] < 0 ? m_view.group[v] : -1;
}

QPointF DependencyGraph::postCentre(const QString &postId) const
{
    const int task = m_schedule ? m_schedule->taskOf(postId) : -1;
    const int v = task >= 0 && std::size_t(task) < m_view.nodeOf.size() ? m_view.nodeOf[task] : -1;
    if (v < 0 || m_view.inputNode[v] < 0) return {-1, -1};
    return nodeRect(v).center();
}

QString DependencyGraph::neighbour(int delta) const
{
    if (!m_schedule || m_visitOrder.empty()) return {};
    const int task = m_schedule->taskOf(m_selected);
    const int current = task >= 0 && std::size_t(task) < m_view.nodeOf.size() ? m_view.nodeOf[task] : -1;
    const auto it = std::find(m_visitOrder.begin(), m_visitOrder.end(), std::uint32_t(std::max(current, 0)));
    int pos = current < 0 || it == m_visitOrder.end() ? 0 : int(it - m_visitOrder.begin()) + delta;
    pos = std::clamp(pos, 0, int(m_visitOrder.size()) - 1);
    return m_schedule->postId(std::uint32_t(m_view.inputNode[m_visitOrder[pos]]));
}

QString DependencyGraph::findPost(const QString &text) const
{
    const QString q = text.trimmed();
    DocumentController *d = m_document;
    if (q.isEmpty() || !d) return {};
    const auto &posts = d->portfolio().posts;
    // Best tier first: exact code, code prefix, code substring, title substring.
    const std::function<bool(const rb::model::Post &)> tiers[] = {
        [&](const auto &p) { return p.id.compare(q, Qt::CaseInsensitive) == 0; },
        [&](const auto &p) { return p.id.startsWith(q, Qt::CaseInsensitive); },
        [&](const auto &p) { return p.id.contains(q, Qt::CaseInsensitive); },
        [&](const auto &p) { return p.title.contains(q, Qt::CaseInsensitive); },
    };
    for (const auto &matches : tiers)
        for (const auto &p : posts)
            if (matches(p)) return p.id;
    return {};
}

int DependencyGraph::matchCount(const QString &text) const
{
    const QString q = text.trimmed();
    DocumentController *d = m_document;
    if (q.isEmpty() || !d) return 0;
    const auto &posts = d->portfolio().posts;
    return int(std::count_if(posts.begin(), posts.end(), [&](const auto &p) {
        return p.id.contains(q, Qt::CaseInsensitive) || p.title.contains(q, Qt::CaseInsensitive);
    }));
}

void DependencyGraph::centreOn(const QString &postId)
{
    const int task = m_schedule ? m_schedule->taskOf(postId) : -1;
    if (task < 0) return;
    const int theme = std::size_t(task) < m_input.groups.size() ? m_input.groups[task] : 0;
    if (m_mode == WholeGraph && m_collapsed.count(theme)) {
        std::set<int> themes = m_collapsed;
        themes.erase(theme);
        setCollapsed(std::move(themes));
        relayout();
    }
    const int v = m_view.nodeOf.empty() ? -1 : m_view.nodeOf[task];
    if (v < 0) return;
    m_zoom = std::max(m_zoom, 1.0); // readable: the post's code and title at their full size
    const auto &n = m_layout.nodes[std::size_t(v)];
    m_panX = width() / 2 - (n.x + kNodeW / 2.0) * m_zoom;
    m_panY = height() / 2 - (n.y + kNodeH / 2.0) * m_zoom;
    m_fitted = true;
    emit viewChanged();
    update();
}

void DependencyGraph::setCollapsed(std::set<int> themes)
{
    if (themes == m_collapsed) return;
    m_collapsed = std::move(themes);
    emit collapsedThemesChanged();
}

void DependencyGraph::setThemeCollapsed(int theme, bool collapsed)
{
    if (collapsed == bool(m_collapsed.count(theme))) return;
    std::set<int> themes = m_collapsed;
    if (collapsed)
        themes.insert(theme);
    else
        themes.erase(theme);
    setCollapsed(std::move(themes));
    m_fitted = false;
    if (m_mode == WholeGraph)
        relayout();
    else
        emit layoutChanged();
}

void DependencyGraph::setAllThemesCollapsed(bool collapsed)
{
    setCollapsed(collapsed ? std::set<int>(m_input.groups.begin(), m_input.groups.end()) : std::set<int>{});
    m_fitted = false;
    if (m_mode == WholeGraph)
        relayout();
    else
        emit layoutChanged();
}

QVariantList DependencyGraph::themeList() const
{
    DocumentController *d = m_document;
    std::map<int, int> counts;
    for (int g : m_input.groups) ++counts[g];
    QVariantList out;
    for (const auto &[theme, posts] : counts) {
        QString name;
        if (d)
            for (const auto &th : d->portfolio().programme.themes)
                if (th.id == theme) name = th.name;
        out << QVariantMap{
            {QStringLiteral("theme"), theme}, {QStringLiteral("name"), name}, {QStringLiteral("posts"), posts}};
    }
    return out;
}

int DependencyGraph::visiblePostCount() const
{
    return int(std::count_if(m_view.inputNode.begin(), m_view.inputNode.end(), [](int n) { return n >= 0; }));
}

void DependencyGraph::setSelectedPostId(const QString &id)
{
    if (m_selected == id) return;
    m_selected = id;
    emit selectedPostIdChanged();
    updateSelectionInfo();
    if (m_mode == Neighbourhood) relayout();
    update();
}

void DependencyGraph::updateSelectionInfo()
{
    m_preds.clear();
    m_succs.clear();
    m_chain.clear();
    m_chainTasks.clear();
    m_chainLinks.clear();
    m_title.clear();
    m_float.clear();
    m_dates.clear();
    const int task = m_schedule ? m_schedule->taskOf(m_selected) : -1;
    if (task >= 0) {
        const auto &net = m_schedule->network();
        const auto &sched = m_schedule->schedule();
        const auto &posts = DocumentController::portfolioOf(m_document).posts;
        m_title = QStringLiteral("%1 %2").arg(m_selected, posts[task].title);
        for (const an::Link &l : net.links()) {
            const QString lag
                = l.lagDays ? QStringLiteral(" %1%2d").arg(l.lagDays > 0 ? "+" : "").arg(l.lagDays) : QString();
            if (l.to == std::uint32_t(task))
                m_preds << QStringLiteral("%1 (%2%3)")
                               .arg(m_schedule->postId(l.from), QLatin1String(linkName(l.type)), lag);
            if (l.from == std::uint32_t(task))
                m_succs
                    << QStringLiteral("%1 (%2%3)").arg(m_schedule->postId(l.to), QLatin1String(linkName(l.type)), lag);
        }
        const an::TaskDates &d = sched.tasks[task];
        m_float = d.critical ? QCoreApplication::translate("DependencyGraph", "%1 days (critical)").arg(d.totalFloat)
                             : QCoreApplication::translate("DependencyGraph", "%1 days").arg(d.totalFloat);
        m_dates = QCoreApplication::translate("DependencyGraph", "%1 – %2")
                      .arg(QLocale().toString(fromDayNumber(d.earlyStart), QLocale::ShortFormat),
                           QLocale().toString(fromDayNumber(d.earlyFinish), QLocale::ShortFormat));
        // explainStart: element 0 is the post itself, then the predecessors that drive it.
        for (const an::DrivingStep &s : an::explainStart(net, sched, std::uint32_t(task))) {
            m_chainTasks.insert(s.task);
            const QString id = m_schedule->postId(s.task);
            const QString start = QLocale().toString(fromDayNumber(s.earlyStart), QLocale::ShortFormat);
            switch (s.driver) {
            case an::Driver::ProjectStart:
                m_chain << QCoreApplication::translate("DependencyGraph", "%1 starts %2 at the programme start")
                               .arg(id, start);
                break;
            case an::Driver::StartConstraint:
                m_chain << QCoreApplication::translate("DependencyGraph", "%1 starts %2 as planned (start date)")
                               .arg(id, start);
                break;
            case an::Driver::Fixed:
                m_chain << QCoreApplication::translate("DependencyGraph", "%1 is done (fixed dates)").arg(id);
                break;
            case an::Driver::ActualStart:
                m_chain
                    << QCoreApplication::translate("DependencyGraph", "%1 started %2 (actual start)").arg(id, start);
                break;
            case an::Driver::StatusDate:
                m_chain << QCoreApplication::translate("DependencyGraph",
                                                       "%1 starts %2: not started by the status date")
                               .arg(id, start);
                break;
            case an::Driver::Link: {
                m_chainLinks.insert(*s.link);
                const auto &link = net.links()[*s.link];
                m_chain << QCoreApplication::translate("DependencyGraph", "%1 starts %2, driven by %3 (%4)")
                               .arg(id, start, m_schedule->postId(link.from), QLatin1String(linkName(s.linkType)));
                break;
            }
            }
        }
    }
    emit selectionInfoChanged();
}

QString DependencyGraph::criticalPathText() const
{
    if (!m_schedule) return {};
    // All of them, as the exported graph lists them: MAB has several (posts tied to the end date).
    const QStringList paths = m_schedule->criticalPathTexts();
    if (paths.empty()) return QCoreApplication::translate("DependencyGraph", "No critical path.");
    return paths.join(QStringLiteral("; "));
}

QString DependencyGraph::accessibleSummary() const
{
    if (!m_schedule) return m_document ? m_document->scheduleError() : QString();
    const QString view = m_mode == Neighbourhood
        ? QCoreApplication::translate("DependencyGraph", "Showing the neighbourhood of %1: %2 posts.")
              .arg(m_selected)
              .arg(visiblePostCount())
        : QCoreApplication::translate("DependencyGraph", "Showing %1 posts; %2 themes collapsed.")
              .arg(visiblePostCount())
              .arg(m_collapsed.size());
    return QCoreApplication::translate("DependencyGraph",
                                       "Dependency graph of %1 posts and %2 links. %3 Critical path: %4.")
        .arg(m_schedule->network().taskCount())
        .arg(m_schedule->network().linkCount())
        .arg(view, criticalPathText());
}

void DependencyGraph::paint(QPainter *p)
{
    m_smallestPt = 0;
    m_paintedEdges = 0;
    if (!m_schedule || m_layout.nodes.empty()) {
        p->setPen(m_schedule ? palette::mutedText() : warningColor());
        p->setFont(font(palette::kLabelPt));
        const QString text = m_schedule
            ? QCoreApplication::translate("DependencyGraph",
                                          "Select a post (type its code in the search box) to see its neighbourhood.")
            : m_document ? m_document->scheduleError()
                         : QString();
        p->drawText(boundingRect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, text);
        emit painted();
        return;
    }
    const int task = m_schedule->taskOf(m_selected);
    const int selectedNode = task >= 0 && std::size_t(task) < m_view.nodeOf.size() ? m_view.nodeOf[task] : -1;
    // What is drawn is the export's painter (charts/dependencygraphpainter.h); this item adds the view.
    const rb::exporting::GraphPaintStats stats
        = rb::exporting::paintGraphScene(*p, scene(selectedNode), boundingRect().adjusted(-20, -20, 20, 20));
    m_smallestPt = stats.smallestPt;
    m_paintedEdges = stats.paintedEdges;
    emit painted();
}

rb::exporting::GraphScene DependencyGraph::scene(int selectedNode) const
{
    using rb::exporting::GraphScene;
    const auto &net = m_schedule->network();
    const auto &portfolio = DocumentController::portfolioOf(m_document);
    GraphScene scene;
    scene.zoom = m_zoom;
    // FS solid, SS dashed, FF dotted, SF dash-dot; non-FS types and lags also carry a label. Merged links
    // to and from a collapsed theme: solid grey, "×N" when they stand for more than one.
    for (std::size_t e = 0; e < m_layout.edges.size(); ++e) {
        const auto &route = m_layout.edges[e];
        GraphScene::Edge edge;
        for (const auto &pt : route.points) edge.points << toView(pt.x, pt.y);
        const int linkIndex = m_view.inputEdge[e];
        const an::Link *link = linkIndex >= 0 ? &net.links()[std::size_t(linkIndex)] : nullptr;
        edge.critical = link && m_onCriticalPath[link->from] && m_onCriticalPath[link->to]
            && m_schedule->schedule().tasks[link->to].critical;
        edge.chain = link && m_chainLinks.count(std::uint32_t(linkIndex));
        edge.touching = selectedNode >= 0 && (int(route.from) == selectedNode || int(route.to) == selectedNode);
        edge.style = GraphScene::LinkStyle(int(link ? link->type : an::LinkType::FS));
        edge.label = !link ? (m_view.edgeCount[e] > 1 ? QStringLiteral("×%1").arg(m_view.edgeCount[e]) : QString())
                           : rb::exporting::linkLabel(QLatin1String(linkName(link->type)), link->lagDays);
        scene.edges << edge;
    }
    for (int v = 0; v < int(m_layout.nodes.size()); ++v) {
        GraphScene::Node node;
        node.rect = nodeRect(v);
        const int i = m_view.inputNode[v];
        if (i < 0) { // a collapsed theme
            node.collapsedTheme = true;
            node.theme = m_view.group[v];
            QString name;
            for (const auto &th : portfolio.programme.themes)
                if (th.id == m_view.group[v]) name = th.name;
            // A plain variable for the count: Qt 6.4's lupdate never returns on a cast in that argument.
            const int members = int(m_view.members[v]);
            node.code = QCoreApplication::translate("DependencyGraph", "Theme %1 %2")
                            .arg(m_view.group[v])
                            .arg(name)
                            .trimmed();
            node.title = QCoreApplication::translate("DependencyGraph", "%n post(s), collapsed", "", members);
        } else {
            const auto &post = portfolio.posts[i];
            node.code = post.id;
            node.title = post.title;
            node.theme = post.theme;
            node.external = post.kind == rb::model::PostKind::External;
            node.critical = m_onCriticalPath[i];
            node.done = post.status == rb::model::PostStatus::Done;
            node.chain = m_chainTasks.count(std::uint32_t(i));
            node.selected = v == selectedNode;
        }
        scene.nodes << node;
    }
    return scene;
}

} // namespace rb::ui
