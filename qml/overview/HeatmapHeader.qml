// HeatmapHeader.qml — the column heads of the heatmap: the seven factors by their Dutch names.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

RowLayout {
    id: header

    property var factorNames: []
    property var factorTips: []

    spacing: 4
    Label { text: qsTr("Post"); font.bold: true; Layout.preferredWidth: 382; color: Theme.mutedText }
    Repeater {
        model: header.factorNames
        // Turned a quarter: the plan's long names ("Afhankelijkheid landelijke bouwsteen") stay whole words
        // on at most three lines in a column as narrow as a score cell (they broke mid-word before).
        delegate: Item {
            id: head
            required property string modelData
            required property int index
            objectName: "heatmapHeader" + index
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.preferredHeight: 150
            Accessible.role: Accessible.ColumnHeader
            Accessible.name: modelData
            Label {
                objectName: "heatmapHeaderText" + head.index
                anchors.centerIn: parent
                width: parent.height
                height: parent.width
                rotation: -90
                text: head.modelData
                font.bold: true
                font.pointSize: Theme.smallSize - 2
                color: Theme.text
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                ToolTip.visible: hover.hovered
                ToolTip.text: header.factorTips[head.index] || ""
                HoverHandler { id: hover }
            }
        }
    }
    Label { text: qsTr("Worst"); font.bold: true; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 70 }
    Label { text: qsTr("Total"); font.bold: true; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 70 }
}
