// SummaryTiles.qml — projects, open risks per level, critical posts, P80 finish, budget.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

RowLayout {
    id: tiles

    required property OverviewModel model

    spacing: 12
    // The tiles share one height (fillHeight below), but the row itself takes no more than they need.
    Layout.maximumHeight: implicitHeight
    Tile {
        caption: qsTr("Projects / posts")
        value: tiles.model.projectCount + " / " + tiles.model.postCount
        Layout.fillWidth: true
        Layout.fillHeight: true // one height for the row, whatever wraps
    }
    Tile {
        caption: qsTr("Open risks")
        value: tiles.model.openProgrammeRisks + tiles.model.openProjectRisks + tiles.model.openActivityRisks
        detail: qsTr("programme %1 · project %2 · activity %3").arg(tiles.model.openProgrammeRisks)
                    .arg(tiles.model.openProjectRisks).arg(tiles.model.openActivityRisks)
        accent: Theme.score(4)
        Layout.fillWidth: true
        Layout.fillHeight: true // one height for the row, whatever wraps
    }
    Tile {
        caption: qsTr("Critical posts")
        value: tiles.model.criticalCount
        detail: qsTr("planned finish %1").arg(tiles.model.plannedFinish)
        accent: Theme.critical
        Layout.fillWidth: true
        Layout.fillHeight: true // one height for the row, whatever wraps
    }
    Tile {
        objectName: "p80Tile"
        caption: qsTr("P80 finish")
        value: SimulationController.hasResult ? SimulationController.p80
                                              : (SimulationController.running ? qsTr("computing…") : "–")
        detail: SimulationController.running
                ? qsTr("Monte Carlo %1 %").arg(Math.round(SimulationController.progress * 100))
                : (SimulationController.stale ? qsTr("out of date: re-run in Simulation")
                   : (SimulationController.hasResult ? qsTr("Monte Carlo, %1 runs").arg(SimulationController.iterations)
                                                     : qsTr("no result yet: run in Simulation")))
        accent: Theme.today
        Layout.fillWidth: true
        Layout.fillHeight: true // one height for the row, whatever wraps
    }
    // The programme finish against the original promise and the latest re-plan (both, never only the
    // latest: docs/analysis.md "Baselines and variances"); shown once the portfolio has a baseline.
    ProgrammeVariances { id: variances; document: DocumentController }
    Tile {
        objectName: "varianceTile"
        visible: variances.baselineCount > 0
        function signed(days, has) { return has ? (days > 0 ? "+" : "") + days : "–" }
        caption: qsTr("Slip vs orig. / latest")
        value: qsTr("%1 / %2 d").arg(signed(variances.finishVsOriginalDays, variances.hasVsOriginal))
                                   .arg(signed(variances.finishVsLatestDays, variances.hasVsLatest))
        detail: qsTr("%1 / %2 posts later · finish %3").arg(variances.slippedVsOriginal)
                    .arg(variances.slippedVsLatest).arg(variances.finish)
        ToolTip.visible: varianceHover.hovered
        ToolTip.text: qsTr("Original “%1”: finish %2. Latest “%3”: finish %4.").arg(variances.originalName)
                          .arg(variances.originalFinish).arg(variances.latestName).arg(variances.latestFinish)
        HoverHandler { id: varianceHover }
        accent: variances.finishVsOriginalDays > 0 ? Theme.critical : Theme.accent
        Layout.fillWidth: true
        Layout.fillHeight: true // one height for the row, whatever wraps
    }
    Tile {
        caption: qsTr("Budget (voorstel)")
        value: tiles.model.budgetTotal
        accent: Theme.themeColor(2)
        Layout.fillWidth: true
        Layout.fillHeight: true // one height for the row, whatever wraps
    }
}
