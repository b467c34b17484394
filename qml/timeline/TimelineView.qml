// TimelineView.qml — the Gantt chart with the what-if panel. Up/Down (or a click) selects a post;
// the panel's slider, typed slip or Shift+Right/Left slip it and every affected post moves at once.
// Time zoom: + / − / 0 (back to the plateau) and Ctrl+wheel; Left/Right and Shift+wheel pan in time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Item {
    id: view

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Button { text: qsTr("Zoom in (+)"); onClicked: chart.zoomBy(1.5) }
                Button { text: qsTr("Zoom out (−)"); onClicked: chart.zoomBy(1 / 1.5) }
                Button {
                    text: qsTr("Plateau (0)")
                    Accessible.description: qsTr("Show the programme from its start to its end")
                    onClicked: chart.resetZoom()
                }
                Label {
                    objectName: "timelineWindow"
                    text: chart.windowText
                    font.bold: true
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0
                TimelineChart {
                    id: chart
                    objectName: "timelineChart"
                    document: DocumentController
                    appState: AppState
                    whatIf: WhatIfController
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    selectedPostId: AppState.selectedPostId
                    focus: true
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Timeline")
                    Accessible.description: chart.accessibleSummary + " " + chart.legendText
                    Keys.onPressed: (event) => {
                        const id = AppState.selectedPostId
                        if (event.key === Qt.Key_Down) AppState.selectedPostId = chart.neighbour(1)
                        else if (event.key === Qt.Key_Up) AppState.selectedPostId = chart.neighbour(-1)
                        else if (event.key === Qt.Key_Right && (event.modifiers & Qt.ShiftModifier)) WhatIfController.setSlip(id, WhatIfController.slipOf(id) + 7)
                        else if (event.key === Qt.Key_Left && (event.modifiers & Qt.ShiftModifier)) WhatIfController.setSlip(id, WhatIfController.slipOf(id) - 7)
                        else if (event.key === Qt.Key_Right) chart.panBy(chart.width / 8)
                        else if (event.key === Qt.Key_Left) chart.panBy(-chart.width / 8)
                        else if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) chart.zoomBy(1.5)
                        else if (event.key === Qt.Key_Minus || event.key === Qt.Key_Underscore) chart.zoomBy(1 / 1.5)
                        else if (event.key === Qt.Key_0) chart.resetZoom()
                        else if (event.key === Qt.Key_PageDown) chart.contentY += chart.height / 2
                        else if (event.key === Qt.Key_PageUp) chart.contentY -= chart.height / 2
                        else return
                        event.accepted = true
                    }
                    Rectangle {
                        anchors.fill: parent
                        color: "transparent"
                        border.width: chart.activeFocus ? 2 : 1
                        border.color: chart.activeFocus ? Theme.accent : Theme.grid
                    }
                    TapHandler {
                        onTapped: (point) => {
                            chart.forceActiveFocus()
                            const id = chart.postAt(point.position.x, point.position.y)
                            if (id.length > 0) AppState.selectedPostId = id
                        }
                    }
                    WheelHandler {
                        objectName: "timelineZoomWheel"
                        acceptedModifiers: Qt.ControlModifier
                        onWheel: (event) => chart.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8, event.x)
                    }
                    WheelHandler {
                        acceptedModifiers: Qt.ShiftModifier
                        onWheel: (event) => chart.panBy(-(event.angleDelta.y || event.angleDelta.x) / 2)
                    }
                    WheelHandler {
                        acceptedModifiers: Qt.NoModifier
                        onWheel: (event) => {
                            chart.contentY -= event.angleDelta.y / 2
                            if (event.angleDelta.x !== 0) chart.panBy(-event.angleDelta.x / 2)
                        }
                    }
                }
                ScrollBar {
                    objectName: "timelineScrollBar"
                    Layout.fillHeight: true
                    orientation: Qt.Vertical
                    policy: ScrollBar.AlwaysOn // 2,000 rows: where you are in the list is always shown
                    visible: chart.contentHeight > chart.viewportHeight
                    size: Math.min(1, chart.viewportHeight / Math.max(1, chart.contentHeight))
                    position: chart.contentY / Math.max(1, chart.contentHeight)
                    onPositionChanged: if (pressed) chart.contentY = position * chart.contentHeight
                }
            }
        }
        WhatIfPanel {
            Layout.preferredWidth: 440
            Layout.fillHeight: true
        }
    }
}
