// qchartrender.h — draws a QtCharts QChart into a rectangle of any QPainter, as vectors.
//
// The chart is put into a QGraphicsScene sized to the rectangle and rendered with QGraphicsScene::render,
// which replays its items as QPainter calls (paths and text), so an SVG or a PDF stays vector. The style
// helpers give QtCharts the palette.h colours and fonts, so these charts match the hand-drawn ones.
#pragma once

#include <QColor>
#include <QRectF>

class QAbstractAxis;
class QChart;
class QPainter;

namespace rb::exporting {

// Applies the shared look (no animation, no drop shadow, white background, palette fonts and colours).
void styleChart(QChart *chart);
void styleAxis(QAbstractAxis *axis, const QString &title = {});

// Takes ownership of `chart`, lays it out at the size of `area` and paints it there.
void renderQChart(QPainter &painter, QChart *chart, const QRectF &area);

} // namespace rb::exporting
