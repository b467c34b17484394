// HeatmapRow.qml — one post of the heatmap: code, title, one cell per factor with the score printed
// in it (dashed outline and "–" when not assessed), worst and total.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import Riskboard

Rectangle {
    id: row

    required property int index
    required property string postId
    required property string title
    required property int theme
    required property string kind
    required property var scores
    required property int worst
    required property int total
    property bool selected: false

    signal clicked()

    implicitHeight: 40
    color: selected ? "#dbeaf7" : (index % 2 ? Theme.background : "#fafafa")
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("%1 %2, worst score %3").arg(postId).arg(title).arg(worst > 0 ? worst : qsTr("not assessed"))

    MouseArea { anchors.fill: parent; onClicked: row.clicked() }

    RowLayout {
        anchors.fill: parent
        anchors.topMargin: 2
        anchors.bottomMargin: 2
        spacing: 4
        Rectangle { width: 6; Layout.fillHeight: true; color: Theme.themeColor(row.theme) }
        // Code and title share HeatmapHeader's "Post" column: room for a long external code
        // (X-HFA-EDEPOT) and elided, never drawn over the title; the accessible name has both in full.
        Label {
            objectName: "heatmapCode"
            text: row.postId
            font.bold: true
            elide: Text.ElideMiddle
            color: row.kind === "external" ? Theme.external : Theme.text
            Layout.preferredWidth: 150
            Layout.maximumWidth: 150
        }
        Label {
            objectName: "heatmapTitle"
            text: row.title
            elide: Text.ElideRight
            color: row.kind === "external" ? Theme.external : Theme.text
            Layout.preferredWidth: 214
            Layout.maximumWidth: 214
        }
        Repeater {
            model: row.scores
            delegate: Item {
                required property int modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                Layout.fillHeight: true
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 1
                    visible: parent.modelData > 0
                    color: Theme.score(parent.modelData)
                    radius: 3
                }
                Shape { // not assessed: a dashed outline, never a colour
                    anchors.fill: parent
                    anchors.margins: 2
                    visible: parent.modelData === 0
                    ShapePath {
                        strokeColor: Theme.mutedText
                        strokeWidth: 1
                        strokeStyle: ShapePath.DashLine
                        dashPattern: [3, 3]
                        fillColor: "transparent"
                        PathPolyline { path: [Qt.point(0, 0), Qt.point(width - 4, 0), Qt.point(width - 4, height - 4), Qt.point(0, height - 4), Qt.point(0, 0)] }
                    }
                }
                Text {
                    anchors.centerIn: parent
                    text: parent.modelData > 0 ? parent.modelData : "–"
                    font.pointSize: Theme.smallSize
                    font.bold: parent.modelData > 0
                    color: parent.modelData > 0 ? Theme.onScore(parent.modelData) : Theme.mutedText
                }
            }
        }
        Label { text: row.worst > 0 ? row.worst : "–"; font.bold: true; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 70 }
        Label { text: row.total > 0 ? row.total : "–"; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 70 }
    }
}
