// ProgressDialog.qml — "Update progress" of one post (Edit ▸ Update progress…, Ctrl+U, or the post
// details' button): actual start, actual finish, remaining days, and the programme's status date.
// Keyboard-first: it opens on the first field, Tab moves on, Enter applies, Escape cancels. The
// messages and the rules live in ProgressEditor (C++); this file only shows them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "progressDialog"

    property alias postId: editor.postId
    property alias editor: editor

    function openFor(post) {
        editor.postId = post
        open()
    }

    title: editor.valid ? qsTr("Update progress of %1").arg(editor.postId) : qsTr("Status date of the programme")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(820, Overlay.overlay ? Overlay.overlay.width - 80 : 820)
    onAboutToShow: {
        editor.reset()
        if (editor.valid) {
            start.input.selectAll()
            start.input.forceActiveFocus()
        } else {
            status.input.selectAll()
            status.input.forceActiveFocus()
        }
    }
    function applyAndClose() {
        if (editor.apply()) dialog.close()
    }

    ProgressEditor {
        id: editor
        objectName: "progressEditor"
        document: DocumentController
    }

    // A labelled text field for a date or a number, with its message (in words) under it.
    component Field: ColumnLayout {
        id: fieldBox
        property alias label: caption.text
        property alias text: input.text
        property alias input: input
        property string problem
        property string hint
        signal edited(string text)
        signal submitted()
        spacing: 2
        Layout.fillWidth: true
        Label { id: caption; font.bold: true }
        TextField {
            id: input
            Layout.preferredWidth: 260
            placeholderText: fieldBox.hint
            Accessible.name: caption.text
            Accessible.description: fieldBox.problem
            color: fieldBox.problem.length > 0 ? Theme.critical : Theme.text
            onTextEdited: fieldBox.edited(text)
            onAccepted: fieldBox.submitted()
        }
        Label {
            text: fieldBox.problem
            visible: text.length > 0
            color: Theme.critical
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // One row: the action beside Cancel (Escape), the action as wide as its words.
    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "progressApply"
            text: qsTr("&Apply")
            highlighted: true
            enabled: editor.canApply
            onClicked: dialog.applyAndClose()
        }
        Button {
            objectName: "progressCancel"
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
    }

    ColumnLayout {
        width: parent ? parent.width : 0
        spacing: 10
        Label {
            visible: editor.valid
            text: editor.postTitle
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: editor.valid
            text: qsTr("Planned %1 – %2 (%n day(s)). Leave a field empty when it does not apply yet.", "", editor.plannedDays)
                      .arg(editor.plannedStart.length > 0 ? editor.plannedStart : "–")
                      .arg(editor.plannedFinish.length > 0 ? editor.plannedFinish : "–")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: 24
            rowSpacing: 8
            visible: editor.valid
            Layout.fillWidth: true
            Field {
                id: start
                objectName: "progressActualStart"
                label: qsTr("Actual start")
                hint: qsTr("YYYY-MM-DD")
                text: editor.actualStart
                problem: editor.actualStartProblem
                onEdited: (t) => editor.actualStart = t
                onSubmitted: dialog.applyAndClose()
            }
            Field {
                objectName: "progressActualFinish"
                label: qsTr("Actual finish")
                hint: qsTr("YYYY-MM-DD")
                text: editor.actualFinish
                problem: editor.actualFinishProblem
                onEdited: (t) => editor.actualFinish = t
                onSubmitted: dialog.applyAndClose()
            }
            Field {
                objectName: "progressRemainingDays"
                label: qsTr("Remaining days (running post)")
                hint: qsTr("days of work left after the status date")
                text: editor.remainingDays
                problem: editor.remainingDaysProblem
                onEdited: (t) => editor.remainingDays = t
                onSubmitted: dialog.applyAndClose()
            }
            Label {
                objectName: "progressResultingStatus"
                text: qsTr("Status after the update: %1").arg(dialog.statusName(editor.resultingStatus))
                Layout.alignment: Qt.AlignBottom
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Field {
            id: status
            objectName: "progressStatusDate"
            label: qsTr("Status date of the programme")
            hint: qsTr("YYYY-MM-DD")
            text: editor.statusDate
            problem: editor.statusDateProblem
            onEdited: (t) => editor.statusDate = t
            onSubmitted: dialog.applyAndClose()
        }
        Label {
            text: qsTr("Actuals are what happened up to the status date; work not yet started is scheduled from the status date.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    function statusName(status) {
        switch (status) {
        case "planned": return qsTr("planned")
        case "running": return qsTr("running")
        case "done": return qsTr("done")
        case "deferred": return qsTr("deferred")
        case "cancelled": return qsTr("cancelled")
        }
        return status
    }
}
