// OptionCombo.qml — a combo box over [{value, label}] options from a view-model; `currentValue`
// is the chosen option's value.
import QtQuick
import QtQuick.Controls

ComboBox {
    id: combo

    property string accessibleName

    function selectValue(v) {
        const i = indexOfValue(v)
        currentIndex = i >= 0 ? i : 0
    }

    textRole: "label"
    valueRole: "value"
    implicitWidth: Math.max(200, implicitContentWidth + 60)
    Accessible.name: accessibleName
}
