// DiagnosticsDialog.qml — every problem found while loading or saving, with file:line:column.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "diagnosticsDialog"
    title: qsTr("The portfolio could not be opened or saved")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(1200, Overlay.overlay ? Overlay.overlay.width - 80 : 1200)
    height: Math.min(700, Overlay.overlay ? Overlay.overlay.height - 80 : 700)
    standardButtons: Dialog.Close
    onClosed: DocumentController.clearErrors()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: qsTr("%n problem(s). Each line names the file, the line and the column.", "", DocumentController.diagnostics.length)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: DocumentController.diagnostics
            keyNavigationEnabled: true
            Accessible.name: qsTr("Problems")
            ScrollBar.vertical: ScrollBar {}
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                text: modelData
                font.family: "DejaVu Sans Mono"
                color: Theme.warning
                wrapMode: Text.WrapAnywhere
                padding: 4
                Accessible.name: modelData
            }
        }
    }
}
