// RiskTable.qml — the register's rows with sortable column heads. The highlight is the register's
// selected risk (by id), so sorting, filtering and undo never move it to another risk; Up/Down,
// Page Up/Down, Home/End and clicks ask the register to select (it asks first when the form holds
// changes).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ColumnLayout {
    id: table

    required property RiskRegister register
    property string sortRole: "riskId"
    property bool descending: false

    readonly property var columns: [
        { role: "riskId", title: qsTr("Id"), width: 140 },
        { role: "title", title: qsTr("Risk"), width: -1 },
        { role: "level", title: qsTr("Level"), width: 110 },
        { role: "posts", title: qsTr("Posts"), width: 100 },
        { role: "exposure", title: qsTr("P×I"), width: 70 },
        { role: "residualExposure", title: qsTr("Residual"), width: 100 },
        { role: "status", title: qsTr("Status"), width: 90 },
        { role: "nextReview", title: qsTr("Review date"), width: 175 }
    ]

    spacing: 0
    RowLayout {
        spacing: 0
        Layout.fillWidth: true
        Repeater {
            model: table.columns
            delegate: Button {
                required property var modelData
                objectName: "riskSort_" + modelData.role
                flat: true
                font.bold: true
                text: modelData.title + (table.sortRole === modelData.role ? (table.descending ? " ▼" : " ▲") : "")
                Layout.preferredWidth: modelData.width > 0 ? modelData.width : 200
                Layout.fillWidth: modelData.width < 0
                Accessible.name: qsTr("Sort by %1").arg(modelData.title)
                // A flat button draws no background, so no focus frame of its own.
                Rectangle {
                    anchors.fill: parent
                    visible: parent.visualFocus
                    color: "transparent"
                    border.color: Theme.accent
                    border.width: 2
                    radius: 2
                }
                onClicked: {
                    table.descending = table.sortRole === modelData.role ? !table.descending : false
                    table.sortRole = modelData.role
                    table.register.risks.sortBy(table.sortRole, table.descending)
                }
            }
        }
    }
    ListView {
        id: list
        objectName: "riskList"

        readonly property int pageRows: Math.max(1, Math.floor(height / 38) - 1)

        // After the models and the view have taken in a change: scroll to the selected risk.
        function follow() {
            currentIndex = table.register.currentRow
            if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)
        }
        function step(rows) {
            const n = count
            if (n === 0) return
            const from = table.register.currentRow
            table.register.selectRow(Math.max(0, Math.min(n - 1, from < 0 ? 0 : from + rows)))
        }

        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        focus: true
        activeFocusOnTab: true
        keyNavigationEnabled: false
        model: table.register.risks
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.Table
        Accessible.name: qsTr("Risk register")
        ScrollBar.vertical: ScrollBar {}
        Keys.onUpPressed: step(-1)
        Keys.onDownPressed: step(1)
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_PageUp) step(-pageRows)
            else if (event.key === Qt.Key_PageDown) step(pageRows)
            else if (event.key === Qt.Key_Home) step(-count)
            else if (event.key === Qt.Key_End) step(count)
            else return
            event.accepted = true
        }
        Component.onCompleted: follow()
        Connections {
            target: table.register
            function onCurrentRowChanged() { Qt.callLater(list.follow) }
        }
        delegate: RiskRow {
            objectName: "riskRow:" + riskId
            width: ListView.view.width
            labels: table.register.labels
            selected: riskId === table.register.currentId
            showFocus: selected && list.activeFocus
            onClicked: {
                table.register.select(riskId)
                list.forceActiveFocus(Qt.MouseFocusReason)
            }
        }
    }
}
