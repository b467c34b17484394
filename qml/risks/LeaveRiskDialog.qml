// LeaveRiskDialog.qml — "apply, discard or cancel" when the user leaves a risk whose form holds changes
// (another row, a filter that hides it, a new risk). Cancel (or Escape) stays on the changed risk.
import QtQuick
import QtQuick.Controls
import Riskboard

Dialog {
    id: dialog

    required property RiskRegister register
    property string question
    property bool answered: false

    function answer(choice) {
        answered = true
        close()
        register.answerLeave(choice)
    }

    objectName: "riskLeaveDialog"
    width: 620 // fixed: a wrapped label's implicit width and the button box's would bind in a loop
    title: qsTr("Changes not applied")
    modal: true
    anchors.centerIn: Overlay.overlay
    closePolicy: Popup.CloseOnEscape
    onOpened: applyButton.forceActiveFocus(Qt.TabFocusReason)
    onClosed: if (!answered) register.answerLeave(RiskRegister.Cancel)

    Connections {
        target: dialog.register
        function onLeaveQuestionChanged() {
            if (dialog.register.leaveQuestion.length === 0 || dialog.visible) return
            dialog.question = dialog.register.leaveQuestion
            dialog.answered = false
            dialog.open()
        }
    }

    Label {
        text: dialog.question
        wrapMode: Text.Wrap
        width: dialog.availableWidth
    }
    footer: DialogButtonBox {
        Button {
            id: applyButton
            objectName: "riskLeaveApply"
            text: qsTr("Apply")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.answer(RiskRegister.Apply)
        }
        Button {
            objectName: "riskLeaveDiscard"
            text: qsTr("Discard")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.answer(RiskRegister.Discard)
        }
        Button {
            objectName: "riskLeaveCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.answer(RiskRegister.Cancel)
        }
    }
}
