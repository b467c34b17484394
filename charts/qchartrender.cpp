// qchartrender.cpp — QtCharts → QPainter.
#include "charts/qchartrender.h"

#include "charts/chart.h"
#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace rb::exporting {

void styleChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette::background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitle(QString());       // the frame prints the title
    chart->setLocale(exportLocale()); // month names on date axes
    chart->setLocalizeNumbers(true);  // "49,97" and "6.150" in Dutch, "49.97" and "6,150" in English
    chart->legend()->setFont(chartFont(palette::kSmallPt));
    chart->legend()->setLabelColor(palette::text());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setLabelsFont(chartFont(palette::kSmallPt));
    axis->setLabelsColor(palette::text());
    axis->setGridLineColor(palette::grid());
    axis->setLinePenColor(palette::mutedText());
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(chartFont(palette::kSmallPt, true));
        axis->setTitleBrush(palette::mutedText());
    }
}

void renderQChart(QPainter &painter, QChart *chart, const QRectF &area)
{
    QGraphicsScene scene; // owns the chart from here on
    scene.setBackgroundBrush(Qt::NoBrush);
    scene.addItem(chart);
    const QRectF local(QPointF(0, 0), area.size());
    scene.setSceneRect(local);
    chart->setGeometry(local);
    // QtCharts lays out series and axes on posted layout requests; run them before painting.
    chart->layout()->activate();
    QCoreApplication::processEvents();
    chart->layout()->activate();
    scene.render(&painter, area, local, Qt::IgnoreAspectRatio);
}

} // namespace rb::exporting
