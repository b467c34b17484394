// tornadochart.cpp
#include "app/export/tornadochart.h"

#include "app/export/qchartrender.h"
#include "model/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace rb::exporting {

void TornadoChart::paint(QPainter &painter, const QRectF &area) const
{
    if (m_input.drivers.isEmpty()) {
        painter.setFont(chartFont(palette::kLabelPt));
        painter.setPen(palette::mutedText());
        painter.drawText(area, Qt::AlignCenter, QStringLiteral("No post's duration varies in the simulation"));
        return;
    }
    const qreal noteH = 40;
    auto *chart = new QChart;
    styleChart(chart);
    // Two sets in a stacked series so that positive and negative drivers get their own colour while
    // sharing one bar per post.
    auto *later = new QBarSet(QStringLiteral("longer → later finish"));
    auto *earlier = new QBarSet(QStringLiteral("longer → earlier finish"));
    later->setColor(palette::critical());
    earlier->setColor(palette::current());
    QStringList categories;
    double maxAbs = 0;
    // Horizontal bar charts grow from the bottom: add the weakest driver first so the strongest is on top.
    for (auto it = m_input.drivers.crbegin(); it != m_input.drivers.crend(); ++it) {
        const double r = it->correlation;
        *later << (r > 0 ? r : 0);
        *earlier << (r < 0 ? r : 0);
        maxAbs = qMax(maxAbs, std::abs(r));
        const QString title = it->title.size() > 34 ? it->title.left(33) + QStringLiteral("…") : it->title;
        categories << QStringLiteral("%1 %2 (critical %3 %)").arg(it->id, title).arg(qRound(it->criticality * 100));
    }
    for (QBarSet *s : {later, earlier}) {
        s->setLabelColor(Qt::white);
        s->setLabelFont(chartFont(palette::kSmallPt, true));
        s->setBorderColor(Qt::transparent);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(later);
    series->append(earlier);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(2);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    const double bound = std::ceil(maxAbs * 10 + 0.5) / 10;
    const bool anyNegative = std::any_of(m_input.drivers.begin(), m_input.drivers.end(), [](const Driver &d) { return d.correlation < 0; });
    x->setRange(anyNegative ? -bound : 0, bound);
    x->setTickCount(anyNegative ? 5 : 6);
    x->setLabelFormat(QStringLiteral("%.1f"));
    styleAxis(x, QStringLiteral("Correlation of the post's duration with the programme finish"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    renderQChart(painter, chart, area.adjusted(0, 0, 0, -noteH));

    painter.setFont(chartFont(palette::kSmallPt));
    painter.setPen(palette::mutedText());
    painter.drawText(QRectF(area.left(), area.bottom() - noteH + 8, area.width(), noteH - 8), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Top %1 drivers by |r| over %2 runs (seed %3). Critical % = share of runs in which the post "
                                    "was on the critical path.")
                         .arg(m_input.drivers.size())
                         .arg(QLocale(QLocale::English).toString(m_input.iterations))
                         .arg(m_input.seed));
}

} // namespace rb::exporting
