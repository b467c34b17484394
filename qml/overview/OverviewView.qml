// OverviewView.qml — the portfolio at a glance: summary tiles, the posts × factors heatmap with its
// sort and filters, and beside it the selected post's details or the programme's charter (two tabs).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Item {
    id: view

    OverviewModel { id: overview; document: DocumentController; appState: AppState }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10

            SummaryTiles { model: overview; Layout.fillWidth: true }

            // Wraps to a second line where the window is narrow or the words long (Dutch), never cuts.
            Flow {
                spacing: 8
                Layout.fillWidth: true
                OptionCombo {
                    objectName: "overviewSort"
                    accessibleName: qsTr("Sort")
                    model: overview.sortOptions
                    onActivated: overview.heatmap.sortKey = currentValue
                }
                OptionCombo {
                    accessibleName: qsTr("Filter by theme")
                    model: overview.themeOptions
                    onActivated: overview.heatmap.theme = currentValue
                }
                OptionCombo {
                    accessibleName: qsTr("Filter by kind")
                    model: overview.kindOptions
                    onActivated: overview.heatmap.kind = currentValue
                }
                OptionCombo {
                    accessibleName: qsTr("Filter by status")
                    model: overview.statusOptions
                    onActivated: overview.heatmap.status = currentValue
                }
                OptionCombo {
                    accessibleName: qsTr("Filter by owner")
                    model: overview.ownerOptions
                    width: Math.min(implicitWidth, 340)
                    onActivated: overview.heatmap.owner = currentValue
                }
            }

            HeatmapHeader {
                factorNames: overview.factorNames
                factorTips: overview.factorTips
                Layout.fillWidth: true
            }
            ListView {
                id: heatmap
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                model: overview.heatmap
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                currentIndex: -1
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Success factor heatmap")
                Accessible.description: overview.accessibleSummary
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                onCurrentIndexChanged: if (currentIndex >= 0) AppState.selectedPostId = overview.heatmap.postIdAt(currentIndex)
                delegate: HeatmapRow {
                    width: ListView.view.width
                    selected: AppState.selectedPostId === postId
                    onClicked: {
                        heatmap.currentIndex = index
                        heatmap.forceActiveFocus()
                        AppState.selectedPostId = postId
                    }
                }
            }
            Label {
                text: qsTr("Scores: 1 under control … 5 not under control; “–” with a dashed outline: not assessed.")
                color: Theme.mutedText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }

        // The selected post, or the programme itself (its charter): a steering group's first page.
        // Selecting a post shows the post.
        ColumnLayout {
            Layout.preferredWidth: 560
            Layout.maximumWidth: 560
            Layout.fillHeight: true
            spacing: 6
            TabBar {
                id: sideTabs
                objectName: "overviewSideTabs"
                Layout.fillWidth: true
                currentIndex: AppState.selectedPostId.length > 0 ? 0 : 1
                TabButton { text: qsTr("Post details") }
                TabButton { objectName: "programmeTab"; text: qsTr("Programme") }
            }
            Connections {
                target: AppState
                function onSelectedPostIdChanged() { if (AppState.selectedPostId.length > 0) sideTabs.currentIndex = 0 }
            }
            StackLayout {
                currentIndex: sideTabs.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true
                PostDetailPanel {
                    postId: AppState.selectedPostId
                    Layout.preferredWidth: 560
                    Layout.fillHeight: true
                }
                ProgrammePanel {
                    objectName: "programmePanel"
                    Layout.preferredWidth: 560
                    Layout.fillHeight: true
                }
            }
        }
    }
}
