// programmepage.h — the deck page after the title: the programme charter (goals, ambitions, governance,
// rhythm, way of working, risk profile, success-factor procedure, finances; docs/format.md), so a steering
// group sees who decides, how often it hears, and what the programme promised, before the numbers.
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"
#include "model/portfolio.h"

namespace rb::exporting {

class ProgrammePage : public Chart {
public:
    explicit ProgrammePage(model::Programme programme) : m_programme(std::move(programme)) {}
    QString title() const override { return translate("rb::exporting::Deck", "The programme"); }
    // Three columns, the topics in the charter's order; each item "label: text", at most three lines
    // (the rest elided with "…"); what does not fit is counted in the last line ("… and 4 more").
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    model::Programme m_programme;
};

} // namespace rb::exporting
