// AssessmentView.qml — the kick-off assessment of one post: seven factors (and the detailed ones when
// the rule asks for them), the live radar with the previous assessment, history, save.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard
import "../components"

Item {
    id: view

    AssessmentEditor {
        id: assessment
        postId: AppState.selectedPostId
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            RowLayout {
                spacing: 12
                Label { text: qsTr("Post"); font.bold: true }
                ComboBox {
                    id: postPicker
                    model: DocumentController.posts
                    textRole: "postId"
                    valueRole: "postId"
                    implicitWidth: 160
                    currentIndex: indexOfValue(AppState.selectedPostId)
                    onActivated: AppState.selectedPostId = currentValue
                    Accessible.name: qsTr("Post to assess")
                }
                Label { text: assessment.postTitle; font.pointSize: Theme.labelSize; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                Label { text: qsTr("Assessor") }
                TextField {
                    text: assessment.assessor
                    implicitWidth: 220
                    onEditingFinished: assessment.assessor = text
                    Accessible.name: qsTr("Assessor")
                }
            }
            Label {
                visible: assessment.postId.length === 0
                text: qsTr("Choose a post to assess (here or in the overview).")
                color: Theme.mutedText
            }
            ListView {
                id: factorList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: assessment.factors
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                section.property: "detailed"
                section.delegate: Item {
                    id: sectionItem
                    required property string section
                    readonly property bool shown: section !== "true" || assessment.detailedRequired
                    width: ListView.view.width
                    height: shown ? heading.implicitHeight : 0
                    visible: shown
                    SectionLabel {
                        id: heading
                        text: sectionItem.section === "true" ? qsTr("Detailed analysis (20 factors)") : qsTr("The seven success factors")
                    }
                }
                delegate: FactorRow {
                    width: ListView.view.width
                    editor: assessment
                    shown: !detailed || assessment.detailedRequired
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 600
            Layout.fillHeight: true
            spacing: 8
            RadarChart {
                editor: assessment
                Layout.fillWidth: true
                Layout.preferredHeight: 470
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: rule.implicitHeight + 20
                radius: 6
                color: assessment.detailedRequired ? "#fdecea" : Theme.panel
                border.color: assessment.detailedRequired ? Theme.warning : Theme.grid
                Label {
                    id: rule
                    anchors.fill: parent
                    anchors.margins: 10
                    text: assessment.detailedReason
                    wrapMode: Text.Wrap
                    color: assessment.detailedRequired ? Theme.warning : Theme.text
                    font.bold: assessment.detailedRequired
                }
            }
            Label {
                visible: assessment.missingMitigations > 0
                text: qsTr("%n factor(s) score 4 or 5 without a mitigation (beheersmaatregel).", "", assessment.missingMitigations)
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RiskProposal { editor: assessment; Layout.fillWidth: true }
            RowLayout {
                Button {
                    text: qsTr("Save as new assessment")
                    enabled: assessment.postId.length > 0 && assessment.dirty
                    highlighted: true
                    onClicked: assessment.save()
                }
                Button { text: qsTr("Revert"); enabled: assessment.dirty; onClicked: assessment.revert() }
            }
            SectionLabel { text: qsTr("Assessment history") }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: assessment.history
                Accessible.name: qsTr("Assessment history")
                delegate: Label {
                    required property string modelData
                    width: ListView.view.width
                    text: modelData
                    padding: 3
                    elide: Text.ElideRight
                }
                Label { visible: parent.count === 0; text: qsTr("No earlier assessments."); color: Theme.mutedText }
            }
        }
    }
}
