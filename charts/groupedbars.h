// groupedbars.h — grouped vertical bars with value labels (QtCharts), shared by the budget and the
// reserve charts.
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace rb::exporting {

struct BarGroupSeries {
    QString name;
    QColor color;
    QList<double> values; // one per category
};

struct GroupedBars {
    QStringList categories;
    QList<BarGroupSeries> series;
    QString valueAxisTitle; // e.g. "k€"
    QString note;           // printed under the chart
};

void paintGroupedBars(QPainter &painter, const QRectF &area, const GroupedBars &bars);

// "1.234" style thousands for k€ amounts, one decimal only when needed.
QString formatKEuro(double value);

} // namespace rb::exporting
