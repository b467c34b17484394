// Shared by the benchmarks: a layered random network generator (fixed seed), timing and peak memory.
#pragma once

#include "analysis/network.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace rb::bench {

using namespace rb::analysis;

/// Layered random network: ~sqrt(n)*1.6 tasks per layer, every task after the first layer has 1..9
/// predecessors (mean ~`linksPerTask`) mostly in the previous layer, sometimes up to 5 layers back.
/// Links: 85 % FS, 7 % SS, 4 % FF, 4 % SF; 30 % have a lag in -3..10; 5 % of tasks a start constraint.
inline NetworkInput layeredNetwork(std::uint32_t n, double linksPerTask = 4.7, std::uint64_t seed = 20190101)
{
    std::mt19937_64 rng(seed);
    auto below = [&](std::uint64_t k) { return static_cast<std::uint32_t>(rng() % k); };
    NetworkInput in;
    in.projectStart = 17897; // 2019-01-01
    const auto width = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(1.6 * std::sqrt(double(n))));
    in.tasks.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        Task &t = in.tasks[i];
        t.id = std::string("T").append(std::to_string(i)); // not "T" + ...: false -Wrestrict in GCC 12
        t.durationDays = 1 + static_cast<std::int32_t>(below(30));
        if (below(100) < 5) t.startNoEarlierThan = *in.projectStart + static_cast<std::int32_t>(below(200));
        const double d = t.durationDays;
        t.estimate = Estimate{0.8 * d, d, d * (1.2 + 0.1 * below(9))};
        t.costPerDay = 1 + below(10);
    }
    in.links.reserve(static_cast<std::size_t>(n * linksPerTask));
    const double extra = linksPerTask - 1.0; // 1 guaranteed + binomial-ish extra
    for (std::uint32_t i = width; i < n; ++i) {
        const std::uint32_t layer = i / width;
        std::uint32_t k = 1;
        for (int j = 0; j < 8; ++j) k += (rng() % 1000) < static_cast<std::uint64_t>(extra / 8 * 1000);
        for (std::uint32_t j = 0; j < k; ++j) {
            std::uint32_t back = 1;
            while (back < 5 && back < layer && below(4) == 0) ++back;
            const std::uint32_t from = (layer - back) * width + below(width);
            Link l;
            l.from = from;
            l.to = i;
            const auto r = below(100);
            l.type = r < 85 ? LinkType::FS : r < 92 ? LinkType::SS : r < 96 ? LinkType::FF : LinkType::SF;
            l.lagDays = below(100) < 30 ? static_cast<std::int32_t>(below(14)) - 3 : 0;
            in.links.push_back(l);
        }
    }
    return in;
}

/// Text format read by bench/baseline.py:
///   riskboard-network 1 / projectStart S / tasks N / N lines "dur snet|- opt ml pess" / links M / M lines "from to type lag"
inline void writeNetwork(const NetworkInput &in, const std::string &path)
{
    std::ofstream f(path);
    f << "riskboard-network 1\nprojectStart " << in.projectStart.value_or(0) << "\ntasks " << in.tasks.size() << "\n";
    for (const Task &t : in.tasks) {
        f << t.durationDays << ' ';
        if (t.startNoEarlierThan)
            f << *t.startNoEarlierThan;
        else
            f << '-';
        f << ' ' << t.estimate->optimistic << ' ' << t.estimate->mostLikely << ' ' << t.estimate->pessimistic << "\n";
    }
    f << "links " << in.links.size() << "\n";
    for (const Link &l : in.links) f << l.from << ' ' << l.to << ' ' << int(l.type) << ' ' << l.lagDays << "\n";
}

struct Timing {
    double min = 0, median = 0; ///< wall time, seconds
    double cpuMin = 0;          ///< process CPU time (all threads) of the fastest run, seconds
};

inline double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

/// Runs `fn` `runs` times (after one warm-up) and returns min and median wall time and the CPU time of
/// the fastest run. On a shared machine the minimum is the figure least disturbed by other load.
inline Timing measure(int runs, const std::function<void()> &fn)
{
    fn();
    std::vector<std::pair<double, double>> t; // (wall, cpu)
    for (int i = 0; i < runs; ++i) {
        const double c = processCpuSeconds();
        const auto a = std::chrono::steady_clock::now();
        fn();
        t.emplace_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count(),
                       processCpuSeconds() - c);
    }
    std::sort(t.begin(), t.end());
    return {t.front().first, t[t.size() / 2].first, t.front().second};
}

/// "RESULT <name> min <s> s median <s> s cpu <s> s" lines are what bench/run.sh reads.
inline void report(const char *name, const Timing &t, const char *note = "")
{
    std::printf("RESULT %-32s min %10.6f s  median %10.6f s  cpu %10.6f s  %s\n", name, t.min, t.median, t.cpuMin,
                note);
    std::fflush(stdout);
}

inline long peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace rb::bench
