// Tile.qml — one summary figure of the overview: a large value with a caption.
import QtQuick
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: tile

    property string caption
    property string value
    property string detail
    property color accent: Theme.accent

    implicitWidth: 250
    implicitHeight: column.implicitHeight + 24
    radius: 8
    color: Theme.panel
    border.color: Theme.grid
    Accessible.role: Accessible.StaticText
    Accessible.name: caption + ": " + value + (detail.length > 0 ? ", " + detail : "")

    Rectangle { width: 6; height: parent.height - 16; x: 8; y: 8; radius: 3; color: tile.accent }
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.margins: 12
        spacing: 2
        Text {
            text: tile.caption
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            Layout.fillWidth: true
            wrapMode: Text.Wrap // "P80 einde programma" on two lines rather than cut off
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Text {
            // A long value (100,000 posts) shrinks to fit rather than losing its end.
            text: tile.value
            color: Theme.text
            font.pointSize: Theme.titleSize - 4
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPointSize: Theme.smallSize
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Text {
            text: tile.detail
            visible: tile.detail.length > 0
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
