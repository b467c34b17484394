// deckpages.h — the deck's own pages (title and status summary) and the table pages it fills.
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"
#include "charts/tablechart.h"
#include "model/portfolio.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace rb::exporting {

// Paints the title page on the whole canvas (it has no frame).
void paintTitlePage(QPainter &painter, const QRectF &canvas, const model::Portfolio &portfolio, const QString &since);

class StatusSummaryPage : public Chart {
public:
    struct Input {
        QDate plannedFinish, targetEnd, p50, p80, p90;
        int iterations = 0;
        QStringList criticalPosts;            // "2A4 Upgrade eDocs"
        QList<QPair<QString, int>> openRisks; // level -> open risks
        QStringList detailedAnalysis;         // "3A0 Data platform — technicalComplexity scored 5"
        QDate p80Mitigated;                   // the P80 with residual risk probabilities (after mitigation)
        double probabilityByEnd = -1;         // share of runs finishing by targetEnd; < 0: not known
        QList<QPair<QString, int>> drivers;   // the largest drivers of the P80: id, days (largest first)
        struct Target {
            QString post, target; // "4A", "X-OMGEVINGSWET"
            QDate date;
            double probabilityMet = 0;
            int p80MissDays = 0;
        };
        QList<Target> targets; // links into fixed dates
        // When many posts end on the finish by their own fixed window (analysis/cpm.h fixedWindowEnds),
        // the honest sentence that none of them drives another; empty otherwise.
        QString criticalNote;
    };
    explicit StatusSummaryPage(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Deck", "Status summary"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    Input m_input;
};

// The open risks with the highest residual exposure (inherent when no residual scores), highest first.
TableChart::Input topRisksTable(const model::Portfolio &portfolio, int count);

// Splits a table into pages of TableChart::kRowsPerPage rows ("(2/3)" appended to the title); an empty
// table is one page.
QList<TableChart::Input> paginate(const TableChart::Input &table);

} // namespace rb::exporting
