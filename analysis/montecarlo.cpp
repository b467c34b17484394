#include "analysis/montecarlo.h"

#include "analysis/cpm.h"
#include "analysis/montecarlosampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace rb::analysis {

namespace {

using namespace mc;

constexpr int B = 32; // iterations per block: one lane each (a 64-byte row of 16-bit lanes)

// The hot loops get an AVX2 clone, chosen at load time on CPUs that have it; the default clone runs on
// any x86-64-v2.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define RB_LANE_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define RB_LANE_CLONES
#endif

struct EventParams {
    std::uint32_t key;
    float probability;
    std::int32_t delay;
    std::vector<std::uint32_t> positions; // not done
};

/// Everything the kernel reads, by topological position.
struct Shared {
    const ScheduleNetwork *net;
    std::uint32_t n;
    std::vector<std::uint8_t> kind;
    std::vector<float> a, b, fm, c1, c2; // triangular: lower, upper, F(mode), (b-a)(m-a), (b-a)(b-m)
    std::vector<double> alpha, beta;     // PERT shapes
    std::vector<std::uint32_t> key;
    std::vector<std::uint8_t> varies; // duration is not constant
    // Common causes, by position: the cause's random stream (0 = none), the member's selector stream
    // and the share of iterations in which the member takes the cause's draw.
    std::vector<std::uint32_t> causeKey, selectKey;
    std::vector<float> causeShare;
    int batchBlocks = 1; // blocks of task finishes buffered before they go into histograms
    std::vector<EventParams> events;
    std::vector<Target> targets;   // links into fixed dates; Target::task/target hold positions here
    std::vector<Edge> targetEdges; // the same links as CSR edges
    std::uint32_t seedA, seedB;
    bool criticality, taskPercentiles;
    // Dates in the lanes count from the project start. When every date and intermediate value of
    // every iteration provably fits in 16 bits (narrowBound), the kernel runs on 16-bit lanes: half
    // the memory per row and twice the lanes per vector instruction.
    bool narrow = false;
};

/// n rows of B lanes, each row one 64-byte cache line.
struct LaneRows {
    std::vector<std::int32_t> storage;
    std::int32_t *rows = nullptr;
    explicit LaneRows(std::size_t n) : storage(n * B + 64 / sizeof(std::int32_t))
    {
        auto addr = reinterpret_cast<std::uintptr_t>(storage.data());
        rows = storage.data() + ((64 - addr % 64) % 64) / sizeof(std::int32_t);
    }
    LaneRows(LaneRows &&) = default; // moving a vector keeps its buffer, so `rows` stays valid
    template <typename T>
    T *as()
    {
        return reinterpret_cast<T *>(rows);
    } // 16-bit kernels use the first half of each row's bytes
};

struct Workspace {
    LaneRows dur, es, ee, ls, le; // n * B lanes
    std::vector<Histogram> taskHist;
    // Task finishes of the last few blocks, by position: n * batchBlocks * B. Adding them to the
    // per-task histograms a batch at a time touches each histogram once per batch instead of once per
    // block (the histograms do not fit in cache; this made the per-task percentiles 4x cheaper).
    // Finishes count from the project start, in the kernel's lane type (16-bit when narrow: a batch
    // twice as long for the same bytes).
    std::vector<std::int32_t> finishBuffer;
    std::vector<int> batchActive; // valid lanes per buffered block
    template <typename T>
    T *finishes()
    {
        return reinterpret_cast<T *>(finishBuffer.data());
    }

    std::vector<std::uint32_t> critical;
    std::vector<std::int64_t> sumD, sumD2, sumDF;
    Histogram finishHist;
    std::int64_t sumF = 0, sumF2 = 0;
    std::vector<std::uint32_t> targetMet; // per target: iterations in which it was met
    std::vector<Histogram> targetMiss;    // per target: days missed (0 when met)

    explicit Workspace(const Shared &sh)
        : dur(sh.n), es(sh.n), ee(sh.n), ls(sh.n), le(sh.n), taskHist(sh.taskPercentiles ? sh.n : 0),
          finishBuffer(sh.taskPercentiles ? std::size_t(sh.n) * sh.batchBlocks * B * (sh.narrow ? 2 : 4) / 4 : 0),
          critical(sh.n), sumD(sh.n), sumD2(sh.n), sumDF(sh.n), targetMet(sh.targets.size()),
          targetMiss(sh.targets.size())
    {}

    /// Moves the buffered task finishes into the per-task histograms.
    void flushFinishes(const Shared &sh);
    static constexpr std::int32_t kScratchDays = 2048;
    std::vector<std::uint16_t> scratch
        = std::vector<std::uint16_t>(4 * kScratchDays); // at most 32 blocks * B / 4 per bin
};

/// Folds a batch of buffered task finishes (`active[k]` lanes of block k, rows of `stride` values per
/// task) into the per-task histograms. Counting goes into four interleaved scratch histograms:
/// neighbouring lanes often share a day, and one histogram would chain every increment behind the
/// previous one (store forwarding). Full batches run as one fixed-stride loop, which vectorises.
template <typename T>
[[gnu::always_inline]] inline void foldFinishes(const T *buffer, std::size_t stride, std::uint32_t n,
                                                const std::vector<int> &active, std::vector<Histogram> &hist,
                                                std::uint16_t *scratch, std::int32_t scratchDays, std::int32_t origin)
{
    const std::size_t blocks = active.size();
    const bool full = std::all_of(active.begin(), active.end(), [](int a) { return a == B; });
    const std::size_t count = blocks * B;
    for (std::uint32_t p = 0; p < n; ++p) {
        const T *row = buffer + p * stride;
        T lo = std::numeric_limits<T>::max(), hi = std::numeric_limits<T>::min();
        if (full) {
            for (std::size_t i = 0; i < count; ++i) {
                lo = std::min(lo, row[i]);
                hi = std::max(hi, row[i]);
            }
        } else {
            for (std::size_t k = 0; k < blocks; ++k)
                for (int l = 0; l < active[k]; ++l) {
                    lo = std::min(lo, row[k * B + l]);
                    hi = std::max(hi, row[k * B + l]);
                }
        }
        Histogram &h = hist[p];
        h.ensure(origin + lo, origin + hi);
        const std::int32_t range = std::int32_t(hi) - lo + 1;
        if (range > scratchDays) {
            for (std::size_t k = 0; k < blocks; ++k)
                for (int l = 0; l < active[k]; ++l) h.add(origin + row[k * B + l]);
            continue;
        }
        std::fill(scratch, scratch + 4 * range, std::uint16_t(0));
        if (full) {
            for (std::size_t i = 0; i < count; ++i)
                ++scratch[static_cast<std::size_t>((i & 3) * range + (row[i] - lo))];
        } else {
            for (std::size_t k = 0; k < blocks; ++k)
                for (int l = 0; l < active[k]; ++l)
                    ++scratch[static_cast<std::size_t>((l & 3) * range + (row[k * B + l] - lo))];
        }
        std::uint32_t *out = h.counts.data() + (origin + lo - h.base);
        for (std::int32_t b = 0; b < range; ++b)
            out[b] += std::uint32_t(scratch[b]) + scratch[range + b] + scratch[2 * range + b] + scratch[3 * range + b];
    }
}

RB_LANE_CLONES void foldFinishes16(Workspace &w, const Shared &sh)
{
    foldFinishes(w.finishes<std::int16_t>(), std::size_t(sh.batchBlocks) * B, sh.n, w.batchActive, w.taskHist,
                 w.scratch.data(), Workspace::kScratchDays, sh.net->projectStart());
}
RB_LANE_CLONES void foldFinishes32(Workspace &w, const Shared &sh)
{
    foldFinishes(w.finishes<std::int32_t>(), std::size_t(sh.batchBlocks) * B, sh.n, w.batchActive, w.taskHist,
                 w.scratch.data(), Workspace::kScratchDays, sh.net->projectStart());
}

void Workspace::flushFinishes(const Shared &sh)
{
    if (batchActive.empty()) return;
    if (sh.narrow)
        foldFinishes16(*this, sh);
    else
        foldFinishes32(*this, sh);
    batchActive.clear();
}

/// One block of up to B iterations: sample, forward pass, backward pass, accumulate, in lanes of T
/// (int32_t, or int16_t when Shared::narrow). Dates are relative to the project start.
/// Every lane loop has a fixed trip count of B, so it becomes a few vector instructions.
template <typename T>
[[gnu::always_inline]] inline void blockKernel(const Shared &sh, Workspace &w, std::uint32_t firstIter, int active)
{
    const ScheduleNetwork &net = *sh.net;
    const std::uint32_t n = sh.n;
    const auto doneAt = net.doneAt();
    const auto startFixedAt = net.startFixedAt();
    const auto externalAt = net.externalAt();
    const auto floorAt = net.startFloorAt();
    const auto fixedDur = net.durationAt();
    const auto predOff = net.predOffsets();
    const auto predE = net.predEdges();
    const auto succOff = net.succOffsets();
    const auto succE = net.succEdges();
    T *__restrict dur = w.dur.as<T>();
    T *__restrict es = w.es.as<T>();
    T *__restrict ee = w.ee.as<T>();
    T *__restrict ls = w.ls.as<T>();
    T *__restrict le = w.le.as<T>();
    const std::int32_t origin = net.projectStart();

    std::uint32_t ih[B];
    for (int l = 0; l < B; ++l) ih[l] = mix32(mix32((firstIter + static_cast<std::uint32_t>(l)) ^ sh.seedA) + sh.seedB);

    // 1. Durations.
    for (std::uint32_t p = 0; p < n; ++p) {
        T *d = dur + std::size_t(p) * B;
        switch (static_cast<DistributionKind>(sh.kind[p])) {
        case DistributionKind::Fixed: {
            const T v = static_cast<T>(fixedDur[p]);
            for (int l = 0; l < B; ++l) d[l] = v;
            break;
        }
        case DistributionKind::Triangular: {
            const float a = sh.a[p], bb = sh.b[p], fm = sh.fm[p], c1 = sh.c1[p], c2 = sh.c2[p];
            const std::uint32_t key = sh.key[p], cause = sh.causeKey[p];
            float u[B];
            for (int l = 0; l < B; ++l) u[l] = unitFloat(mix32(key ^ ih[l]));
            if (cause) { // a common cause: its shared draw in a `share` of the iterations (still uniform)
                const std::uint32_t sel = sh.selectKey[p];
                const float share = sh.causeShare[p];
                for (int l = 0; l < B; ++l)
                    u[l] = unitFloat(mix32(sel ^ ih[l])) < share ? unitFloat(mix32(cause ^ ih[l])) : u[l];
            }
            for (int l = 0; l < B; ++l) {
                const float lo = a + std::sqrt(u[l] * c1);
                const float hi = bb - std::sqrt((1.0f - u[l]) * c2);
                d[l] = static_cast<T>(static_cast<std::int32_t>((u[l] < fm ? lo : hi) + 0.5f));
            }
            break;
        }
        case DistributionKind::Pert: {
            for (int l = 0; l < B; ++l) {
                const bool shared = sh.causeKey[p] && unitFloat(mix32(sh.selectKey[p] ^ ih[l])) < sh.causeShare[p];
                std::uint64_t s = (std::uint64_t(shared ? sh.causeKey[p] : sh.key[p]) << 32) | ih[l];
                const double x = sampleGamma(sh.alpha[p], s), y = sampleGamma(sh.beta[p], s);
                d[l] = static_cast<T>(static_cast<std::int32_t>(sh.a[p] + (sh.b[p] - sh.a[p]) * (x / (x + y)) + 0.5));
            }
            break;
        }
        }
    }
    // 2. Risk events.
    for (const EventParams &ev : sh.events) {
        std::int32_t add[B];
        for (int l = 0; l < B; ++l) add[l] = unitFloat(mix32(ev.key ^ ih[l])) < ev.probability ? ev.delay : 0;
        for (std::uint32_t p : ev.positions)
            for (int l = 0; l < B; ++l) // an opportunity (negative delay) cannot make a duration negative
                dur[std::size_t(p) * B + l] = static_cast<T>(std::max(0, dur[std::size_t(p) * B + l] + add[l]));
    }

    // 3. Forward pass, all lanes at once.
    // Each sum is cast back to T before it is compared: the ranges are checked (narrowBound), and a
    // comparison of Ts is one vector instruction per row where one of promoted ints is four.
    T fin[B];
    for (int l = 0; l < B; ++l) fin[l] = std::numeric_limits<T>::min();
    for (std::uint32_t p = 0; p < n; ++p) {
        const T *d = dur + std::size_t(p) * B;
        T acc[B];
        const T floor = static_cast<T>(floorAt[p] - origin);
        for (int l = 0; l < B; ++l) acc[l] = floor;
        if (!startFixedAt[p]) // done and started tasks keep their start
            for (std::uint32_t k = predOff[p]; k < predOff[p + 1]; ++k) {
                const Edge &e = predE[k];
                const T *os = es + std::size_t(e.other) * B;
                const T *oe = ee + std::size_t(e.other) * B;
                const T lag = static_cast<T>(e.lag);
                switch (e.type) {
                case LinkType::FS:
                    for (int l = 0; l < B; ++l) acc[l] = std::max(acc[l], static_cast<T>(oe[l] + lag));
                    break;
                case LinkType::SS:
                    for (int l = 0; l < B; ++l) acc[l] = std::max(acc[l], static_cast<T>(os[l] + lag));
                    break;
                case LinkType::FF:
                    for (int l = 0; l < B; ++l) acc[l] = std::max(acc[l], static_cast<T>(oe[l] + lag - d[l]));
                    break;
                case LinkType::SF:
                    for (int l = 0; l < B; ++l) acc[l] = std::max(acc[l], static_cast<T>(os[l] + lag - d[l]));
                    break;
                }
            }
        T *s = es + std::size_t(p) * B;
        T *e = ee + std::size_t(p) * B;
        for (int l = 0; l < B; ++l) {
            s[l] = acc[l];
            e[l] = static_cast<T>(acc[l] + d[l]);
        }
        if (!externalAt[p]) // tasks outside the programme do not define its finish
            for (int l = 0; l < B; ++l) fin[l] = std::max(fin[l], static_cast<T>(e[l] - (d[l] > 0 ? 1 : 0)));
    }

    // Targets: the slack of each link into a fixed date (whose dates are the same in every lane).
    for (std::size_t k = 0; k < sh.targets.size(); ++k) {
        const std::uint32_t q = sh.targets[k].task, p = sh.targets[k].target;
        const T *qs = es + std::size_t(q) * B;
        const T *qe = ee + std::size_t(q) * B;
        for (int l = 0; l < active; ++l) {
            const std::int32_t slack
                = detail::linkSlack(sh.targetEdges[k], qs[l], qe[l], es[std::size_t(p) * B], ee[std::size_t(p) * B]);
            w.targetMet[k] += slack >= 0;
            w.targetMiss[k].ensure(0, std::max(0, -slack));
            w.targetMiss[k].add(std::max(0, -slack));
        }
    }

    // 4. Backward pass towards each lane's own programme finish (no deadlines): criticality.
    if (sh.criticality)
        for (std::uint32_t p = n; p-- > 0;) {
            if (doneAt[p]) continue;
            const T *d = dur + std::size_t(p) * B;
            T acc[B];
            for (int l = 0; l < B; ++l) acc[l] = static_cast<T>(fin[l] + (d[l] > 0 ? 1 : 0));
            if (externalAt[p]) {
                const T *own = ee + std::size_t(p) * B;
                for (int l = 0; l < B; ++l) acc[l] = std::max(acc[l], own[l]);
            }
            for (std::uint32_t k = succOff[p]; k < succOff[p + 1]; ++k) {
                const Edge &e = succE[k];
                if (startFixedAt[e.other]) continue; // links into done or started tasks bound nothing
                const T *os = ls + std::size_t(e.other) * B;
                const T *oe = le + std::size_t(e.other) * B;
                const T lag = static_cast<T>(e.lag);
                switch (e.type) {
                case LinkType::FS:
                    for (int l = 0; l < B; ++l) acc[l] = std::min(acc[l], static_cast<T>(os[l] - lag));
                    break;
                case LinkType::SS:
                    for (int l = 0; l < B; ++l) acc[l] = std::min(acc[l], static_cast<T>(os[l] - lag + d[l]));
                    break;
                case LinkType::FF:
                    for (int l = 0; l < B; ++l) acc[l] = std::min(acc[l], static_cast<T>(oe[l] - lag));
                    break;
                case LinkType::SF:
                    for (int l = 0; l < B; ++l) acc[l] = std::min(acc[l], static_cast<T>(oe[l] - lag + d[l]));
                    break;
                }
            }
            T *lsp = ls + std::size_t(p) * B;
            T *lep = le + std::size_t(p) * B;
            const T *s = es + std::size_t(p) * B;
            std::uint32_t crit = 0;
            for (int l = 0; l < B; ++l) {
                lep[l] = acc[l];
                lsp[l] = static_cast<T>(acc[l] - d[l]);
                crit += (l < active) & (lsp[l] <= s[l]);
            }
            if (!externalAt[p]) w.critical[p] += crit;
        }

    // 5. Statistics over the active lanes.
    std::int32_t finRel[B], laneMask[B];
    for (int l = 0; l < B; ++l) {
        finRel[l] = l < active ? fin[l] : 0;
        laneMask[l] = l < active ? -1 : 0;
    }
    for (std::uint32_t p = 0; p < n; ++p) {
        const T *d = dur + std::size_t(p) * B;
        if (sh.varies[p]) {
            // Exact 64-bit integer sums of 32 x 32-bit products (vpmuldq): integer addition is
            // associative, so the reduction vectorises (a double reduction did not, being order-bound).
            std::int64_t s1 = 0, s2 = 0, s3 = 0;
            for (int l = 0; l < B; ++l) {
                const std::int32_t v = d[l] & laneMask[l];
                s1 += v;
                s2 += std::int64_t(v) * v;
                s3 += std::int64_t(v) * finRel[l];
            }
            w.sumD[p] += s1;
            w.sumD2[p] += s2;
            w.sumDF[p] += s3;
        }
        if (sh.taskPercentiles) {
            const T *e = ee + std::size_t(p) * B;
            T *f = w.finishes<T>() + (std::size_t(p) * sh.batchBlocks + w.batchActive.size()) * B;
            for (int l = 0; l < B; ++l) f[l] = static_cast<T>(e[l] - (d[l] > 0 ? 1 : 0));
        }
    }
    std::int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (int l = 0; l < active; ++l) {
        lo = std::min(lo, origin + fin[l]);
        hi = std::max(hi, origin + fin[l]);
        w.sumF += finRel[l];
        w.sumF2 += std::int64_t(finRel[l]) * finRel[l];
    }
    w.finishHist.ensure(lo, hi);
    for (int l = 0; l < active; ++l) w.finishHist.add(origin + fin[l]);
    if (sh.taskPercentiles) {
        w.batchActive.push_back(active);
        if (static_cast<int>(w.batchActive.size()) == sh.batchBlocks) w.flushFinishes(sh);
    }
}

RB_LANE_CLONES void runBlock32(const Shared &sh, Workspace &w, std::uint32_t firstIter, int active)
{
    blockKernel<std::int32_t>(sh, w, firstIter, active);
}
RB_LANE_CLONES void runBlock16(const Shared &sh, Workspace &w, std::uint32_t firstIter, int active)
{
    blockKernel<std::int16_t>(sh, w, firstIter, active);
}

/// Whether every value the kernel computes fits in 16-bit lanes, with margin. Upper bound: a forward
/// pass with every duration at its largest possible sample (pessimistic, rounded, plus every delay
/// that can strike it), where each start is bounded by the predecessors' bounds (the FF/SF terms
/// taken with a zero duration); early finishes grow monotonically with durations, so no iteration
/// exceeds it. Lower bound: no start lies before its floor, and late dates are never before early
/// ones (the backward pass has no deadlines). Intermediate sums add at most one lag and one duration.
bool narrowBound(const Shared &sh, const std::vector<std::int32_t> &maxDur)
{
    const ScheduleNetwork &net = *sh.net;
    const std::uint32_t n = sh.n;
    const std::int32_t origin = net.projectStart();
    const auto floorAt = net.startFloorAt();
    const auto doneAt = net.startFixedAt(); // as the kernel: a fixed start ignores its links
    const auto predOff = net.predOffsets();
    const auto predE = net.predEdges();
    constexpr std::int64_t kLimit = 30000;
    std::int64_t maxLag = 0, longest = 0, lowest = 0, highest = 0;
    for (std::uint32_t p = 0; p < n; ++p)
        for (std::uint32_t k = predOff[p]; k < predOff[p + 1]; ++k)
            maxLag = std::max<std::int64_t>(maxLag, std::abs(std::int64_t(predE[k].lag)));
    std::vector<std::int64_t> ues(n), uee(n);
    for (std::uint32_t p = 0; p < n; ++p) {
        std::int64_t s = std::int64_t(floorAt[p]) - origin;
        lowest = std::min(lowest, s);
        if (!doneAt[p])
            for (std::uint32_t k = predOff[p]; k < predOff[p + 1]; ++k) {
                const Edge &e = predE[k];
                const bool fromFinish = e.type == LinkType::FS || e.type == LinkType::FF;
                s = std::max(s, (fromFinish ? uee[e.other] : ues[e.other]) + e.lag);
            }
        ues[p] = s;
        uee[p] = s + maxDur[p];
        longest = std::max<std::int64_t>(longest, maxDur[p]);
        highest = std::max(highest, uee[p]);
        if (highest > kLimit) return false;
    }
    return highest + maxLag + longest + 2 < kLimit && lowest - maxLag - longest - 2 > -kLimit;
}

/// Pearson correlation from exact integer sums.
double pearson(std::int64_t n, std::int64_t sx, std::int64_t sxx, std::int64_t sy, std::int64_t syy, std::int64_t sxy)
{
    const __int128 cov = __int128(n) * sxy - __int128(sx) * sy;
    const __int128 vx = __int128(n) * sxx - __int128(sx) * sx;
    const __int128 vy = __int128(n) * syy - __int128(sy) * sy;
    if (vx <= 0 || vy <= 0) return 0;
    return static_cast<double>(static_cast<long double>(cov)
                               / std::sqrt(static_cast<long double>(vx) * static_cast<long double>(vy)));
}

} // namespace

Result<MonteCarloResult> runMonteCarlo(const ScheduleNetwork &net, const MonteCarloModel &model,
                                       const MonteCarloOptions &opt)
{
    const auto n = static_cast<std::uint32_t>(net.taskCount());
    if (model.durations.size() > n) return Error{ErrorCode::InvalidArgument, "more distributions than tasks", {}, {}};
    if (opt.iterations == 0) return Error{ErrorCode::InvalidArgument, "no iterations", {}, {}};
    if (n == 0) { // nothing to sample: the programme finishes on its start, like the CPM says
        MonteCarloResult r;
        r.iterations = opt.iterations;
        r.finish = {net.projectStart(), net.projectStart(), net.projectStart()};
        r.meanFinish = net.projectStart();
        r.finishDistribution.push_back({net.projectStart(), opt.iterations, 1.0});
        if (opt.progress) opt.progress(opt.iterations, opt.iterations);
        return r;
    }

    Shared sh;
    sh.net = &net;
    sh.n = n;
    sh.seedA = static_cast<std::uint32_t>(opt.seed);
    sh.seedB = mix32(static_cast<std::uint32_t>(opt.seed >> 32) ^ 0x5bd1e995U);
    sh.criticality = opt.criticality;
    sh.taskPercentiles = opt.taskPercentiles;
    sh.kind.assign(n, 0);
    sh.a.assign(n, 0);
    sh.b.assign(n, 0);
    sh.fm.assign(n, 0);
    sh.c1.assign(n, 0);
    sh.c2.assign(n, 0);
    sh.alpha.assign(n, 1);
    sh.beta.assign(n, 1);
    sh.key.resize(n);
    sh.varies.assign(n, 0);
    const auto order = net.topologicalOrder();
    for (std::uint32_t p = 0; p < n; ++p) {
        const std::uint32_t t = order[p];
        sh.key[p] = mix32(mix32(2 * t + 1) ^ sh.seedB);
        if (t >= model.durations.size() || net.doneAt()[p]) continue;
        const DurationDistribution &dd = model.durations[t];
        if (dd.kind == DistributionKind::Fixed) continue;
        const double a = dd.optimistic, m = dd.mostLikely, b = dd.pessimistic;
        if (!(a >= 0 && a <= m && m <= b))
            return Error{ErrorCode::InvalidArgument,
                         "estimate of task '" + net.id(t) + "' is not 0 <= optimistic <= most likely <= pessimistic",
                         {},
                         {}};
        sh.kind[p] = static_cast<std::uint8_t>(dd.kind);
        sh.a[p] = static_cast<float>(a);
        sh.b[p] = static_cast<float>(b);
        sh.varies[p] = b > a;
        if (b > a) {
            sh.fm[p] = static_cast<float>((m - a) / (b - a));
            sh.c1[p] = static_cast<float>((b - a) * (m - a));
            sh.c2[p] = static_cast<float>((b - a) * (b - m));
            sh.alpha[p] = 1 + 4 * (m - a) / (b - a);
            sh.beta[p] = 1 + 4 * (b - m) / (b - a);
        } else {
            sh.kind[p] = static_cast<std::uint8_t>(DistributionKind::Triangular); // constant: x = b
        }
    }
    sh.causeKey.assign(n, 0);
    sh.selectKey.assign(n, 0);
    sh.causeShare.assign(n, 0);
    for (std::size_t c = 0; c < model.causes.size(); ++c) {
        const CommonCause &cc = model.causes[c];
        if (!(cc.share >= 0 && cc.share <= 1))
            return Error{ErrorCode::InvalidArgument, "common cause share outside [0, 1]", {}, {}};
        const std::uint32_t ck = mix32(mix32(static_cast<std::uint32_t>(2 * c + 1) ^ 0x51ED270BU) ^ sh.seedB) | 1u;
        for (auto t : cc.tasks) {
            if (t >= n) return Error{ErrorCode::InvalidArgument, "common cause names a missing task", {}, {}};
            const std::uint32_t p = net.position(t);
            if (sh.causeKey[p])
                return Error{ErrorCode::InvalidArgument, "task '" + net.id(t) + "' is in two common causes", {}, {}};
            sh.causeKey[p] = ck;
            sh.selectKey[p] = mix32(sh.key[p] ^ 0x632BE5ABU);
            sh.causeShare[p] = static_cast<float>(cc.share);
        }
    }
    for (std::size_t k = 0; k < model.riskEvents.size(); ++k) {
        const RiskEvent &re = model.riskEvents[k];
        if (!(re.probability >= 0 && re.probability <= 1))
            return Error{ErrorCode::InvalidArgument, "risk event probability outside [0, 1]", {}, {}};
        EventParams ev{mix32(mix32(static_cast<std::uint32_t>(2 * k + 2)) ^ sh.seedB ^ 0x9E3779B9U),
                       static_cast<float>(re.probability),
                       re.delayDays,
                       {}};
        for (auto t : re.tasks) {
            if (t >= n) return Error{ErrorCode::InvalidArgument, "risk event names a missing task", {}, {}};
            const std::uint32_t p = net.position(t);
            if (net.doneAt()[p]) continue;
            ev.positions.push_back(p);
            if (re.probability > 0 && re.delayDays != 0) sh.varies[p] = 1;
        }
        if (re.probability >= 1) ev.probability = 2.0f; // always, even for u close to 1
        sh.events.push_back(std::move(ev));
    }

    std::vector<std::pair<Target, Edge>> targets; // the links into fixed dates, in link order (as targets())
    for (std::uint32_t p = 0; p < n; ++p)
        if (net.fixedDateAt()[p])
            for (std::size_t k = 0; k < net.predecessorsAt(p).size(); ++k) {
                const Edge &e = net.predecessorsAt(p)[k];
                if (!net.doneAt()[e.other] || net.fixedDateAt()[e.other])
                    targets.push_back({{net.predecessorLinksAt(p)[k], e.other, p, net.fixedStartAt()[p], 0}, e});
            }
    std::sort(targets.begin(), targets.end(), [](const auto &x, const auto &y) { return x.first.link < y.first.link; });
    for (const auto &[t, e] : targets) {
        sh.targets.push_back(t);
        sh.targetEdges.push_back(e);
    }

    // The largest duration each task can draw: its pessimistic estimate rounded, plus every delay event
    // that can strike it.
    {
        std::vector<std::int32_t> maxDur(n);
        bool fits = opt.lanes != LaneWidth::Wide;
        for (std::uint32_t p = 0; p < n && fits; ++p) {
            const double m = sh.kind[p] == static_cast<std::uint8_t>(DistributionKind::Fixed)
                ? net.durationAt()[p]
                : std::floor(double(sh.b[p]) + 0.5) + 1;
            fits = m < 30000;
            maxDur[p] = fits ? static_cast<std::int32_t>(m) : 0;
        }
        for (const EventParams &ev : sh.events)
            for (std::uint32_t p : ev.positions)
                if (fits && ev.delay > 0) {
                    fits = std::int64_t(maxDur[p]) + ev.delay < 30000;
                    maxDur[p] = fits ? maxDur[p] + ev.delay : 0;
                }
        sh.narrow = fits && narrowBound(sh, maxDur);
        if (opt.lanes == LaneWidth::Narrow && !sh.narrow)
            return Error{ErrorCode::InvalidArgument, "the schedule does not fit 16-bit lanes", {}, {}};
    }

    // Buffer about 16 MiB of task finishes per thread between histogram updates (measured: better than 8).
    sh.batchBlocks = static_cast<int>(std::clamp<std::size_t>(
        (std::size_t(16) << 20) / (std::max<std::size_t>(n, 1) * B * (sh.narrow ? 2 : 4)), 1, 32));
    const std::uint32_t iters = opt.iterations;
    const std::uint32_t blocks = (iters + B - 1) / B;
    unsigned threads = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, blocks);
    std::vector<Workspace> ws;
    ws.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) ws.emplace_back(sh);

    std::atomic<std::uint32_t> next{0}, doneBlocks{0};
    std::atomic<bool> stopped{false};
    std::uint32_t lastReported = 0;
    auto worker = [&](unsigned t) {
        for (;;) {
            if (opt.cancel && opt.cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const std::uint32_t b = next.fetch_add(1, std::memory_order_relaxed);
            if (b >= blocks) {
                ws[t].flushFinishes(sh);
                return;
            }
            const std::uint32_t first = b * B;
            const int active = static_cast<int>(std::min<std::uint32_t>(B, iters - first));
            if (sh.narrow)
                runBlock16(sh, ws[t], first, active);
            else
                runBlock32(sh, ws[t], first, active);
            const std::uint32_t done = doneBlocks.fetch_add(1, std::memory_order_relaxed) + 1;
            if (t == 0 && opt.progress && (done - lastReported) * 100 >= blocks) {
                lastReported = done;
                opt.progress(std::min(done * B, iters), iters);
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker, t);
        worker(0);
    }
    if (stopped || (opt.cancel && opt.cancel->load()))
        return Error{ErrorCode::Cancelled, "Monte Carlo cancelled", {}, {}};
    if (opt.progress) opt.progress(iters, iters);

    // Merge (integer sums: independent of which thread did which block).
    Workspace &tot = ws[0];
    for (unsigned t = 1; t < threads; ++t) {
        const Workspace &o = ws[t];
        for (std::uint32_t p = 0; p < n; ++p) {
            tot.critical[p] += o.critical[p];
            tot.sumD[p] += o.sumD[p];
            tot.sumD2[p] += o.sumD2[p];
            tot.sumDF[p] += o.sumDF[p];
            if (opt.taskPercentiles) tot.taskHist[p].merge(o.taskHist[p]);
        }
        tot.finishHist.merge(o.finishHist);
        for (std::size_t k = 0; k < sh.targets.size(); ++k) {
            tot.targetMet[k] += o.targetMet[k];
            tot.targetMiss[k].merge(o.targetMiss[k]);
        }
        tot.sumF += o.sumF;
        tot.sumF2 += o.sumF2;
    }

    MonteCarloResult r;
    r.iterations = iters;
    r.finish = tot.finishHist.percentiles(iters);
    r.meanFinish = net.projectStart() + static_cast<double>(tot.sumF) / iters;
    std::uint64_t cum = 0;
    for (std::size_t i = 0; i < tot.finishHist.counts.size(); ++i) {
        const std::uint32_t c = tot.finishHist.counts[i];
        if (cum == 0 && c == 0) continue;
        cum += c;
        r.finishDistribution.push_back({tot.finishHist.base + static_cast<std::int32_t>(i), c, double(cum) / iters});
        if (cum == iters) break;
    }
    r.tasks.resize(n);
    for (std::uint32_t p = 0; p < n; ++p) {
        const std::uint32_t t = order[p];
        TaskRisk &tr = r.tasks[t];
        if (opt.taskPercentiles) tr.finish = tot.taskHist[p].percentiles(iters);
        tr.criticality = opt.criticality ? double(tot.critical[p]) / iters : 0;
        if (sh.varies[p]) {
            tr.meanDuration = double(tot.sumD[p]) / iters;
            tr.sensitivity = pearson(iters, tot.sumD[p], tot.sumD2[p], tot.sumF, tot.sumF2, tot.sumDF[p]);
            if (!net.task(t).levelOfEffort) r.sensitivity.push_back({t, tr.sensitivity}); // never a driver
        } else {
            tr.meanDuration = net.durationAt()[p];
        }
    }
    for (std::size_t k = 0; k < sh.targets.size(); ++k) {
        const Target &tg = sh.targets[k];
        r.targets.push_back({tg.link, order[tg.task], order[tg.target], tg.date, double(tot.targetMet[k]) / iters,
                             tot.targetMiss[k].quantile(0.5, iters), tot.targetMiss[k].quantile(0.8, iters)});
    }
    std::sort(r.sensitivity.begin(), r.sensitivity.end(), [](const SensitivityEntry &x, const SensitivityEntry &y) {
        const double ax = std::abs(x.correlation), ay = std::abs(y.correlation);
        return ax != ay ? ax > ay : x.task < y.task;
    });
    return r;
}

} // namespace rb::analysis
