// dependencygraphchart.cpp
#include "charts/dependencygraphchart.h"

#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace rb::exporting {

namespace {

void arrowHead(QPainter &painter, QPointF from, QPointF to, qreal size, const QColor &color)
{
    const QPointF d = to - from;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 1e-6) return;
    const QPointF u = d / len, n(-u.y(), u.x());
    QPolygonF head;
    head << to << to - u * size + n * size * 0.5 << to - u * size - n * size * 0.5;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
    painter.restore();
}

QPointF pointAlong(const QList<QPointF> &points, qreal fraction)
{
    qreal total = 0;
    for (int i = 1; i < points.size(); ++i) total += QLineF(points[i - 1], points[i]).length();
    qreal left = total * fraction;
    for (int i = 1; i < points.size(); ++i) {
        const QLineF seg(points[i - 1], points[i]);
        if (left <= seg.length() && seg.length() > 0) return seg.pointAt(left / seg.length());
        left -= seg.length();
    }
    return points.last();
}

} // namespace

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
    const qreal scale = qMin(1.6, qMin(graphArea.width() / m_input.layoutSize.width(), graphArea.height() / m_input.layoutSize.height()));
    const QPointF offset(graphArea.left() + (graphArea.width() - m_input.layoutSize.width() * scale) / 2,
                         graphArea.top() + (graphArea.height() - m_input.layoutSize.height() * scale) / 2);
    auto map = [&](const QPointF &p) { return offset + p * scale; };

    // Edges first, critical ones last so they sit on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Edge &e : m_input.edges) {
            if (e.critical != (pass == 1) || e.points.size() < 2) continue;
            const QColor color = e.critical ? palette::critical() : palette::mutedText();
            QPainterPath path(map(e.points.first()));
            for (int i = 1; i < e.points.size(); ++i) path.lineTo(map(e.points[i]));
            painter.setPen(QPen(color, e.critical ? 4 : 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            arrowHead(painter, map(e.points[e.points.size() - 2]), map(e.points.last()), e.critical ? 16 : 12, color);
            if (!e.label.isEmpty()) {
                // Half-way along the route: the ends crowd where several links meet a node.
                const QPointF mid = pointAlong(e.points, 0.5) * scale + offset;
                painter.setFont(small);
                const qreal w = QFontMetricsF(small).horizontalAdvance(e.label) + 8;
                const QRectF box(mid.x() - w / 2, mid.y() - 11, w, 22);
                painter.fillRect(box, QColor(255, 255, 255, 220));
                painter.setPen(color);
                painter.drawText(box, Qt::AlignCenter, e.label);
            }
        }
    }

    // Nodes: theme colour fill, id in bold, title below; external posts dashed and grey.
    const qreal fontScale = qBound(0.6, scale, 1.3);
    QFont idFont = chartFont(palette::kSmallPt, true);
    idFont.setPixelSize(qMax(8, qRound(idFont.pixelSize() * fontScale)));
    QFont titleFont = chartFont(palette::kSmallPt);
    titleFont.setPixelSize(qMax(7, qRound(titleFont.pixelSize() * fontScale)));
    for (const Node &n : m_input.nodes) {
        const QRectF r(map(n.rect.topLeft()), n.rect.size() * scale);
        QColor fill = n.external ? palette::score(0) : palette::theme(n.theme).lighter(150);
        if (n.done) fill = fill.lighter(115);
        QPen border(n.critical ? palette::critical() : n.external ? palette::external() : palette::theme(n.theme).darker(130),
                    n.critical ? 4 : 2, n.external ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(border);
        painter.setBrush(fill);
        painter.drawRoundedRect(r, 6, 6);
        const QRectF inner = r.adjusted(8, 3, -8, -3);
        painter.setPen(n.external ? palette::external() : palette::text());
        painter.setFont(idFont);
        const qreal idH = QFontMetricsF(idFont).height();
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), idH), Qt::AlignLeft | Qt::AlignVCenter,
                         n.done ? n.id + QStringLiteral(" ✓") : n.id);
        painter.setFont(titleFont);
        painter.drawText(QRectF(inner.left(), inner.top() + idH, inner.width(), inner.height() - idH), Qt::AlignLeft | Qt::AlignTop,
                         elided(titleFont, n.title, inner.width()));
    }

    // Legend: themes, external, critical.
    qreal x = area.left();
    const qreal y = area.bottom() - legendH + 8;
    painter.setFont(small);
    auto legendItem = [&](const QColor &fill, const QPen &pen, const QString &text) {
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(x, y + 4, 28, 20), 4, 4);
        painter.setPen(palette::text());
        const qreal w = QFontMetricsF(small).horizontalAdvance(text) + 8;
        painter.drawText(QRectF(x + 34, y, w, 28), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 34 + w + 18;
    };
    for (int t = 0; t < m_input.themes.size(); ++t)
        legendItem(palette::theme(t + 1).lighter(150), QPen(palette::theme(t + 1).darker(130), 2), m_input.themes[t]);
    legendItem(palette::score(0), QPen(palette::external(), 2, Qt::DashLine), translate("rb::exporting::Charts", "external"));
    legendItem(Qt::white, QPen(palette::critical(), 4), translate("rb::exporting::Charts", "critical path"));
    painter.setPen(palette::mutedText());
    QString note = translate("rb::exporting::Charts", "Critical path: %1.").arg(m_input.criticalPath.isEmpty() ? translate("rb::exporting::Charts", "none") : m_input.criticalPath);
    if (m_input.unconnected > 0)
        note += translate("rb::exporting::Charts", " %n post(s) without dependencies are not shown.", "", m_input.unconnected);
    painter.drawText(QRectF(area.left(), y + 30, area.width(), 26), Qt::AlignLeft | Qt::AlignVCenter, elided(small, note, area.width()));
}

} // namespace rb::exporting
