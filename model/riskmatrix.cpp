// riskmatrix.cpp
#include "model/riskmatrix.h"

namespace rb::model {

std::optional<int> riskMatrixCell(std::optional<int> probability, std::optional<int> impact)
{
    if (!probability || !impact || *probability < 1 || *probability > 5 || *impact < 1 || *impact > 5)
        return std::nullopt;
    return (*probability - 1) * 5 + (*impact - 1);
}

RiskMatrixCounts riskMatrixCounts(const Portfolio &portfolio)
{
    RiskMatrixCounts counts;
    for (const Risk &r : portfolio.risks) {
        if (!isOnRiskMatrix(r)) {
            ++counts.leftOut;
            continue;
        }
        ++counts.shown;
        if (const auto k = riskMatrixCell(r.probability, r.impact)) ++counts.inherent[*k];
        if (const auto k = riskMatrixCell(r.residualProbability, r.residualImpact)) ++counts.residual[*k];
    }
    return counts;
}

} // namespace rb::model
