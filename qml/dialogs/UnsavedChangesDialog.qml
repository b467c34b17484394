// UnsavedChangesDialog.qml — before closing or opening another document: lists what is not saved yet
// (the document's changes and every draft a view holds, e.g. an assessment not yet saved as one) and
// offers to save all of it, discard all of it, or go back.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "unsavedDialog"

    property var pending: null

    signal saveRequested(var then)

    function ask(action) {
        pending = action
        open()
    }

    title: qsTr("Unsaved changes")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, Overlay.overlay ? Overlay.overlay.width - 80 : 760)
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel

    onOpened: standardButton(Dialog.Save).forceActiveFocus()
    onAccepted: dialog.saveRequested(pending)
    onDiscarded: {
        const action = pending
        DocumentController.discardPendingEdits()
        close()
        if (action) action()
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("%1 has work that is not saved:").arg(DocumentController.displayName)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            objectName: "unsavedList"
            model: (DocumentController.modified ? [qsTr("Changes to the portfolio that are not saved to the file")] : [])
                   .concat(DocumentController.pendingEdits)
            delegate: Label {
                required property string modelData
                text: "•  " + modelData
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
            }
        }
        Label {
            text: DocumentController.pendingEdits.length > 0
                  ? qsTr("Save adds the drafts to the portfolio and saves it; Discard drops all of it.")
                  : qsTr("Save them first?")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
        }
    }
}
