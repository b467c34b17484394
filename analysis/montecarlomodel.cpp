// The Monte Carlo model's defaults (from estimates and the uncertainty model) and result queries: the
// parts of montecarlo.h that are not the sampling kernel (montecarlo.cpp).
#include "analysis/montecarlo.h"

namespace rb::analysis {

MonteCarloModel buildMonteCarloModel(const ScheduleNetwork &net,
                                     std::span<const std::optional<UncertaintyProfile>> profiles,
                                     const UncertaintyConfig &config, DistributionKind kind)
{
    MonteCarloModel m;
    const auto n = static_cast<std::uint32_t>(net.taskCount());
    m.durations.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const Task &t = net.task(i);
        if (t.done || t.fixedDate || t.levelOfEffort) continue; // fixed, and never a driver
        std::optional<Estimate> est = t.estimate;
        // A started task: only its remaining work varies. Its duration in the network is the days
        // elapsed at the status date plus the remaining days; the remainder keeps the relative spread of
        // the task's estimate (scaled to the remaining days) or gets the factor model's spread of its own.
        const std::int32_t elapsed = net.elapsedDays(i);
        const std::int32_t planned
            = net.startedAt()[net.position(i)] ? net.durationAt()[net.position(i)] - elapsed : t.durationDays;
        if (est && net.startedAt()[net.position(i)]) {
            const double k = est->mostLikely > 0 ? planned / est->mostLikely : 0;
            est = Estimate{est->optimistic * k, double(planned), est->pessimistic * k};
        }
        if (!est && i < profiles.size() && profiles[i]) {
            const UncertaintyFactors f = uncertaintyFactors(*profiles[i], config);
            est = estimateFor(planned, f);
            if (auto ev = delayEventFor(i, planned, f)) m.riskEvents.push_back(std::move(*ev));
        }
        if (est)
            m.durations[i] = DurationDistribution{kind, elapsed + est->optimistic, elapsed + est->mostLikely,
                                                  elapsed + est->pessimistic};
    }
    if (config.commonCauseShare <= 0) return m;
    // Common causes. A post with a varying duration joins the cause of the first external work post
    // (external, not a fixed date) among its direct predecessors; else, when it scores high on
    // capacity, the programme's scarce capacity. Causes with a single member are dropped.
    const auto capacity = static_cast<std::size_t>(SuccessFactor::Capacity);
    std::vector<std::int64_t> causeOf(n, -1); // external task index, or n for capacity
    for (std::uint32_t i = 0; i < n; ++i) {
        const DurationDistribution &d = m.durations[i];
        if (d.kind == DistributionKind::Fixed || !(d.pessimistic > d.optimistic) || net.task(i).external) continue;
        const std::uint32_t p = net.position(i);
        for (const Edge &e : net.predecessorsAt(p)) {
            const Task &pred = net.task(net.topologicalOrder()[e.other]);
            if (pred.external && !pred.fixedDate) {
                causeOf[i] = net.topologicalOrder()[e.other];
                break;
            }
        }
        if (causeOf[i] < 0 && i < profiles.size() && profiles[i]
            && profiles[i]->scores[capacity] >= config.capacityCauseScore)
            causeOf[i] = n;
    }
    std::vector<std::int64_t> slot(n + 1, -1);
    for (std::uint32_t i = 0; i < n; ++i) {
        if (causeOf[i] < 0) continue;
        auto &k = slot[static_cast<std::size_t>(causeOf[i])];
        if (k < 0) {
            k = static_cast<std::int64_t>(m.causes.size());
            m.causes.push_back({{}, config.commonCauseShare});
        }
        m.causes[static_cast<std::size_t>(k)].tasks.push_back(i);
    }
    std::erase_if(m.causes, [](const CommonCause &c) { return c.tasks.size() < 2; });
    return m;
}

double MonteCarloResult::probabilityBy(std::int32_t day) const
{
    double share = 0;
    for (const FinishBin &b : finishDistribution)
        if (b.day <= day) share = b.cumulative;
    return share;
}

} // namespace rb::analysis
