#include "analysis/layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rb::analysis {

namespace {

/// Marks the edges that close a cycle (DFS back edges, self-links) so that the rest is acyclic.
std::vector<std::uint8_t> backEdges(std::uint32_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges)
{
    std::vector<std::vector<std::uint32_t>> out(n);
    for (std::uint32_t k = 0; k < edges.size(); ++k) out[edges[k].first].push_back(k);
    std::vector<std::uint8_t> color(n, 0), back(edges.size(), 0);
    std::vector<std::pair<std::uint32_t, std::size_t>> stack;
    for (std::uint32_t root = 0; root < n; ++root) {
        if (color[root]) continue;
        color[root] = 1;
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto &[v, i] = stack.back();
            if (i == out[v].size()) {
                color[v] = 2;
                stack.pop_back();
                continue;
            }
            const std::uint32_t k = out[v][i++];
            const std::uint32_t w = edges[k].second;
            if (color[w] == 1)
                back[k] = 1;
            else if (color[w] == 0) {
                color[w] = 1;
                stack.emplace_back(w, 0);
            }
        }
    }
    return back;
}

} // namespace

GraphLayout layeredLayout(const LayoutInput &in, const LayoutOptions &opt)
{
    const std::uint32_t n = in.nodeCount;
    GraphLayout out;
    out.nodes.resize(n);
    out.edges.resize(in.edges.size());
    if (n == 0) return out;

    // 1. Acyclic orientation and longest-path layers (Kahn order).
    const auto back = backEdges(n, in.edges);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> dag(in.edges.size());
    std::vector<std::uint32_t> indeg(n, 0);
    std::vector<std::vector<std::uint32_t>> succ(n);
    for (std::size_t k = 0; k < in.edges.size(); ++k) {
        auto [a, b] = in.edges[k];
        if (back[k]) std::swap(a, b);
        dag[k] = {a, b};
        if (a == b) continue;
        succ[a].push_back(b);
        ++indeg[b];
    }
    std::vector<std::int32_t> layer(n, 0);
    std::vector<std::uint32_t> queue;
    for (std::uint32_t v = 0; v < n; ++v)
        if (!indeg[v]) queue.push_back(v);
    for (std::size_t qi = 0; qi < queue.size(); ++qi)
        for (auto w : succ[queue[qi]]) {
            layer[w] = std::max(layer[w], layer[queue[qi]] + 1);
            if (--indeg[w] == 0) queue.push_back(w);
        }
    const std::int32_t layers = *std::max_element(layer.begin(), layer.end()) + 1;
    out.layerCount = layers;

    // 2. Virtual nodes along edges that span several layers; vertices n.. are virtual.
    std::vector<std::int32_t> vLayer(layer), vGroup(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) vGroup[v] = v < in.groups.size() ? in.groups[v] : 0;
    std::vector<std::vector<std::uint32_t>> up(n), down(n);
    std::vector<std::vector<std::uint32_t>> chain(in.edges.size()); // vertices of each edge, source first
    for (std::size_t k = 0; k < dag.size(); ++k) {
        auto [a, b] = dag[k];
        chain[k].push_back(a);
        if (a == b) continue;
        std::uint32_t prev = a;
        for (std::int32_t l = layer[a] + 1; l <= layer[b]; ++l) {
            std::uint32_t v = b;
            if (l < layer[b]) {
                v = static_cast<std::uint32_t>(vLayer.size());
                vLayer.push_back(l);
                vGroup.push_back(vGroup[a]);
                up.emplace_back();
                down.emplace_back();
            }
            down[prev].push_back(v);
            up[v].push_back(prev);
            chain[k].push_back(v);
            prev = v;
        }
    }
    const auto total = static_cast<std::uint32_t>(vLayer.size());

    // 3. Initial order: by group, then by vertex number; then barycenter sweeps keeping groups together.
    std::vector<std::vector<std::uint32_t>> rows(layers);
    for (std::uint32_t v = 0; v < total; ++v) rows[vLayer[v]].push_back(v);
    std::vector<double> pos(total);
    auto renumber = [&](std::vector<std::uint32_t> &row) {
        for (std::size_t i = 0; i < row.size(); ++i) pos[row[i]] = static_cast<double>(i);
    };
    for (auto &row : rows) {
        std::stable_sort(row.begin(), row.end(), [&](auto x, auto y) { return vGroup[x] < vGroup[y]; });
        renumber(row);
    }
    std::vector<double> key(total);
    auto sweepRow = [&](std::vector<std::uint32_t> &row, const std::vector<std::vector<std::uint32_t>> &nbrs) {
        for (auto v : row) {
            const auto &nb = nbrs[v];
            if (nb.empty()) {
                key[v] = pos[v];
                continue;
            }
            double s = 0;
            for (auto u : nb) s += pos[u];
            key[v] = s / static_cast<double>(nb.size());
        }
        std::stable_sort(row.begin(), row.end(), [&](auto x, auto y) {
            if (vGroup[x] != vGroup[y]) return vGroup[x] < vGroup[y];
            if (key[x] != key[y]) return key[x] < key[y];
            return pos[x] < pos[y];
        });
        renumber(row);
    };
    for (std::int32_t it = 0; it < opt.sweeps; ++it) {
        for (std::int32_t l = 1; l < layers; ++l) sweepRow(rows[l], up);
        for (std::int32_t l = layers - 2; l >= 0; --l) sweepRow(rows[l], down);
    }

    // 4. Coordinates. x by layer; y: each centre as close as possible (least squares) to the mean of its
    // predecessors' centres, subject to the order and the separations (real nodes take nodeHeight,
    // virtual ones nodeSpacing, plus groupSpacing between groups). With c_i the cumulative separation,
    // y_i - c_i must be non-decreasing: an isotonic regression, solved by pool-adjacent-violators.
    const std::int32_t h = opt.nodeHeight, gap = opt.nodeSpacing;
    auto height = [&](std::uint32_t v) { return v < n ? h : gap; };
    std::vector<std::int32_t> cy(total, 0);
    std::vector<std::int64_t> offset;
    std::vector<double> target;
    struct Pool {
        double sum;
        std::int64_t count;
    };
    std::vector<Pool> pools;
    for (std::int32_t l = 0; l < layers; ++l) {
        const auto &row = rows[l];
        offset.assign(row.size(), 0);
        target.assign(row.size(), 0);
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::uint32_t v = row[i];
            if (i > 0) {
                const std::int32_t extra = vGroup[row[i - 1]] != vGroup[v] ? opt.groupSpacing : 0;
                offset[i] = offset[i - 1] + (height(row[i - 1]) - height(row[i - 1]) / 2) + height(v) / 2 + gap + extra;
            }
            double want = static_cast<double>(offset[i]); // no predecessors: packed
            if (!up[v].empty()) {
                double s = 0;
                for (auto u : up[v]) s += cy[u];
                want = s / static_cast<double>(up[v].size());
            }
            target[i] = want - static_cast<double>(offset[i]);
        }
        pools.clear();
        for (std::size_t i = 0; i < row.size(); ++i) {
            pools.push_back({target[i], 1});
            while (pools.size() > 1) {
                Pool &b = pools.back();
                Pool &a = pools[pools.size() - 2];
                if (a.sum * static_cast<double>(b.count) <= b.sum * static_cast<double>(a.count)) break;
                a.sum += b.sum;
                a.count += b.count;
                pools.pop_back();
            }
        }
        std::size_t i = 0;
        for (const Pool &p : pools) {
            const auto z = static_cast<std::int64_t>(std::floor(p.sum / static_cast<double>(p.count)));
            for (std::int64_t k = 0; k < p.count; ++k, ++i) cy[row[i]] = static_cast<std::int32_t>(z + offset[i]);
        }
    }
    std::int32_t minTop = INT32_MAX, maxBottom = INT32_MIN;
    for (std::uint32_t v = 0; v < total; ++v) {
        minTop = std::min(minTop, cy[v] - height(v) / 2);
        maxBottom = std::max(maxBottom, cy[v] - height(v) / 2 + height(v));
    }
    for (auto &y : cy) y -= minTop;
    const std::int32_t colStep = opt.nodeWidth + opt.layerSpacing;
    for (std::uint32_t v = 0; v < n; ++v) {
        NodePlacement &p = out.nodes[v];
        p.layer = vLayer[v];
        p.order = static_cast<std::int32_t>(pos[v]);
        p.x = p.layer * colStep;
        p.y = cy[v] - h / 2;
    }
    out.width = (layers - 1) * colStep + opt.nodeWidth;
    out.height = maxBottom - minTop;

    // 5. Edge routes: right side of the source, through each virtual node's column, left side of the target.
    for (std::size_t k = 0; k < dag.size(); ++k) {
        EdgeRoute &r = out.edges[k];
        r.from = in.edges[k].first;
        r.to = in.edges[k].second;
        const auto &c = chain[k];
        if (c.size() == 1) { // self-link: a small loop over the node
            const NodePlacement &p = out.nodes[c[0]];
            r.points = {{p.x + opt.nodeWidth, p.y + h / 2},
                        {p.x + opt.nodeWidth + opt.layerSpacing / 2, p.y - gap / 2},
                        {p.x - opt.layerSpacing / 2, p.y - gap / 2},
                        {p.x, p.y + h / 2}};
            continue;
        }
        r.points.push_back({vLayer[c[0]] * colStep + opt.nodeWidth, cy[c[0]]});
        for (std::size_t i = 1; i + 1 < c.size(); ++i) {
            r.points.push_back({vLayer[c[i]] * colStep, cy[c[i]]});
            r.points.push_back({vLayer[c[i]] * colStep + opt.nodeWidth, cy[c[i]]});
        }
        r.points.push_back({vLayer[c.back()] * colStep, cy[c.back()]});
        if (back[k]) std::reverse(r.points.begin(), r.points.end());
    }
    return out;
}

LayoutInput layoutInputFor(const ScheduleNetwork &net, std::vector<std::int32_t> groups)
{
    LayoutInput in;
    in.nodeCount = static_cast<std::uint32_t>(net.taskCount());
    in.groups = std::move(groups);
    in.edges.reserve(net.linkCount());
    for (const Link &l : net.links()) in.edges.emplace_back(l.from, l.to);
    return in;
}

std::vector<std::uint32_t> neighbourhood(const LayoutInput &input, std::uint32_t centre, int depth)
{
    if (centre >= input.nodeCount) return {};
    std::vector<std::vector<std::uint32_t>> out(input.nodeCount), in(input.nodeCount);
    for (const auto &[a, b] : input.edges) {
        if (a >= input.nodeCount || b >= input.nodeCount) continue;
        out[a].push_back(b);
        in[b].push_back(a);
    }
    std::vector<std::uint8_t> seen(input.nodeCount, 0);
    seen[centre] = 1;
    // Two breadth-first walks, one per direction, so that a predecessor's other successors stay out.
    for (const auto *adjacency : {&in, &out}) {
        std::vector<std::uint32_t> frontier{centre}, walked(input.nodeCount, 0);
        walked[centre] = 1;
        for (int step = 0; step < depth && !frontier.empty(); ++step) {
            std::vector<std::uint32_t> next;
            for (std::uint32_t v : frontier)
                for (std::uint32_t w : (*adjacency)[v])
                    if (!walked[w]) {
                        walked[w] = 1;
                        seen[w] = 1;
                        next.push_back(w);
                    }
            frontier = std::move(next);
        }
    }
    std::vector<std::uint32_t> nodes;
    for (std::uint32_t v = 0; v < input.nodeCount; ++v)
        if (seen[v]) nodes.push_back(v);
    return nodes;
}

ViewGraph viewGraph(const LayoutInput &input, const std::vector<std::uint8_t> &include,
                    const std::vector<std::int32_t> &collapsedGroups)
{
    ViewGraph g;
    g.nodeOf.assign(input.nodeCount, -1);
    std::map<std::int32_t, std::int32_t> groupNode; // collapsed group key -> its view node
    for (std::uint32_t v = 0; v < input.nodeCount; ++v) {
        if (!include.empty() && (v >= include.size() || !include[v])) continue;
        const std::int32_t key = v < input.groups.size() ? input.groups[v] : 0;
        const bool collapsed = std::find(collapsedGroups.begin(), collapsedGroups.end(), key) != collapsedGroups.end();
        if (collapsed) {
            const auto [it, added] = groupNode.try_emplace(key, static_cast<std::int32_t>(g.inputNode.size()));
            if (added) {
                g.inputNode.push_back(-1);
                g.group.push_back(key);
                g.members.push_back(0);
            }
            g.nodeOf[v] = it->second;
            ++g.members[static_cast<std::size_t>(it->second)];
            continue;
        }
        g.nodeOf[v] = static_cast<std::int32_t>(g.inputNode.size());
        g.inputNode.push_back(static_cast<std::int32_t>(v));
        g.group.push_back(key);
        g.members.push_back(1);
    }
    g.input.nodeCount = static_cast<std::uint32_t>(g.inputNode.size());
    g.input.groups = g.group;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> edgeOf; // (from, to) view pair -> view edge
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const auto [a, b] = input.edges[e];
        if (a >= input.nodeCount || b >= input.nodeCount || g.nodeOf[a] < 0 || g.nodeOf[b] < 0) continue;
        const auto va = static_cast<std::uint32_t>(g.nodeOf[a]), vb = static_cast<std::uint32_t>(g.nodeOf[b]);
        const bool betweenNodes = g.inputNode[va] >= 0 && g.inputNode[vb] >= 0;
        if (va == vb && !betweenNodes) continue; // inside a collapsed group
        // Links between two posts stay apart (each has its type); links to or from a group merge.
        const auto [it, added]
            = betweenNodes ? std::pair{edgeOf.end(), true} : edgeOf.try_emplace({va, vb}, g.input.edges.size());
        if (added) {
            g.input.edges.emplace_back(va, vb);
            g.inputEdge.push_back(static_cast<std::int32_t>(e));
            g.edgeCount.push_back(1);
        } else {
            g.inputEdge[it->second] = -1;
            ++g.edgeCount[it->second];
        }
    }
    return g;
}

} // namespace rb::analysis
