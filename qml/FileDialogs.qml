// FileDialogs.qml — the open and save-as dialogs (JSON portfolios). Where Qt Quick's own file dialog
// cannot be built (AppState.fileDialogProblem: a missing QML module), a typed path takes its place and
// the problem is shown: Qt 6.4 would crash in FileDialog.open() there, losing the user's work.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Riskboard

Item {
    id: root

    property var pendingThen: null

    signal openChosen(url url)
    signal saveChosen(url url, var then)

    function open() {
        if (AppState.fileDialogProblem.length > 0) pathDialog.ask(false)
        else openDialog.open()
    }
    function saveAs(then) {
        root.pendingThen = then
        if (AppState.fileDialogProblem.length > 0) pathDialog.ask(true)
        else {
            saveDialog.currentFolder = DocumentController.suggestedFolder()
            saveDialog.selectedFile = DocumentController.suggestedFile(".json")
            saveDialog.open()
            AppState.focusFileName(root)
        }
    }

    FileDialog {
        id: openDialog
        objectName: "openDialog"
        title: qsTr("Open portfolio")
        nameFilters: [qsTr("Riskboard portfolios (*.json)"), qsTr("All files (*)")]
        onAccepted: root.openChosen(selectedFile)
    }
    FileDialog {
        id: saveDialog
        objectName: "saveDialog"
        title: qsTr("Save portfolio as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Riskboard portfolios (*.json)")]
        onAccepted: root.saveChosen(selectedFile, root.pendingThen)
    }
    Dialog {
        id: pathDialog
        objectName: "pathDialog"

        property bool saving: false

        function ask(save) {
            saving = save
            pathField.text = ""
            open()
            pathField.forceActiveFocus()
        }

        title: saving ? qsTr("Save portfolio as") : qsTr("Open portfolio")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(900, parent ? parent.width - 80 : 900)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: {
            const url = "file://" + pathField.text.trim()
            if (saving) root.saveChosen(url, root.pendingThen)
            else root.openChosen(url)
        }

        contentItem: ColumnLayout {
            spacing: 8
            Label {
                text: AppState.fileDialogProblem
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: pathField
                objectName: "pathField"
                placeholderText: "/home/…/portfolio.json"
                Accessible.name: qsTr("Path of the portfolio file")
                Layout.fillWidth: true
                onAccepted: pathDialog.accept()
            }
        }
    }
}
