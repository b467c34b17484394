// heatmapchart.h — the portfolio at a glance: posts × main success factors, latest scores as coloured
// cells with the number in them; a cell that was not assessed is hatched grey and says "n/a".
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QList>
#include <QStringList>

namespace rb::exporting {

class HeatmapChart : public Chart {
public:
    struct Row {
        QString postId, postTitle;
        int theme = 0;
        QList<int> scores; // per factor (same order as Input::factors); 0 = not assessed
        QString assessed;  // date of the latest assessment, empty when the post was never assessed
    };
    struct Input {
        QStringList factors; // column headers
        QList<Row> rows;
    };

    explicit HeatmapChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Charts", "Success-factor heatmap"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

// Draws the "not assessed" look (light grey, diagonal hatch, dashed border) shared with the radar.
void paintNotAssessedCell(QPainter &painter, const QRectF &cell);

} // namespace rb::exporting
