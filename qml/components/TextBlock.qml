// TextBlock.qml — a caption and a wrapped paragraph (hidden when empty).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ColumnLayout {
    id: block

    property string caption
    property string text

    visible: text.length > 0
    spacing: 2
    Label { text: block.caption; font.bold: true; color: Theme.mutedText; Layout.fillWidth: true }
    Label {
        text: block.text
        wrapMode: Text.Wrap
        color: Theme.text
        Layout.fillWidth: true
        Accessible.name: block.caption + ": " + block.text
    }
}
