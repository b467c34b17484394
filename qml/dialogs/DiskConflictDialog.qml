// DiskConflictDialog.qml — the file changed on disk since it was opened (or, for a shared portfolio,
// someone saved the same entities first): show what changed and let the user reload, merge, save under
// another name or overwrite. Never overwrites silently.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "diskConflictDialog"

    signal saveAsRequested()

    title: SharedDocument.active ? qsTr("The shared portfolio was changed by someone else")
                                 : qsTr("The file was changed by someone else")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(1100, Overlay.overlay ? Overlay.overlay.width - 80 : 1100)
    height: Math.min(700, Overlay.overlay ? Overlay.overlay.height - 80 : 700)

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: (SharedDocument.active ? qsTr("Someone else saved the same items of %1 after you opened it. Their changes:")
                                         : qsTr("%1 was saved by someone else after you opened it. Their changes:"))
                  .arg(DocumentController.displayName)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: DocumentController.diskChanges
            Accessible.name: SharedDocument.active ? qsTr("Changes in the shared portfolio") : qsTr("Changes on disk")
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                text: "• " + modelData
                wrapMode: Text.Wrap
            }
        }
    }
    footer: DialogButtonBox {
        Button {
            text: qsTr("Reload theirs")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: { DocumentController.reloadFromDisk(); dialog.close() }
        }
        Button {
            text: qsTr("Merge")
            enabled: DocumentController.canMerge
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: { DocumentController.mergeWithDisk(); dialog.close() }
        }
        Button {
            text: qsTr("Save as…")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: { dialog.close(); dialog.saveAsRequested() }
        }
        Button {
            text: qsTr("Overwrite")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: { DocumentController.overwrite(); dialog.close() }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
