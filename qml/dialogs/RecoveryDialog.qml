// RecoveryDialog.qml — offered at start-up after a crash: restore the autosaved changes or discard
// them. Restoring never writes the real file; the user saves when ready.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    objectName: "recoveryDialog"
    title: qsTr("Recover unsaved changes?")
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Ok | Dialog.Discard

    Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Restore")
    onAccepted: DocumentController.restoreRecovery()
    onDiscarded: {
        DocumentController.discardRecovery()
        close()
    }

    width: Math.min(760, Overlay.overlay ? Overlay.overlay.width - 80 : 760)

    contentItem: ColumnLayout {
        Label {
            text: DocumentController.recoveryInfo + "\n\n"
                  + qsTr("Restore opens the recovered changes as unsaved changes; the file itself is not changed until you save.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
