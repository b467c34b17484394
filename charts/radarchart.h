// radarchart.h — one post's success-factor scores on a polar chart (QtCharts QPolarChart): the latest
// assessment filled, the previous one overlaid as a dashed outline, and the scores as a table beside it.
#pragma once

#include "charts/chart.h"

#include <QList>

namespace rb::exporting {

class RadarChart : public Chart {
public:
    struct Factor {
        QString name;
        int current = 0;  // 1..5; 0 = not scored in the latest assessment
        int previous = 0; // 0 = not scored (or no previous assessment)
    };
    struct Input {
        QString postId, postTitle;
        QString currentLabel;  // "2018-10-18 (assessor)"
        QString previousLabel; // empty: no previous assessment
        QList<Factor> factors; // the main success factors, in catalogue order
    };

    explicit RadarChart(Input input) : m_input(std::move(input)) {}
    QString title() const override;
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
