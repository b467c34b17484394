// The uncertainty model: from a task's success-factor scores to a duration distribution and a
// delay-event risk, for tasks without a three-point estimate. Documented in docs/uncertainty-model.md.
#pragma once

#include "analysis/types.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rb::analysis {

/// The seven success factors of the MAB programme (chapter 7 of the plan).
enum class SuccessFactor : std::uint8_t {
    Ambition = 0,
    Ownership,
    NationalDependency,
    Planning,
    TechnicalComplexity,
    Capacity,
    OrganisationalImpact,
};
inline constexpr std::size_t kSuccessFactorCount = 7;

/// Latest scores per factor: 1 = under control .. 5 = serious risk; 0 = not scored (treated as 1).
struct UncertaintyProfile {
    std::array<std::uint8_t, kSuccessFactorCount> scores{};
    /// Factors whose delay event is already in the risk register for this task (bit f = factor f): a
    /// register risk that names the task and the factor replaces that factor's event contribution, so
    /// one cause is counted once. The spread (optimistic/pessimistic) is not affected.
    std::uint8_t riskCoveredFactors = 0;
};

/// Weights of the model. A score s contributes severity x = (s - 1) / 4 in [0, 1].
/// optimistic factor  = baseOptimistic  - sum_f optimisticWeight[f]  * x_f  (clamped to minOptimistic)
/// pessimistic factor = basePessimistic + sum_f pessimisticWeight[f] * x_f
/// delay event: probability = sum_f eventProbabilityWeight[f] * x_f over the factors not covered by a
///              register risk (UncertaintyProfile::riskCoveredFactors), clamped to maxEventProbability,
///              delay = eventDelayFraction * duration (rounded up, at least 1 day when the probability > 0).
struct UncertaintyConfig {
    double baseOptimistic = 0.95;
    double basePessimistic = 1.10;
    double minOptimistic = 0.50;
    //                                          amb   own   nat   plan  tech  cap   org
    std::array<double, kSuccessFactorCount> optimisticWeight{0.10, 0.00, 0.00, 0.05, 0.05, 0.00, 0.10};
    // Calibrated against a published reference class of IT projects (docs/uncertainty-model.md,
    // "Calibration"; tests/analysis/tst_calibration.cpp): 0.4 and 0.5 times the first, judged weights.
    std::array<double, kSuccessFactorCount> pessimisticWeight{0.08, 0.02, 0.20, 0.24, 0.16, 0.16, 0.08};
    std::array<double, kSuccessFactorCount> eventProbabilityWeight{0.00, 0.15, 0.025, 0.00, 0.00, 0.025, 0.00};
    double maxEventProbability = 0.5;
    double eventDelayFraction = 0.25;
    /// Common causes (CommonCause::share in montecarlo.h): the chance that a post's duration draw is its
    /// cause's shared one. 0.7 gives two posts of one cause a correlation of about 0.5.
    double commonCauseShare = 0.7;
    int capacityCauseScore = 4; ///< a capacity score from which a post shares the scarce capacity
};

/// Multipliers of the planned duration.
struct UncertaintyFactors {
    double optimistic = 1;
    double mostLikely = 1;
    double pessimistic = 1;
    double eventProbability = 0; ///< chance of an extra delay event (mostly from weak ownership)
    double eventDelayFraction = 0;
};

UncertaintyFactors uncertaintyFactors(const UncertaintyProfile &profile, const UncertaintyConfig &config = {});

/// Three-point estimate for a planned duration (days) under the given factors.
Estimate estimateFor(std::int32_t plannedDays, const UncertaintyFactors &f);

/// The delay-event risk of one task under the given factors, if any.
std::optional<RiskEvent> delayEventFor(std::uint32_t task, std::int32_t plannedDays, const UncertaintyFactors &f);

} // namespace rb::analysis
