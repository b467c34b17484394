// chartinputs.h — builds the plain input structs of the charts from a portfolio document (and, for the
// schedule charts, from the analysis engine). The charts themselves know nothing about the document.
#pragma once

#include "charts/budgetchart.h"
#include "charts/heatmapchart.h"
#include "charts/radarchart.h"
#include "charts/reservechart.h"
#include "charts/riskmatrixchart.h"

#include "model/portfolio.h"

namespace rb::exporting {

FrameInfo frameInfo(const model::Portfolio &portfolio);
QString themeName(const model::Portfolio &portfolio, int theme);

// The main (not detailed) success factors of the catalogue, in catalogue order.
QList<model::SuccessFactor> mainFactors(const model::Portfolio &portfolio);

// The assessment before the latest one of a post, or null.
const model::Assessment *previousAssessment(const model::Portfolio &portfolio, const QString &postId);

// Posts shown on the heatmap and as radar pages: every project, and every other post with an assessment.
QStringList assessablePosts(const model::Portfolio &portfolio);

RadarChart::Input radarInput(const model::Portfolio &portfolio, const QString &postId);
HeatmapChart::Input heatmapInput(const model::Portfolio &portfolio);
RiskMatrixChart::Input riskMatrixInput(const model::Portfolio &portfolio);
BudgetChart::Input budgetInput(const model::Portfolio &portfolio);
ReserveChart::Input reserveInput(const model::Portfolio &portfolio);

} // namespace rb::exporting
