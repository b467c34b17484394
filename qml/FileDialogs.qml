// FileDialogs.qml — the open and save-as dialogs (JSON portfolios).
import QtQuick
import QtQuick.Dialogs

Item {
    id: root

    property var pendingThen: null

    signal openChosen(url url)
    signal saveChosen(url url, var then)

    function open() { openDialog.open() }
    function saveAs(then) {
        root.pendingThen = then
        saveDialog.open()
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
}
