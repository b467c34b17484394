// SectionLabel.qml — a heading inside a view.
import QtQuick
import QtQuick.Controls
import Riskboard

Label {
    font.pointSize: Theme.labelSize
    font.bold: true
    color: Theme.text
    topPadding: 8
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
