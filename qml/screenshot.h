// screenshot.h — `riskboard --screenshot DIR [FILE]`: renders every main view at 1920×1080 to
// DIR/<view>.png (overview, assessment, risks, graph, timeline, simulation) with a post selected,
// a what-if slip applied and the simulation run to completion with a fixed seed.
#pragma once

#include <QString>

namespace rb::ui {

class Session;

// Returns 0 on success; otherwise prints why on stderr and returns non-zero.
int renderScreenshots(Session &session, const QString &dir);

} // namespace rb::ui
