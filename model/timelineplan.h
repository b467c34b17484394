// timelineplan.h — what the timeline shows, derived from the portfolio once: the rows (theme headers and
// posts), each post's current dates, the done part and the unfinished remainder, the original and the
// latest baseline, float, deadline, the critical path and a what-if scenario. Plain data (Qt Core types
// only), so that the one painter (charts/timelinepainter.h) takes it as its input; the application's
// Timeline view and the exported chart and deck page build it with buildTimelinePlan() alike.
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace rb::analysis {
struct PropagationResult;
}

namespace rb::model {

struct Portfolio;
class PortfolioSchedule;

struct TimelineBar {
    int task = -1; // index in the portfolio's posts (and the schedule's tasks)
    QString id, title;
    int theme = 0;
    QDate start, finish;                 // the scheduled (early) dates, inclusive; finish == start for a milestone
    QDate lateFinish;                    // the end of the float (== finish without float)
    QDate newStart, newFinish;           // under the what-if scenario (== start/finish when the post did not move)
    QDate doneUntil;                     // the done part is [start, doneUntil]: a done post's actuals, a running
                                         // post's work before the status date; invalid when nothing is done
    QDate remainderStart;                // a running post: its unfinished remainder [remainderStart, finish]
    QDate actualStart, actualFinish;     // as recorded (docs/format.md "Progress")
    QDate originalStart, originalFinish; // in the first baseline (the original promise), when it names the post
    QDate latestStart, latestFinish;     // in the latest baseline (the current re-plan), when there are two or more
    QDate deadline;
    bool milestone = false, critical = false, external = false, done = false, running = false;
    bool moved = false;    // the what-if moves it
    bool delayed = false;  // the scenario slips this post itself
    bool absorbed = false; // a slip reached it but its float absorbed it
    int slipDays = 0;      // finish slip under the scenario
};

struct TimelineRow {
    int theme = 0;
    int bar = -1;                   // index into TimelinePlan::bars; -1 for a theme header
    QString themeName, themeNameEn; // header rows: the theme's name from the programme (Dutch, English)
};

struct TimelineLink {
    int from = -1, to = -1;             // indices into TimelinePlan::bars
    bool fromEnd = true, toEnd = false; // FS: from the predecessor's end to the successor's start
    bool critical = false;
};

struct TimelinePlan {
    QList<TimelineRow> rows; // top to bottom: per theme a header, then its posts by start
    QList<TimelineBar> bars;
    QList<TimelineLink> links;
    QDate statusDate, programmeEnd;
    QString originalName, latestName; // the baselines drawn (empty: none)
    QDate firstDate, lastDate;        // every date drawn (bars, float, baselines, deadlines)
    // What-if:
    bool whatIf = false;
    QString scenario;                // "2A4 +30 d"
    QDate finishBefore, finishAfter; // the programme finish
    double costOfDelay = 0;          // k€
};

// The what-if scenario of the timeline: the slip per post (days) and its propagation.
struct TimelineScenario {
    QMap<QString, int> slips;
    const rb::analysis::PropagationResult *result = nullptr;
    QString text; // "2A4 +30 d", as the caller names it
};

// Posts drawn: not cancelled, with a date or a duration. Rows grouped by theme (ascending), within a
// theme by start, then finish, then document order. `scenario` null or without a result: no what-if.
TimelinePlan buildTimelinePlan(const Portfolio &portfolio, const PortfolioSchedule &schedule,
                               const TimelineScenario *scenario = nullptr);

} // namespace rb::model
