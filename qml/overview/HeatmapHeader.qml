// HeatmapHeader.qml — the column heads of the heatmap: the seven factors by their Dutch names.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

RowLayout {
    id: header

    property var factorNames: []
    property var factorNamesEn: []

    spacing: 4
    Label { text: qsTr("Post"); font.bold: true; Layout.preferredWidth: 382; color: Theme.mutedText }
    Repeater {
        model: header.factorNames
        delegate: Label {
            required property string modelData
            required property int index
            text: modelData
            font.bold: true
            font.pointSize: Theme.smallSize - 2 // the plan's long Dutch names in three lines
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignBottom
            maximumLineCount: 3
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.preferredHeight: 64
            ToolTip.visible: hover.hovered
            ToolTip.text: header.factorNamesEn[index] || ""
            HoverHandler { id: hover }
        }
    }
    Label { text: qsTr("Worst"); font.bold: true; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 70 }
    Label { text: qsTr("Total"); font.bold: true; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 70 }
}
