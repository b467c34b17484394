// reservechart.h — the programme reserve per plateau in k€: opening balance, spending and closing balance
// (programme.reserve, chapter 8 of the plan).
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QList>

namespace rb::exporting {

class ReserveChart : public Chart {
public:
    struct Plateau {
        int plateau = 0;
        double opening = 0, spending = 0, closing = 0; // k€
    };
    struct Input {
        QList<Plateau> plateaus;
    };

    explicit ReserveChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Charts", "Reserve flow per plateau (k€)"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
