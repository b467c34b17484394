// RiskProposal.qml — a linked risk proposed from a badly scored factor, for the programme manager to
// accept (adds it to the register, undoable) or reject.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: box

    required property AssessmentEditor editor
    readonly property var proposal: editor.riskProposal

    visible: proposal.id !== undefined
    implicitHeight: visible ? column.implicitHeight + 20 : 0
    radius: 6
    color: "#fff8e1"
    border.color: Theme.score(3)
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Proposed risk")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4
        Label { text: qsTr("Proposed risk %1").arg(box.proposal.id || ""); font.bold: true }
        Label { text: box.proposal.title || ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label {
            text: qsTr("Cause: %1").arg(box.proposal.cause || "") + "\n"
                  + qsTr("Factor: %1 · post %2 · probability %3 · impact %4 · open")
                        .arg(box.proposal.factorName || "").arg(box.proposal.post || "")
                        .arg(box.proposal.probability || 0).arg(box.proposal.impact || 0)
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
        }
        RowLayout {
            Button { text: qsTr("Accept into register"); highlighted: true; onClicked: box.editor.acceptRiskProposal() }
            Button { text: qsTr("Reject"); onClicked: box.editor.rejectRiskProposal() }
        }
    }
}
