// groupedbars.cpp
#include "charts/groupedbars.h"

#include "charts/chart.h"
#include "charts/exportlanguage.h"
#include "charts/qchartrender.h"
#include "model/palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace rb::exporting {

QString formatKEuro(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return exportLocale().toString(value, 'f', whole ? 0 : 1);
}

void paintGroupedBars(QPainter &painter, const QRectF &area, const GroupedBars &bars)
{
    const qreal noteH = bars.note.isEmpty() ? 0 : 40;
    auto *chart = new QChart;
    styleChart(chart);
    auto *series = new QBarSeries;
    double maxValue = 0;
    for (const BarGroupSeries &s : bars.series) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(s.color.darker(130));
        set->setLabelColor(palette::text());
        set->setLabelFont(chartFont(palette::kSmallPt));
        for (double v : s.values) {
            *set << v;
            maxValue = qMax(maxValue, v);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4); // k€ to four significant digits: 6150, 350, 49.97
    series->setBarWidth(0.85);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    // Long category names are broken onto two lines instead of elided.
    for (const QString &category : bars.categories) x->append(twoLines(category, 20, QStringLiteral("<br>")));
    styleAxis(x);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    // Head room above the tallest bar for its value label.
    y->setRange(0, maxValue > 0 ? maxValue * 1.12 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(y, bars.valueAxisTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    renderQChart(painter, chart, area.adjusted(0, 0, 0, -noteH));
    if (noteH > 0) paintNote(painter, area, noteH, bars.note);
}

} // namespace rb::exporting
