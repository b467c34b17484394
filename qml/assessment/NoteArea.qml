// NoteArea.qml — a multi-line text field that grows with its text, so a rationale or a mitigation of
// several sentences is read whole while it is written. Tab and Shift+Tab move the focus (they do not
// insert a tab); the focus shows as a thick accent border. `edited` carries every change.
import QtQuick
import QtQuick.Controls
import Riskboard

TextArea {
    id: area

    property string label

    signal edited(string text)

    wrapMode: TextEdit.Wrap
    placeholderText: label
    selectByMouse: true
    leftPadding: 8
    rightPadding: 8
    topPadding: 6
    bottomPadding: 6
    Accessible.name: label
    Accessible.description: text

    onTextChanged: area.edited(text) // a text set by the model comes back unchanged and is ignored there
    Keys.onPressed: (event) => {
        if (event.key !== Qt.Key_Tab && event.key !== Qt.Key_Backtab) return
        const forward = event.key === Qt.Key_Tab && !(event.modifiers & Qt.ShiftModifier)
        const next = area.nextItemInFocusChain(forward)
        if (next) next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
    }

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: 40
        radius: 3
        color: area.readOnly ? Theme.panel : Theme.background
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.accent : Theme.grid
    }
}
