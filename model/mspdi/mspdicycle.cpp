// mspdicycle.cpp — Kahn's algorithm over the imported dependencies; the posts it cannot order each have a
// predecessor left, so walking back from one of them repeats a post: that is a cycle (mspdicycle.h).
#include "model/mspdi/mspdicycle.h"

#include <QHash>

namespace rb::model::mspdi {

std::optional<Cycle> findCycle(const Portfolio &portfolio)
{
    const int n = int(portfolio.posts.size());
    QHash<QString, int> index;
    for (int k = 0; k < n; ++k) index.insert(portfolio.posts[k].id, k);
    QList<QList<int>> preds(n); // link indices into each post
    QList<int> indegree(n, 0);
    QList<QList<int>> succs(n);
    for (int e = 0; e < portfolio.dependencies.size(); ++e) {
        const int a = index.value(portfolio.dependencies[e].from), b = index.value(portfolio.dependencies[e].to);
        preds[b] << e;
        succs[a] << b;
        ++indegree[b];
    }
    QList<int> queue;
    for (int k = 0; k < n; ++k)
        if (!indegree[k]) queue << k;
    for (int q = 0; q < queue.size(); ++q)
        for (int s : succs[queue[q]])
            if (--indegree[s] == 0) queue << s;
    if (queue.size() == n) return std::nullopt;
    // Every post left has a predecessor left: walk back until a post repeats.
    int cur = 0;
    while (indegree[cur] == 0) ++cur;
    QHash<int, int> seenAt;
    QList<int> walk, edges;
    while (!seenAt.contains(cur)) {
        seenAt.insert(cur, int(walk.size()));
        walk << cur;
        for (int e : preds[cur]) {
            const int p = index.value(portfolio.dependencies[e].from);
            if (indegree[p] > 0) {
                edges << e;
                cur = p;
                break;
            }
        }
    }
    Cycle cycle;
    for (int k = int(walk.size()) - 1; k >= seenAt.value(cur); --k) cycle.ids << portfolio.posts[walk[k]].id;
    cycle.ids.prepend(portfolio.posts[cur].id);
    cycle.link = edges.last();
    return cycle;
}

} // namespace rb::model::mspdi
