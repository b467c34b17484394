// dependencygraphchart.cpp
#include "charts/dependencygraphchart.h"

#include "charts/dependencygraphpainter.h"
#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rb::exporting {

void DependencyGraphChart::paint(QPainter &painter, const QRectF &area) const
{
    const QFont small = chartFont(palette::kSmallPt);
    const qreal legendH = 64;
    if (m_input.nodes.isEmpty()) {
        paintEmptyMessage(painter, area, translate("rb::exporting::Charts", "The document has no dependencies"));
        return;
    }
    const QRectF graphArea = area.adjusted(0, 0, 0, -legendH - 8);
    // Fit the layout into the area; never enlarge beyond 1.6× so that a small graph keeps sane text.
    const qreal scale = qMin(
        1.6, qMin(graphArea.width() / m_input.layoutSize.width(), graphArea.height() / m_input.layoutSize.height()));
    const QPointF offset(graphArea.left() + (graphArea.width() - m_input.layoutSize.width() * scale) / 2,
                         graphArea.top() + (graphArea.height() - m_input.layoutSize.height() * scale) / 2);
    auto map = [&](const QPointF &p) { return offset + p * scale; };

    // The boxes and links as the application's Dependencies view draws them, from the same painter.
    GraphScene scene;
    scene.zoom = scale;
    for (const Edge &e : m_input.edges) {
        GraphScene::Edge edge;
        for (const QPointF &pt : e.points) edge.points << map(pt);
        edge.style = e.style;
        edge.critical = e.critical;
        edge.label = e.label;
        scene.edges << edge;
    }
    for (const Node &n : m_input.nodes) {
        GraphScene::Node node;
        node.rect = QRectF(map(n.rect.topLeft()), n.rect.size() * scale);
        node.code = n.id;
        node.title = n.title;
        node.theme = n.theme;
        node.external = n.external;
        node.critical = n.critical;
        node.done = n.done;
        scene.nodes << node;
    }
    paintGraphScene(painter, scene, graphArea.adjusted(-20, -20, 20, 20));

    // Legend: themes, external, critical.
    qreal x = area.left();
    const qreal y = area.bottom() - legendH + 8;
    painter.setFont(small);
    auto legendItem = [&](const QColor &fill, const QPen &pen, const QString &text, const QColor &stripe = QColor()) {
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(x, y + 4, 28, 20), 4, 4);
        if (stripe.isValid()) painter.fillRect(QRectF(x + 2, y + 6, 6, 16), stripe);
        painter.setPen(palette::text());
        const qreal w = QFontMetricsF(small).horizontalAdvance(text) + 8;
        painter.drawText(QRectF(x + 34, y, w, 28), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 34 + w + 18;
    };
    for (int t = 0; t < m_input.themes.size(); ++t)
        legendItem(Qt::white, QPen(QColor(0x70, 0x70, 0x70), 1.2), m_input.themes[t], palette::theme(t + 1));
    legendItem(QColor(0xee, 0xee, 0xee), QPen(palette::external(), 2, Qt::DashLine),
               translate("rb::exporting::Charts", "external"));
    legendItem(Qt::white, QPen(palette::critical(), 4), translate("rb::exporting::Charts", "critical path"));
    painter.setPen(palette::mutedText());
    QString note
        = translate("rb::exporting::Charts", "Critical path: %1.")
              .arg(m_input.criticalPath.isEmpty() ? translate("rb::exporting::Charts", "none") : m_input.criticalPath);
    if (m_input.unconnected > 0)
        note += translate("rb::exporting::Charts", " %n post(s) without dependencies are not shown.", "",
                          m_input.unconnected);
    painter.drawText(QRectF(area.left(), y + 30, area.width(), 26), Qt::AlignLeft | Qt::AlignVCenter,
                     elided(small, note, area.width()));
}

} // namespace rb::exporting
