// RankedBars.qml — a ranked horizontal bar list (the tornado of drivers, the criticality index):
// post, title and the value printed next to a bar whose length the view-model gives as a fraction.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ColumnLayout {
    id: bars

    property string title
    property var model
    property bool signedValues: false

    spacing: 4
    SectionLabel { text: bars.title }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: bars.model
        Accessible.role: Accessible.List
        Accessible.name: bars.title
        delegate: Item {
            id: row
            required property string postId
            required property string title
            required property double value
            required property double fraction
            required property string label
            width: ListView.view.width
            height: 28
            Accessible.role: Accessible.ListItem
            Accessible.name: postId + " " + title + ": " + label
            RowLayout {
                anchors.fill: parent
                spacing: 8
                Label { text: row.postId; font.bold: true; elide: Text.ElideRight; Layout.preferredWidth: 170 }
                Label { text: row.title; elide: Text.ElideRight; Layout.preferredWidth: 240; color: Theme.mutedText }
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        height: 18
                        width: Math.max(2, parent.width * row.fraction)
                        color: bars.signedValues && row.value < 0 ? Theme.absorbed : Theme.critical
                        radius: 2
                    }
                }
                Label { text: row.label; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
            }
        }
        Label {
            visible: list.count === 0
            text: SimulationController.running ? qsTr("Running…") : qsTr("Run the simulation to see this chart.")
            color: Theme.mutedText
        }
    }
}
