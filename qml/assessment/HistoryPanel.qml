// HistoryPanel.qml — the post's assessments, newest first: choose what the draft is compared with
// ("was" and the grey radar line), open an entry read-only (its scores on the radar, its texts in the
// list) or compare it with another one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ColumnLayout {
    id: panel

    required property AssessmentEditor editor

    spacing: 4
    SectionLabel { text: qsTr("Assessment history") }
    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Compare with") }
        ComboBox {
            id: comparison
            objectName: "comparisonChooser"
            Layout.fillWidth: true
            model: [{ text: qsTr("nothing"), assessment: -1 }].concat(
                       panel.editor.historyEntries.map(e => ({ text: e.label, assessment: e.assessment })))
            textRole: "text"
            valueRole: "assessment"
            currentIndex: indexOfValue(panel.editor.comparisonAssessment)
            onActivated: panel.editor.comparisonAssessment = currentValue
            Accessible.name: qsTr("Compare with")
        }
    }
    ListView {
        id: list
        objectName: "historyList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 80
        clip: true
        spacing: 2
        model: panel.editor.historyEntries
        Accessible.name: qsTr("Assessment history")
        ScrollBar.vertical: ScrollBar {}
        delegate: RowLayout {
            id: entry
            required property var modelData
            width: ListView.view.width
            spacing: 6
            Label {
                text: (entry.modelData.viewed ? "▶ " : "") + entry.modelData.label
                      + (entry.modelData.compared ? "  " + qsTr("(compared)") : "")
                font.bold: entry.modelData.viewed
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                text: entry.modelData.viewed ? qsTr("Hide") : qsTr("Show")
                onClicked: entry.modelData.viewed ? panel.editor.viewDraft() : panel.editor.viewAssessment(entry.modelData.assessment)
                Accessible.name: (entry.modelData.viewed ? qsTr("Hide") : qsTr("Show")) + " " + entry.modelData.label
            }
            Button {
                text: qsTr("Compare")
                enabled: !entry.modelData.compared
                onClicked: panel.editor.comparisonAssessment = entry.modelData.assessment
                Accessible.name: qsTr("Compare with %1").arg(entry.modelData.label)
            }
        }
        Label { visible: list.count === 0; text: qsTr("No earlier assessments."); color: Theme.mutedText }
    }
}
