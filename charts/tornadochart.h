// tornadochart.h — the top drivers of the programme finish: the correlation of each post's sampled
// duration with the simulated finish, largest first (QtCharts horizontal bars).
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QList>

namespace rb::exporting {

class TornadoChart : public Chart {
public:
    struct Driver {
        QString id, title;
        double correlation = 0; // Pearson r, -1..1
        double criticality = 0; // share of runs in which the post was critical, 0..1
    };
    struct Input {
        QList<Driver> drivers; // largest |r| first
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
