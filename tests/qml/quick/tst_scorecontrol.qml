// tst_scorecontrol.qml — the score control's keyboard behaviour, Tab order, mouse and accessibility.
import QtQuick
import QtTest
import Riskboard

Item {
    width: 600
    height: 200

    TextInput { id: before; width: 100; height: 30; activeFocusOnTab: true; text: "x" }
    ScoreControl { id: control; y: 50; name: "Beschikbare capaciteit" }
    TextInput { id: after; y: 120; width: 100; height: 30; activeFocusOnTab: true; text: "y" }
    SignalSpy { id: spy; target: control; signalName: "edited" }

    TestCase {
        name: "ScoreControl"
        when: windowShown

        function init() {
            control.value = 0
            spy.clear()
            before.forceActiveFocus()
        }

        function test_tabReachesTheControlAndLeavesIt() {
            verify(before.activeFocus)
            keyClick(Qt.Key_Tab)
            verify(control.activeFocus)
            keyClick(Qt.Key_Tab)
            verify(after.activeFocus)
        }

        function test_arrowKeysStepAndClamp() {
            control.forceActiveFocus()
            keyClick(Qt.Key_Right)
            compare(control.value, 1)
            keyClick(Qt.Key_Up)
            compare(control.value, 2)
            keyClick(Qt.Key_Left)
            compare(control.value, 1)
            keyClick(Qt.Key_Down)
            compare(control.value, 0)
            keyClick(Qt.Key_Down) // already at 0: no change, no signal
            compare(control.value, 0)
            compare(spy.count, 4)
            compare(spy.signalArguments[0][0], 1)
        }

        function test_numberKeysSetTheScore() {
            control.forceActiveFocus()
            keyClick(Qt.Key_4)
            compare(control.value, 4)
            keyClick(Qt.Key_9) // not a score
            compare(control.value, 4)
            keyClick(Qt.Key_5)
            keyClick(Qt.Key_Right) // capped at 5
            compare(control.value, 5)
            keyClick(Qt.Key_Delete)
            compare(control.value, 0)
            compare(spy.count, 3)
        }

        function test_clickChoosesAndClickAgainClears() {
            const cell = control.cellSize + 4
            mouseClick(control, 3 + cell * 2 + control.cellSize / 2, control.height / 2)
            compare(control.value, 3)
            verify(control.activeFocus)
            mouseClick(control, 3 + cell * 2 + control.cellSize / 2, control.height / 2)
            compare(control.value, 0)
        }

        function test_accessibility() {
            compare(control.Accessible.role, Accessible.Slider)
            compare(control.Accessible.name, "Beschikbare capaciteit")
            control.value = 4
            compare(control.Accessible.description, "score 4 of 5")
            compare(control.maximumValue, 5)
        }
    }
}
