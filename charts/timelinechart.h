// timelinechart.h — the exported timeline (Gantt) and its what-if variant: every row of the timeline
// plan fitted on the slide in the window from the status date to the programme end, painted by the one
// timeline painter (charts/timelinepainter.h) that the application's Timeline view uses too, with the
// legend and, under a what-if, the programme's finish before and after and the cost of delay.
#pragma once

#include "charts/chart.h"
#include "model/timelineplan.h"

namespace rb::exporting {

class TimelineChart : public Chart {
public:
    using Input = rb::model::TimelinePlan;

    explicit TimelineChart(Input input) : m_input(std::move(input)) {}
    QString title() const override;
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
