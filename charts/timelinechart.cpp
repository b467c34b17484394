// timelinechart.cpp
#include "charts/timelinechart.h"

#include "charts/exportlanguage.h"
#include "charts/timelinepainter.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rb::exporting {

QString TimelineChart::title() const
{
    return m_input.whatIf ? translate("rb::exporting::Charts", "What-if: %1").arg(m_input.scenario)
                          : translate("rb::exporting::Charts", "Timeline and critical path");
}

void TimelineChart::paint(QPainter &painter, const QRectF &area) const
{
    if (m_input.bars.isEmpty()) {
        paintEmptyMessage(painter, area, translate("rb::exporting::Charts", "No post has dates to schedule"));
        return;
    }
    // The footer: the what-if outcome, then the legend (measured first, so the rows get the rest).
    QString outcome;
    if (m_input.whatIf) {
        const qint64 moved = m_input.finishBefore.daysTo(m_input.finishAfter);
        outcome = translate("rb::exporting::Charts", "Programme finish %1 → %2 (%3%4 d). Cost of delay %5 k€.")
                      .arg(shortDate(m_input.finishBefore), shortDate(m_input.finishAfter))
                      .arg(moved >= 0 ? QStringLiteral("+") : QString())
                      .arg(moved)
                      .arg(exportLocale().toString(m_input.costOfDelay, 'f', 0));
    }
    const QFont label = chartFont(palette::kSmallPt);
    const qreal outcomeH = outcome.isEmpty() ? 0 : QFontMetricsF(label).height() + 8;
    QImage probe(1, 1, QImage::Format_ARGB32);
    QPainter measure(&probe);
    const qreal legendH
        = paintTimelineLegend(measure, m_input, QRectF(area.left(), -10000, area.width(), 1000), palette::kSmallPt);
    measure.end();

    TimelineView view;
    view.area = QRectF(area.left(), area.top(), area.width(), area.height() - legendH - outcomeH - 12);
    view.labelWidth = std::max<qreal>(430, area.width() * 0.24);
    view.rightMargin = 10;
    view.axisHeight = 34;
    view.rowHeight
        = std::min<qreal>(40, (view.area.height() - view.axisHeight) / std::max<qsizetype>(1, m_input.rows.size()));
    const auto [from, to] = timelineSlideWindow(m_input);
    view.firstDay = double(from.toJulianDay());
    view.lastDay = double(to.toJulianDay());
    view.locale = exportLocale();
    paintTimeline(painter, m_input, view);

    qreal y = view.area.bottom() + 12;
    if (!outcome.isEmpty()) {
        painter.setFont(label);
        painter.setPen(palette::text());
        painter.drawText(QRectF(area.left(), y, area.width(), outcomeH), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(label, outcome, area.width()));
        y += outcomeH;
    }
    paintTimelineLegend(painter, m_input, QRectF(area.left(), y, area.width(), legendH), palette::kSmallPt);
}

} // namespace rb::exporting
