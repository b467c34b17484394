// OptionCombo.qml — a combo box over [{value, label}] options from a view-model; `currentValue`
// is the chosen option's value. The arrow keys open the list instead of switching the value at every
// press: a filter or a field changes only when the user commits a choice (Enter, a click), and Escape
// keeps the old one.
import QtQuick
import QtQuick.Controls

ComboBox {
    id: combo

    property string accessibleName

    function selectValue(v) {
        const i = indexOfValue(v)
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

    textRole: "label"
    valueRole: "value"
    // As wide as the longest option, in the current language: nothing is cut off ("Sorteren op postc…").
    implicitContentWidthPolicy: ComboBox.WidestText
    implicitWidth: Math.max(160, implicitContentWidth + leftPadding + rightPadding + (indicator ? indicator.width : 0))
    Accessible.name: accessibleName
    Keys.onUpPressed: (event) => openList(event)
    Keys.onDownPressed: (event) => openList(event)
}
