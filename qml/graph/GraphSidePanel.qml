// GraphSidePanel.qml — the selected post in the graph: dates, float, predecessors, successors and
// the chain that drives its start (explainStart).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: panel

    required property DependencyGraph graph

    color: Theme.panel
    radius: 8
    border.color: Theme.grid
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Selected post")

    Label {
        anchors.centerIn: parent
        width: parent.width - 40
        visible: panel.graph.selectedTitle.length === 0
        text: qsTr("Click a post (or use Page Up/Down) to see what it depends on and what drives it.")
        wrapMode: Text.Wrap
        color: Theme.mutedText
    }
    ScrollView {
        anchors.fill: parent
        anchors.margins: 16
        visible: panel.graph.selectedTitle.length > 0
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 8
            SectionLabel { text: panel.graph.selectedTitle; wrapMode: Text.Wrap; Layout.fillWidth: true }
            TextBlock { caption: qsTr("Scheduled (early dates)"); text: panel.graph.datesText; Layout.fillWidth: true }
            TextBlock { caption: qsTr("Total float"); text: panel.graph.floatText; Layout.fillWidth: true }
            TextBlock {
                caption: qsTr("Predecessors")
                text: panel.graph.predecessors.length > 0 ? panel.graph.predecessors.join("\n") : qsTr("none")
                Layout.fillWidth: true
            }
            TextBlock {
                caption: qsTr("Successors")
                text: panel.graph.successors.length > 0 ? panel.graph.successors.join("\n") : qsTr("none")
                Layout.fillWidth: true
            }
            TextBlock {
                caption: qsTr("What drives its start")
                text: panel.graph.drivingChain.map((s, i) => (i === 0 ? "" : "↳ ") + s).join("\n")
                Layout.fillWidth: true
            }
            Button { text: qsTr("Open in timeline"); onClicked: AppState.currentView = AppState.Timeline }
        }
    }
}
