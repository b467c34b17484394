// UnsavedChangesDialog.qml — "save, discard or cancel" before closing or opening another document.
import QtQuick
import QtQuick.Controls
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
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel

    onAccepted: dialog.saveRequested(pending)
    onDiscarded: {
        const action = pending
        close()
        if (action) action()
    }

    Label {
        text: qsTr("%1 has changes that are not saved. Save them first?").arg(DocumentController.displayName)
        wrapMode: Text.Wrap
        width: 600
    }
}
