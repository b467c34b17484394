// dependencytable.h — the dependencies of a document being read (document/portfolioreader.cpp): where
// each stands in the JSON tree, its ends resolved to post indices once every post is known, and the
// checks that need the whole post list (unknown posts, self-links, duplicate links, cycles).
#pragma once

#include "document/documentsink.h"
#include "document/jsonreader.h"
#include "model/idindex.h"

#include <array>
#include <thread>

namespace rb::model::reading {

using namespace jsonreader;

// From this many dependencies on, a second thread reads them (PortfolioReader::read) and resolves half
// of their ends (checkDependencies).
constexpr size_t kParallelDependencies = 20000;
constexpr int kMaxReportedCycles = 20;

class DependencyTable {
public:
    // The post ids as read (views into the parsed text), by post index, and their index: filled by the
    // portfolio reader while it reads the posts.
    DependencyTable(Context &ctx, Utf8IdIndex &postIndex, const LargeVector<std::string_view> &postViews)
        : m_ctx(ctx), m_postIndex(postIndex), m_postViews(postViews)
    {}

    // A dependency as read: its object in the tree (whose ends are resolved once every post is known, and
    // where messages that come after the whole document was read point), its type and its lag. 16 bytes:
    // a large portfolio has half a million of them.
    struct DependencyRef {
        const JsonValue *object = nullptr;
        LinkType type = LinkType::FS;
        int lagDays = 0;

        // The end as text (empty when absent or not a string: readDependency reported that).
        std::string_view end(std::string_view key) const
        {
            const JsonValue *v = object->find(key);
            return v && v->type == Type::String ? v->string() : std::string_view();
        }
        uint32_t offsetOf(std::string_view key) const
        {
            const JsonValue *v = object->find(key);
            return v ? v->offset : object->offset;
        }
    };

    void reserve(size_t deps) { m_deps.reserve(deps); }
    // One dependency as read (on the second thread for a large document: touches only m_deps).
    void add(const JsonValue &object, LinkType type, int lagDays) { m_deps.push_back({&object, type, lagDays}); }

    // References, self-links, duplicate links and cycles: these need the whole post list.
    void checkDependencies()
    {
        // At 100k posts and 470k dependencies this runs on every load: the ends are views into the
        // parsed text, resolved through the index readPost filled.
        const size_t deps = m_deps.size();
        LargeVector<int> &from = m_depFrom, &to = m_depTo;
        from.assign(deps, -1);
        to.assign(deps, -1);
        // Resolves the ends of dependencies [begin, end). The ends of the next kAhead dependencies are
        // found once: prefetched when they enter, looked up when their turn comes.
        const auto resolve = [&](size_t begin, size_t end) {
            constexpr size_t kAhead = 16; // lookups in flight (IdIndex::prefetch)
            std::array<std::pair<std::string_view, std::string_view>, kAhead> ahead;
            const auto enter = [&](size_t i) {
                auto &e = ahead[i % kAhead];
                e = {m_deps[i].end("from"), m_deps[i].end("to")};
                m_postIndex.prefetch(e.first);
                m_postIndex.prefetch(e.second);
            };
            for (size_t i = begin; i < std::min(begin + kAhead, end); ++i) enter(i);
            for (size_t i = begin; i < end; ++i) {
                const auto [f, t] = ahead[i % kAhead];
                if (i + kAhead < end) enter(i + kAhead);
                from[i] = f.empty() ? -1 : m_postIndex.find(f);
                to[i] = t.empty() ? -1 : m_postIndex.find(t);
            }
        };
        // A large list in two halves, one on a second thread (lookups wait for memory: two cores wait
        // for two streams of it).
        if (deps >= kParallelDependencies) {
            std::thread helper([&] { resolve(deps / 2, deps); });
            resolve(0, deps / 2);
            helper.join();
        } else {
            resolve(0, deps);
        }

        // The links, by their first post (in document order within each post): every dependency whose
        // ends are two different known posts, a repeated one too.
        const auto linked = [&](size_t i) { return from[i] >= 0 && to[i] >= 0 && from[i] != to[i]; };
        Successors out;
        out.offsets.assign(m_postViews.size() + 1, 0);
        for (size_t i = 0; i < deps; ++i)
            if (linked(i)) ++out.offsets[size_t(from[i]) + 1];
        for (size_t v = 1; v < out.offsets.size(); ++v) out.offsets[v] += out.offsets[v - 1];
        out.edges.resize(out.offsets.back());
        LargeVector<uint32_t> fill(out.offsets.begin(), out.offsets.end() - 1);
        for (size_t i = 0; i < deps; ++i)
            if (linked(i)) out.edges[fill[size_t(from[i])]++] = {to[i], int(i)};
        const std::vector<bool> duplicate = repeatedLinks(out);

        const auto path = [](size_t i) { return QStringLiteral("dependencies[%1]").arg(i); };
        for (size_t i = 0; i < deps; ++i) {
            const DependencyRef &d = m_deps[i];
            if (from[i] < 0 || to[i] < 0) {
                // Only an unresolved dependency is looked at again: a missing end was reported by
                // readDependency, an unknown post is reported here.
                const std::string_view f = d.end("from"), t = d.end("to");
                if (!f.empty() && from[i] < 0)
                    m_ctx.error(d.offsetOf("from"), path(i) + QStringLiteral(".from"),
                                QStringLiteral("dependency from unknown post \"%1\"").arg(q(f)));
                if (!t.empty() && to[i] < 0)
                    m_ctx.error(d.offsetOf("to"), path(i) + QStringLiteral(".to"),
                                QStringLiteral("dependency to unknown post \"%1\"").arg(q(t)));
            } else if (from[i] == to[i]) {
                m_ctx.error(d.offsetOf("to"), path(i) + QStringLiteral(".to"),
                            QStringLiteral("post %1 depends on itself").arg(q(d.end("from"))));
            } else if (duplicate[i]) {
                m_ctx.error(d.offsetOf("from"), path(i),
                            QStringLiteral("duplicate dependency %1 → %2 (%3)")
                                .arg(q(d.end("from")), q(d.end("to")), toString(d.type)));
            }
        }
        reportCycles(out);
    }

    // The links of a document without errors (every end resolved), in document order.
    void emitLinks(DocumentSink &sink) const
    {
        for (size_t i = 0; i < m_deps.size(); ++i)
            sink.link(uint32_t(m_depFrom[i]), uint32_t(m_depTo[i]), m_deps[i].type, m_deps[i].lagDays);
    }

private:
    // Successors as compressed rows: for post v, (successor, dependency index) pairs in dependency order.
    struct Successors {
        LargeVector<uint32_t> offsets;
        LargeVector<std::pair<int, int>> edges;
        size_t size() const { return offsets.size() - 1; }
        size_t degree(size_t v) const { return offsets[v + 1] - offsets[v]; }
        const std::pair<int, int> &at(size_t v, size_t k) const { return edges[offsets[v] + k]; }
    };

    // By dependency: whether it makes a link (from, to, type) that an earlier one already made. The
    // links of one post stand in document order in `out`; a post has a handful (compared pairwise),
    // a hub may have thousands (sorted then).
    std::vector<bool> repeatedLinks(const Successors &out) const
    {
        std::vector<bool> repeated(m_deps.size(), false);
        const auto same = [&](const std::pair<int, int> &a, const std::pair<int, int> &b) {
            return a.first == b.first && m_deps[size_t(a.second)].type == m_deps[size_t(b.second)].type;
        };
        std::vector<std::pair<int, int>> hub;
        for (size_t v = 0; v < out.size(); ++v) {
            if (out.degree(v) < 2)
                continue; // (and no pointer arithmetic on the empty list of a document without links)
            const auto *first = out.edges.data() + out.offsets[v], *last = out.edges.data() + out.offsets[v + 1];
            if (last - first <= 32) {
                for (const auto *k = first + 1; k < last; ++k)
                    repeated[size_t(k->second)]
                        = std::any_of(first, k, [&](const std::pair<int, int> &e) { return same(e, *k); });
                continue;
            }
            hub.assign(first, last);
            const auto key = [&](const std::pair<int, int> &e) {
                return std::tuple(e.first, m_deps[size_t(e.second)].type, e.second);
            };
            std::sort(hub.begin(), hub.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
            for (size_t k = 1; k < hub.size(); ++k)
                if (same(hub[k - 1], hub[k])) repeated[size_t(hub[k].second)] = true;
        }
        return repeated;
    }

    // Iterative depth-first search (the input's shape must not decide our stack depth); every back
    // edge closes a cycle, spelled out from the stack.
    void reportCycles(const Successors &out)
    {
        const size_t n = out.size();
        std::vector<uint8_t> colour(n, 0); // 0 new, 1 on stack, 2 done
        std::vector<size_t> onStackAt(n, 0);
        int reported = 0;
        struct Frame {
            int v;
            size_t next;
        };
        std::vector<Frame> stack;
        for (size_t s = 0; s < n && reported < kMaxReportedCycles; ++s) {
            if (colour[s]) continue;
            stack.push_back({int(s), 0});
            colour[s] = 1;
            onStackAt[s] = 0;
            while (!stack.empty()) {
                Frame &f = stack.back();
                if (f.next == out.degree(size_t(f.v))) {
                    colour[size_t(f.v)] = 2;
                    stack.pop_back();
                    continue;
                }
                const auto [w, dep] = out.at(size_t(f.v), f.next++);
                if (colour[size_t(w)] == 0) {
                    colour[size_t(w)] = 1;
                    onStackAt[size_t(w)] = stack.size();
                    stack.push_back({w, 0});
                } else if (colour[size_t(w)] == 1 && reported < kMaxReportedCycles) {
                    QStringList ids;
                    for (size_t k = onStackAt[size_t(w)]; k < stack.size(); ++k)
                        ids << q(m_postViews[size_t(stack[k].v)]);
                    ids << q(m_postViews[size_t(w)]);
                    m_ctx.error(m_deps[size_t(dep)].offsetOf("to"), QStringLiteral("dependencies[%1]").arg(dep),
                                QStringLiteral("dependency cycle: %1").arg(ids.join(QStringLiteral(" → "))));
                    ++reported;
                }
            }
        }
    }

    Context &m_ctx;
    Utf8IdIndex &m_postIndex;
    const LargeVector<std::string_view> &m_postViews;
    LargeVector<DependencyRef> m_deps;
    LargeVector<int> m_depFrom, m_depTo; // the post index of each dependency's ends; -1 when unresolved
};

} // namespace rb::model::reading
