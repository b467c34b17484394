// CPM and what-if propagation at 100k tasks / ~470k links.
#include "analysis/cpm.h"
#include "analysis/propagation.h"
#include "benchcommon.h"

#include <cstdlib>

using namespace rb::bench;

int main(int argc, char **argv)
{
    const std::uint32_t n = argc > 1 ? static_cast<std::uint32_t>(std::atoi(argv[1])) : 100000;
    NetworkInput in = layeredNetwork(n);
    if (argc > 2) writeNetwork(in, argv[2]);
    const std::size_t m = in.links.size();
    std::printf("network: %u tasks, %zu links\n", n, m);

    const Timing build = measure(3, [&] { (void)ScheduleNetwork::build(in); });
    report("network_build", build, "(validation, cycle check, topological order, CSR)");
    auto net = ScheduleNetwork::build(std::move(in));
    if (!net) return 1;

    Schedule s;
    const Timing cpm = measure(20, [&] { s = computeSchedule(*net); });
    char note[160];
    std::size_t critical = 0;
    for (const TaskDates &t : s.tasks) critical += t.critical;
    std::snprintf(note, sizeof note,
                  "(finish day %d; %zu critical; %.0f M link relaxations/s incl. backward pass and floats)", s.finish,
                  critical, 3.0 * double(m) / cpm.min / 1e6);
    report("cpm", cpm, note);

    // What-if: slip one task in the middle of the network (a local slip), and one critical task early on.
    DelayPropagator prop(*net, s);
    std::uint32_t mid = n / 2;
    while (mid < n && s.tasks[mid].totalFloat <= 0) ++mid;
    std::size_t affected = 0;
    const Timing local = measure(1000, [&] { affected = prop.propagate({{{mid, 5}}, {}, {}})->affected.size(); });
    std::snprintf(note, sizeof note, "(task with float %d, %zu affected)", s.tasks[mid].totalFloat, affected);
    report("propagate_local_slip", local, note);

    std::uint32_t early = 0;
    for (std::uint32_t t = n / 20; t < n; ++t)
        if (s.tasks[t].critical) {
            early = t;
            break;
        }
    std::int32_t shift = 0;
    const Timing wide = measure(50, [&] {
        auto r = prop.propagate({{{early, 5}}, {}, {}});
        affected = r->affected.size();
        shift = r->finishAfter - r->finishBefore;
    });
    std::snprintf(note, sizeof note, "(critical task early in the network, %zu affected, end +%d)", affected, shift);
    report("propagate_critical_slip", wide, note);
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return 0;
}
