// tornadochart.cpp
#include "charts/tornadochart.h"

#include "charts/exportlanguage.h"
#include "charts/qchartrender.h"
#include "model/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace rb::exporting {

void TornadoChart::paint(QPainter &painter, const QRectF &area) const
{
    if (m_input.drivers.isEmpty()) {
        paintEmptyMessage(painter, area,
                          translate("rb::exporting::Charts", "No post or risk moves the P80 finish in the simulation"));
        return;
    }
    const qreal noteH = 40;
    auto *chart = new QChart;
    styleChart(chart);
    // One set; items whose removal makes the P80 later (negative days, rare) are drawn in blue through
    // the set's selected-bar colour.
    auto *set = new QBarSet(translate("rb::exporting::Charts", "Days of the P80 finish"));
    set->setColor(palette::critical());
    set->setSelectedColor(palette::current());
    set->setBorderColor(Qt::transparent);
    set->setLabelColor(palette::text());
    set->setLabelFont(chartFont(palette::kSmallPt, true));
    QStringList categories;
    double maxAbs = 0;
    bool anyNegative = false;
    // Horizontal bar charts grow from the bottom: add the weakest driver first so the strongest is on top.
    for (auto it = m_input.drivers.crbegin(); it != m_input.drivers.crend(); ++it) {
        const double r = it->p80Days;
        *set << r;
        if (r < 0) {
            set->selectBar(int(set->count() - 1));
            anyNegative = true;
        }
        maxAbs = qMax(maxAbs, std::abs(r));
        const QString title = it->title.size() > 34 ? it->title.left(33) + QStringLiteral("…") : it->title;
        categories << (it->criticality < 0 ? QStringLiteral("%1 %2").arg(it->id, title)
                                           : translate("rb::exporting::Charts", "%1 %2 (critical %3 %)")
                                                 .arg(it->id, title)
                                                 .arg(qRound(it->criticality * 100)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    // Ticks on round numbers of days (1, 2 or 5 × 10^k, at most about 8 steps); head room for the labels.
    double step = 1;
    for (double decade = 1; maxAbs * 1.1 / step > 8; decade *= 10)
        for (double f : {1.0, 2.0, 5.0}) {
            step = f * decade;
            if (maxAbs * 1.1 / step <= 8) break;
        }
    const double bound = std::ceil(maxAbs * 1.1 / step - 1e-9) * step;
    x->setRange(anyNegative ? -bound : 0, bound);
    x->setTickCount(int(std::lround((anyNegative ? 2 : 1) * bound / step)) + 1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(x,
              translate("rb::exporting::Charts",
                        "Days the P80 programme finish moves without this post's uncertainty or this risk"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    renderQChart(painter, chart, area.adjusted(0, 0, 0, -noteH));

    paintNote(
        painter, area, noteH,
        translate("rb::exporting::Charts",
                  "Top %1 drivers in days over %2 runs (seed %3): the P80 re-run on the same draws without each item. "
                  "Critical % = share of runs in which the post was on the critical path. Blue bars: the finish is "
                  "later without it.")
            .arg(m_input.drivers.size())
            .arg(exportLocale().toString(m_input.iterations))
            .arg(m_input.seed));
}

} // namespace rb::exporting
