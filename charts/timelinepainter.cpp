// timelinepainter.cpp
#include "charts/timelinepainter.h"

#include "charts/chart.h"
#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rb::exporting {

using rb::model::TimelineBar;
using rb::model::TimelinePlan;

namespace {

QColor originalColor() { return QColor(0x33, 0x33, 0x33); } // the first baseline: the original promise
QColor latestColor() { return QColor(0x8c, 0x8c, 0x8c); }   // the latest baseline: the current re-plan
QColor deadlineColor() { return QColor(0xb0, 0x00, 0x20); }
QColor externalFill() { return QColor(0xd9, 0xd9, 0xd9); }

double jd(const QDate &d) { return double(d.toJulianDay()); }

qreal plotLeft(const TimelineView &v) { return v.area.left() + v.labelWidth; }
qreal plotWidth(const TimelineView &v) { return std::max<qreal>(1, v.area.width() - v.labelWidth - v.rightMargin); }

void drawDiamond(QPainter &painter, const QPointF &c, qreal r)
{
    painter.drawPolygon(QPolygonF{QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                                  QPointF(c.x() - r, c.y())});
}

// The done part of a bar: pale, hatched in the bar's own colour.
void fillDone(QPainter &painter, const QRectF &r, const QColor &color)
{
    painter.fillRect(r, color.lighter(160));
    if (r.width() <= 0 || r.height() <= 0) return;
    // Diagonal lines as one path (not a pattern brush, which SVG readers such as Qt's cannot resolve).
    QPainterPath hatch;
    const qreal step = 7;
    for (qreal x = r.left() - r.height(); x < r.right(); x += step) {
        hatch.moveTo(x, r.bottom());
        hatch.lineTo(x + r.height(), r.top());
    }
    painter.save();
    painter.setClipRect(r, Qt::IntersectClip);
    painter.setPen(QPen(color.darker(115), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(hatch);
    painter.restore();
}

QColor barColor(const TimelinePlan &plan, const TimelineBar &b)
{
    if (b.external) return externalFill();
    // Under a what-if vermilion means "slipped", so the critical path is marked in the plain timeline only.
    if (b.critical && !plan.whatIf) return palette::critical();
    return palette::theme(b.theme);
}

qreal laneHeight(qreal rh) { return std::max<qreal>(2, rh * 0.09); }
qreal laneGapOf(qreal rh) { return std::max<qreal>(1, rh * 0.03); }
qreal barHeightOf(qreal rh, int lanes) { return rh * 0.8 - lanes * (laneHeight(rh) + laneGapOf(rh)); }

} // namespace

qreal timelineBarHeight(const TimelinePlan &plan, qreal rowHeight)
{
    return barHeightOf(rowHeight, (plan.originalName.isEmpty() ? 0 : 1) + (plan.latestName.isEmpty() ? 0 : 1));
}

qreal timelineX(const TimelineView &view, double julianDay)
{
    return plotLeft(view) + (julianDay - view.firstDay) * plotWidth(view) / std::max(1.0, view.lastDay - view.firstDay);
}

std::vector<TimelineTick> timelineTicks(const TimelineView &view)
{
    const qreal chartW = plotWidth(view);
    const double span = std::max(1.0, view.lastDay - view.firstDay);
    const qreal pxPerDay = chartW / span;
    const QFontMetricsF fm(chartFont(palette::kSmallPt));
    const QLocale &locale = view.locale;
    const QString monthYear = QStringLiteral("MMM yyyy"), dayMonth = QStringLiteral("d MMM");
    const qreal left = plotLeft(view), right = view.area.right(), top = view.area.top();
    // The finest step whose usual label fits with a gap: weeks ("30 Sep"), months ("Sep"), years
    // ("2019"). A label that also names its year may push the next one out (see below).
    struct Step {
        int weeks = 0, months = 0;
        double days() const { return weeks ? weeks * 7.0 : months * 30.44; }
    };
    static constexpr Step kSteps[] = {{1, 0}, {2, 0}, {0, 1}, {0, 3}, {0, 6}, {0, 12}, {0, 24}, {0, 60}, {0, 120}};
    const qreal gap = 16;
    auto widest = [&](const Step &st) {
        return fm.horizontalAdvance(st.weeks             ? locale.toString(QDate(2000, 9, 30), dayMonth)
                                        : st.months < 12 ? locale.toString(QDate(2000, 9, 1), QStringLiteral("MMM"))
                                                         : QStringLiteral("0000"));
    };
    Step step = kSteps[std::size(kSteps) - 1];
    for (const Step &st : kSteps)
        if (pxPerDay * st.days() >= widest(st) + gap) {
            step = st;
            break;
        }

    // Candidates in date order: month starts (grid lines; labelled on the month steps) and, on the
    // week steps, Mondays. A label carries its year when it is the first or the year changed.
    struct Candidate {
        QDate date;
        bool major = false, labelled = false;
    };
    std::vector<Candidate> candidates;
    const QDate first = QDate::fromJulianDay(qint64(std::floor(view.firstDay)));
    const QDate last = QDate::fromJulianDay(qint64(std::ceil(view.lastDay)));
    const bool monthGrid = pxPerDay * 30.44 >= 8; // thinner than that, month lines would grey the chart out
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1)) {
        const bool yearStart = m.month() == 1;
        const bool labelled = step.months && (m.year() * 12 + m.month() - 1) % step.months == 0;
        if (labelled || monthGrid || yearStart) candidates.push_back({m, yearStart, labelled});
    }
    if (step.weeks) {
        for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7))
            if ((monday.toJulianDay() / 7) % step.weeks == 0) candidates.push_back({monday, false, true});
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.date < b.date; });
    }
    auto labelOf = [&](const QDate &d, bool withYear) {
        if (step.months >= 12) return QString::number(d.year());
        if (step.weeks) return locale.toString(d, withYear ? QStringLiteral("d MMM yyyy") : dayMonth);
        return locale.toString(d, withYear ? monthYear : QStringLiteral("MMM"));
    };

    // Left to right, never over the previous label, never past the right edge.
    std::vector<TimelineTick> out;
    qreal lastRight = -1e9;
    int lastYear = 0;
    for (const Candidate &c : candidates) {
        TimelineTick t;
        t.x = timelineX(view, jd(c.date));
        t.major = c.major;
        if (t.x < left - 0.5 || t.x > right) continue; // a tick on the left edge (the window's start) counts
        if (c.labelled) {
            const QString text = labelOf(c.date, c.date.year() != lastYear);
            const QRectF r(t.x + 3, top + 4, fm.horizontalAdvance(text) + 2, view.axisHeight - 12);
            if (r.left() >= lastRight + 6 && r.right() <= right) {
                t.label = text;
                t.labelRect = r;
                lastRight = r.right();
                lastYear = c.date.year();
            }
        }
        out.push_back(t);
    }
    // The period in view is always named: when the first label is far from the left edge (or there
    // is none), the month and year of the window's start stand there, without a grid line of their own.
    const auto firstLabel
        = std::find_if(out.begin(), out.end(), [](const TimelineTick &t) { return !t.label.isEmpty(); });
    TimelineTick context;
    context.x = left;
    context.label = step.months >= 12 ? QString::number(first.year()) : locale.toString(first, monthYear);
    context.labelRect = QRectF(left + 3, top + 4, fm.horizontalAdvance(context.label) + 2, view.axisHeight - 12);
    const bool far = firstLabel == out.end() || firstLabel->labelRect.left() > left + chartW / 4;
    if (far && (firstLabel == out.end() || context.labelRect.right() + 6 <= firstLabel->labelRect.left()))
        out.insert(out.begin(), context);
    return out;
}

void paintTimeline(QPainter &painter, const TimelinePlan &plan, const TimelineView &view)
{
    const QRectF &area = view.area;
    const qreal rh = view.rowHeight;
    const qreal rowsTop = area.top() + view.axisHeight;
    const qreal top = rowsTop - view.contentY;
    const qreal rowsBottom = std::min(area.bottom(), top + rh * plan.rows.size());
    auto rowY = [&](int row) { return top + row * rh; };
    auto xOf = [&](const QDate &d) { return timelineX(view, jd(d)); };
    auto xEnd = [&](const QDate &d) { return timelineX(view, jd(d) + 1); }; // inclusive: the end of that day
    const qreal left = plotLeft(view), right = area.right();
    const QFont small = chartFont(rh >= 24 ? palette::kSmallPt : palette::kSmallPt - 2);
    const QFont smallBold = chartFont(rh >= 24 ? palette::kSmallPt : palette::kSmallPt - 2, true);
    const QFont axisFont = chartFont(palette::kSmallPt);
    const QFont lineFont = chartFont(palette::kSmallPt, true);

    // Grid and axis labels.
    painter.setFont(axisFont);
    for (const TimelineTick &t : timelineTicks(view)) {
        painter.setPen(QPen(t.major ? palette::mutedText() : palette::grid(), t.major ? 1.5 : 1));
        painter.drawLine(QPointF(t.x, rowsTop - 8), QPointF(t.x, rowsBottom));
        if (t.label.isEmpty()) continue;
        painter.setPen(palette::mutedText());
        painter.drawText(t.labelRect, Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }

    painter.save();
    painter.setClipRect(QRectF(area.left(), rowsTop, area.width(), area.bottom() - rowsTop));
    // Rows: zebra, theme headers, the selection, the post's id and title.
    qreal idW = 0;
    for (const TimelineBar &b : plan.bars) idW = std::max(idW, QFontMetricsF(smallBold).horizontalAdvance(b.id));
    idW = std::min(idW + 12, view.labelWidth / 3);
    for (int r = 0; r < plan.rows.size(); ++r) {
        const auto &row = plan.rows[r];
        const QRectF band(area.left(), rowY(r), area.width(), rh);
        if (band.bottom() < rowsTop || band.top() > area.bottom()) continue;
        if (row.bar < 0) {
            painter.fillRect(band, QColor(0xee, 0xef, 0xf2));
            painter.fillRect(QRectF(band.left(), band.top(), 6, rh), palette::theme(row.theme));
            painter.setPen(palette::text());
            painter.setFont(smallBold);
            const QString name = localName(row.themeName, row.themeNameEn);
            painter.drawText(band.adjusted(14, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             translate("rb::exporting::Charts", "Theme %1 %2").arg(row.theme).arg(name));
            continue;
        }
        const TimelineBar &b = plan.bars[row.bar];
        const bool selected = !view.selected.isEmpty() && b.id == view.selected;
        if (selected)
            painter.fillRect(band, QColor(0xdb, 0xea, 0xf7));
        else if (r % 2 == 1)
            painter.fillRect(band, QColor(0, 0, 0, 8));
        painter.setPen(b.external ? palette::external() : palette::text());
        painter.setFont(smallBold);
        painter.drawText(QRectF(band.left() + 14, band.top(), idW, rh), Qt::AlignVCenter | Qt::AlignLeft, b.id);
        painter.setFont(selected ? smallBold : small);
        const qreal titleW = view.labelWidth - idW - 24;
        painter.drawText(QRectF(band.left() + 14 + idW, band.top(), titleW, rh), Qt::AlignVCenter | Qt::AlignLeft,
                         elided(selected ? smallBold : small, b.title, titleW));
    }

    // Links and bars stay right of the labels: the window cuts them at its edges.
    painter.setClipRect(QRectF(left, rowsTop, right - left, area.bottom() - rowsTop));
    QHash<int, int> rowOfBar;
    for (int r = 0; r < plan.rows.size(); ++r)
        if (plan.rows[r].bar >= 0) rowOfBar.insert(plan.rows[r].bar, r);
    // Dependency arrows (under the bars): from the predecessor's bar end to the successor's bar start.
    for (const auto &l : plan.links) {
        const TimelineBar &from = plan.bars[l.from], &to = plan.bars[l.to];
        const qreal x1 = l.fromEnd ? xEnd(from.newFinish) : xOf(from.newStart);
        const qreal x2 = l.toEnd ? xEnd(to.newFinish) : xOf(to.newStart);
        const qreal y1 = rowY(rowOfBar.value(l.from)) + rh / 2, y2 = rowY(rowOfBar.value(l.to)) + rh / 2;
        if (std::max(y1, y2) < rowsTop || std::min(y1, y2) > area.bottom()) continue;
        const bool crit = l.critical && !plan.whatIf;
        painter.setPen(QPen(crit ? palette::critical() : QColor(0x8a, 0x8a, 0x8a), crit ? 1.6 : 1.0));
        const qreal midX = x1 + 6;
        QPainterPath path(QPointF(x1, y1));
        path.lineTo(midX, y1);
        path.lineTo(midX, y2);
        path.lineTo(x2, y2);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        const qreal dir = x2 >= midX ? 1 : -1;
        painter.setBrush(painter.pen().color());
        painter.drawPolygon(QPolygonF{QPointF(x2, y2), QPointF(x2 - 6 * dir, y2 - 4), QPointF(x2 - 6 * dir, y2 + 4)});
    }

    // Bars. The current bar on top; thin lanes under it: the schedule before the what-if (when it
    // moves), the original baseline and the latest one.
    const bool hasOriginal = !plan.originalName.isEmpty(), hasLatest = !plan.latestName.isEmpty();
    const double firstShown = view.firstDay, lastShown = view.lastDay;
    for (int r = 0; r < plan.rows.size(); ++r) {
        if (plan.rows[r].bar < 0) continue;
        const TimelineBar &b = plan.bars[plan.rows[r].bar];
        const qreal y = rowY(r);
        if (y + rh < rowsTop || y > area.bottom()) continue;
        const int lanes = (b.moved ? 1 : 0) + (hasOriginal ? 1 : 0) + (hasLatest ? 1 : 0);
        const qreal laneH = laneHeight(rh), laneGap = laneGapOf(rh);
        const qreal barTop = y + rh * 0.1;
        const qreal barH = barHeightOf(rh, lanes);
        qreal laneTop = barTop + barH + laneGap;
        auto lane = [&](const QDate &s, const QDate &f, const QBrush &brush, const QPen &pen) {
            if (s.isValid() && f.isValid()) {
                painter.setPen(pen);
                painter.setBrush(brush);
                if (s == f && b.milestone)
                    drawDiamond(painter, QPointF(xOf(s), laneTop + laneH / 2), laneH);
                else
                    painter.drawRect(QRectF(xOf(s), laneTop, std::max<qreal>(2, xEnd(f) - xOf(s)), laneH));
            }
            laneTop += laneH + laneGap;
        };
        if (b.moved)
            lane(b.start, b.finish, QBrush(palette::baseline()),
                 QPen(palette::baseline().darker(150), 1, Qt::DashLine));
        if (hasOriginal) lane(b.originalStart, b.originalFinish, QBrush(originalColor()), Qt::NoPen);
        if (hasLatest) lane(b.latestStart, b.latestFinish, QBrush(latestColor()), Qt::NoPen);

        const QColor color = b.moved ? palette::slip() : barColor(plan, b);
        const QPen outline = b.external ? QPen(palette::external(), 1.2, Qt::DashLine) : QPen(color.darker(135), 1);
        const QDate s = b.newStart, f = b.newFinish;
        if (b.milestone) {
            painter.setPen(QPen(palette::text(), 1));
            painter.setBrush(b.done ? color.lighter(160) : color);
            drawDiamond(painter, QPointF(xOf(s), barTop + barH / 2), std::min(barH / 2 + 2, rh * 0.4));
        } else {
            const QRectF bar(xOf(s), barTop, std::max<qreal>(3, xEnd(f) - xOf(s)), barH);
            if (b.moved) {
                painter.fillRect(bar, color);
                if (b.doneUntil.isValid() && b.newStart == b.start) // slipped, not pushed: its done work stays done
                    fillDone(painter,
                             QRectF(bar.left(), barTop, std::min(bar.right(), xEnd(b.doneUntil)) - bar.left(), barH),
                             color);
            } else if (b.doneUntil.isValid()) {
                // The done part hatched and pale, the remainder (a running post's, from the status date) in full colour.
                const qreal split = std::min(bar.right(), xEnd(b.doneUntil));
                fillDone(painter, QRectF(bar.left(), barTop, split - bar.left(), barH), color);
                if (b.remainderStart.isValid())
                    painter.fillRect(QRectF(split, barTop, bar.right() - split, barH), color);
            } else {
                painter.fillRect(bar, color);
            }
            painter.setPen(outline);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar);
        }
        // Float: a thin line from the finish to the late finish.
        if (!b.moved && b.lateFinish > b.finish) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(b.absorbed ? palette::absorbed() : QColor(0x9a, 0x9a, 0x9a));
            painter.drawRect(QRectF(xEnd(b.finish), barTop + barH / 2 - 1.5, xEnd(b.lateFinish) - xEnd(b.finish), 3));
        }
        if (b.absorbed) { // reached by a slip, its float absorbed it
            painter.setPen(QPen(palette::absorbed(), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(xOf(s) - 3, barTop - 3, std::max<qreal>(3, xEnd(f) - xOf(s)) + 6, barH + 6));
        }
        if (b.deadline.isValid()) { // a downward triangle and a short line at the end of the deadline's day
            const qreal x = xEnd(b.deadline);
            painter.setPen(QPen(deadlineColor(), 2));
            painter.drawLine(QPointF(x, y + 2), QPointF(x, y + rh - 2));
            painter.setBrush(deadlineColor());
            painter.drawPolygon(QPolygonF{QPointF(x - 5, y + 1), QPointF(x + 5, y + 1), QPointF(x, y + 7)});
        }
        // Cut at the window: an arrow and the real date say where the bar goes.
        painter.setFont(small);
        painter.setPen(palette::mutedText());
        const QDate shownStart = std::min(b.start, s), shownFinish = std::max(b.finish, f);
        if (jd(shownFinish) + 1 <= firstShown)
            painter.drawText(QRectF(left + 4, y, 200, rh), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("◀ %1").arg(shortDate(shownFinish)));
        else if (jd(shownStart) >= lastShown)
            painter.drawText(QRectF(right - 204, y, 200, rh), Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("%1 ▶").arg(shortDate(shownStart)));
        // What-if tags right of the bar: the slip, or the float that absorbed one.
        QString tag;
        QColor tagColor = palette::mutedText();
        if (b.moved && b.slipDays != 0) {
            tag = QStringLiteral("%1%2 d%3")
                      .arg(b.slipDays > 0 ? QStringLiteral("+") : QString())
                      .arg(b.slipDays)
                      .arg(b.delayed ? translate("rb::exporting::Charts", " (delayed)") : QString());
            tagColor = palette::slip();
        } else if (b.absorbed) {
            tag = translate("rb::exporting::Charts", "absorbed by float");
            tagColor = palette::absorbed();
        }
        if (!tag.isEmpty()) {
            painter.setFont(smallBold);
            painter.setPen(tagColor);
            const qreal tw = QFontMetricsF(smallBold).horizontalAdvance(tag) + 4;
            const qreal tx = xEnd(shownFinish) + 8;
            // Keep the label in view: left of the bar when it would run off the right edge.
            const qreal lx = tx + tw > right ? xOf(shownStart) - tw - 8 : tx;
            painter.drawText(QRectF(lx, y, tw, rh), Qt::AlignLeft | Qt::AlignVCenter, tag);
        }
    }
    painter.restore();

    // Lines over everything, labelled just below the axis on white: the status date, the programme end, today.
    qreal labelRow = 0;
    auto vline = [&](const QDate &d, const QColor &c, Qt::PenStyle style, const QString &text) {
        if (!d.isValid() || jd(d) < view.firstDay || jd(d) > view.lastDay) return;
        const qreal x = xOf(d);
        if (x < left) return;
        painter.setPen(QPen(c, 2, style));
        painter.drawLine(QPointF(x, rowsTop - 4), QPointF(x, rowsBottom));
        painter.setFont(lineFont);
        const QFontMetricsF fm(lineFont);
        const qreal w = fm.horizontalAdvance(text) + 8, h = fm.height() + 2;
        const QRectF box(x + 3 + w > right ? x - 3 - w : x + 3, rowsTop + 2 + labelRow, w, h);
        labelRow = labelRow > 0 ? 0 : h + 2; // two lines close together: their labels one above the other
        painter.fillRect(box, palette::background());
        painter.setPen(c);
        painter.drawText(box, Qt::AlignCenter, text);
    };
    vline(plan.statusDate, palette::today(), Qt::SolidLine,
          translate("rb::exporting::Charts", "status date %1").arg(shortDate(plan.statusDate)));
    vline(plan.programmeEnd, palette::text(), Qt::DashLine,
          translate("rb::exporting::Charts", "programme end %1").arg(shortDate(plan.programmeEnd)));
    if (view.today.isValid() && view.today != plan.statusDate)
        vline(view.today, palette::today(), Qt::DashLine, translate("rb::exporting::Charts", "today"));
}

namespace {

struct LegendItem {
    enum Kind {
        Bar,
        Critical,
        Done,
        Remainder,
        Original,
        Latest,
        Float,
        Deadline,
        Milestone,
        Status,
        End,
        Ghost,
        Slip,
        Absorbed
    };
    Kind kind;
    QString text;
};

QList<LegendItem> legendItems(const TimelinePlan &plan)
{
    using K = LegendItem::Kind;
    QList<LegendItem> items;
    const bool progress
        = std::any_of(plan.bars.cbegin(), plan.bars.cend(), [](const TimelineBar &b) { return b.doneUntil.isValid(); });
    const bool remainder = std::any_of(plan.bars.cbegin(), plan.bars.cend(),
                                       [](const TimelineBar &b) { return b.remainderStart.isValid(); });
    if (plan.whatIf) {
        items << LegendItem{K::Slip, translate("rb::exporting::Charts", "slipped")}
              << LegendItem{K::Ghost, translate("rb::exporting::Charts", "schedule without the what-if")}
              << LegendItem{K::Absorbed, translate("rb::exporting::Charts", "slip absorbed by float")};
    } else {
        items << LegendItem{K::Critical, translate("rb::exporting::Charts", "critical path")};
    }
    if (progress) items << LegendItem{K::Done, translate("rb::exporting::Charts", "done")};
    if (remainder)
        items << LegendItem{K::Remainder, translate("rb::exporting::Charts", "remaining work (from the status date)")};
    if (!plan.originalName.isEmpty())
        items << LegendItem{K::Original,
                            translate("rb::exporting::Charts", "original baseline: %1").arg(plan.originalName)};
    if (!plan.latestName.isEmpty())
        items << LegendItem{K::Latest, translate("rb::exporting::Charts", "latest re-plan: %1").arg(plan.latestName)};
    items << LegendItem{K::Float, translate("rb::exporting::Charts", "float")}
          << LegendItem{K::Milestone, translate("rb::exporting::Charts", "milestone")}
          << LegendItem{K::Deadline, translate("rb::exporting::Charts", "deadline")};
    if (plan.statusDate.isValid()) items << LegendItem{K::Status, translate("rb::exporting::Charts", "status date")};
    if (plan.programmeEnd.isValid()) items << LegendItem{K::End, translate("rb::exporting::Charts", "programme end")};
    return items;
}

} // namespace

QString timelineLegendText(const TimelinePlan &plan)
{
    QStringList parts;
    for (const LegendItem &i : legendItems(plan)) parts << i.text;
    return parts.join(QStringLiteral(" · "));
}

qreal paintTimelineLegend(QPainter &painter, const TimelinePlan &plan, const QRectF &rect, int pointSize)
{
    using K = LegendItem::Kind;
    const QFont font = chartFont(pointSize);
    const QFontMetricsF fm(font);
    const qreal lineH = fm.height() + 6, sw = 26, sh = fm.height() * 0.6;
    qreal x = rect.left(), y = rect.top();
    painter.save();
    painter.setFont(font);
    const QColor theme = palette::theme(2);
    for (const LegendItem &item : legendItems(plan)) {
        const QString text = fm.elidedText(item.text, Qt::ElideRight, rect.width() - sw - 8);
        const qreal w = sw + 6 + fm.horizontalAdvance(text) + 18;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += lineH;
        }
        const qreal cy = y + lineH / 2;
        const QRectF sq(x, cy - sh / 2, sw, sh);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::NoBrush);
        switch (item.kind) {
        case K::Bar:
            painter.fillRect(sq, theme);
            break;
        case K::Critical:
            painter.fillRect(sq, palette::critical());
            break;
        case K::Slip:
            painter.fillRect(sq, palette::slip());
            break;
        case K::Done:
            fillDone(painter, sq, theme);
            break;
        case K::Remainder:
            fillDone(painter, QRectF(sq.left(), sq.top(), sw / 2, sh), theme);
            painter.fillRect(QRectF(sq.left() + sw / 2, sq.top(), sw / 2, sh), theme);
            painter.setPen(QPen(palette::today(), 2));
            painter.drawLine(QPointF(sq.center().x(), sq.top() - 3), QPointF(sq.center().x(), sq.bottom() + 3));
            break;
        case K::Original:
            painter.fillRect(QRectF(x, cy - 2, sw, 4), originalColor());
            break;
        case K::Latest:
            painter.fillRect(QRectF(x, cy - 2, sw, 4), latestColor());
            break;
        case K::Ghost:
            painter.setPen(QPen(palette::baseline().darker(150), 1, Qt::DashLine));
            painter.setBrush(palette::baseline());
            painter.drawRect(QRectF(x, cy - 2, sw, 4));
            break;
        case K::Float:
            painter.fillRect(QRectF(x, cy - 1.5, sw, 3), QColor(0x9a, 0x9a, 0x9a));
            break;
        case K::Absorbed:
            painter.setPen(QPen(palette::absorbed(), 2.5));
            painter.drawRect(sq.adjusted(2, 1, -2, -1));
            break;
        case K::Milestone:
            painter.setPen(QPen(palette::text(), 1));
            painter.setBrush(theme);
            drawDiamond(painter, sq.center(), sh / 2 + 1);
            break;
        case K::Deadline:
            painter.setPen(QPen(deadlineColor(), 2));
            painter.drawLine(QPointF(sq.center().x(), cy - sh / 2 - 2), QPointF(sq.center().x(), cy + sh / 2 + 2));
            break;
        case K::Status:
            painter.setPen(QPen(palette::today(), 2));
            painter.drawLine(QPointF(sq.center().x(), cy - sh / 2 - 2), QPointF(sq.center().x(), cy + sh / 2 + 2));
            break;
        case K::End:
            painter.setPen(QPen(palette::text(), 2, Qt::DashLine));
            painter.drawLine(QPointF(sq.center().x(), cy - sh / 2 - 2), QPointF(sq.center().x(), cy + sh / 2 + 2));
            break;
        }
        painter.setPen(palette::text());
        painter.drawText(QRectF(x + sw + 6, y, w - sw - 6, lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w;
    }
    painter.restore();
    return y + lineH - rect.top();
}

std::pair<QDate, QDate> timelineSlideWindow(const TimelinePlan &plan)
{
    QDate from, to;
    auto widen = [&](const QDate &s, const QDate &f) {
        if (!s.isValid() || !f.isValid()) return;
        if (!from.isValid() || s < from) from = s;
        if (!to.isValid() || f > to) to = f;
    };
    for (const TimelineBar &b : plan.bars)
        if (!b.external && !b.done) widen(b.start, std::max(b.finish, b.newFinish));
    if (!from.isValid())
        for (const TimelineBar &b : plan.bars) widen(b.start, b.finish);
    widen(plan.statusDate, plan.statusDate);
    widen(plan.programmeEnd, plan.programmeEnd);
    if (!from.isValid()) return {};
    return {QDate(from.year(), from.month(), 1).addMonths(-1), QDate(to.year(), to.month(), 1).addMonths(2)};
}

} // namespace rb::exporting
