// TextBlock.qml — a caption and a wrapped paragraph (hidden when empty); a long word or address
// wraps anywhere rather than running past the edge.
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
    Label { text: block.caption; font.bold: true; color: Theme.mutedText; wrapMode: Text.Wrap; Layout.fillWidth: true }
    Label {
        text: block.text
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        color: Theme.text
        Layout.fillWidth: true
        Accessible.name: block.caption + ": " + block.text
    }
}
