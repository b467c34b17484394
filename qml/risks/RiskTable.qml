// RiskTable.qml — the register's rows with sortable column heads.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ColumnLayout {
    id: table

    required property RiskRegister register
    property int currentSourceRow: -1
    property string sortRole: "riskId"
    property bool descending: false

    signal rowChosen(int sourceRow)

    readonly property var columns: [
        { role: "riskId", title: qsTr("Id"), width: 150 },
        { role: "title", title: qsTr("Risk"), width: -1 },
        { role: "level", title: qsTr("Level"), width: 120 },
        { role: "posts", title: qsTr("Posts"), width: 120 },
        { role: "exposure", title: qsTr("P×I"), width: 70 },
        { role: "residualExposure", title: qsTr("Residual"), width: 90 },
        { role: "status", title: qsTr("Status"), width: 100 },
        { role: "nextReview", title: qsTr("Next review"), width: 140 }
    ]

    spacing: 0
    RowLayout {
        spacing: 0
        Layout.fillWidth: true
        Repeater {
            model: table.columns
            delegate: Button {
                required property var modelData
                flat: true
                font.bold: true
                text: modelData.title + (table.sortRole === modelData.role ? (table.descending ? " ▼" : " ▲") : "")
                Layout.preferredWidth: modelData.width > 0 ? modelData.width : 200
                Layout.fillWidth: modelData.width < 0
                Accessible.name: qsTr("Sort by %1").arg(modelData.title)
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
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        focus: true
        keyNavigationEnabled: true
        model: table.register.risks
        currentIndex: table.register.risks.proxyRow(table.currentSourceRow)
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.Table
        Accessible.name: qsTr("Risk register")
        ScrollBar.vertical: ScrollBar {}
        onCurrentIndexChanged: if (currentIndex >= 0) table.rowChosen(table.register.risks.sourceRow(currentIndex))
        delegate: RiskRow {
            width: ListView.view.width
            selected: ListView.isCurrentItem
            onClicked: {
                list.currentIndex = index
                list.forceActiveFocus()
            }
        }
    }
}
