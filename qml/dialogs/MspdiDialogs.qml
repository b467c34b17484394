// MspdiDialogs.qml — File ▸ Import MS Project… and File ▸ Export ▸ MS Project XML…: the file dialogs (or,
// where Qt Quick's file dialog cannot be built, a typed path, as FileDialogs.qml does), and the log of the
// import or export for the user to read and copy. The work is MspdiController's (qml/mspdicontroller.h),
// the same code as `riskboard import-mspdi` / `export-mspdi`.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Riskboard

Item {
    id: root

    property bool exported: false // the log is an export's (else an import's)

    function importPlan() {
        if (AppState.fileDialogProblem.length > 0) pathDialog.ask(false)
        else importDialog.open()
    }
    function exportPlan() {
        if (!DocumentController.hasDocument) return
        if (AppState.fileDialogProblem.length > 0) {
            pathDialog.ask(true)
        } else {
            const path = controller.suggestedExportPath()
            exportDialog.currentFolder = controller.folderOf(path)
            exportDialog.selectedFile = controller.fileUrl(path)
            exportDialog.open()
            AppState.focusFileName(root)
        }
    }
    function runImport(url) {
        controller.importPlan(url, true) // top-level summary tasks become themes, as the command's default
        root.exported = false
        logDialog.open()
    }
    function runExport(url) {
        controller.exportPlan(url)
        root.exported = true
        logDialog.open()
    }

    MspdiController {
        id: controller
        documentController: DocumentController
    }

    FileDialog {
        id: importDialog
        objectName: "mspdiImportDialog"
        title: qsTr("Import MS Project plan")
        nameFilters: [qsTr("MS Project XML (*.xml)"), qsTr("All files (*)")]
        onAccepted: root.runImport(selectedFile)
    }
    FileDialog {
        id: exportDialog
        objectName: "mspdiExportDialog"
        title: qsTr("Export as MS Project XML")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "xml"
        nameFilters: [qsTr("MS Project XML (*.xml)")]
        onAccepted: root.runExport(selectedFile)
    }
    Dialog {
        id: pathDialog
        objectName: "mspdiPathDialog"

        property bool exporting: false

        function ask(forExport) {
            exporting = forExport
            pathField.text = forExport ? controller.suggestedExportPath() : ""
            open()
            pathField.forceActiveFocus()
        }

        title: exporting ? exportDialog.title : importDialog.title
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(900, parent ? parent.width - 80 : 900)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: {
            if (exporting) root.runExport(pathField.text.trim())
            else root.runImport(pathField.text.trim())
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                text: AppState.fileDialogProblem
                color: "#b00020" // Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: pathField
                objectName: "mspdiPathField"
                placeholderText: "/home/…/plan.xml"
                Accessible.name: qsTr("Path of the MS Project XML file")
                Layout.fillWidth: true
                onAccepted: pathDialog.accept()
            }
        }
    }
    Dialog {
        id: logDialog
        objectName: "mspdiLogDialog"
        title: root.exported ? qsTr("MS Project XML: what the file cannot hold")
                             : controller.errors.length > 0 ? qsTr("MS Project plan not imported")
                                                            : qsTr("MS Project: what could not be represented")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(1200, parent ? parent.width - 80 : 1200)
        height: Math.min(760, parent ? parent.height - 80 : 760)
        standardButtons: Dialog.Close
        onAboutToShow: logArea.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                objectName: "mspdiLogSummary"
                text: controller.summary
                color: controller.succeeded ? palette.text : "#b00020" // Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: controller.notes.length > 0
                      ? qsTr("%n note(s): each says what changed and names the first tasks it concerns.", "", controller.notes.length)
                      : (controller.succeeded ? qsTr("Nothing was lost.") : "")
                visible: text.length > 0
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                TextArea {
                    id: logArea
                    objectName: "mspdiLogText"
                    readOnly: true
                    selectByMouse: true
                    selectByKeyboard: true
                    wrapMode: TextEdit.Wrap
                    text: controller.details
                    Accessible.name: qsTr("Import and export log")
                }
            }
            Button {
                objectName: "mspdiCopyLogButton"
                text: qsTr("Copy log")
                Accessible.name: qsTr("Copy the log to the clipboard")
                onClicked: controller.copyLog()
            }
        }
    }
}
