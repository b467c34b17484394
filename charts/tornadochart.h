// tornadochart.h — the top drivers of the programme finish: the days of the P80 finish each post's own
// uncertainty or each register risk is responsible for (docs/analysis.md, "Drivers in days"), largest
// first (QtCharts horizontal bars).
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QList>

namespace rb::exporting {

class TornadoChart : public Chart {
public:
    struct Driver {
        QString id, title;
        int p80Days = 0;        // P80 finish minus the P80 without this item
        double criticality = 0; // share of runs in which the post was critical, 0..1; < 0 for a risk
    };
    struct Input {
        QList<Driver> drivers; // most days first
        int iterations = 0;
        quint64 seed = 0;
    };

    explicit TornadoChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Charts", "What drives the programme finish"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
