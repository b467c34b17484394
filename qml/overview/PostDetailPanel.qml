// PostDetailPanel.qml — every field of the selected post, including its latest assessment (full
// rationale and mitigation texts), history and sources, wrapped to the panel's width.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: panel

    property alias postId: detail.postId

    // Never wider than the room the overview leaves it: it gives way down to a readable minimum
    // rather than running off the window's edge (the overview sets the preferred width).
    Layout.fillWidth: true
    Layout.minimumWidth: 380
    Layout.maximumWidth: 560
    color: Theme.panel
    radius: 8
    border.color: Theme.grid
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Post details")

    PostDetail { id: detail; document: DocumentController; appState: AppState }
    // A shared portfolio: asks the store for the shown post's audit trail (who changed it, when).
    function askHistory() { if (SharedDocument.active && panel.visible && panel.postId !== "") SharedDocument.showHistory("post", panel.postId) }
    onPostIdChanged: askHistory()
    onVisibleChanged: askHistory()
    Connections { target: SharedDocument; function onActiveChanged() { panel.askHistory() } }
    ProgressDialog { id: progressDialog }

    Label {
        anchors.centerIn: parent
        visible: !detail.valid
        text: qsTr("Select a post to see its details.")
        color: Theme.mutedText
    }
    ScrollView {
        id: scroller
        objectName: "postDetailScroll"
        anchors.fill: parent
        anchors.margins: 16
        visible: detail.valid
        contentWidth: availableWidth
        ColumnLayout {
            width: scroller.availableWidth
            spacing: 10
            SectionLabel { text: detail.title; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { text: detail.facts; wrapMode: Text.Wrap; color: Theme.text; Layout.fillWidth: true; lineHeight: 1.15 }
            TextBlock { caption: qsTr("Result (eindresultaat)"); text: detail.result; Layout.fillWidth: true }
            TextBlock { caption: qsTr("Goal (doelstelling)"); text: detail.goal; Layout.fillWidth: true }
            TextBlock { caption: qsTr("Activities"); text: detail.activities.map(a => "• " + a).join("\n"); Layout.fillWidth: true }
            TextBlock { objectName: "postDetailAssessment"; caption: detail.assessmentCaption; text: detail.assessment.join("\n\n"); Layout.fillWidth: true }
            TextBlock { caption: qsTr("Risks"); text: detail.risks.join("\n"); Layout.fillWidth: true }
            TextBlock { caption: qsTr("History"); text: detail.history.join("\n\n"); Layout.fillWidth: true }
            // A shared portfolio: who changed this post and when (the store's audit trail, docs/team.md).
            TextBlock {
                objectName: "postDetailSharedHistory"
                caption: qsTr("Changes in the shared portfolio")
                text: SharedDocument.active ? SharedDocument.historyText : ""
                Layout.fillWidth: true
            }
            TextBlock { caption: qsTr("Note"); text: detail.note; Layout.fillWidth: true }
            TextBlock { caption: qsTr("Sources"); text: detail.sources.join("\n"); Layout.fillWidth: true }
            RowLayout {
                Button {
                    objectName: "postDetailProgress"
                    text: qsTr("Update progress…")
                    onClicked: progressDialog.openFor(panel.postId)
                }
                Button { text: qsTr("Assess…"); onClicked: AppState.currentView = AppState.Assessment }
                Button { text: qsTr("Show in graph"); onClicked: AppState.currentView = AppState.Graph }
            }
        }
    }
}
