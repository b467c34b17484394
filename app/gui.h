// gui.h — starts the Qt Quick application window (or renders the views to PNG with --screenshot).
#pragma once

#include <QStringList>

namespace rb::app {

// The portfolio shipped inside the executable (the MAB plateau-4 programme).
inline constexpr const char *kDefaultPortfolio = ":/portfolios/mab-plateau4.json";

// `riskboard [--lang nl|en] [--today YYYY-MM-DD] [FILE]` and `riskboard --screenshot DIR [FILE]`.
int runGui(int &argc, char **argv);

} // namespace rb::app
