// FactorRow.qml — one factor of the assessment: name, score control, previous score, rationale,
// mitigation (beheersmaatregel), an inline warning and "create risk" for a score of 4 or 5.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard
import "../components"

Rectangle {
    id: row

    required property int index
    required property string nameNl
    required property string nameEn
    required property bool detailed
    required property int score
    required property int previousScore
    required property string rationale
    required property string mitigation
    required property bool needsMitigation
    required property AssessmentEditor editor
    property bool shown: true

    visible: shown
    implicitHeight: shown ? content.implicitHeight + 12 : 0
    color: index % 2 ? Theme.background : "#fafafa"
    radius: 4

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 6
        spacing: 4
        RowLayout {
            spacing: 10
            ColumnLayout {
                spacing: 0
                Layout.preferredWidth: 280
                // Main factors are numbered as on the radar chart.
                Label { text: (row.detailed ? "" : (row.index + 1) + "  ") + row.nameNl; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: row.nameEn; color: Theme.mutedText; elide: Text.ElideRight; Layout.fillWidth: true; visible: row.nameEn !== row.nameNl }
            }
            ScoreControl {
                name: row.nameNl
                value: row.score
                cellSize: row.detailed ? 34 : 40
                onEdited: (v) => row.editor.setScore(row.index, v)
            }
            Label {
                text: row.previousScore > 0 ? qsTr("was %1").arg(row.previousScore) : qsTr("new")
                color: Theme.mutedText
                Layout.preferredWidth: 60
            }
            TextField {
                text: row.rationale
                placeholderText: qsTr("Rationale")
                Layout.fillWidth: true
                onEditingFinished: row.editor.setRationale(row.index, text)
                onTextChanged: if (!activeFocus) cursorPosition = 0 // show the start of a long text
                ToolTip.visible: hovered && text.length > 0
                ToolTip.text: text
                Accessible.name: qsTr("Rationale for %1").arg(row.nameNl)
            }
            TextField {
                text: row.mitigation
                placeholderText: qsTr("Mitigation (beheersmaatregel)")
                Layout.fillWidth: true
                onEditingFinished: row.editor.setMitigation(row.index, text)
                onTextChanged: if (!activeFocus) cursorPosition = 0 // show the start of a long text
                ToolTip.visible: hovered && text.length > 0
                ToolTip.text: text
                Accessible.name: qsTr("Mitigation for %1").arg(row.nameNl)
            }
        }
        RowLayout {
            visible: row.score >= 4
            Layout.leftMargin: 290
            Label {
                visible: row.needsMitigation
                text: qsTr("⚠ A score of %1 needs a mitigation (beheersmaatregel).").arg(row.score)
                color: Theme.warning
                font.bold: true
            }
            Button {
                text: qsTr("Create linked risk…")
                visible: row.score >= 4 && row.editor.canProposeRisk(row.index)
                onClicked: row.editor.proposeRisk(row.index)
            }
        }
    }
}
