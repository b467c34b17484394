// ValueCombo.qml — an OptionCombo bound to `value`, that reports a new one only when the user commits
// it (OptionCombo: chosen in the open list, a click or Enter; Escape keeps the old value).
import QtQuick
import QtQuick.Controls
import Riskboard

OptionCombo {
    id: combo

    property string value

    signal committed(string value)

    function sync() {
        const i = indexOfValue(value)
        currentIndex = i >= 0 ? i : 0
    }

    onValueChanged: sync()
    onCountChanged: sync()
    onModelChanged: Qt.callLater(sync) // a language switch: the same values, new labels
    Component.onCompleted: sync()
    onActivated: if (currentValue !== value) committed(currentValue)
}
