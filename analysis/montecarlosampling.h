// Internal to the Monte Carlo kernel (montecarlo.cpp): counter-based random numbers, a gamma sampler
// for PERT, and the integer histogram the percentiles are read from. Not part of the engine's API.
#pragma once

#include "analysis/montecarlo.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace rb::analysis::mc {

// ---- counter-based random numbers: a pure function of (seed, stream, iteration) --------------------
inline std::uint32_t mix32(std::uint32_t x)
{ // "lowbias32" integer hash (C. Wellons)
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}
inline float unitFloat(std::uint32_t x)
{ // (0, 1)
    return static_cast<float>(x >> 8) * (1.0f / 16777216.0f) + (0.5f / 16777216.0f);
}
inline std::uint64_t splitmix64(std::uint64_t &s)
{
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
inline double unitDouble(std::uint64_t &s) { return (static_cast<double>(splitmix64(s) >> 11) + 0.5) * 0x1.0p-53; }

/// Marsaglia–Tsang gamma(shape >= 1) sampler.
inline double sampleGamma(double shape, std::uint64_t &s)
{
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            const double u1 = unitDouble(s), u2 = unitDouble(s);
            x = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = unitDouble(s);
        if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
    }
}

struct Histogram {
    std::int32_t base = 0;
    std::vector<std::uint32_t> counts;

    void ensure(std::int32_t lo, std::int32_t hi)
    { // make [lo, hi] addressable
        if (counts.empty()) {
            base = lo - 8;
            counts.assign(static_cast<std::size_t>(hi - lo) + 24, 0);
            return;
        }
        const std::int32_t end = base + static_cast<std::int32_t>(counts.size());
        if (lo >= base && hi < end) return;
        const std::int32_t nb = std::min(base, lo - 16), ne = std::max(end, hi + 17);
        std::vector<std::uint32_t> c(static_cast<std::size_t>(ne - nb), 0);
        std::copy(counts.begin(), counts.end(), c.begin() + (base - nb));
        counts.swap(c);
        base = nb;
    }
    void add(std::int32_t v) { ++counts[static_cast<std::size_t>(v - base)]; }
    void merge(const Histogram &o)
    {
        if (o.counts.empty()) return;
        ensure(o.base, o.base + static_cast<std::int32_t>(o.counts.size()) - 1);
        for (std::size_t i = 0; i < o.counts.size(); ++i)
            counts[static_cast<std::size_t>(o.base - base) + i] += o.counts[i];
    }
    /// Nearest rank: the smallest value with at least ceil(q * total) observations at or below it.
    std::int32_t quantile(double q, std::uint64_t total) const
    {
        const auto rank
            = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(total) - 1e-9)));
        std::uint64_t cum = 0;
        for (std::size_t i = 0; i < counts.size(); ++i)
            if ((cum += counts[i]) >= rank) return base + static_cast<std::int32_t>(i);
        return base + static_cast<std::int32_t>(counts.size()) - 1;
    }
    Percentiles percentiles(std::uint64_t total) const
    {
        return {quantile(0.5, total), quantile(0.8, total), quantile(0.9, total)};
    }
};

} // namespace rb::analysis::mc
