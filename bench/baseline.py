#!/usr/bin/python3
"""Baseline for bench/: the same CPM with networkx and the same Monte Carlo vectorised over iterations
with numpy, on a network written by bench_cpm / bench_montecarlo (see benchcommon.h writeNetwork).

Usage: baseline.py cpm NETWORK.txt
       baseline.py montecarlo NETWORK.txt [ITERATIONS]
Prints "RESULT <name> min <s> s median <s> s cpu <s> s (...)" lines like the C++ benchmarks.
Semantics follow docs/analysis.md: half-open internal dates, four link types with lags, start floors
max(projectStart, startNoEarlierThan), late dates bounded by the inclusive programme finish.
"""
import sys
import time

import networkx as nx
import numpy as np

FS, SS, FF, SF = 0, 1, 2, 3


def read_network(path):
    with open(path) as f:
        assert f.readline().split()[0] == "riskboard-network"
        project_start = int(f.readline().split()[1])
        n = int(f.readline().split()[1])
        dur, snet, est = [], [], []
        for _ in range(n):
            d, s, o, m, p = f.readline().split()
            dur.append(int(d))
            snet.append(None if s == "-" else int(s))
            est.append((float(o), float(m), float(p)))
        m = int(f.readline().split()[1])
        links = [tuple(int(x) for x in f.readline().split()) for _ in range(m)]
    return project_start, dur, snet, est, links


def timed(runs, fn):
    fn()  # warm-up, like the C++ harness
    samples = []
    for _ in range(runs):
        c, w = time.process_time(), time.perf_counter()
        out = fn()
        samples.append((time.perf_counter() - w, time.process_time() - c))
    samples.sort()
    return samples[0], samples[len(samples) // 2][0], out


def report(name, fastest, median, note=""):
    print(f"RESULT {name:<32} min {fastest[0]:10.6f} s  median {median:10.6f} s  cpu {fastest[1]:10.6f} s  {note}", flush=True)


def cpm(graph, order, project_start, dur, floor):
    """Forward and backward pass over networkx adjacency; returns (finish, es, ee, ls, le)."""
    es, ee = {}, {}
    for v in order:
        d = dur[v]
        s = floor[v]
        for u, _, a in graph.in_edges(v, data=True):
            t, lag = a["t"], a["lag"]
            if t == FS: b = ee[u] + lag
            elif t == SS: b = es[u] + lag
            elif t == FF: b = ee[u] + lag - d
            else: b = es[u] + lag - d
            if b > s: s = b
        es[v], ee[v] = s, s + d
    finish = max((ee[v] - 1 if dur[v] > 0 else es[v]) for v in order)
    ls, le = {}, {}
    for v in reversed(order):
        d = dur[v]
        e = finish + (1 if d > 0 else 0)
        for _, w, a in graph.out_edges(v, data=True):
            t, lag = a["t"], a["lag"]
            if t == FS: b = ls[w] - lag
            elif t == SS: b = ls[w] - lag + d
            elif t == FF: b = le[w] - lag
            else: b = le[w] - lag + d
            if b < e: e = b
        le[v], ls[v] = e, e - d
    return finish, es, ee, ls, le


def run_cpm(path):
    project_start, dur, snet, _, links = read_network(path)
    n = len(dur)
    floor = [max(project_start, s) if s is not None else project_start for s in snet]

    def build():
        g = nx.MultiDiGraph()  # parallel links (e.g. FS and SS between the same posts) are kept
        g.add_nodes_from(range(n))
        g.add_edges_from((a, b, {"t": t, "lag": lag}) for a, b, t, lag in links)
        return g

    fastest, median, g = timed(3, build)
    report("network_build", fastest, median, f"(networkx MultiDiGraph, {n} tasks, {len(links)} links)")

    def full():
        order = list(nx.topological_sort(g))
        finish, es, ee, ls, le = cpm(g, order, project_start, dur, floor)
        total_float = {v: ls[v] - es[v] for v in order}
        return finish, total_float

    fastest, median, (finish, tf) = timed(3, full)
    critical = sum(1 for v in tf.values() if v <= 0)
    report("cpm", fastest, median, f"(finish day {finish}; {critical} critical; topological sort + passes + floats)")


def run_montecarlo(path, iterations, chunk=2500, seed=42):
    project_start, dur, snet, est, links = read_network(path)
    n = len(dur)
    floor = np.array([max(project_start, s) if s is not None else project_start for s in snet], dtype=np.int32)
    g = nx.MultiDiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from((a, b, {"t": t, "lag": lag}) for a, b, t, lag in links)
    order = list(nx.topological_sort(g))
    preds = {v: [(u, a["t"], a["lag"]) for u, _, a in g.in_edges(v, data=True)] for v in order}
    succs = {v: [(w, a["t"], a["lag"]) for _, w, a in g.out_edges(v, data=True)] for v in order}
    lo = np.array([e[0] for e in est]); mode = np.array([e[1] for e in est]); hi = np.array([e[2] for e in est])

    def simulate():
        rng = np.random.default_rng(seed)
        finishes = np.empty(iterations, dtype=np.int32)
        task_finish = np.empty((n, iterations), dtype=np.int16)  # offset from the project start
        crit = np.zeros(n, dtype=np.int64)
        sum_d = np.zeros(n); sum_dd = np.zeros(n); sum_df = np.zeros(n)
        for c0 in range(0, iterations, chunk):
            k = min(chunk, iterations - c0)
            d = np.rint(rng.triangular(lo[:, None], mode[:, None], hi[:, None], size=(n, k))).astype(np.int32)
            es = np.empty((n, k), dtype=np.int32); ee = np.empty((n, k), dtype=np.int32)
            fin = np.full(k, np.iinfo(np.int32).min, dtype=np.int32)
            for v in order:
                acc = np.full(k, floor[v], dtype=np.int32)
                dv = d[v]
                for u, t, lag in preds[v]:
                    if t == FS: b = ee[u] + lag
                    elif t == SS: b = es[u] + lag
                    elif t == FF: b = ee[u] + lag - dv
                    else: b = es[u] + lag - dv
                    np.maximum(acc, b, out=acc)
                es[v] = acc
                ee[v] = acc + dv
                f = ee[v] - (dv > 0)
                task_finish[v, c0:c0 + k] = f - project_start
                np.maximum(fin, f, out=fin)
            ls = np.empty((n, k), dtype=np.int32); le = np.empty((n, k), dtype=np.int32)
            for v in reversed(order):
                dv = d[v]
                acc = fin + (dv > 0)
                for w, t, lag in succs[v]:
                    if t == FS: b = ls[w] - lag
                    elif t == SS: b = ls[w] - lag + dv
                    elif t == FF: b = le[w] - lag
                    else: b = le[w] - lag + dv
                    np.minimum(acc, b, out=acc)
                le[v] = acc
                ls[v] = acc - dv
                crit[v] += int(np.count_nonzero(ls[v] <= es[v]))
            finishes[c0:c0 + k] = fin
            rel = (fin - project_start).astype(np.float64)
            df = d.astype(np.float64)
            sum_d += df.sum(axis=1); sum_dd += (df * df).sum(axis=1); sum_df += df @ rel
        p = np.percentile(finishes, [50, 80, 90], method="inverted_cdf")
        task_p = np.percentile(task_finish, [50, 80, 90], axis=1, method="inverted_cdf")
        f = (finishes - project_start).astype(np.float64)
        N = float(iterations)
        cov = N * sum_df - sum_d * f.sum()
        var_d = N * sum_dd - sum_d * sum_d
        var_f = N * (f * f).sum() - f.sum() ** 2
        r = np.where(var_d > 0, cov / np.sqrt(np.maximum(var_d, 1e-300) * var_f), 0.0)
        return p, task_p, crit / N, r

    fastest, median, (p, _, crit, r) = timed(1, simulate)
    report("montecarlo", fastest, median,
           f"(P50 {int(p[0])} P80 {int(p[1])} P90 {int(p[2])}; {iterations} iterations, numpy, "
           f"max criticality {crit.max():.2f}, max |r| {np.abs(r).max():.2f})")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    if sys.argv[1] == "cpm":
        run_cpm(sys.argv[2])
    elif sys.argv[1] == "montecarlo":
        run_montecarlo(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 10000)
    else:
        sys.exit(__doc__)
