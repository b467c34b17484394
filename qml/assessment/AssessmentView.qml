// AssessmentView.qml — the kick-off assessment of one post: seven factors (and the detailed ones when
// the rule asks for them) with growing rationale and mitigation fields, the live radar against the
// assessment it is compared with, history (open or compare any entry), save and discard. Drafts are
// kept per post (AssessmentEditor); a field reached with Tab is scrolled into view.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Item {
    id: view

    // Scrolls the factor list so that the part y..y+h of `item` (inside the list) is visible.
    function ensureVisible(item, y, h) {
        const top = item.mapToItem(factorColumn, 0, y).y
        const bottom = top + h
        if (top < factorList.contentY)
            factorList.contentY = Math.max(0, top - 12)
        else if (bottom > factorList.contentY + factorList.height)
            factorList.contentY = Math.min(Math.max(0, factorList.contentHeight - factorList.height), bottom - factorList.height + 12)
    }
    function inFactorList(item) {
        for (let p = item; p; p = p.parent) if (p === factorColumn) return true
        return false
    }

    AssessmentEditor {
        id: assessment
        objectName: "assessmentEditor"
        document: DocumentController
        appState: AppState
        postId: AppState.selectedPostId
    }
    Connections {
        target: view.Window.window
        function onActiveFocusItemChanged() {
            const item = view.Window.activeFocusItem
            if (item && view.inFactorList(item)) view.ensureVisible(item, 0, item.height)
        }
    }
    Connections { // a growing text field: keep the line being written in view
        target: view.Window.activeFocusItem
        ignoreUnknownSignals: true
        function onCursorRectangleChanged() {
            const item = view.Window.activeFocusItem
            if (item && view.inFactorList(item)) view.ensureVisible(item, item.cursorRectangle.y, item.cursorRectangle.height + item.bottomPadding)
        }
    }
    Shortcut {
        sequence: "Ctrl+Return"
        enabled: view.visible && saveButton.enabled
        onActivated: assessment.save()
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
                PostChooser { objectName: "postChooser"; editor: assessment }
                Label { text: assessment.postTitle; font.pointSize: Theme.labelSize; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                Label { text: qsTr("Assessor") }
                TextField {
                    objectName: "assessorField"
                    text: assessment.assessor
                    implicitWidth: 220
                    onEditingFinished: assessment.assessor = text
                    Accessible.name: qsTr("Assessor")
                }
            }
            // Save and discard at the top of the form: always in view, three Tab stops from the post.
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Label {
                    objectName: "draftPostsLabel"
                    text: assessment.draftPosts.length > 0 ? qsTr("Unsaved assessment drafts: %1").arg(assessment.draftPosts.join(", ")) : ""
                    color: Theme.warning
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    id: saveButton
                    objectName: "saveAssessmentButton"
                    text: qsTr("Save as new assessment")
                    enabled: assessment.postId.length > 0 && assessment.dirty && assessment.editable && assessment.unscoredNotes.length === 0
                    highlighted: true
                    onClicked: assessment.save()
                    Accessible.description: qsTr("Ctrl+Enter")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+Enter")
                }
                Button {
                    objectName: "discardDraftButton"
                    text: qsTr("Discard draft")
                    enabled: assessment.dirty && assessment.editable
                    onClicked: assessment.discardDraft()
                    Accessible.description: qsTr("Drops the changes to %1 and starts again from its latest assessment").arg(assessment.postId)
                }
            }
            Label {
                visible: assessment.postId.length === 0
                text: qsTr("Choose a post to assess (here or in the overview).")
                color: Theme.mutedText
            }
            Rectangle {
                visible: !assessment.editable
                Layout.fillWidth: true
                implicitHeight: viewing.implicitHeight + 16
                radius: 6
                color: Theme.panel
                border.color: Theme.accent
                RowLayout {
                    id: viewing
                    anchors.fill: parent
                    anchors.margins: 8
                    Label { text: assessment.viewedLabel; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Button { objectName: "backToDraftButton"; text: qsTr("Back to the draft"); onClicked: assessment.viewDraft() }
                }
            }
            Flickable {
                id: factorList
                objectName: "factorList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: width
                contentHeight: factorColumn.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: factorList.contentHeight > factorList.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
                Column {
                    id: factorColumn
                    width: factorList.width - 16 // room for the scroll bar
                    spacing: 4
                    SectionLabel { text: qsTr("The seven success factors") }
                    Repeater {
                        model: assessment.factors
                        delegate: FactorRow {
                            width: factorColumn.width
                            editor: assessment
                            shown: !detailed || assessment.detailedRequired
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 600
            Layout.maximumWidth: 600
            Layout.fillHeight: true
            spacing: 8
            RadarChart {
                editor: assessment
                Layout.fillWidth: true
                Layout.preferredHeight: 480
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
                visible: assessment.missingMitigations > 0 && assessment.editable
                text: qsTr("%n factor(s) score 4 or 5 without a mitigation (beheersmaatregel).", "", assessment.missingMitigations)
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "unscoredNotesLabel"
                visible: text.length > 0
                text: assessment.unscoredNotes
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RiskProposal { editor: assessment; Layout.fillWidth: true }
            HistoryPanel { editor: assessment; Layout.fillWidth: true; Layout.fillHeight: true }
        }
    }
}
