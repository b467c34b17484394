// UserNameDialog.qml — asked once, at the first start: the name written as assessor of an assessment
// and as author in a risk's change log. Prefilled with the system account's full name; changeable
// later (File ▸ Your name…).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "userNameDialog"

    title: qsTr("Your name")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, Overlay.overlay ? Overlay.overlay.width - 80 : 760)
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAboutToShow: {
        nameField.text = AppState.userName
        nameField.selectAll()
        nameField.forceActiveFocus()
    }
    onAccepted: AppState.userName = nameField.text

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Riskboard writes this name as the assessor of the assessments you save and as the author of your changes in a risk's change log.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: nameField
            objectName: "userNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("First and last name")
            Accessible.name: qsTr("Your name")
            onAccepted: dialog.accept()
        }
    }
}
