// PostChooser.qml — the post to assess. Typing a code selects it (type-ahead on whole codes: "5C4"
// goes to 5C4, not to the first code starting with "4"); arrows move through the list. The post
// changes only on commit — Enter, a click in the list, or the focus leaving — never on each key.
// Posts with an unsaved draft are marked "●".
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Riskboard

ComboBox {
    id: chooser

    required property AssessmentEditor editor
    property string typed: ""

    function hasDraft(id) { return chooser.editor.draftPosts.indexOf(id) >= 0 }
    function commit() {
        typed = ""
        if (currentIndex >= 0 && currentValue !== AppState.selectedPostId) AppState.selectedPostId = currentValue
    }
    function showSelected() { currentIndex = indexOfValue(AppState.selectedPostId) }

    model: DocumentController.posts
    textRole: "postId"
    valueRole: "postId"
    displayText: currentIndex < 0 ? "" : currentText + (hasDraft(currentText) ? "  ●" : "")
    implicitWidth: 170
    Accessible.name: qsTr("Post to assess")
    Accessible.description: typed.length > 0 ? qsTr("Typed: %1").arg(typed) : ""
    ToolTip.visible: typed.length > 0 && activeFocus
    ToolTip.text: qsTr("Typed: %1 (Enter chooses)").arg(typed)

    Component.onCompleted: showSelected()
    onActivated: commit() // a click or Enter in the open list
    onActiveFocusChanged: if (!activeFocus && !popup.visible) commit()
    onCountChanged: showSelected()
    Connections {
        target: AppState
        function onSelectedPostIdChanged() { chooser.showSelected() }
    }
    Connections { // another document, or the posts changed: show the chosen post again
        target: DocumentController.posts
        function onModelReset() { chooser.showSelected() }
    }
    Timer { id: typedTimeout; interval: 1500; onTriggered: chooser.typed = "" }

    // Before the combo box's own keys: its first-letter search and its arrows switch at once.
    Keys.onPressed: (event) => {
        if (popup.visible) return
        if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
            currentIndex = Math.max(0, Math.min(count - 1, currentIndex + (event.key === Qt.Key_Down ? 1 : -1)))
            typed = ""
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            commit()
        } else if (event.key === Qt.Key_Escape && (typed.length > 0 || currentValue !== AppState.selectedPostId)) {
            typed = ""
            showSelected()
        } else if (event.key === Qt.Key_Backspace && typed.length > 0) {
            typed = typed.slice(0, -1)
            typedTimeout.restart()
        } else if (event.text.length === 1 && event.text > " " && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
            const row = editor.postRowForTyped(typed + event.text)
            if (row >= 0) {
                typed += event.text
                currentIndex = row
            }
            typedTimeout.restart()
        } else {
            return
        }
        event.accepted = true
    }

    delegate: ItemDelegate {
        required property int index
        required property string postId
        required property string title
        width: ListView.view ? ListView.view.width : chooser.width
        text: postId + (chooser.hasDraft(postId) ? "  ● " + qsTr("draft") : "") + "  " + title
        highlighted: chooser.highlightedIndex === index
        Accessible.name: text
    }
    popup.width: Math.max(chooser.width, 520)
}
