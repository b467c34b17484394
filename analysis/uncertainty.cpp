#include "analysis/uncertainty.h"

#include <algorithm>
#include <cmath>

namespace rb::analysis {

UncertaintyFactors uncertaintyFactors(const UncertaintyProfile &profile, const UncertaintyConfig &c)
{
    UncertaintyFactors f;
    double opt = c.baseOptimistic, pess = c.basePessimistic, prob = 0;
    for (std::size_t i = 0; i < kSuccessFactorCount; ++i) {
        const int s = std::clamp<int>(profile.scores[i] == 0 ? 1 : profile.scores[i], 1, 5);
        const double x = (s - 1) / 4.0;
        opt -= c.optimisticWeight[i] * x;
        pess += c.pessimisticWeight[i] * x;
        if (!(profile.riskCoveredFactors & (1u << i))) prob += c.eventProbabilityWeight[i] * x; // counted once
    }
    f.optimistic = std::clamp(opt, c.minOptimistic, 1.0);
    f.mostLikely = 1.0;
    f.pessimistic = std::max(pess, 1.0);
    f.eventProbability = std::clamp(prob, 0.0, c.maxEventProbability);
    f.eventDelayFraction = f.eventProbability > 0 ? c.eventDelayFraction : 0;
    return f;
}

Estimate estimateFor(std::int32_t plannedDays, const UncertaintyFactors &f)
{
    const double d = plannedDays;
    return Estimate{d * f.optimistic, d * f.mostLikely, d * f.pessimistic};
}

std::optional<RiskEvent> delayEventFor(std::uint32_t task, std::int32_t plannedDays, const UncertaintyFactors &f)
{
    if (f.eventProbability <= 0 || plannedDays <= 0) return std::nullopt;
    const auto delay
        = std::max<std::int32_t>(1, static_cast<std::int32_t>(std::ceil(f.eventDelayFraction * plannedDays)));
    return RiskEvent{{task}, f.eventProbability, delay};
}

} // namespace rb::analysis
