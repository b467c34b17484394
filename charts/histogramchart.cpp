// histogramchart.cpp
#include "charts/histogramchart.h"

#include "charts/exportlanguage.h"
#include "charts/qchartrender.h"
#include "model/palette.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

namespace rb::exporting {

namespace {

// Noon local time keeps a date on its day whatever the time zone's daylight-saving jumps.
qreal msecs(const QDate &d) { return qreal(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch()); }

} // namespace

void HistogramChart::paint(QPainter &painter, const QRectF &area) const
{
    const auto &bins = m_input.bins;
    if (bins.isEmpty() || m_input.iterations <= 0) {
        paintEmptyMessage(painter, area, translate("rb::exporting::Charts", "No simulation result"));
        return;
    }
    const qreal noteH = 40;
    // Long ranges are grouped into weeks so that the bars stay readable on a slide.
    const qint64 span = bins.first().day.daysTo(bins.last().day) + 1;
    const int binDays = span > 120 ? 7 : 1;
    const QDate first = bins.first().day;
    QList<QPair<QDate, int>> grouped;
    for (const Bin &b : bins) {
        const QDate start = first.addDays(first.daysTo(b.day) / binDays * binDays);
        if (grouped.isEmpty() || grouped.last().first != start) grouped << qMakePair(start, 0);
        grouped.last().second += b.count;
    }

    auto *chart = new QChart;
    styleChart(chart);
    auto *upper = new QLineSeries, *lower = new QLineSeries;
    double maxShare = 0;
    for (const auto &g : grouped) {
        const double share = 100.0 * g.second / m_input.iterations;
        maxShare = qMax(maxShare, share);
        const QDate end = g.first.addDays(binDays);
        upper->append(msecs(g.first), share);
        upper->append(msecs(end), share);
        lower->append(msecs(g.first), 0);
        lower->append(msecs(end), 0);
    }
    auto *histogram = new QAreaSeries(upper, lower);
    upper->setParent(histogram); // an area series does not own its boundary series (found by LeakSanitizer)
    lower->setParent(histogram);
    histogram->setName(binDays == 1 ? translate("rb::exporting::Charts", "Share of runs per finish day (%)")
                                    : translate("rb::exporting::Charts", "Share of runs per finish week (%)"));
    QColor fill = palette::current();
    fill.setAlpha(150);
    histogram->setBrush(fill);
    histogram->setPen(QPen(palette::current().darker(120), 1));

    auto *cumulative = new QLineSeries;
    cumulative->setName(translate("rb::exporting::Charts", "Cumulative (%)"));
    int running = 0;
    cumulative->append(msecs(first), 0);
    for (const Bin &b : bins) {
        running += b.count;
        cumulative->append(msecs(b.day.addDays(1)), 100.0 * running / m_input.iterations);
    }
    cumulative->setPen(QPen(palette::text(), 3));
    QLineSeries *mitigated = nullptr; // after mitigation: the value of the mitigations, in days
    if (!m_input.mitigatedBins.isEmpty()) {
        mitigated = new QLineSeries;
        mitigated->setName(translate("rb::exporting::Charts", "Cumulative after mitigation (%)"));
        int done = 0;
        mitigated->append(msecs(m_input.mitigatedBins.first().day), 0);
        for (const Bin &b : m_input.mitigatedBins) {
            done += b.count;
            mitigated->append(msecs(b.day.addDays(1)), 100.0 * done / m_input.iterations);
        }
        mitigated->setPen(QPen(palette::absorbed(), 3, Qt::DotLine));
    }

    // The plan and the target stay on the chart even when every run finishes later: that gap is the message.
    QDate xFrom = first.addDays(-3), xTo = bins.last().day.addDays(binDays + 3);
    if (mitigated) xFrom = qMin(xFrom, m_input.mitigatedBins.first().day.addDays(-3));
    for (const QDate &d : {m_input.plannedFinish, m_input.programmeEnd})
        if (d.isValid()) {
            xFrom = qMin(xFrom, d.addDays(-21)); // clear of the axis
            xTo = qMax(xTo, d.addDays(4));
        }
    const qint64 range = xFrom.daysTo(xTo);
    auto *x = new QDateTimeAxis;
    x->setRange(QDateTime(xFrom, QTime(12, 0)), QDateTime(xTo, QTime(12, 0)));
    x->setFormat(range > 60 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy"));
    x->setTickCount(7);
    styleAxis(x, translate("rb::exporting::Charts", "Programme finish"));
    auto *y = new QValueAxis;
    y->setRange(0, maxShare * 1.15);
    y->applyNiceNumbers();
    // With localized numbers (styleChart) QtCharts replaces only the specifier: a literal "%" stays as written.
    y->setLabelFormat(QStringLiteral("%.0f %"));
    styleAxis(y,
              binDays == 1 ? translate("rb::exporting::Charts", "Runs per day (%)")
                           : translate("rb::exporting::Charts", "Runs per week (%)"));
    auto *y2 = new QValueAxis;
    y2->setRange(0, 100);
    y2->setTickCount(6);
    y2->setLabelFormat(QStringLiteral("%.0f %"));
    styleAxis(y2, translate("rb::exporting::Charts", "Cumulative"));
    y2->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(y2, Qt::AlignRight);
    chart->addSeries(histogram);
    histogram->attachAxis(x);
    histogram->attachAxis(y);
    chart->addSeries(cumulative);
    cumulative->attachAxis(x);
    cumulative->attachAxis(y2);
    if (mitigated) {
        chart->addSeries(mitigated);
        mitigated->attachAxis(x);
        mitigated->attachAxis(y2);
    }

    const QLocale en = exportLocale();
    auto marker = [&](const QDate &d, const QString &name, const QColor &color, Qt::PenStyle style) {
        if (!d.isValid() || d < xFrom || d > xTo) return;
        auto *line = new QLineSeries;
        line->setName(QStringLiteral("%1 %2").arg(name, en.toString(d, QStringLiteral("d MMM yyyy"))));
        // At the end of the finish day, where the cumulative curve reaches the percentile.
        line->append(msecs(d.addDays(1)), 0);
        line->append(msecs(d.addDays(1)), 100);
        line->setPen(QPen(color, 3, style));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y2);
    };
    marker(m_input.p50, QStringLiteral("P50"), palette::absorbed(), Qt::SolidLine);
    marker(m_input.p80, QStringLiteral("P80"), palette::score(3).darker(110), Qt::SolidLine);
    marker(m_input.p90, QStringLiteral("P90"), palette::critical().darker(120), Qt::SolidLine);
    marker(m_input.plannedFinish, translate("rb::exporting::Charts", "Planned"), palette::mutedText(), Qt::DashLine);
    if (m_input.programmeEnd.isValid() && m_input.programmeEnd != m_input.plannedFinish)
        marker(m_input.programmeEnd, translate("rb::exporting::Charts", "Target end"), palette::text(), Qt::DotLine);
    renderQChart(painter, chart, area.adjusted(0, 0, 0, -noteH));

    paintNote(painter, area, noteH,
              translate("rb::exporting::Charts",
                        "%1 runs, seed %2 (reproducible). Durations from three-point estimates or the success-factor "
                        "model; open risks strike with their probability and add their delay.")
                  .arg(en.toString(m_input.iterations))
                  .arg(m_input.seed));
}

} // namespace rb::exporting
