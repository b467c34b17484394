// Monte Carlo: 10k tasks / ~47k links × 10,000 iterations.
#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "benchcommon.h"

#include <cstdlib>

using namespace rb::bench;

int main(int argc, char **argv)
{
    const std::uint32_t n = argc > 1 ? static_cast<std::uint32_t>(std::atoi(argv[1])) : 10000;
    const std::uint32_t iterations = argc > 2 ? static_cast<std::uint32_t>(std::atoi(argv[2])) : 10000;
    NetworkInput in = layeredNetwork(n);
    if (argc > 3) writeNetwork(in, argv[3]);
    const std::size_t m = in.links.size();
    auto net = ScheduleNetwork::build(std::move(in));
    if (!net) return 1;
    const MonteCarloModel model = buildMonteCarloModel(*net);
    std::printf("network: %u tasks, %zu links, %u iterations\n", n, m, iterations);

    auto run = [&](const char *name, unsigned threads, bool taskPercentiles, bool criticality, int runs,
                   LaneWidth lanes = LaneWidth::Auto) {
        MonteCarloOptions opt;
        opt.lanes = lanes;
        opt.iterations = iterations;
        opt.seed = 42;
        opt.threads = threads;
        opt.taskPercentiles = taskPercentiles;
        opt.criticality = criticality;
        MonteCarloResult r;
        const Timing t = measure(runs, [&] { r = std::move(runMonteCarlo(*net, model, opt).value()); });
        char note[200];
        const double relax = double(m) * iterations * (criticality ? 2 : 1);
        std::snprintf(note, sizeof note, "(P50 %d P80 %d P90 %d; %.0f M lane-relaxations/s)", r.finish.p50,
                      r.finish.p80, r.finish.p90, relax / t.min / 1e6);
        report(name, t, note);
    };
    run("montecarlo_2threads", 2, true, true, 5);
    run("montecarlo_1thread", 1, true, true, 3);
    run("montecarlo_2threads_wide_lanes", 2, true, true, 5, LaneWidth::Wide); // the 32-bit kernel, for comparison
    run("montecarlo_2threads_no_task_pct", 2, false, true, 5);
    run("montecarlo_2threads_forward_only", 2, false, false, 5);
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return 0;
}
