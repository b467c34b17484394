// BaselineDialog.qml — Edit ▸ Take baseline…: records the current plan as a baseline (the original promise
// or a re-plan) with its name, reason, who decided it and its date, as `riskboard baseline` does.
// Undoable. The rules and the taking live in BaselineEditor (C++); this file only shows them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "baselineDialog"

    property alias editor: editor

    title: qsTr("Take baseline")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(820, Overlay.overlay ? Overlay.overlay.width - 80 : 820)
    onAboutToShow: {
        editor.reset()
        nameField.forceActiveFocus()
    }
    function takeAndClose() {
        if (editor.take()) dialog.close()
    }

    BaselineEditor {
        id: editor
        objectName: "baselineEditor"
        document: DocumentController
    }

    // One row: the action beside Cancel (Escape), the action as wide as its words.
    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        Button {
            objectName: "baselineTake"
            text: qsTr("&Take baseline")
            highlighted: true
            enabled: editor.canTake
            onClicked: dialog.takeAndClose()
        }
        Button {
            objectName: "baselineCancel"
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
    }

    ColumnLayout {
        width: parent ? parent.width : 0
        spacing: 8
        Label {
            text: editor.baselineCount === 0
                  ? qsTr("This will be the first baseline: the original promise every later variance is measured against.")
                  : qsTr("This will be baseline %1. Variances stay shown against the original (“%2”) and the latest.")
                        .arg(editor.baselineCount + 1).arg(editor.originalName)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("It records each post's scheduled start, finish and budget now, and the programme's P50/P80 finish (Monte Carlo, 10,000 runs).")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Name"); font.bold: true }
        TextField {
            id: nameField
            objectName: "baselineName"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Herijking mei 2019")
            Accessible.name: qsTr("Name")
            text: editor.name
            onTextEdited: editor.name = text
            onAccepted: dialog.takeAndClose()
        }
        Label { text: qsTr("Reason"); font.bold: true }
        TextField {
            objectName: "baselineReason"
            Layout.fillWidth: true
            placeholderText: qsTr("why the plan is re-set")
            Accessible.name: qsTr("Reason")
            text: editor.reason
            onTextEdited: editor.reason = text
            onAccepted: dialog.takeAndClose()
        }
        RowLayout {
            spacing: 24
            ColumnLayout {
                Label { text: qsTr("Decided by"); font.bold: true }
                TextField {
                    objectName: "baselineDecidedBy"
                    Layout.preferredWidth: 320
                    placeholderText: qsTr("e.g. IV-Raad")
                    Accessible.name: qsTr("Decided by")
                    text: editor.decidedBy
                    onTextEdited: editor.decidedBy = text
                    onAccepted: dialog.takeAndClose()
                }
            }
            ColumnLayout {
                Label { text: qsTr("Date"); font.bold: true }
                TextField {
                    objectName: "baselineDate"
                    Layout.preferredWidth: 200
                    placeholderText: qsTr("YYYY-MM-DD")
                    Accessible.name: qsTr("Date")
                    text: editor.date
                    onTextEdited: editor.date = text
                    onAccepted: dialog.takeAndClose()
                }
            }
        }
        Label {
            objectName: "baselineProblems"
            text: editor.problemText
            visible: text.length > 0
            color: Theme.critical
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "baselineError"
            text: editor.error
            visible: text.length > 0
            color: Theme.critical
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
