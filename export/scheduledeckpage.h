// scheduledeckpage.h — the deck's Schedule check page(s): one row per rule with findings (what, how
// many against DCMA's limit, which posts), in the export language. The rules and words are the
// model's (model/schedulecheck.h), the same as `riskboard check` and the dialog.
#pragma once

#include "charts/chart.h"
#include "model/portfolio.h"

#include <memory>
#include <vector>

namespace rb::exporting {

// Appends the page(s) to `pages`: nothing when the network cannot be built (the deck fails earlier).
void appendScheduleCheckPages(std::vector<std::unique_ptr<Chart>> &pages, const model::Portfolio &portfolio);

} // namespace rb::exporting
