// budgetchart.h — budget per theme in k€: planned (voorzien), proposed (voorstel) and carried over
// from plateau 3 (rest P3), each summed over investment, operating and one-off costs (model/summary.h).
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QList>

namespace rb::exporting {

class BudgetChart : public Chart {
public:
    struct Theme {
        QString name;
        double planned = 0, proposed = 0, carriedOver = 0; // k€
    };
    struct Input {
        QList<Theme> themes;
    };

    explicit BudgetChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Charts", "Budget per theme (k€)"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

} // namespace rb::exporting
