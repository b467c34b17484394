// histogramchart.h — the Monte Carlo distribution of the programme finish: a histogram of finish dates,
// the cumulative share on the right axis, and vertical lines at P50, P80 and P90 (QtCharts); the
// cumulative share after mitigation as a second curve.
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QDate>
#include <QList>

namespace rb::exporting {

class HistogramChart : public Chart {
public:
    struct Bin {
        QDate day;     // programme finish (inclusive)
        int count = 0; // iterations finishing on that day
    };
    struct Input {
        QList<Bin> bins; // ascending, every day from the earliest to the latest finish
        int iterations = 0;
        quint64 seed = 0;
        QDate p50, p80, p90;
        QDate plannedFinish;      // the deterministic (CPM) finish
        QDate programmeEnd;       // the target end, if any
        QList<Bin> mitigatedBins; // the same runs with residual risk probabilities (after mitigation)
    };

    explicit HistogramChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Charts", "Programme finish — Monte Carlo"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
