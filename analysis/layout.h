// Layered (Sugiyama-style) layout for the dependency-graph view: layers by longest path (left to right),
// optional grouping (theme) within layers, barycenter crossing reduction, integer coordinates without
// overlaps, and polyline routes for the edges. Deterministic; ~1,000 nodes in a few milliseconds.
#pragma once

#include "analysis/network.h"

#include <cstdint>
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
    bool operator==(const LayoutPoint&) const = default;
};

struct NodePlacement {
    std::int32_t x = 0, y = 0; ///< top-left corner
    std::int32_t layer = 0, order = 0;
    bool operator==(const NodePlacement&) const = default;
};

struct EdgeRoute {
    std::uint32_t from = 0, to = 0;
    std::vector<LayoutPoint> points; ///< from the source's right side to the target's left side
    bool operator==(const EdgeRoute&) const = default;
};

struct GraphLayout {
    std::vector<NodePlacement> nodes; ///< by node index
    std::vector<EdgeRoute> edges;     ///< by edge index of the input
    std::int32_t width = 0, height = 0;
    std::int32_t layerCount = 0;
};

GraphLayout layeredLayout(const LayoutInput& input, const LayoutOptions& options = {});

/// The links of a network as a layout input (nodes = task indices).
LayoutInput layoutInputFor(const ScheduleNetwork& net, std::vector<std::int32_t> groups = {});

} // namespace rb::analysis
