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
    // As wide as the longest option, in the current language: nothing is cut off ("Sorteren op postc…").
    implicitContentWidthPolicy: ComboBox.WidestText
    implicitWidth: Math.max(160, implicitContentWidth + leftPadding + rightPadding + (indicator ? indicator.width : 0))
    Accessible.name: accessibleName
}
