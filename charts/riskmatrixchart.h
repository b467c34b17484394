// riskmatrixchart.h — the 5×5 risk matrix (probability × impact), inherent and residual side by side,
// with the number of risks (and their ids, when they fit) in each cell.
#pragma once

#include "charts/chart.h"
#include "charts/exportlanguage.h"

#include <QList>
#include <QStringList>

namespace rb::exporting {

class RiskMatrixChart : public Chart {
public:
    struct Item {
        QString id;
        int probability = 0, impact = 0;                 // inherent, 1..5; 0 = not scored
        int residualProbability = 0, residualImpact = 0; // 0 = not scored
    };
    struct Input {
        QList<Item> risks;    // the risks to count: the open ones (model/riskmatrix.h isOnRiskMatrix)
        int leftOutRisks = 0; // closed or occurred, mentioned in the footnote
    };

    explicit RiskMatrixChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return translate("rb::exporting::Charts", "Risk matrix — inherent and residual"); }
    void paint(QPainter &painter, const QRectF &area) const override;

private:
    void paintMatrix(QPainter &painter, const QRectF &area, const QString &caption, bool residual) const;
    Input m_input;
};

} // namespace rb::exporting
