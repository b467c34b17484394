// timelinechart.cpp
#include "charts/timelinechart.h"

#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace rb::exporting {

QString TimelineChart::title() const
{
    return m_input.whatIf ? translate("rb::exporting::Charts", "What-if: %1").arg(m_input.scenario) : translate("rb::exporting::Charts", "Timeline and critical path");
}

namespace {

void drawDiamond(QPainter &painter, const QPointF &c, qreal r)
{
    QPolygonF d;
    d << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r, c.y()) << QPointF(c.x(), c.y() + r) << QPointF(c.x() - r, c.y());
    painter.drawPolygon(d);
}

} // namespace

void TimelineChart::paint(QPainter &painter, const QRectF &area) const
{
    const auto &bars = m_input.bars;
    if (bars.isEmpty()) {
        paintEmptyMessage(painter, area, translate("rb::exporting::Charts", "No post has dates to schedule"));
        return;
    }
    const QLocale en = exportLocale();
    // The window: the programme's own work (not external posts, not work done earlier) from the status
    // date to the programme end, so that the plateau fills the slide. Bars outside are cut at the edge
    // with an arrow and their date.
    QDate from, to;
    auto widen = [&](const QDate &s, const QDate &f) {
        if (!from.isValid() || s < from) from = s;
        if (!to.isValid() || f > to) to = f;
    };
    for (const Bar &b : bars)
        if (!b.external && !b.done) widen(b.start, m_input.whatIf ? qMax(b.finish, b.newFinish) : b.finish);
    if (!from.isValid()) for (const Bar &b : bars) widen(b.start, b.finish);
    if (m_input.statusDate.isValid()) widen(m_input.statusDate, m_input.statusDate);
    if (m_input.programmeEnd.isValid()) widen(m_input.programmeEnd, m_input.programmeEnd);
    from = QDate(from.year(), from.month(), 1).addMonths(-1);
    to = QDate(to.year(), to.month(), 1).addMonths(2);

    const QFont label = chartFont(palette::kSmallPt);
    const QFont bold = chartFont(palette::kSmallPt, true);
    qreal idW = 0;
    for (const Bar &b : bars) idW = qMax(idW, QFontMetricsF(bold).horizontalAdvance(b.id));
    idW += 14;
    const qreal labelW = qMax(430.0, idW + 300), axisH = 34, footH = 64;
    const QRectF plot(area.left() + labelW, area.top() + axisH, area.width() - labelW - 10, area.height() - axisH - footH);
    const qreal rowH = qMin(40.0, plot.height() / bars.size());
    const qreal days = from.daysTo(to);
    auto xOf = [&](const QDate &d) { return plot.left() + plot.width() * qBound<qint64>(0, from.daysTo(d), qint64(days)) / days; };
    auto xEnd = [&](const QDate &d) { return xOf(d.addDays(1)); }; // inclusive finish: the end of that day
    const QFont rowFont = rowH >= 24 ? label : chartFont(palette::kSmallPt - 2);
    const QFont rowBold = rowH >= 24 ? bold : chartFont(palette::kSmallPt - 2, true);

    // Month grid; labels on every month when they fit, else on quarters, else on years.
    const qreal monthW = plot.width() * 30.4 / days;
    const qreal labelNeed = QFontMetricsF(label).horizontalAdvance(QStringLiteral("MMM 0000")) + 8;
    const int labelEvery = monthW >= labelNeed ? 1 : monthW * 3 >= labelNeed ? 3 : 12;
    painter.setFont(label);
    for (QDate m = from; m < to; m = m.addMonths(1)) {
        const qreal x = xOf(m);
        painter.setPen(QPen(palette::grid(), m.month() % 3 == 1 ? 2 : 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.top() + rowH * bars.size()));
        if ((m.month() - 1) % labelEvery != 0) continue;
        painter.setPen(palette::mutedText());
        const QString text = m.month() == 1 || labelEvery > 1 ? en.toString(m, QStringLiteral("MMM yyyy")) : en.toString(m, QStringLiteral("MMM"));
        painter.drawText(QRectF(x + 3, area.top(), labelNeed, axisH), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    for (int i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const qreal y = plot.top() + i * rowH;
        if (i % 2 == 1) painter.fillRect(QRectF(area.left(), y, area.width(), rowH), QColor(0, 0, 0, 10));
        painter.setPen(b.external ? palette::external() : palette::text());
        painter.setFont(rowBold);
        painter.drawText(QRectF(area.left(), y, idW, rowH), Qt::AlignLeft | Qt::AlignVCenter, b.id);
        painter.setFont(rowFont);
        painter.drawText(QRectF(area.left() + idW, y, labelW - idW - 10, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(rowFont, b.title, labelW - idW - 10));

        // In the what-if vermillion means "slipped", so the critical path is only marked in the plain timeline.
        const QColor color = b.critical && !m_input.whatIf ? palette::critical()
                             : b.external                 ? palette::external()
                                                          : palette::theme(b.theme);
        const bool moved = m_input.whatIf && b.slipDays != 0;
        // A moved post: the new bar on top, the ghosted baseline as a thinner bar just under it.
        const qreal barTop = y + rowH * (moved ? 0.12 : 0.2), barH = rowH * (moved ? 0.5 : 0.6);
        auto drawBar = [&](const QDate &s, const QDate &f, qreal top, qreal h, const QBrush &brush, const QPen &pen) {
            painter.setPen(pen);
            painter.setBrush(brush);
            if (b.milestone) {
                if (s >= from && s < to) drawDiamond(painter, QPointF(xOf(s), top + h / 2), h * 0.6);
                return;
            }
            painter.drawRect(QRectF(xOf(s), top, qMax(2.0, xEnd(f) - xOf(s)), h));
        };
        const QPen outline(b.external ? QPen(palette::external(), 1.5, Qt::DashLine) : QPen(color.darker(120), 1));
        if (!moved) {
            drawBar(b.start, b.finish, barTop, barH, b.done ? QBrush(color.lighter(140)) : QBrush(color), outline);
        } else {
            drawBar(b.start, b.finish, barTop + barH + rowH * 0.06, rowH * 0.22, QBrush(palette::baseline()),
                    QPen(palette::baseline().darker(150), 1, Qt::DashLine));
            drawBar(b.newStart, b.newFinish, barTop, barH, QBrush(palette::slip()), QPen(palette::slip().darker(130), 1.5));
        }
        // Cut at the window: an arrow and the real date tell where the bar goes.
        const QDate shownStart = moved ? qMin(b.start, b.newStart) : b.start;
        const QDate shownFinish = moved ? qMax(b.finish, b.newFinish) : b.finish;
        painter.setFont(rowFont);
        painter.setPen(palette::mutedText());
        if (shownStart < from)
            painter.drawText(QRectF(plot.left() + 4, y, 200, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("◀ %1").arg(shortDate(shownStart)));
        if (shownFinish >= to)
            painter.drawText(QRectF(plot.right() - 204, y, 200, rowH), Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("%1 ▶").arg(shortDate(shownFinish)));
        // Labels to the right of the bar: slip, absorbed, critical.
        QString tag;
        QColor tagColor = palette::mutedText();
        if (m_input.whatIf && b.slipDays != 0) {
            tag = QStringLiteral("%1%2 d%3").arg(b.slipDays > 0 ? QStringLiteral("+") : QString()).arg(b.slipDays)
                      .arg(b.delayed ? translate("rb::exporting::Charts", " (delayed)") : QString());
            tagColor = palette::slip();
        } else if (m_input.whatIf && b.absorbed) {
            tag = translate("rb::exporting::Charts", "absorbed by float");
            tagColor = palette::absorbed();
            painter.setPen(QPen(palette::absorbed(), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(xOf(b.start) - 3, barTop - 3, xEnd(b.finish) - xOf(b.start) + 6, barH + 6));
        }
        if (!tag.isEmpty()) {
            painter.setFont(rowBold);
            painter.setPen(tagColor);
            const QDate end = m_input.whatIf ? qMax(b.finish, b.newFinish) : b.finish;
            const qreal tx = xEnd(end) + 8;
            const qreal tw = QFontMetricsF(rowBold).horizontalAdvance(tag) + 4;
            // Keep the label on the slide: put it left of the bar when it would run off the right edge.
            const qreal left = tx + tw > plot.right() ? xOf(qMin(b.start, m_input.whatIf ? b.newStart : b.start)) - tw - 8 : tx;
            painter.drawText(QRectF(left, y, tw, rowH), Qt::AlignLeft | Qt::AlignVCenter, tag);
        }
    }

    // Status date and programme end.
    const qreal bottom = plot.top() + rowH * bars.size();
    auto vline = [&](const QDate &d, const QColor &c, const QString &text, Qt::PenStyle style) {
        if (!d.isValid() || d < from || d > to) return;
        const qreal x = xOf(d);
        painter.setPen(QPen(c, 2.5, style));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom));
        painter.setFont(label);
        const qreal w = QFontMetricsF(label).horizontalAdvance(text) + 6;
        painter.drawText(QRectF(x + w > plot.right() ? x - w - 4 : x + 4, bottom + 2, w, 24), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    vline(m_input.statusDate, palette::today(), translate("rb::exporting::Charts", "status %1").arg(shortDate(m_input.statusDate)), Qt::SolidLine);
    vline(m_input.programmeEnd, palette::text(), translate("rb::exporting::Charts", "programme end %1").arg(shortDate(m_input.programmeEnd)),
          Qt::DashLine);

    // Footer: legend or the what-if outcome.
    painter.setFont(label);
    painter.setPen(palette::text());
    QString foot;
    if (m_input.whatIf) {
        const qint64 moved = m_input.finishBefore.daysTo(m_input.finishAfter);
        foot = translate("rb::exporting::Charts", "Programme finish %1 → %2 (%3%4 d). Cost of delay %5 k€. Grey dashed = baseline, vermillion = "
                              "slipped, green frame = slip absorbed by float.")
                   .arg(shortDate(m_input.finishBefore), shortDate(m_input.finishAfter))
                   .arg(moved >= 0 ? QStringLiteral("+") : QString())
                   .arg(moved)
                   .arg(en.toString(m_input.costOfDelay, 'f', 0));
    } else {
        foot = translate("rb::exporting::Charts", "Early dates from the critical path method. Vermillion = critical path (no float); colour = theme; "
                              "diamond = milestone; dashed = external; pale = done.");
    }
    painter.drawText(QRectF(area.left(), area.bottom() - 30, area.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                     elided(label, foot, area.width()));
}

} // namespace rb::exporting
