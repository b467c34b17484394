// NavigationBar.qml — the six views as tabs (Ctrl+1..6), with the programme name.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    implicitHeight: row.implicitHeight + 8
    color: Theme.panel

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 16
        spacing: 24

        Label {
            text: DocumentController.programmeName
            font.pointSize: Theme.labelSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            // Bound one way: a language switch rebuilds the buttons and resets the bar's index, which must
            // not send the user back to the overview. The user's choice goes to AppState on click.
            currentIndex: AppState.currentView
            background: Item {}
            Accessible.name: qsTr("Views")
            Repeater {
                model: [qsTr("Overview"), qsTr("Assessment"), qsTr("Risks"), qsTr("Dependencies"),
                        qsTr("Timeline"), qsTr("Simulation")]
                delegate: TabButton {
                    id: tab
                    required property string modelData
                    required property int index
                    // A view holding a draft that is not in the portfolio yet is marked with "•".
                    readonly property bool hasDraft: DocumentController.pendingEditViews.indexOf(AppState.viewNames[index]) >= 0
                    objectName: "tab_" + AppState.viewNames[index]
                    text: (hasDraft ? "• " : "") + qsTr("%1  Ctrl+%2").arg(modelData).arg(index + 1)
                    font.pointSize: Theme.smallSize
                    font.bold: tabs.currentIndex === index
                    width: implicitWidth + 24
                    onClicked: AppState.currentView = index
                    Accessible.name: hasDraft ? qsTr("%1, has unsaved drafts").arg(modelData) : modelData
                    Rectangle { // the keyboard focus, visible
                        anchors.fill: parent
                        anchors.margins: 2
                        color: "transparent"
                        radius: 4
                        border.width: 2
                        border.color: Theme.accent
                        visible: tab.visualFocus
                    }
                }
            }
        }
    }
}
