#include "analysis/drivers.h"

#include <algorithm>
#include <cmath>

namespace rb::analysis {

Result<std::vector<FinishDriver>> computeDrivers(const ScheduleNetwork &net, const MonteCarloModel &model,
                                                 const MonteCarloResult &base,
                                                 std::span<const std::uint32_t> registerEvents,
                                                 const MonteCarloOptions &options, const DriverOptions &dopt)
{
    const auto n = static_cast<std::uint32_t>(net.taskCount());
    std::vector<std::uint8_t> isRegister(model.riskEvents.size(), 0);
    for (std::uint32_t e : registerEvents) {
        if (e >= model.riskEvents.size())
            return Error{ErrorCode::InvalidArgument, "register event index out of range", {}, {}};
        isRegister[e] = 1;
    }

    // Events that belong to a post's own uncertainty (the factor model's delay event).
    std::vector<std::vector<std::uint32_t>> ownEvents(n);
    for (std::uint32_t e = 0; e < model.riskEvents.size(); ++e)
        if (!isRegister[e] && model.riskEvents[e].tasks.size() == 1 && model.riskEvents[e].tasks[0] < n)
            ownEvents[model.riskEvents[e].tasks[0]].push_back(e);
    auto ownUncertainty = [&](std::uint32_t t) {
        if (!ownEvents[t].empty()) return true;
        if (t >= model.durations.size()) return false;
        const DurationDistribution &d = model.durations[t];
        return d.kind != DistributionKind::Fixed && d.pessimistic > d.optimistic;
    };

    // Candidates. Posts with an uncertainty of their own (not only register risks), by |r| of their
    // duration with the finish (base.sensitivity is sorted so, and never holds a level-of-effort post).
    std::vector<FinishDriver> candidates;
    for (const SensitivityEntry &s : base.sensitivity) {
        if (candidates.size() >= dopt.maxTasks) break;
        if (s.task < n && s.correlation != 0 && ownUncertainty(s.task))
            candidates.push_back({DriverKind::Task, s.task, 0});
    }
    // Risks: expected delay weighted by how often its posts are critical.
    std::vector<std::pair<double, std::uint32_t>> risks;
    for (std::uint32_t e = 0; e < model.riskEvents.size(); ++e) {
        const RiskEvent &re = model.riskEvents[e];
        if (!isRegister[e] || re.probability <= 0 || re.delayDays == 0) continue;
        double crit = 0;
        for (std::uint32_t t : re.tasks)
            if (t < base.tasks.size()) crit = std::max(crit, base.tasks[t].criticality);
        risks.push_back({re.probability * std::abs(re.delayDays) * (crit > 0 ? crit : 1e-6), e});
    }
    std::sort(risks.begin(), risks.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    for (std::size_t k = 0; k < risks.size() && k < dopt.maxRisks; ++k)
        candidates.push_back({DriverKind::Risk, risks[k].second, 0});

    MonteCarloOptions o = options;
    o.taskPercentiles = false; // only the programme finish is needed: the forward pass
    o.criticality = false;
    o.progress = nullptr;
    MonteCarloModel m = model;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        FinishDriver &d = candidates[c];
        if (d.kind == DriverKind::Task) {
            if (d.index >= m.durations.size()) m.durations.resize(d.index + 1);
            const DurationDistribution saved = m.durations[d.index];
            m.durations[d.index] = {};
            std::vector<double> savedP;
            for (std::uint32_t e : ownEvents[d.index]) {
                savedP.push_back(m.riskEvents[e].probability);
                m.riskEvents[e].probability = 0;
            }
            auto r = runMonteCarlo(net, m, o);
            m.durations[d.index] = saved;
            for (std::size_t k = 0; k < ownEvents[d.index].size(); ++k)
                m.riskEvents[ownEvents[d.index][k]].probability = savedP[k];
            if (!r) return r.error();
            d.p80Days = base.finish.p80 - r->finish.p80;
        } else {
            const double saved = m.riskEvents[d.index].probability;
            m.riskEvents[d.index].probability = 0;
            auto r = runMonteCarlo(net, m, o);
            m.riskEvents[d.index].probability = saved;
            if (!r) return r.error();
            d.p80Days = base.finish.p80 - r->finish.p80;
        }
        if (options.progress)
            options.progress(static_cast<std::uint32_t>(c + 1), static_cast<std::uint32_t>(candidates.size()));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const FinishDriver &x, const FinishDriver &y) {
        if (x.p80Days != y.p80Days) return x.p80Days > y.p80Days;
        if (x.kind != y.kind) return x.kind == DriverKind::Task;
        return x.index < y.index;
    });
    return candidates;
}

} // namespace rb::analysis
