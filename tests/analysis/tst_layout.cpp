// Layered layout: layering respects links, no overlaps, groups stay together, deterministic, routes connect.
#include "analysis/layout.h"
#include "testsupport.h"

#include <QtTest>

using namespace rb::analysis;
using namespace rb::analysis::test;

namespace {

LayoutInput randomGraph(std::mt19937 &rng, std::uint32_t n, double density, bool withCycles)
{
    LayoutInput in;
    in.nodeCount = n;
    for (std::uint32_t i = 0; i < n; ++i) in.groups.push_back(static_cast<std::int32_t>(rng() % 5));
    const auto m = static_cast<std::uint32_t>(density * n);
    for (std::uint32_t k = 0; k < m; ++k) {
        std::uint32_t a = rng() % n, b = rng() % n;
        if (!withCycles && a > b) std::swap(a, b);
        if (!withCycles && a == b) continue;
        in.edges.emplace_back(a, b);
    }
    return in;
}

int crossings(const LayoutInput &in, const GraphLayout &g)
{
    int c = 0; // between adjacent-layer edges only, a cheap proxy
    for (std::size_t i = 0; i < in.edges.size(); ++i)
        for (std::size_t j = i + 1; j < in.edges.size(); ++j) {
            const auto &a = g.nodes[in.edges[i].first], &b = g.nodes[in.edges[i].second];
            const auto &x = g.nodes[in.edges[j].first], &y = g.nodes[in.edges[j].second];
            if (a.layer != x.layer || b.layer != y.layer || b.layer != a.layer + 1) continue;
            if ((a.order < x.order && b.order > y.order) || (a.order > x.order && b.order < y.order)) ++c;
        }
    return c;
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void noOverlapsLayersAndRoutes()
    {
        std::mt19937 rng(17);
        const LayoutOptions opt;
        for (int round = 0; round < 60; ++round) {
            const bool cycles = round % 3 == 0;
            const LayoutInput in = randomGraph(rng, 1 + rng() % 200, 1.8, cycles);
            const GraphLayout g = layeredLayout(in, opt);
            QCOMPARE(g.nodes.size(), std::size_t(in.nodeCount));
            for (std::uint32_t i = 0; i < in.nodeCount; ++i) {
                const auto &a = g.nodes[i];
                QVERIFY(a.x >= 0 && a.y >= 0 && a.x + opt.nodeWidth <= g.width && a.y + opt.nodeHeight <= g.height);
                for (std::uint32_t j = i + 1; j < in.nodeCount; ++j) {
                    const auto &b = g.nodes[j];
                    const bool apart = a.x + opt.nodeWidth <= b.x || b.x + opt.nodeWidth <= a.x
                        || a.y + opt.nodeHeight + opt.nodeSpacing <= b.y
                        || b.y + opt.nodeHeight + opt.nodeSpacing <= a.y;
                    QVERIFY2(apart, "nodes overlap");
                }
            }
            for (std::size_t k = 0; k < in.edges.size(); ++k) {
                const auto [from, to] = in.edges[k];
                const EdgeRoute &r = g.edges[k];
                QCOMPARE(r.from, from);
                QCOMPARE(r.to, to);
                QVERIFY(r.points.size() >= 2);
                if (!cycles) {
                    QVERIFY(g.nodes[to].layer > g.nodes[from].layer);
                    QCOMPARE(r.points.front().x, g.nodes[from].x + opt.nodeWidth);
                    QCOMPARE(r.points.back().x, g.nodes[to].x);
                    QCOMPARE(r.points.back().y, g.nodes[to].y + opt.nodeHeight / 2);
                    QCOMPARE(r.points.size(), std::size_t(2 * (g.nodes[to].layer - g.nodes[from].layer)));
                }
            }
        }
    }
    void oddSizesDoNotOverlap()
    {
        std::mt19937 rng(23);
        LayoutOptions opt;
        opt.nodeWidth = 101;
        opt.nodeHeight = 37;
        opt.nodeSpacing = 7;
        opt.groupSpacing = 3;
        const LayoutInput in = randomGraph(rng, 300, 2.0, false);
        const GraphLayout g = layeredLayout(in, opt);
        for (std::uint32_t i = 0; i < in.nodeCount; ++i)
            for (std::uint32_t j = i + 1; j < in.nodeCount; ++j) {
                const auto &a = g.nodes[i], &b = g.nodes[j];
                if (a.layer != b.layer) continue;
                QVERIFY(a.y + opt.nodeHeight + opt.nodeSpacing <= b.y || b.y + opt.nodeHeight + opt.nodeSpacing <= a.y);
            }
    }
    void groupsStayContiguousInALayer()
    {
        std::mt19937 rng(4);
        const LayoutInput in = randomGraph(rng, 300, 1.5, false);
        const GraphLayout g = layeredLayout(in);
        for (std::int32_t l = 0; l < g.layerCount; ++l) {
            std::vector<std::pair<std::int32_t, std::int32_t>> row; // (order, group)
            for (std::uint32_t v = 0; v < in.nodeCount; ++v)
                if (g.nodes[v].layer == l) row.emplace_back(g.nodes[v].order, in.groups[v]);
            std::sort(row.begin(), row.end());
            for (std::size_t i = 1; i < row.size(); ++i) QVERIFY(row[i - 1].second <= row[i].second);
        }
    }
    void deterministic()
    {
        std::mt19937 rng(9);
        const LayoutInput in = randomGraph(rng, 1000, 2.0, true);
        const GraphLayout a = layeredLayout(in), b = layeredLayout(in);
        QVERIFY(a.nodes == b.nodes);
        QVERIFY(a.edges == b.edges);
        QCOMPARE(a.width, b.width);
        QCOMPARE(a.height, b.height);
    }
    void sweepsReduceCrossings()
    {
        std::mt19937 rng(12);
        const LayoutInput in = randomGraph(rng, 150, 1.5, false);
        LayoutOptions none;
        none.sweeps = 0;
        const int before = crossings(in, layeredLayout(in, none));
        const int after = crossings(in, layeredLayout(in));
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }
    // The graph view's neighbourhood: predecessors and successors N steps out, not siblings.
    void neighbourhoodWalksBothWaysOnly()
    {
        //   0 → 1 → 2 → 3 → 4,  5 → 2,  1 → 6 (a sibling branch of 2), 7 alone
        LayoutInput in;
        in.nodeCount = 8;
        in.edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {5, 2}, {1, 6}};
        QCOMPARE(neighbourhood(in, 2, 1), (std::vector<std::uint32_t>{1, 2, 3, 5}));
        QCOMPARE(neighbourhood(in, 2, 2), (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5})); // 6 is no ancestor
        QCOMPARE(neighbourhood(in, 2, 0), (std::vector<std::uint32_t>{2}));
        QCOMPARE(neighbourhood(in, 7, 3), (std::vector<std::uint32_t>{7}));
        QVERIFY(neighbourhood(in, 99, 1).empty());
    }

    // Collapsing groups: one node per collapsed group, its edges merged, its inside gone.
    void viewGraphCollapsesGroups()
    {
        LayoutInput in;
        in.nodeCount = 6;
        in.groups = {1, 1, 2, 2, 2, 3};
        in.edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}, {0, 1}};
        const ViewGraph g = viewGraph(in, {}, {2});
        // Nodes 0, 1, the group 2 (in place of node 2), 5.
        QCOMPARE(g.input.nodeCount, 4u);
        QCOMPARE(g.inputNode, (std::vector<std::int32_t>{0, 1, -1, 5}));
        QCOMPARE(g.group, (std::vector<std::int32_t>{1, 1, 2, 3}));
        QCOMPARE(g.members, (std::vector<std::uint32_t>{1, 1, 3, 1}));
        QCOMPARE(g.nodeOf, (std::vector<std::int32_t>{0, 1, 2, 2, 2, 3}));
        // 0→1 twice (two links: kept apart), 0→group, 1→group, group→5; 2→3 and 3→4 are inside.
        QCOMPARE(g.input.edges.size(), std::size_t(5));
        QCOMPARE(g.inputEdge, (std::vector<std::int32_t>{0, 1, 2, 5, 6}));
        QCOMPARE(g.edgeCount, (std::vector<std::uint32_t>{1, 1, 1, 1, 1}));
        // Two groups collapsed: 1→2 merges links 0→2... and 1→3 into one edge of two.
        const ViewGraph two = viewGraph(in, {}, {1, 2});
        QCOMPARE(two.input.nodeCount, 3u);
        QCOMPARE(two.input.edges, (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 2}}));
        QCOMPARE(two.edgeCount, (std::vector<std::uint32_t>{2, 1}));
        QCOMPARE(two.inputEdge, (std::vector<std::int32_t>{-1, 5}));
        // A subset: only nodes 2..4, nothing collapsed.
        const ViewGraph sub = viewGraph(in, {0, 0, 1, 1, 1, 0}, {});
        QCOMPARE(sub.inputNode, (std::vector<std::int32_t>{2, 3, 4}));
        QCOMPARE(sub.input.edges, (std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 2}}));
        const GraphLayout layout = layeredLayout(sub.input);
        QCOMPARE(layout.layerCount, 3);
    }

    void chainIsOneRow()
    {
        NetworkInput n;
        for (int i = 0; i < 4; ++i) n.tasks.push_back(task(numberedId("t", i), 1));
        for (std::uint32_t i = 0; i < 3; ++i) n.links.push_back({i, i + 1, LinkType::FS, 0});
        const GraphLayout g = layeredLayout(layoutInputFor(mustBuild(n)));
        QCOMPARE(g.layerCount, 4);
        for (const auto &p : g.nodes) QCOMPARE(p.y, 0);
        QCOMPARE(g.nodes[3].x, 3 * (160 + 80));
    }
};

QTEST_APPLESS_MAIN(TestLayout)
#include "tst_layout.moc"
