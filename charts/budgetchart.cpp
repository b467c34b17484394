// budgetchart.cpp
#include "charts/budgetchart.h"

#include "charts/exportlanguage.h"
#include "charts/groupedbars.h"
#include "model/palette.h"

namespace rb::exporting {

void BudgetChart::paint(QPainter &painter, const QRectF &area) const
{
    GroupedBars bars;
    BarGroupSeries planned{translate("rb::exporting::Charts", "Planned (voorzien)"), palette::previous(), {}};
    BarGroupSeries proposed{translate("rb::exporting::Charts", "Proposed (voorstel)"), palette::current(), {}};
    BarGroupSeries carried{translate("rb::exporting::Charts", "Carried over (rest P3)"), palette::score(2), {}};
    double sum[3] = {0, 0, 0};
    for (const Theme &t : m_input.themes) {
        bars.categories << t.name;
        planned.values << t.planned;
        proposed.values << t.proposed;
        carried.values << t.carriedOver;
        sum[0] += t.planned;
        sum[1] += t.proposed;
        sum[2] += t.carriedOver;
    }
    bars.series = {planned, proposed, carried};
    bars.valueAxisTitle = QStringLiteral("k€");
    bars.note
        = translate("rb::exporting::Charts",
                    "Totals: planned %1 k€, proposed %2 k€, carried over %3 k€ (investment + operating + one-off).")
              .arg(formatKEuro(sum[0]), formatKEuro(sum[1]), formatKEuro(sum[2]));
    paintGroupedBars(painter, area, bars);
}

} // namespace rb::exporting
