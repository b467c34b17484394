// FormTextArea.qml — a wrapped text field that grows with its text up to maxHeight and then scrolls,
// so a long cause, event, effect or mitigation is read whole while it is edited. Tab and Shift+Tab
// move on to the next field (they do not insert a tab); a single-paragraph field (a title) ignores Enter.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ScrollView {
    id: box

    property alias text: area.text
    property alias area: area
    property string accessibleName
    property real maxHeight: 200
    property bool singleParagraph: false

    signal edited(string text)

    Layout.fillWidth: true
    Layout.preferredHeight: Math.min(area.implicitHeight, maxHeight)
    contentWidth: availableWidth
    clip: true
    background: Rectangle {
        color: box.enabled ? "white" : Theme.panel
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.accent : "#b0b0b0"
    }

    TextArea {
        id: area
        wrapMode: TextArea.Wrap
        selectByMouse: true
        Accessible.name: box.accessibleName
        onTextChanged: box.edited(text)
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        Keys.onReturnPressed: (event) => event.accepted = box.singleParagraph
        Keys.onEnterPressed: (event) => event.accepted = box.singleParagraph
        // Keep the caret in sight when the text is taller than the box.
        onCursorRectangleChanged: {
            const flick = box.contentItem
            if (!activeFocus || !flick) return
            if (cursorRectangle.y < flick.contentY) flick.contentY = cursorRectangle.y
            else if (cursorRectangle.y + cursorRectangle.height > flick.contentY + box.height)
                flick.contentY = cursorRectangle.y + cursorRectangle.height - box.height
        }
    }
}
