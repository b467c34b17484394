#!/usr/bin/env python3
"""Writes a large, valid, layered random portfolio (for benchmarks and responsiveness checks).

Usage: scripts/generate-portfolio.py POSTS [--links-per-post 4.7] [--seed 1] -o OUT.json

Posts are spread over layers; each post depends on about LINKS_PER_POST posts of earlier layers, with
mixed link types and lags, so the network is acyclic by construction and as deep as a real programme.
"""
import argparse, json, random, datetime

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("posts", type=int)
    ap.add_argument("--links-per-post", type=float, default=4.7)
    ap.add_argument("--layers", type=int, default=0, help="default: about sqrt(posts)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    n = a.posts
    layers = a.layers or max(2, int(n ** 0.5))
    start = datetime.date(2019, 1, 1)
    posts, deps = [], []
    layer_of = [min(layers - 1, i * layers // n) for i in range(n)]
    first_of_layer = {}
    for i, l in enumerate(layer_of):
        first_of_layer.setdefault(l, i)
    for i in range(n):
        d = rnd.randint(5, 90)
        p = {"id": "P%d" % i, "title": "Post %d" % i, "theme": 1 + i % 5,
             "kind": "project" if i % 7 == 0 else "activity",
             "start": start.isoformat(), "durationDays": d}
        if i % 3 == 0:
            p["estimate"] = {"optimisticDays": max(1, d - d // 5), "mostLikelyDays": d, "pessimisticDays": d + d // 2}
        posts.append(p)
    types = ["FS"] * 7 + ["SS", "FF", "SF"]
    target = int(n * a.links_per_post)
    seen = set()
    while len(deps) < target:
        to = rnd.randrange(n)
        if layer_of[to] == 0:
            continue
        hi = first_of_layer[layer_of[to]]
        frm = rnd.randrange(max(0, hi - 3 * (n // layers) - 1), hi)
        t = rnd.choice(types)
        if (frm, to, t) in seen:
            continue
        seen.add((frm, to, t))
        dep = {"from": "P%d" % frm, "to": "P%d" % to}
        if t != "FS":
            dep["type"] = t
        lag = rnd.choice([0, 0, 0, 2, 5, -3])
        if lag:
            dep["lagDays"] = lag
        deps.append(dep)
    doc = {"schemaVersion": 1,
           "programme": {"name": "Generated %d posts" % n, "start": start.isoformat()},
           "posts": posts, "dependencies": deps}
    with open(a.output, "w") as f:
        json.dump(doc, f, separators=(",", ":"))

main()
