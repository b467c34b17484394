// dependencygraphpainter.cpp — moved from the application's DependencyGraph::paintEdges/paintNodes, so
// that the view and the export share it.
#include "charts/dependencygraphpainter.h"

#include "model/palette.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rb::exporting {

namespace {

QFont font(qreal pt, bool bold = false)
{
    QFont f(QString::fromLatin1(palette::kFontFamily));
    f.setPixelSize(std::max(1, int(std::lround(pt * 4.0 / 3.0))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void noteSize(GraphPaintStats &stats, qreal pt)
{
    stats.smallestPt = stats.smallestPt > 0 ? std::min(stats.smallestPt, pt) : pt;
}

// Code at the top left, title at the bottom; false when the box is too small for the code at kSmallPt.
bool paintNodeLabel(QPainter &p, const QRectF &r, qreal zoom, const QString &code, const QString &title,
                    const QColor &codeColor, GraphPaintStats &stats)
{
    const qreal codePt = std::clamp<qreal>(palette::kLabelPt * zoom, palette::kSmallPt, palette::kLabelPt);
    const QFont codeFont = font(codePt, true), titleFont = font(palette::kSmallPt);
    const QFontMetricsF codeFm(codeFont), titleFm(titleFont);
    const qreal pad = std::clamp(3 * zoom, 1.0, 4.0);
    const QRectF text = r.adjusted(std::max(10.0, 14 * zoom), pad, -4, -pad);
    if (text.height() < codeFm.height() || text.width() < codeFm.horizontalAdvance(QStringLiteral("5C4"))) return false;
    p.setFont(codeFont);
    p.setPen(codeColor);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop, codeFm.elidedText(code, Qt::ElideRight, text.width()));
    noteSize(stats, codePt);
    if (title.isEmpty() || text.height() < codeFm.height() + titleFm.height()) return true;
    p.setFont(titleFont);
    p.setPen(palette::mutedText());
    p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, titleFm.elidedText(title, Qt::ElideRight, text.width()));
    noteSize(stats, palette::kSmallPt);
    return true;
}

void paintEdges(QPainter &p, const GraphScene &scene, const QRectF &viewport, GraphPaintStats &stats)
{
    const qreal zoom = scene.zoom, scale = std::max(0.6, zoom);
    struct EdgeLabel {
        QRectF box;
        QString text;
        QColor color;
    };
    std::vector<EdgeLabel> labels;
    for (const GraphScene::Edge &e : scene.edges) {
        if (e.points.size() < 2) continue;
        QPainterPath path(e.points.first());
        for (qsizetype i = 1; i < e.points.size(); ++i) path.lineTo(e.points[i]);
        // Grown by a pixel: a straight horizontal edge has an empty bounding rectangle, which intersects nothing.
        if (!path.boundingRect().adjusted(-1, -1, 1, 1).intersects(viewport)) continue;
        ++stats.paintedEdges;
        QPen pen(e.chain          ? palette::current()
                     : e.critical ? palette::critical()
                     : e.touching ? palette::current()
                                  : QColor(0x80, 0x80, 0x80),
                 (e.chain                        ? 4.0
                      : e.critical || e.touching ? 2.6
                                                 : 1.3)
                     * scale);
        switch (e.style) {
        case GraphScene::LinkStyle::FS:
            pen.setStyle(Qt::SolidLine);
            break;
        case GraphScene::LinkStyle::SS:
            pen.setStyle(Qt::DashLine);
            break;
        case GraphScene::LinkStyle::FF:
            pen.setStyle(Qt::DotLine);
            break;
        case GraphScene::LinkStyle::SF:
            pen.setStyle(Qt::DashDotLine);
            break;
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        const QPointF end = e.points.last(), before = e.points[e.points.size() - 2];
        const QLineF dir(end, before);
        const qreal a = std::atan2(dir.dy(), dir.dx());
        const qreal s = 9 * scale;
        p.setPen(Qt::NoPen);
        p.setBrush(pen.color());
        p.drawPolygon(QPolygonF{end, end + QPointF(std::cos(a + 0.4) * s, std::sin(a + 0.4) * s),
                                end + QPointF(std::cos(a - 0.4) * s, std::sin(a - 0.4) * s)});
        if (e.label.isEmpty() || zoom < 0.45) continue; // the label at its readable size or not at all
        const QPointF mid = path.pointAtPercent(0.5);
        const QFontMetricsF fm(font(palette::kSmallPt, true));
        const qreal w = fm.horizontalAdvance(e.label);
        const QRectF box(mid.x() - w / 2 - 5, mid.y() - fm.height() / 2 - 1, w + 10, fm.height() + 2);
        // A label over another is left out (its line style still tells the type).
        if (std::none_of(labels.begin(), labels.end(), [&](const EdgeLabel &l) { return l.box.intersects(box); }))
            labels.push_back({box, e.label, pen.color()});
    }
    // Labels over all lines, and none over a box: the post's code and title come first.
    std::vector<QRectF> boxes;
    for (const GraphScene::Node &n : scene.nodes)
        if (n.rect.intersects(viewport)) boxes.push_back(n.rect);
    p.setFont(font(palette::kSmallPt, true));
    for (const EdgeLabel &l : labels) {
        if (std::any_of(boxes.begin(), boxes.end(), [&](const QRectF &b) { return b.intersects(l.box); })) continue;
        p.setPen(QPen(l.color, 1));
        p.setBrush(Qt::white);
        p.drawRoundedRect(l.box, 4, 4);
        p.setPen(palette::text());
        p.drawText(l.box, Qt::AlignCenter, l.text);
        noteSize(stats, palette::kSmallPt);
    }
}

void paintNodes(QPainter &p, const GraphScene &scene, const QRectF &viewport, GraphPaintStats &stats)
{
    const qreal zoom = scene.zoom, scale = std::max(0.6, zoom);
    const GraphScene::Node *unlabelled = nullptr; // the selected post, when its box had no room for text
    for (const GraphScene::Node &n : scene.nodes) {
        const QRectF &r = n.rect;
        if (!r.intersects(viewport)) continue;
        if (n.collapsedTheme) { // a stack of cards in the theme's colour
            const QColor c = palette::theme(n.theme);
            const QColor tint = QColor::fromRgbF(0.3 * c.redF() + 0.7, 0.3 * c.greenF() + 0.7, 0.3 * c.blueF() + 0.7);
            p.setPen(QPen(c.darker(150), 2 * scale));
            p.setBrush(tint);
            p.drawRoundedRect(r.translated(5 * zoom, 5 * zoom), 6 * zoom, 6 * zoom);
            p.drawRoundedRect(r, 6 * zoom, 6 * zoom);
            paintNodeLabel(p, r, zoom, n.code, n.title, palette::text(), stats);
            continue;
        }
        QPen border(n.external       ? palette::external()
                        : n.critical ? palette::critical()
                                     : QColor(0x70, 0x70, 0x70),
                    (n.critical ? 3.0 : 1.2) * scale);
        if (n.external) border.setStyle(Qt::DashLine);
        if (n.chain) border = QPen(palette::current(), 3 * scale);
        if (n.selected) border = QPen(palette::current(), 5 * scale);
        p.setPen(border);
        p.setBrush(n.selected ? QColor(0xdb, 0xea, 0xf7) : n.external ? QColor(0xee, 0xee, 0xee) : QColor(Qt::white));
        p.drawRoundedRect(r, 6 * zoom, 6 * zoom);
        if (!n.external) // theme stripe
            p.fillRect(QRectF(r.left() + 2, r.top() + 2, 8 * zoom, r.height() - 4), palette::theme(n.theme));
        const QString code = n.done ? n.code + QStringLiteral(" ✓") : n.code;
        const bool labelled
            = paintNodeLabel(p, r, zoom, code, n.title, n.external ? palette::external() : palette::text(), stats);
        if (n.selected && !labelled) unlabelled = &n;
    }
    // The selected post is always named, also when its box is too small for text.
    if (unlabelled) {
        const QRectF &r = unlabelled->rect;
        const QFont f = font(palette::kLabelPt, true);
        const QFontMetricsF fm(f);
        const QString &label = unlabelled->code;
        const QRectF box(r.right() + 6, r.center().y() - fm.height() / 2 - 3, fm.horizontalAdvance(label) + 14,
                         fm.height() + 6);
        p.setPen(QPen(palette::current(), 2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(box, 5, 5);
        p.setFont(f);
        p.setPen(palette::text());
        p.drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace

GraphPaintStats paintGraphScene(QPainter &painter, const GraphScene &scene, const QRectF &viewport)
{
    GraphPaintStats stats;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paintEdges(painter, scene, viewport, stats);
    paintNodes(painter, scene, viewport, stats);
    painter.restore();
    return stats;
}

QString linkLabel(const QString &type, int lagDays)
{
    if (lagDays == 0) return type == QLatin1String("FS") ? QString() : type;
    return QStringLiteral("%1 %2%3d").arg(type, lagDays > 0 ? QStringLiteral("+") : QString()).arg(lagDays);
}

} // namespace rb::exporting
