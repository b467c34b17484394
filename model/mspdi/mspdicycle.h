// mspdicycle.h — a dependency cycle in an imported plan, found before the document's own checks so that the
// import can locate the error at one of the plan's links (FILE:LINE:COL). Internal to riskboard_mspdi.
#pragma once

#include "model/portfolio.h"

#include <QStringList>

#include <optional>

namespace rb::model::mspdi {

struct Cycle {
    int link = -1;   // index into dependencies[] of a link on the cycle
    QStringList ids; // the posts on it in link order, the first repeated at the end: A → B → A
};

// Nullopt when the dependencies form no cycle.
std::optional<Cycle> findCycle(const Portfolio &portfolio);

} // namespace rb::model::mspdi
