// montecarlomodel.cpp — the default Monte Carlo model of a network (buildMonteCarloModel, montecarlo.h):
// which durations vary and how, apart from the sampling kernel in montecarlo.cpp.
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
        // A started task: only its remaining work varies. Its duration in the network is the days
        // elapsed at the status date plus the remaining days; the remainder keeps the relative spread of
        // the task's estimate (scaled to the remaining days) or gets the factor model's spread of its own.
        const std::int32_t elapsed = net.elapsedDays(i);
        const std::int32_t planned = net.startedAt()[net.position(i)] ? net.durationAt()[net.position(i)] - elapsed : t.durationDays;
        if (est && net.startedAt()[net.position(i)]) {
            const double k = est->mostLikely > 0 ? planned / est->mostLikely : 0;
            est = Estimate{est->optimistic * k, double(planned), est->pessimistic * k};
        }
        if (!est && i < profiles.size() && profiles[i]) {
            const UncertaintyFactors f = uncertaintyFactors(*profiles[i], config);
            est = estimateFor(planned, f);
            if (auto ev = delayEventFor(i, planned, f)) m.riskEvents.push_back(std::move(*ev));
        }
        if (est) m.durations[i] = DurationDistribution{kind, elapsed + est->optimistic, elapsed + est->mostLikely, elapsed + est->pessimistic};
    }
    return m;
}

} // namespace rb::analysis
