// reservechart.cpp
#include "charts/reservechart.h"

#include "charts/exportlanguage.h"
#include "charts/groupedbars.h"
#include "model/palette.h"

#include <QPainter>

namespace rb::exporting {

void ReserveChart::paint(QPainter &painter, const QRectF &area) const
{
    if (m_input.plateaus.isEmpty()) {
        paintEmptyMessage(painter, area,
                          translate("rb::exporting::Charts", "The document has no reserve flow (programme.reserve)"));
        return;
    }
    GroupedBars bars;
    BarGroupSeries opening{translate("rb::exporting::Charts", "Opening balance"), palette::current(), {}};
    BarGroupSeries spending{translate("rb::exporting::Charts", "Spending"), palette::slip(), {}};
    BarGroupSeries closing{translate("rb::exporting::Charts", "Closing balance"), palette::absorbed(), {}};
    for (const Plateau &p : m_input.plateaus) {
        bars.categories << translate("rb::exporting::Charts", "Plateau %1").arg(p.plateau);
        opening.values << p.opening;
        spending.values << p.spending;
        closing.values << p.closing;
    }
    bars.series = {opening, spending, closing};
    bars.valueAxisTitle = QStringLiteral("k€");
    const auto &last = m_input.plateaus.last();
    bars.note
        = translate("rb::exporting::Charts", "After plateau %1 the reserve holds %2 k€ (closing = opening − spending).")
              .arg(last.plateau)
              .arg(formatKEuro(last.closing));
    paintGroupedBars(painter, area, bars);
}

} // namespace rb::exporting
