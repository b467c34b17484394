// gui.h — starts the Qt Quick application window.
#pragma once

#include <QStringList>

namespace rb::app {

// The portfolio shipped inside the executable (the MAB plateau-4 programme).
inline constexpr const char *kDefaultPortfolio = ":/portfolios/mab-plateau4.json";

int runGui(int &argc, char **argv);

} // namespace rb::app
