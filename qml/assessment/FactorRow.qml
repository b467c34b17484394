// FactorRow.qml — one factor of the assessment: its name in the user's language (in English with the
// plan's Dutch name under it), the score control, the compared score ("was"), the rationale and the
// mitigation (beheersmaatregel) as growing multi-line fields, an inline warning and "create risk" for
// a score of 4 or 5. The first detailed factor carries the detailed analysis heading.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: row

    required property int index
    required property string name
    required property string planName
    required property bool detailed
    required property int score
    required property int previousScore
    required property string rationale
    required property string mitigation
    required property bool needsMitigation
    required property AssessmentEditor editor
    property bool shown: true
    readonly property bool firstDetailed: detailed && index === editor.mainFactorCount

    visible: shown
    implicitHeight: shown ? content.implicitHeight + 12 : 0
    color: index % 2 ? Theme.background : "#fafafa"
    radius: 4

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        spacing: 6
        SectionLabel {
            visible: row.firstDetailed
            text: qsTr("Detailed analysis (20 factors)")
        }
        RowLayout {
            spacing: 10
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                // Main factors are numbered as on the radar chart.
                Label { text: (row.detailed ? "" : (row.index + 1) + "  ") + row.name; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: row.planName; color: Theme.mutedText; wrapMode: Text.Wrap; Layout.fillWidth: true; visible: row.planName.length > 0 }
            }
            ScoreControl {
                objectName: "score_" + row.index
                name: row.name
                value: row.score
                enabled: row.editor.editable
                cellSize: row.detailed ? 34 : 40
                onEdited: (v) => row.editor.setScore(row.index, v)
            }
            Label {
                objectName: "was_" + row.index
                text: row.previousScore > 0 ? qsTr("was %1").arg(row.previousScore) : qsTr("new")
                color: Theme.mutedText
                Layout.preferredWidth: 70
            }
        }
        // A plain Row, not a layout: each field's height follows its wrapped text at once (a layout
        // kept the one-line height of a long text set before the width was known).
        Row {
            id: notes
            Layout.fillWidth: true
            spacing: 8
            NoteArea {
                objectName: "rationale_" + row.index
                width: (notes.width - notes.spacing) / 2
                label: qsTr("Rationale for %1").arg(row.name)
                placeholderText: qsTr("Rationale")
                text: row.rationale
                readOnly: !row.editor.editable
                onEdited: (t) => row.editor.setRationale(row.index, t)
            }
            NoteArea {
                objectName: "mitigation_" + row.index
                width: (notes.width - notes.spacing) / 2
                label: qsTr("Mitigation for %1").arg(row.name)
                placeholderText: qsTr("Mitigation (beheersmaatregel)")
                text: row.mitigation
                readOnly: !row.editor.editable
                onEdited: (t) => row.editor.setMitigation(row.index, t)
            }
        }
        RowLayout {
            visible: row.score >= 4 && row.editor.editable
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
