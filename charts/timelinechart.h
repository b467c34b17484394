// timelinechart.h — the timeline (Gantt) of the scheduled posts with the critical path, and its what-if
// variant: the slipped schedule drawn over a ghosted baseline, each slip labelled in days, and the posts
// whose float absorbed a slip marked.
#pragma once

#include "charts/chart.h"

#include <QDate>
#include <QList>

namespace rb::exporting {

class TimelineChart : public Chart {
public:
    struct Bar {
        QString id, title;
        int theme = 0;
        QDate start, finish; // baseline early dates (inclusive); finish == start for a milestone
        bool milestone = false, critical = false, external = false, done = false;
        // What-if (only when Input::whatIf):
        QDate newStart, newFinish; // equal to start/finish when the post did not move
        int slipDays = 0;          // finish slip in days
        bool delayed = false;      // the scenario slipped this post directly
        bool absorbed = false;     // a slip reached it but its float absorbed it
    };
    struct Input {
        QList<Bar> bars; // top to bottom
        QDate statusDate, programmeEnd;
        bool whatIf = false;
        QString scenario;              // "2A4 +30 d"
        QDate finishBefore, finishAfter; // programme finish, what-if only
        double costOfDelay = 0;          // k€, what-if only
    };

    explicit TimelineChart(Input input) : m_input(std::move(input)) {}
    QString title() const override;
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
