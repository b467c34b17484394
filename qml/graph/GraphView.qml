// GraphView.qml — the dependency graph: a layered layout from the analysis engine, painted by
// DependencyGraph. Find a post (Ctrl+F, type a code or part of a title, Enter); switch between the
// whole graph (themes collapsible into one box each) and the selected post's neighbourhood.
// Zoom: Ctrl+wheel, + and -; pan: drag or arrow keys; Page keys walk the posts; 0 fits the graph.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Item {
    id: view

    Shortcut {
        sequences: [StandardKey.Find]
        enabled: view.visible
        onActivated: search.forceActiveFocus()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            GraphToolBar {
                id: toolBar
                graph: graph
                Layout.fillWidth: true
                TextField {
                    id: search
                    objectName: "graphSearch"
                    placeholderText: qsTr("Find a post: code or title (Ctrl+F)")
                    Layout.preferredWidth: 340
                    Accessible.name: qsTr("Find a post by code or title")
                    onAccepted: {
                        const id = graph.findPost(text)
                        if (id.length === 0) return
                        AppState.selectedPostId = id
                        graph.centreOn(id)
                    }
                }
                Label {
                    objectName: "graphSearchResult"
                    readonly property string match: graph.findPost(search.text)
                    text: search.text.trim().length === 0 ? ""
                          : match.length === 0 ? qsTr("no post matches")
                          : qsTr("Enter: %1 (%n match(es))", "", graph.matchCount(search.text)).arg(match)
                    color: match.length === 0 ? Theme.warning : Theme.mutedText
                }
            }
            DependencyGraph {
                id: graph
                objectName: "dependencyGraph"
                document: DocumentController
                appState: AppState
                Layout.fillWidth: true
                Layout.fillHeight: true
                selectedPostId: AppState.selectedPostId
                focus: true
                activeFocusOnTab: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Dependency graph")
                Accessible.description: graph.accessibleSummary

                Keys.onPressed: (event) => {
                    const step = 60
                    if (event.key === Qt.Key_Left) graph.panBy(step, 0)
                    else if (event.key === Qt.Key_Right) graph.panBy(-step, 0)
                    else if (event.key === Qt.Key_Up) graph.panBy(0, step)
                    else if (event.key === Qt.Key_Down) graph.panBy(0, -step)
                    else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) graph.zoomAt(1.25, width / 2, height / 2)
                    else if (event.key === Qt.Key_Minus) graph.zoomAt(0.8, width / 2, height / 2)
                    else if (event.key === Qt.Key_0) graph.fitToView()
                    else if (event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp) {
                        // Every theme collapsed: no post box to walk to, the selection stays.
                        const id = graph.neighbour(event.key === Qt.Key_PageDown ? 1 : -1)
                        if (id.length > 0) AppState.selectedPostId = id
                    }
                    else if (event.key === Qt.Key_Slash) search.forceActiveFocus()
                    else return
                    event.accepted = true
                }
                Rectangle {
                    anchors.fill: parent
                    color: "transparent"
                    border.width: graph.activeFocus ? 2 : 1
                    border.color: graph.activeFocus ? Theme.accent : Theme.grid
                }
                DragHandler {
                    id: drag
                    target: null
                    property point last
                    onActiveChanged: last = centroid.position
                    onCentroidChanged: {
                        if (!active) return
                        graph.panBy(centroid.position.x - last.x, centroid.position.y - last.y)
                        last = centroid.position
                    }
                }
                TapHandler {
                    onTapped: (point) => {
                        graph.forceActiveFocus()
                        const id = graph.postAt(point.position.x, point.position.y)
                        if (id.length > 0) {
                            AppState.selectedPostId = id
                            return
                        }
                        const theme = graph.themeAt(point.position.x, point.position.y)
                        if (theme >= 0) graph.setThemeCollapsed(theme, false) // a collapsed theme opens
                    }
                }
                WheelHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onWheel: (event) => graph.zoomAt(event.angleDelta.y > 0 ? 1.15 : 0.87, event.x, event.y)
                }
                WheelHandler {
                    acceptedModifiers: Qt.NoModifier
                    onWheel: (event) => graph.panBy(event.angleDelta.x / 2, event.angleDelta.y / 2)
                }
            }
            Label {
                text: qsTr("Critical path: %1").arg(graph.criticalPathText)
                color: Theme.critical
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        GraphSidePanel {
            graph: graph
            Layout.preferredWidth: 460
            Layout.fillHeight: true
        }
    }
}
