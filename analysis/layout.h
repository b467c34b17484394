// Layered (Sugiyama-style) layout for the dependency-graph view: layers by longest path (left to right),
// optional grouping (theme) within layers, barycenter crossing reduction, integer coordinates without
// overlaps, and polyline routes for the edges. Deterministic; ~1,000 nodes in a few milliseconds.
#pragma once

#include "analysis/network.h"

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace rb::analysis {

struct LayoutInput {
    std::uint32_t nodeCount = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges; ///< (from, to); cycles are tolerated
    std::vector<std::int32_t> groups; ///< optional group key per node (e.g. theme); groups stay contiguous in a layer
};

struct LayoutOptions {
    std::int32_t nodeWidth = 160;
    std::int32_t nodeHeight = 48;
    std::int32_t layerSpacing = 80; ///< horizontal gap between layers
    std::int32_t nodeSpacing = 24;  ///< vertical gap between nodes of a layer
    std::int32_t groupSpacing = 24; ///< extra vertical gap where the group changes
    std::int32_t sweeps = 4;        ///< down+up barycenter sweeps
};

struct LayoutPoint {
    std::int32_t x = 0, y = 0;
    bool operator==(const LayoutPoint &) const = default;
};

struct NodePlacement {
    std::int32_t x = 0, y = 0; ///< top-left corner
    std::int32_t layer = 0, order = 0;
    bool operator==(const NodePlacement &) const = default;
};

struct EdgeRoute {
    std::uint32_t from = 0, to = 0;
    std::vector<LayoutPoint> points; ///< from the source's right side to the target's left side
    bool operator==(const EdgeRoute &) const = default;
};

struct GraphLayout {
    std::vector<NodePlacement> nodes; ///< by node index
    std::vector<EdgeRoute> edges;     ///< by edge index of the input
    std::int32_t width = 0, height = 0;
    std::int32_t layerCount = 0;
};

GraphLayout layeredLayout(const LayoutInput &input, const LayoutOptions &options = {});

/// The links of a network as a layout input (nodes = task indices).
LayoutInput layoutInputFor(const ScheduleNetwork &net, std::vector<std::int32_t> groups = {});

/// The nodes at most `depth` edges from `centre`: its predecessors (walking against the edges) and its
/// successors (walking with them), not their other neighbours; `centre` included, sorted by index.
std::vector<std::uint32_t> neighbourhood(const LayoutInput &input, std::uint32_t centre, int depth);

/// What the graph view lays out: a subset of the input's nodes, with the nodes of some groups drawn as
/// one node per group. Edges to or from a group's node are merged (one per pair of view nodes), edges
/// inside a collapsed group disappear, edges between two kept nodes stay as they are. View nodes keep
/// the input's order; a group's node stands where its first included member stood.
struct ViewGraph {
    LayoutInput input;                    ///< the view nodes and merged edges, ready for layeredLayout
    std::vector<std::int32_t> nodeOf;     ///< by input node: its view node, -1 when left out
    std::vector<std::int32_t> inputNode;  ///< by view node: the input node, -1 for a collapsed group
    std::vector<std::int32_t> group;      ///< by view node: the group key (0 when the input has none)
    std::vector<std::uint32_t> members;   ///< by view node: how many input nodes it stands for
    std::vector<std::int32_t> inputEdge;  ///< by view edge: the input edge, -1 when it merges several
    std::vector<std::uint32_t> edgeCount; ///< by view edge: how many input edges it merges
};

/// `include`: by input node, non-zero to keep it (empty: every node). `collapsedGroups`: group keys.
ViewGraph viewGraph(const LayoutInput &input, const std::vector<std::uint8_t> &include,
                    const std::vector<std::int32_t> &collapsedGroups);

} // namespace rb::analysis
