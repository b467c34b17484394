// The Monte Carlo model's defaults (from estimates and the uncertainty model) and result queries: the
// parts of montecarlo.h that are not the sampling kernel (montecarlo.cpp).
#include "analysis/montecarlo.h"

namespace rb::analysis {

MonteCarloModel buildMonteCarloModel(const ScheduleNetwork& net, std::span<const std::optional<UncertaintyProfile>> profiles,
                                     const UncertaintyConfig& config, DistributionKind kind) {
    MonteCarloModel m;
    const auto n = static_cast<std::uint32_t>(net.taskCount());
    m.durations.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const Task& t = net.task(i);
        if (t.done || t.fixedDate || t.levelOfEffort) continue; // fixed, and never a driver
        std::optional<Estimate> est = t.estimate;
        if (!est && i < profiles.size() && profiles[i]) {
            const UncertaintyFactors f = uncertaintyFactors(*profiles[i], config);
            est = estimateFor(t.durationDays, f);
            if (auto ev = delayEventFor(i, t.durationDays, f)) m.riskEvents.push_back(std::move(*ev));
        }
        if (est) m.durations[i] = DurationDistribution{kind, est->optimistic, est->mostLikely, est->pessimistic};
    }
    return m;
}

double MonteCarloResult::probabilityBy(std::int32_t day) const {
    double share = 0;
    for (const FinishBin& b : finishDistribution)
        if (b.day <= day) share = b.cumulative;
    return share;
}

} // namespace rb::analysis
