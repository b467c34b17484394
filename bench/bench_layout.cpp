// Layered layout at 1,000 nodes.
#include "analysis/layout.h"
#include "benchcommon.h"

#include <cstdlib>

using namespace rb::bench;

int main(int argc, char **argv)
{
    const std::uint32_t n = argc > 1 ? static_cast<std::uint32_t>(std::atoi(argv[1])) : 1000;
    NetworkInput in = layeredNetwork(n, 2.0);
    std::vector<std::int32_t> groups(n);
    for (std::uint32_t i = 0; i < n; ++i) groups[i] = static_cast<std::int32_t>(i % 5); // five themes
    auto net = ScheduleNetwork::build(std::move(in));
    if (!net) return 1;
    const LayoutInput li = layoutInputFor(*net, groups);
    GraphLayout g;
    const Timing t = measure(20, [&] { g = layeredLayout(li); });
    char note[160];
    std::snprintf(note, sizeof note, "(%zu edges, %d layers, %d x %d px)", li.edges.size(), g.layerCount, g.width,
                  g.height);
    report("layout_1000", t, note);
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return 0;
}
