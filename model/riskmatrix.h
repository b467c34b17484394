// riskmatrix.h — which risks the 5×5 probability × impact matrix shows, one rule for the application's
// Risks view (qml/riskregister.cpp) and the exported chart and deck page (export/chartinputs.cpp).
//
// The matrix plots uncertain events: a risk that is *open*. A closed risk is no longer a risk, and an
// occurred one has happened — it is now an issue with a known impact, no longer a probability — so both
// are left out (and counted, so the chart can say how many). This is the rule every other count of "live"
// risks already follows: the summary's open risks per level (model/summary.cpp), the risk events of the
// Monte Carlo simulation (model/scheduleadapter.cpp), the deck's status and top-risks pages and the
// overview (docs/format.md: `status` open | closed | occurred).
#pragma once

#include "model/portfolio.h"

#include <array>
#include <optional>

namespace rb::model {

inline bool isOnRiskMatrix(const Risk &risk) { return risk.status == RiskStatus::Open; }

// The cell index 0..24 (row-major: (probability − 1) × 5 + (impact − 1)) of a scored risk; nullopt when
// a score is missing or outside 1..5.
std::optional<int> riskMatrixCell(std::optional<int> probability, std::optional<int> impact);

struct RiskMatrixCounts {
    std::array<int, 25> inherent{}; // risks per cell by probability × impact before mitigation
    std::array<int, 25> residual{}; // … after mitigation
    int shown = 0;                  // risks on the matrix (open)
    int leftOut = 0;                // closed or occurred
};
RiskMatrixCounts riskMatrixCounts(const Portfolio &portfolio);

} // namespace rb::model
