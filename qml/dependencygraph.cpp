// dependencygraph.cpp
#include "qml/dependencygraph.h"

#include "model/palette.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace rb::ui {

namespace an = rb::analysis;
using rb::model::fromDayNumber;

namespace {
constexpr int kNodeW = 200, kNodeH = 58; // layout units (px at zoom 1)
QFont font(qreal pt, bool bold = false)
{
    QFont f(QString::fromLatin1(palette::kFontFamily));
    f.setPointSizeF(std::max(1.0, pt));
    f.setBold(bold);
    return f;
}
const char *linkName(an::LinkType t)
{
    switch (t) {
    case an::LinkType::FS: return "FS";
    case an::LinkType::SS: return "SS";
    case an::LinkType::FF: return "FF";
    case an::LinkType::SF: return "SF";
    }
    return "";
}
} // namespace

DependencyGraph::DependencyGraph(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAntialiasing(true);
    setFillColor(palette::background());
    if (DocumentController *d = DocumentController::instance())
        connect(d, &DocumentController::scheduleChanged, this, &DependencyGraph::relayout);
    // Strings made here are translated here: a language switch re-reads them.
    if (AppState *app = AppState::instance())
        connect(app, &AppState::languageChanged, this, [this] {
            updateSelectionInfo();
            emit layoutChanged();
        });
    relayout();
}

void DependencyGraph::relayout()
{
    DocumentController *d = DocumentController::instance();
    m_schedule = d ? d->schedule() : nullptr;
    m_layout = {};
    m_onCriticalPath.clear();
    m_visitOrder.clear();
    if (m_schedule) {
        const auto &net = m_schedule->network();
        std::vector<std::int32_t> groups;
        for (const auto &p : d->portfolio().posts)
            groups.push_back(p.theme);
        an::LayoutOptions opt;
        opt.nodeWidth = kNodeW;
        opt.nodeHeight = kNodeH;
        opt.layerSpacing = 90;
        opt.nodeSpacing = 10;
        opt.groupSpacing = 18;
        m_layout = an::layeredLayout(an::layoutInputFor(net, groups), opt);
        m_onCriticalPath.assign(net.taskCount(), 0);
        for (const auto &path : an::criticalPaths(net, m_schedule->schedule()))
            for (auto t : path)
                m_onCriticalPath[t] = 1;
        for (std::uint32_t i = 0; i < m_layout.nodes.size(); ++i)
            m_visitOrder.push_back(i);
        std::sort(m_visitOrder.begin(), m_visitOrder.end(), [&](auto a, auto b) {
            const auto &na = m_layout.nodes[a], &nb = m_layout.nodes[b];
            return std::tie(na.layer, na.y) < std::tie(nb.layer, nb.y);
        });
    }
    if (!m_fitted || !m_schedule) fitToView();
    updateSelectionInfo();
    emit layoutChanged();
    update();
}

void DependencyGraph::geometryChange(const QRectF &n, const QRectF &o)
{
    QQuickPaintedItem::geometryChange(n, o);
    if (!m_fitted && n.width() > 0 && n.height() > 0) fitToView();
}

void DependencyGraph::fitToView()
{
    if (width() <= 0 || height() <= 0 || m_layout.width <= 0) return;
    const qreal margin = 24;
    m_zoom = std::clamp(std::min((width() - 2 * margin) / m_layout.width, (height() - 2 * margin) / m_layout.height), 0.05, 2.0);
    m_panX = (width() - m_layout.width * m_zoom) / 2;
    m_panY = (height() - m_layout.height * m_zoom) / 2;
    m_fitted = true;
    emit viewChanged();
    update();
}

void DependencyGraph::zoomAt(qreal factor, qreal x, qreal y)
{
    const qreal z = std::clamp(m_zoom * factor, 0.05, 4.0);
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

QString DependencyGraph::postAt(qreal x, qreal y) const
{
    if (!m_schedule) return {};
    const qreal lx = (x - m_panX) / m_zoom, ly = (y - m_panY) / m_zoom;
    for (std::uint32_t i = 0; i < m_layout.nodes.size(); ++i) {
        const auto &n = m_layout.nodes[i];
        if (lx >= n.x && lx <= n.x + kNodeW && ly >= n.y && ly <= n.y + kNodeH)
            return m_schedule->postId(i);
    }
    return {};
}

QString DependencyGraph::neighbour(int delta) const
{
    if (!m_schedule || m_visitOrder.empty()) return {};
    const int current = m_schedule->taskOf(m_selected);
    auto it = std::find(m_visitOrder.begin(), m_visitOrder.end(), std::uint32_t(std::max(current, 0)));
    int pos = current < 0 ? 0 : int(it - m_visitOrder.begin()) + delta;
    pos = std::clamp(pos, 0, int(m_visitOrder.size()) - 1);
    return m_schedule->postId(m_visitOrder[pos]);
}

void DependencyGraph::setSelectedPostId(const QString &id)
{
    if (m_selected == id) return;
    m_selected = id;
    emit selectedPostIdChanged();
    updateSelectionInfo();
    update();
}

void DependencyGraph::updateSelectionInfo()
{
    m_preds.clear();
    m_succs.clear();
    m_chain.clear();
    m_title.clear();
    m_float.clear();
    m_dates.clear();
    const int task = m_schedule ? m_schedule->taskOf(m_selected) : -1;
    if (task >= 0) {
        const auto &net = m_schedule->network();
        const auto &sched = m_schedule->schedule();
        const auto &posts = DocumentController::instance()->portfolio().posts;
        m_title = QStringLiteral("%1 %2").arg(m_selected, posts[task].title);
        for (const an::Link &l : net.links()) {
            const QString lag = l.lagDays ? QStringLiteral(" %1%2d").arg(l.lagDays > 0 ? "+" : "").arg(l.lagDays) : QString();
            if (l.to == std::uint32_t(task))
                m_preds << QStringLiteral("%1 (%2%3)").arg(m_schedule->postId(l.from), QLatin1String(linkName(l.type)), lag);
            if (l.from == std::uint32_t(task))
                m_succs << QStringLiteral("%1 (%2%3)").arg(m_schedule->postId(l.to), QLatin1String(linkName(l.type)), lag);
        }
        const an::TaskDates &d = sched.tasks[task];
        m_float = d.critical ? QCoreApplication::translate("DependencyGraph", "%1 days (critical)").arg(d.totalFloat) : QCoreApplication::translate("DependencyGraph", "%1 days").arg(d.totalFloat);
        m_dates = QCoreApplication::translate("DependencyGraph", "%1 – %2").arg(QLocale().toString(fromDayNumber(d.earlyStart), QLocale::ShortFormat),
                                    QLocale().toString(fromDayNumber(d.earlyFinish), QLocale::ShortFormat));
        // explainStart: element 0 is the post itself, then the predecessors that drive it.
        for (const an::DrivingStep &s : an::explainStart(net, sched, std::uint32_t(task))) {
            const QString id = m_schedule->postId(s.task);
            const QString start = QLocale().toString(fromDayNumber(s.earlyStart), QLocale::ShortFormat);
            switch (s.driver) {
            case an::Driver::ProjectStart: m_chain << QCoreApplication::translate("DependencyGraph", "%1 starts %2 at the programme start").arg(id, start); break;
            case an::Driver::StartConstraint: m_chain << QCoreApplication::translate("DependencyGraph", "%1 starts %2 as planned (start date)").arg(id, start); break;
            case an::Driver::Fixed: m_chain << QCoreApplication::translate("DependencyGraph", "%1 is done (fixed dates)").arg(id); break;
            case an::Driver::Link: {
                const auto &link = net.links()[*s.link];
                m_chain << QCoreApplication::translate("DependencyGraph", "%1 starts %2, driven by %3 (%4)").arg(id, start, m_schedule->postId(link.from),
                                                                  QLatin1String(linkName(s.linkType)));
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
    const auto paths = an::criticalPaths(m_schedule->network(), m_schedule->schedule());
    if (paths.empty()) return QCoreApplication::translate("DependencyGraph", "No critical path.");
    return m_schedule->postIds(paths.front()).join(QStringLiteral(" → "));
}

QString DependencyGraph::accessibleSummary() const
{
    if (!m_schedule) return DocumentController::instance() ? DocumentController::instance()->scheduleError() : QString();
    return QCoreApplication::translate("DependencyGraph", "Dependency graph of %1 posts and %2 links. Critical path: %3.")
        .arg(m_schedule->network().taskCount())
        .arg(m_schedule->network().linkCount())
        .arg(criticalPathText());
}

void DependencyGraph::paint(QPainter *p)
{
    if (!m_schedule) {
        p->setPen(warningColor());
        p->setFont(font(palette::kLabelPt));
        p->drawText(boundingRect(), Qt::AlignCenter | Qt::TextWordWrap,
                    DocumentController::instance() ? DocumentController::instance()->scheduleError() : QString());
        return;
    }
    const auto &net = m_schedule->network();
    const auto &posts = DocumentController::instance()->portfolio().posts;
    const int selected = m_schedule->taskOf(m_selected);
    const QRectF viewport = boundingRect().adjusted(-20, -20, 20, 20);

    // Edges: FS solid, SS dashed, FF dotted, SF dash-dot; non-FS types also carry a label.
    for (std::size_t e = 0; e < m_layout.edges.size(); ++e) {
        const auto &route = m_layout.edges[e];
        const an::Link &link = net.links()[e];
        if (route.points.size() < 2) continue;
        QPainterPath path(toView(route.points[0].x, route.points[0].y));
        for (std::size_t i = 1; i < route.points.size(); ++i)
            path.lineTo(toView(route.points[i].x, route.points[i].y));
        if (!path.boundingRect().intersects(viewport)) continue;
        const bool crit = m_onCriticalPath[route.from] && m_onCriticalPath[route.to]
                          && m_schedule->schedule().tasks[route.to].critical;
        const bool touching = selected >= 0 && (int(route.from) == selected || int(route.to) == selected);
        QPen pen(crit ? palette::critical() : touching ? palette::current() : QColor(0x80, 0x80, 0x80),
                 (crit || touching ? 2.6 : 1.3) * std::max(0.6, m_zoom));
        switch (link.type) {
        case an::LinkType::FS: pen.setStyle(Qt::SolidLine); break;
        case an::LinkType::SS: pen.setStyle(Qt::DashLine); break;
        case an::LinkType::FF: pen.setStyle(Qt::DotLine); break;
        case an::LinkType::SF: pen.setStyle(Qt::DashDotLine); break;
        }
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        const QPointF end = toView(route.points.back().x, route.points.back().y);
        const QPointF before = toView(route.points[route.points.size() - 2].x, route.points[route.points.size() - 2].y);
        const QLineF dir(end, before);
        const qreal a = std::atan2(dir.dy(), dir.dx());
        const qreal s = 9 * std::max(0.6, m_zoom);
        p->setPen(Qt::NoPen);
        p->setBrush(pen.color());
        p->drawPolygon(QPolygonF{end, end + QPointF(std::cos(a + 0.4) * s, std::sin(a + 0.4) * s),
                                 end + QPointF(std::cos(a - 0.4) * s, std::sin(a - 0.4) * s)});
        if (link.type != an::LinkType::FS && m_zoom > 0.35) {
            const QPointF mid = path.pointAtPercent(0.5);
            p->setFont(font(palette::kSmallPt * std::min(1.0, m_zoom * 1.2), true));
            const QString label = QLatin1String(linkName(link.type));
            const QRectF box = QRectF(mid.x() - 16, mid.y() - 11, 32, 22);
            p->setPen(QPen(pen.color(), 1));
            p->setBrush(Qt::white);
            p->drawRoundedRect(box, 4, 4);
            p->setPen(palette::text());
            p->drawText(box, Qt::AlignCenter, label);
        }
    }

    // Nodes.
    for (std::uint32_t i = 0; i < m_layout.nodes.size(); ++i) {
        const auto &n = m_layout.nodes[i];
        const QRectF r(toView(n.x, n.y), QSizeF(kNodeW * m_zoom, kNodeH * m_zoom));
        if (!r.intersects(viewport)) continue;
        const auto &post = posts[int(i)];
        const bool external = post.kind == rb::model::PostKind::External;
        const bool crit = m_onCriticalPath[i];
        QPen border(external ? palette::external() : crit ? palette::critical() : QColor(0x70, 0x70, 0x70),
                    (crit ? 3.0 : 1.2) * std::max(0.6, m_zoom));
        if (external) border.setStyle(Qt::DashLine);
        if (int(i) == selected) border = QPen(palette::current(), 4 * std::max(0.6, m_zoom));
        p->setPen(border);
        p->setBrush(external ? QColor(0xee, 0xee, 0xee) : QColor(Qt::white));
        p->drawRoundedRect(r, 6 * m_zoom, 6 * m_zoom);
        if (!external) // theme stripe
            p->fillRect(QRectF(r.left() + 2, r.top() + 2, 8 * m_zoom, r.height() - 4), palette::theme(post.theme));
        if (m_zoom < 0.25) continue; // too small to read: the shape is enough
        const QRectF text = r.adjusted(14 * m_zoom, 4 * m_zoom, -6 * m_zoom, -4 * m_zoom);
        p->setPen(external ? palette::external() : palette::text());
        p->setFont(font(palette::kLabelPt * m_zoom, true));
        p->drawText(text, Qt::AlignLeft | Qt::AlignTop, post.id);
        p->setFont(font(palette::kSmallPt * 0.85 * m_zoom));
        p->setPen(palette::mutedText());
        const QString title = p->fontMetrics().elidedText(post.title, Qt::ElideRight, int(text.width()));
        p->drawText(text, Qt::AlignLeft | Qt::AlignBottom, title);
    }
}

} // namespace rb::ui
