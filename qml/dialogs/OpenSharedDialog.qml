// OpenSharedDialog.qml — File ▸ Open shared portfolio…: the store URL of a shared portfolio
// (docs/team.md), and the recently opened ones. Opening runs in the background; the dialog says
// "Connecting…" and shows the server's answer when it cannot open it. Presentation only: SharedDocument
// decides.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "openSharedDialog"

    title: qsTr("Open shared portfolio")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(1000, Overlay.overlay ? Overlay.overlay.width - 80 : 1000)
    onAboutToShow: {
        if (urlField.text.length === 0 && SharedDocument.recentUrls.length > 0)
            urlField.text = SharedDocument.recentUrls[0]
        urlField.selectAll()
        urlField.forceActiveFocus()
    }
    function openUrl() {
        if (urlField.text.trim().length > 0)
            SharedDocument.open(urlField.text)
    }
    Connections {
        target: SharedDocument
        function onOpenFinished(ok) { if (ok) dialog.close() }
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("The address of the portfolio on the team's PostgreSQL server, for example postgresql://server/riskboard?portfolio=mab, or postgresql:///riskboard?host=/var/run/postgresql&portfolio=mab for a server on this computer.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: urlField
            objectName: "sharedUrlField"
            Layout.fillWidth: true
            placeholderText: "postgresql://server/riskboard?portfolio=mab"
            Accessible.name: qsTr("Address of the shared portfolio")
            enabled: !SharedDocument.busy
            onAccepted: dialog.openUrl()
        }
        Label {
            visible: SharedDocument.recentUrls.length > 0
            text: qsTr("Recently opened")
            color: Theme.mutedText
        }
        Repeater {
            model: SharedDocument.recentUrls
            delegate: ItemDelegate {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
                enabled: !SharedDocument.busy
                Accessible.name: qsTr("Open %1").arg(modelData)
                onClicked: { urlField.text = modelData; dialog.openUrl() }
            }
        }
        Label {
            objectName: "sharedOpenStatus"
            visible: text.length > 0
            text: SharedDocument.busy ? qsTr("Connecting…") : SharedDocument.errorText
            color: SharedDocument.busy ? Theme.mutedText : Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "sharedOpenButton"
            text: qsTr("Open")
            enabled: !SharedDocument.busy && urlField.text.trim().length > 0
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.openUrl()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
