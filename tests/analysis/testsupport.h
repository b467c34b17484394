// Test support for the analysis engine: random networks and a deliberately naive reference CPM.
#pragma once

#include "analysis/network.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <numeric>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace rb::analysis::test {

struct RandomNetworkOptions {
    int maxTasks = 25;
    double linkDensity = 1.5; // links per task
    bool allLinkTypes = true; // else FS only
    int minLag = -5, maxLag = 5;
    double startConstraintShare = 0.3;
    double deadlineShare = 0.2;
    double doneShare = 0.1;
};

/// "T12": built by appending, because `"T" + std::to_string(i)` trips a false -Wrestrict in GCC 12.
inline std::string numberedId(const char *prefix, int i)
{
    std::string s(prefix);
    s.append(std::to_string(i));
    return s;
}

/// A random acyclic network: links always go forward in a random permutation of the tasks.
inline NetworkInput randomNetwork(std::mt19937 &rng, const RandomNetworkOptions &o = {})
{
    auto uni = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    NetworkInput in;
    const int n = uni(1, o.maxTasks);
    for (int i = 0; i < n; ++i) {
        Task t;
        t.id = numberedId("T", i);
        t.durationDays = chance(0.15) ? 0 : uni(1, 12);
        if (chance(o.startConstraintShare)) t.startNoEarlierThan = 100 + uni(0, 30);
        if (chance(o.deadlineShare)) t.finishNoLaterThan = 100 + uni(0, 60);
        if (chance(o.doneShare)) {
            t.done = true;
            t.fixedStart = 95 + uni(0, 20);
            t.fixedFinish = t.durationDays == 0 ? t.fixedStart : t.fixedStart + uni(0, 10);
        }
        t.costPerDay = uni(0, 5);
        in.tasks.push_back(t);
    }
    std::vector<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    std::shuffle(perm.begin(), perm.end(), rng);
    const int m = static_cast<int>(o.linkDensity * n);
    for (int k = 0; k < m && n > 1; ++k) {
        int a = uni(0, n - 1), b = uni(0, n - 1);
        if (a == b) continue;
        if (a > b) std::swap(a, b);
        Link l;
        l.from = static_cast<std::uint32_t>(perm[a]);
        l.to = static_cast<std::uint32_t>(perm[b]);
        l.type = o.allLinkTypes ? static_cast<LinkType>(uni(0, 3)) : LinkType::FS;
        l.lagDays = uni(o.minLag, o.maxLag);
        in.links.push_back(l);
    }
    if (chance(0.5)) in.projectStart = 100;
    return in;
}

/// Reference CPM written from the definitions in docs/analysis.md, by relaxing every link until nothing
/// changes (Bellman-Ford style), with no topological order and no shared code with the engine.
struct Reference {
    std::vector<int> es, ee, ls, le, totalFloat, freeFloat, dur;
    int endExclusive = 0, finish = 0;
};

inline Reference referenceCpm(const NetworkInput &in)
{
    const int n = static_cast<int>(in.tasks.size());
    Reference r;
    r.dur.resize(n);
    std::vector<int> floor(n);
    int ps = INT_MAX;
    for (const Task &t : in.tasks) {
        if (t.done)
            ps = std::min(ps, t.fixedStart);
        else if (t.startNoEarlierThan)
            ps = std::min(ps, *t.startNoEarlierThan);
    }
    if (ps == INT_MAX) ps = 0;
    if (in.projectStart) ps = *in.projectStart;
    for (int i = 0; i < n; ++i) {
        const Task &t = in.tasks[i];
        if (t.done) {
            r.dur[i] = t.durationDays == 0 ? 0 : t.fixedFinish - t.fixedStart + 1;
            floor[i] = t.fixedStart;
        } else {
            r.dur[i] = t.durationDays;
            floor[i] = std::max(ps, t.startNoEarlierThan.value_or(INT_MIN));
        }
    }
    r.es = floor;
    r.ee.resize(n);
    for (int i = 0; i < n; ++i) r.ee[i] = r.es[i] + r.dur[i];
    for (bool changed = true; changed;) {
        changed = false;
        for (const Link &l : in.links) {
            const int a = static_cast<int>(l.from), b = static_cast<int>(l.to);
            if (in.tasks[b].done) continue;
            int needStart = INT_MIN;
            switch (l.type) {
            case LinkType::FS:
                needStart = r.ee[a] + l.lagDays;
                break;
            case LinkType::SS:
                needStart = r.es[a] + l.lagDays;
                break;
            case LinkType::FF:
                needStart = (r.ee[a] + l.lagDays) - r.dur[b];
                break; // end >= end + lag
            case LinkType::SF:
                needStart = (r.es[a] + l.lagDays) - r.dur[b];
                break; // end >= start + lag
            }
            if (needStart > r.es[b]) {
                r.es[b] = needStart;
                r.ee[b] = needStart + r.dur[b];
                changed = true;
            }
        }
    }
    r.endExclusive = n ? *std::max_element(r.ee.begin(), r.ee.end()) : ps;
    r.finish = INT_MIN;
    for (int i = 0; i < n; ++i) r.finish = std::max(r.finish, r.dur[i] > 0 ? r.ee[i] - 1 : r.es[i]);
    if (!n) r.finish = ps;

    r.le.resize(n);
    r.ls.resize(n);
    for (int i = 0; i < n; ++i) {
        const Task &t = in.tasks[i];
        if (t.done) {
            r.le[i] = r.ee[i];
        } else {
            r.le[i] = r.finish + (r.dur[i] > 0 ? 1 : 0); // reported finish <= programme finish
            if (t.finishNoLaterThan) r.le[i] = std::min(r.le[i], *t.finishNoLaterThan + (r.dur[i] > 0 ? 1 : 0));
        }
        r.ls[i] = r.le[i] - r.dur[i];
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const Link &l : in.links) {
            const int a = static_cast<int>(l.from), b = static_cast<int>(l.to);
            if (in.tasks[a].done || in.tasks[b].done) continue;
            int maxStart = INT_MAX; // latest start of a that keeps b's late dates
            switch (l.type) {
            case LinkType::FS:
                maxStart = r.ls[b] - l.lagDays - r.dur[a];
                break;
            case LinkType::SS:
                maxStart = r.ls[b] - l.lagDays;
                break;
            case LinkType::FF:
                maxStart = r.le[b] - l.lagDays - r.dur[a];
                break;
            case LinkType::SF:
                maxStart = r.le[b] - l.lagDays;
                break;
            }
            if (maxStart < r.ls[a]) {
                r.ls[a] = maxStart;
                r.le[a] = maxStart + r.dur[a];
                changed = true;
            }
        }
    }
    r.totalFloat.assign(n, 0);
    r.freeFloat.assign(n, 0);
    for (int i = 0; i < n; ++i) {
        if (in.tasks[i].done) continue;
        r.totalFloat[i] = r.ls[i] - r.es[i];
        int ff = r.finish - (r.dur[i] > 0 ? r.ee[i] - 1 : r.es[i]);
        for (const Link &l : in.links) {
            if (static_cast<int>(l.from) != i || in.tasks[l.to].done) continue;
            const int b = static_cast<int>(l.to);
            int slack = 0;
            switch (l.type) { // how much later i could be without moving b
            case LinkType::FS:
                slack = r.es[b] - r.ee[i] - l.lagDays;
                break;
            case LinkType::SS:
                slack = r.es[b] - r.es[i] - l.lagDays;
                break;
            case LinkType::FF:
                slack = r.ee[b] - r.ee[i] - l.lagDays;
                break;
            case LinkType::SF:
                slack = r.ee[b] - r.es[i] - l.lagDays;
                break;
            }
            ff = std::min(ff, slack);
        }
        r.freeFloat[i] = ff;
    }
    return r;
}

inline int inclusiveFinishOf(int start, int end) { return end > start ? end - 1 : start; }

/// Builds a network the test knows to be valid.
inline ScheduleNetwork mustBuild(NetworkInput in)
{
    auto r = ScheduleNetwork::build(std::move(in));
    if (!r) throw std::runtime_error(r.error().message);
    return std::move(r).value();
}

inline Task task(std::string id, int duration, std::optional<int> snet = std::nullopt)
{
    Task t;
    t.id = std::move(id);
    t.durationDays = duration;
    t.startNoEarlierThan = snet;
    return t;
}

} // namespace rb::analysis::test
