// SimulationView.qml — the Monte Carlo run (worker thread: progress and cancel, the UI stays live),
// the finish distribution with P50/P80/P90 before and after mitigation, the tornado of drivers in
// days and the criticality index.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Item {
    id: view

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            spacing: 12
            Label { text: qsTr("Iterations") }
            SpinBox {
                from: 100
                to: 100000
                stepSize: 1000
                editable: true
                value: SimulationController.iterations
                onValueModified: SimulationController.iterations = value
                Accessible.name: qsTr("Iterations")
            }
            Label { text: qsTr("Seed") }
            SpinBox {
                from: 1
                to: 2000000000
                textFromValue: (value) => value.toString()
                valueFromText: (text) => parseInt(text)
                editable: true
                value: SimulationController.seed
                onValueModified: SimulationController.seed = value
                Accessible.name: qsTr("Random seed")
            }
            Button {
                text: SimulationController.hasResult ? qsTr("Run again") : qsTr("Run simulation")
                highlighted: SimulationController.stale || !SimulationController.hasResult
                enabled: !SimulationController.running
                onClicked: SimulationController.run()
            }
            Button { text: qsTr("Cancel"); enabled: SimulationController.running; onClicked: SimulationController.cancel() }
            ProgressBar {
                value: SimulationController.progress
                visible: SimulationController.running
                Layout.preferredWidth: 300
                Accessible.name: qsTr("Simulation progress")
            }
            Item { Layout.fillWidth: true }
        }
        // On a line of its own: it never overlaps the controls, at any window width or language.
        Label {
            objectName: "simulationStatus"
            text: SimulationController.statusText
            visible: text.length > 0
            color: SimulationController.running ? Theme.mutedText : Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        RowLayout {
            spacing: 12
            Tile { caption: qsTr("Planned finish"); value: SimulationController.plannedFinish || "–"; accent: Theme.mutedText; Layout.fillWidth: true }
            Tile { caption: qsTr("P50"); value: SimulationController.p50 || "–"; accent: Theme.score(2); Layout.fillWidth: true }
            Tile { caption: qsTr("P80"); value: SimulationController.p80 || "–"; accent: Theme.score(3); Layout.fillWidth: true }
            Tile { caption: qsTr("P90"); value: SimulationController.p90 || "–"; accent: Theme.score(4); Layout.fillWidth: true }
            Tile { caption: qsTr("P80 after mitigation"); value: SimulationController.mitigatedP80 || "–"; accent: Theme.absorbed; Layout.fillWidth: true }
        }
        // The programme's end and the fixed dates (a law's commencement, an EU deadline): the chance
        // each is met, and the miss at P80.
        Repeater {
            model: SimulationController.hasResult ? SimulationController.targets : []
            Label {
                required property string modelData
                objectName: "simulationTarget"
                text: modelData
                font.pointSize: Theme.labelSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        // The finish distribution of this run, or the programme over time (charts/trendchart.h): the P80 at
        // each baseline and of this run, the re-plan reasons. Tab reaches the two buttons.
        RowLayout {
            spacing: 8
            Button {
                id: showDistribution
                text: qsTr("Distribution")
                checkable: true
                checked: true
                autoExclusive: true
                Accessible.name: qsTr("Show the finish distribution")
            }
            Button {
                id: showTrend
                objectName: "showTrend"
                text: qsTr("Trend")
                checkable: true
                autoExclusive: true
                Accessible.name: qsTr("Show the trend of the P80 finish over the baselines")
            }
        }
        TrendView {
            objectName: "trendView"
            visible: showTrend.checked
            document: DocumentController
            language: AppState.language
            currentP80: SimulationController.hasResult ? SimulationController.p80 : ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 420
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Trend of the P80 finish: %1").arg(accessibleSummary)
        }
        DistributionChart {
            objectName: "distributionChart"
            // Without a result there are no dates to put on the axis (it would read 1 Jan 1970).
            visible: SimulationController.hasResult && showDistribution.checked
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 420
        }
        Item {
            visible: !SimulationController.hasResult && showDistribution.checked
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 420
            Label {
                anchors.centerIn: parent
                text: SimulationController.running ? qsTr("Simulating…") : qsTr("No result yet.")
                color: Theme.mutedText
                font.pointSize: Theme.labelSize
            }
        }
        RowLayout {
            visible: !showTrend.checked // the trend needs the room
            Layout.fillWidth: true
            Layout.preferredHeight: 330
            spacing: 16
            RankedBars {
                title: qsTr("Top drivers: days they add to the P80 finish")
                model: SimulationController.drivers
                signedValues: true
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            RankedBars {
                title: qsTr("Criticality index (share of runs on the critical path)")
                model: SimulationController.criticality
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
}
