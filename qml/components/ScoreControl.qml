// ScoreControl.qml — a 1..5 success-factor score: five cells in the palette's score colours with the
// number printed in each (never colour alone). Keyboard: Left/Down lower, Right/Up raise, 1-5 set,
// 0/Delete/Backspace clear. Screen readers see a slider with its name and value.
pragma ComponentBehavior: Bound
import QtQuick
import Riskboard

FocusScope {
    id: control

    property int value: 0          // 0 = not scored
    readonly property int minimumValue: 0
    readonly property int maximumValue: 5
    readonly property int stepSize: 1
    property string name: ""
    property int cellSize: 44

    // Emitted on every user change (mouse or keyboard) with the new value.
    signal edited(int value)

    function setValue(v) {
        const clamped = Math.max(minimumValue, Math.min(maximumValue, v))
        if (clamped === value) return
        value = clamped
        edited(clamped)
    }

    implicitWidth: cells.implicitWidth + 6
    implicitHeight: cellSize + 6
    activeFocusOnTab: true

    Accessible.role: Accessible.Slider
    Accessible.name: name
    Accessible.description: value === 0 ? qsTr("not scored") : qsTr("score %1 of 5").arg(value)
    Accessible.focusable: true
    Accessible.onIncreaseAction: setValue(value + 1)
    Accessible.onDecreaseAction: setValue(value - 1)

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Right || event.key === Qt.Key_Up) setValue(value + 1)
        else if (event.key === Qt.Key_Left || event.key === Qt.Key_Down) setValue(value - 1)
        else if (event.key >= Qt.Key_1 && event.key <= Qt.Key_5) setValue(event.key - Qt.Key_0)
        else if (event.key === Qt.Key_0 || event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) setValue(0)
        else return
        event.accepted = true
    }

    Rectangle {
        anchors.fill: parent
        radius: 6
        color: "transparent"
        border.width: control.activeFocus ? 3 : 0
        border.color: Theme.accent
    }
    Row {
        id: cells
        anchors.centerIn: parent
        spacing: 4
        Repeater {
            model: 5
            delegate: Rectangle {
                required property int index
                readonly property int score: index + 1
                readonly property bool chosen: control.value === score
                width: control.cellSize
                height: control.cellSize
                radius: 4
                color: chosen ? Theme.score(score) : Theme.background
                border.width: chosen ? 2 : 1
                border.color: chosen ? Theme.text : Theme.grid
                Text {
                    anchors.centerIn: parent
                    text: parent.score
                    font.pointSize: Theme.smallSize
                    font.bold: parent.chosen
                    color: parent.chosen ? Theme.onScore(parent.score) : Theme.mutedText
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        control.forceActiveFocus()
                        control.setValue(control.value === parent.score ? 0 : parent.score)
                    }
                }
            }
        }
    }
}
