// dependencygraphchart.h — the dependency graph: posts laid out left to right by the analysis engine's
// layered layout (analysis/layout.h), drawn by the application view's painter (dependencygraphpainter.h):
// theme stripes, external posts dashed, the critical path in vermillion, link types as line styles;
// this chart adds the fit to the slide, the legend and the note.
#pragma once

#include "charts/chart.h"
#include "charts/dependencygraphpainter.h"
#include "charts/exportlanguage.h"

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace rb::exporting {

class DependencyGraphChart : public Chart {
public:
    struct Node {
        QString id, title;
        int theme = 0;
        bool external = false;
        bool critical = false;
        bool done = false;
        QRectF rect; // in layout units
    };
    struct Edge {
        QList<QPointF> points; // in layout units, from the predecessor to the successor
        bool critical = false;
        GraphScene::LinkStyle style = GraphScene::LinkStyle::FS;
        QString label; // linkLabel(): type and lag when not a plain finish-to-start ("SS +30d"), else empty
    };
    struct Input {
        QList<Node> nodes;
        QList<Edge> edges;
        QSizeF layoutSize;
        QStringList themes;   // legend: theme names by number 1..5 (index 0 = theme 1)
        int unconnected = 0;  // posts without dependencies, left out
        QString criticalPath; // "2A4 → 2A1 → 5C3"
    };

    explicit DependencyGraphChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Charts", "Dependencies and critical path"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
