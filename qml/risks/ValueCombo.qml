// ValueCombo.qml — an OptionCombo that shows `value` and reports a new one only when the user commits
// it: chosen in the open list (a click, Enter). The arrow keys open the list instead of switching at
// every press, so a filter or a field does not change while the user is still looking (Escape keeps
// the old value).
import QtQuick
import QtQuick.Controls
import "../components"

OptionCombo {
    id: combo

    property string value

    signal committed(string value)

    function sync() {
        const i = indexOfValue(value)
        currentIndex = i >= 0 ? i : 0
    }
    function openList(event) {
        if (popup.visible) {
            event.accepted = false // the open list moves its highlight
            return
        }
        popup.open()
        event.accepted = true
    }

    onValueChanged: sync()
    onCountChanged: sync()
    onModelChanged: Qt.callLater(sync) // a language switch: the same values, new labels
    Component.onCompleted: sync()
    onActivated: if (currentValue !== value) committed(currentValue)
    Keys.onUpPressed: (event) => openList(event)
    Keys.onDownPressed: (event) => openList(event)
}
