// radarchart.cpp
#include "charts/radarchart.h"

#include "charts/exportlanguage.h"
#include "charts/heatmapchart.h"
#include "charts/qchartrender.h"
#include "model/palette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QValueAxis>

namespace rb::exporting {

QString RadarChart::title() const
{
    return translate("rb::exporting::Charts", "Success factors — %1 %2").arg(m_input.postId, m_input.postTitle);
}

namespace {

// A closed polygon through the scores (angular position i for factor i, radius = score).
QLineSeries *polygon(const QList<RadarChart::Factor> &factors, bool previous)
{
    auto *s = new QLineSeries;
    for (int i = 0; i <= factors.size(); ++i) {
        const auto &f = factors[i % factors.size()];
        s->append(i, previous ? f.previous : f.current);
    }
    return s;
}

} // namespace

void RadarChart::paint(QPainter &painter, const QRectF &area) const
{
    const auto &factors = m_input.factors;
    const qreal tableWidth = area.width() * 0.34;
    const QRectF chartArea(area.left(), area.top(), area.width() - tableWidth - 24, area.height());
    const QRectF tableArea(chartArea.right() + 24, area.top(), tableWidth, area.height());

    if (factors.isEmpty()) {
        paintEmptyMessage(painter, area, translate("rb::exporting::Charts", "No success factors in the catalogue"));
        return;
    }

    auto *chart = new QPolarChart;
    styleChart(chart);
    auto *angular = new QCategoryAxis;
    angular->setRange(0, factors.size());
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < factors.size(); ++i) angular->append(twoLines(factors[i].name, 16, QStringLiteral("<br>")), i);
    angular->setStartValue(0);
    styleAxis(angular);
    auto *radial = new QValueAxis;
    radial->setRange(0, 5);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    styleAxis(radial);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    if (!m_input.previousLabel.isEmpty()) {
        QLineSeries *prev = polygon(factors, true);
        prev->setName(translate("rb::exporting::Charts", "Previous %1").arg(m_input.previousLabel));
        prev->setPen(QPen(palette::previous(), 4, Qt::DashLine));
        chart->addSeries(prev);
        prev->attachAxis(angular);
        prev->attachAxis(radial);
    }
    // The fill has no pen: a polar area series would also stroke its edge back to the centre. The
    // outline and the point markers are a separate line series on top.
    QLineSeries *boundary = polygon(factors, false);
    auto *area0 = new QAreaSeries(boundary);
    boundary->setParent(area0); // an area series does not own its boundary series (found by LeakSanitizer)
    QColor fill = palette::current();
    fill.setAlpha(70);
    area0->setBrush(fill);
    area0->setPen(Qt::NoPen);
    chart->addSeries(area0);
    area0->attachAxis(angular);
    area0->attachAxis(radial);
    chart->legend()->markers(area0).first()->setVisible(false);
    auto *outline = polygon(factors, false);
    outline->setName(translate("rb::exporting::Charts", "Latest %1").arg(m_input.currentLabel));
    outline->setPen(QPen(palette::current(), 5));
    outline->setPointsVisible(true);
    outline->setMarkerSize(14);
    outline->setColor(palette::current());
    chart->addSeries(outline);
    outline->attachAxis(angular);
    outline->attachAxis(radial);
    angular->setLabelsFont(chartFont(palette::kLabelPt));
    renderQChart(painter, chart, chartArea);

    // The numbers: every value is also printed, never shown by shape alone.
    painter.save();
    const QFont head = chartFont(palette::kLabelPt, true);
    const QFont body = chartFont(palette::kLabelPt);
    const qreal rowH = QFontMetricsF(body).height() * 1.7;
    const qreal scoreW = 90;
    qreal y = tableArea.top() + 20;
    painter.setFont(head);
    painter.setPen(palette::text());
    painter.drawText(QRectF(tableArea.left(), y, tableArea.width() - 2 * scoreW, rowH),
                     Qt::AlignLeft | Qt::AlignVCenter, translate("rb::exporting::Charts", "Factor"));
    painter.drawText(QRectF(tableArea.right() - 2 * scoreW, y, scoreW, rowH), Qt::AlignCenter,
                     translate("rb::exporting::Charts", "Latest"));
    if (!m_input.previousLabel.isEmpty())
        painter.drawText(QRectF(tableArea.right() - scoreW, y, scoreW, rowH), Qt::AlignCenter,
                         translate("rb::exporting::Charts", "Prev."));
    y += rowH;
    for (const auto &f : factors) {
        painter.setPen(QPen(palette::grid(), 1));
        painter.drawLine(QPointF(tableArea.left(), y), QPointF(tableArea.right(), y));
        painter.setFont(body);
        painter.setPen(palette::text());
        painter.drawText(QRectF(tableArea.left(), y, tableArea.width() - 2 * scoreW - 8, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter, elided(body, f.name, tableArea.width() - 2 * scoreW - 8));
        auto cell = [&](const QRectF &r, int score) {
            const QRectF box = r.adjusted(12, 6, -12, -6);
            if (score)
                painter.fillRect(box, palette::score(score));
            else
                paintNotAssessedCell(painter, box); // the heatmap's look
            painter.setPen(score ? palette::onScore(score) : palette::mutedText());
            painter.drawText(box, Qt::AlignCenter,
                             score ? QString::number(score) : translate("rb::exporting::Charts", "n/a"));
        };
        cell(QRectF(tableArea.right() - 2 * scoreW, y, scoreW, rowH), f.current);
        if (!m_input.previousLabel.isEmpty()) cell(QRectF(tableArea.right() - scoreW, y, scoreW, rowH), f.previous);
        y += rowH;
    }
    painter.setFont(chartFont(palette::kSmallPt));
    painter.setPen(palette::mutedText());
    drawTextLines(painter, QRectF(tableArea.left(), y + 16, tableArea.width(), tableArea.bottom() - y - 16),
                  Qt::AlignLeft | Qt::AlignTop,
                  translate("rb::exporting::Charts",
                            "Score 1 = under control … 5 = not under control. n/a = not assessed (drawn at 0)."));
    painter.restore();
}

} // namespace rb::exporting
