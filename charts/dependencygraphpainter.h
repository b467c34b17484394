// dependencygraphpainter.h — the one painter of the dependency graph, used by the application's
// Dependencies view (qml/dependencygraph.cpp, which adds zoom, pan, selection, collapsing and the
// neighbourhood) and by the exported chart and deck page (charts/dependencygraphchart.cpp, which adds
// the frame and the legend). What the screen shows is what the deck shows.
//
// The caller lays the graph out (analysis/layout.h) and maps it to device units; the scene says what
// each box and link is. Sizes follow `zoom` (device units per layout unit, a post box being about 200 ×
// 58 layout units): pens and corners scale with it, text does too between palette::kSmallPt and
// kLabelPt and is never drawn smaller — a box too small for its code shows none (the selected post then
// gets a call-out), and link labels are left out below zoom 0.45, over a box or over another label.
// Fonts are pixel sizes (pt × 4/3, i.e. points at 96 dpi), so a PNG, an SVG, a PDF and the screen agree.
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace rb::exporting {

struct GraphScene {
    enum class LinkStyle { FS, SS, FF, SF }; // solid, dashed, dotted, dash-dot
    struct Node {
        QRectF rect;         // device units
        QString code, title; // the post's id and title; a collapsed theme's name and member count
        int theme = 0;       // 1..5: the stripe (a post) or the fill (a collapsed theme)
        bool collapsedTheme = false;
        bool external = false; // dashed, grey, no stripe
        bool critical = false; // vermillion border
        bool done = false;     // "✓" after the code
        bool chain = false;    // on the selected post's driving chain
        bool selected = false;
    };
    struct Edge {
        QList<QPointF> points; // device units, from the predecessor to the successor
        LinkStyle style = LinkStyle::FS;
        bool critical = false, chain = false;
        bool touching = false; // ends at the selected post
        QString label;         // linkLabel(), "×3" for merged links of a collapsed theme, or empty
    };
    QList<Node> nodes;
    QList<Edge> edges;
    qreal zoom = 1;
};

struct GraphPaintStats {
    qreal smallestPt = 0; // the smallest font drawn (points), 0 when no text was drawn
    int paintedEdges = 0; // links inside the viewport
};

// Paints the links, their labels and the boxes that meet `viewport` (device units).
GraphPaintStats paintGraphScene(QPainter &painter, const GraphScene &scene, const QRectF &viewport);

// The label of a link: its type and lag when it is not a plain finish-to-start ("SS", "FS +30d",
// "SF −5d" is written "SF -5d"), else empty. `type` is "FS", "SS", "FF" or "SF".
QString linkLabel(const QString &type, int lagDays);

} // namespace rb::exporting
