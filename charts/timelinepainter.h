// timelinepainter.h — the one painter of the timeline (Gantt), used by the application's Timeline view
// (qml/timelinechart.cpp, which adds scrolling, zoom, pan, selection and keys) and by the exported chart
// and deck page (charts/timelinechart.cpp, which fits every row on the slide and adds the what-if
// outcome). What the screen shows is what the deck shows.
//
// The input is the plan of model/timelineplan.h (built once from the portfolio by buildTimelinePlan);
// the view says where it goes: the area, the label column, the row height, the rows scrolled away and
// the window of days. Per post: the bar of its current dates (vermilion on the critical path, theme
// colour otherwise, grey and dashed for external posts), its done part hatched and pale, the unfinished
// remainder of a running post in full colour from the status date, the first (original) and latest
// baseline as thin bars under it, float as a thin line after it, a deadline mark, and under a what-if
// the slipped dates over the ghosted schedule. Lines: the status date (data date), the programme end and
// (in the application) today. The axis picks week, month, quarter, half-year or year labels by the room
// each needs, so labels never overlap. Fonts are pixel sizes (pt × 4/3), as in every chart.
#pragma once

#include "model/timelineplan.h"

#include <QDate>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace rb::exporting {

struct TimelineView {
    QRectF area;            // the whole chart: labels, axis, rows (device units)
    qreal labelWidth = 420; // the post column (id and title)
    qreal rightMargin = 24; // right of the last day
    qreal axisHeight = 44;  // the axis labels above the rows
    qreal rowHeight = 32;
    qreal contentY = 0;               // the rows scrolled away above the first one shown
    double firstDay = 0, lastDay = 1; // the window, in Julian days: [first, last)
    QString selected;                 // the selected post's id: its row highlighted
    QDate today;                      // a "today" line (the application), when valid and not the status date
    QLocale locale;                   // month names on the axis
};

struct TimelineTick {
    qreal x = 0;        // the grid line
    bool major = false; // a year boundary
    QString label;      // empty: a grid line without a label
    QRectF labelRect;
};

// The x of the start of a day (Julian day number, may be fractional).
qreal timelineX(const TimelineView &view, double julianDay);
// The height of a post's bar in a row of `rowHeight`: 80 % of it less a thin lane per baseline.
qreal timelineBarHeight(const rb::model::TimelinePlan &plan, qreal rowHeight);
// The axis of the window: grid lines and the labels that fit, left to right, never overlapping.
std::vector<TimelineTick> timelineTicks(const TimelineView &view);
// Paints the axis, the rows (labels, theme headers, selection), the links, the bars and the lines;
// rows outside the area are skipped, the bars cut at the window's edges.
void paintTimeline(QPainter &painter, const rb::model::TimelinePlan &plan, const TimelineView &view);
// The legend of what `plan` shows (baselines by name, the what-if marks only under a what-if), flowing
// over as many lines of `rect` as it needs. Returns the height used.
qreal paintTimelineLegend(QPainter &painter, const rb::model::TimelinePlan &plan, const QRectF &rect, int pointSize);
// The legend as text, for the accessible description.
QString timelineLegendText(const rb::model::TimelinePlan &plan);
// The window a slide shows: the programme's own work not yet done (not external posts) from the status
// date to the programme end, in whole months with a month before and two after.
std::pair<QDate, QDate> timelineSlideWindow(const rb::model::TimelinePlan &plan);

} // namespace rb::exporting
