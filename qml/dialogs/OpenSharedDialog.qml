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

    ColumnLayout {
        anchors.fill: parent
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
            color: "#5a5a5a" // Theme.mutedText (qmllint in Qt 6.4 does not know Theme's QColor properties)
        }
        ListView {
            id: recentList
            objectName: "sharedRecentList"
            Layout.fillWidth: true
            implicitHeight: contentHeight
            interactive: false
            model: SharedDocument.recentUrls
            Accessible.name: qsTr("Recently opened")
            delegate: ItemDelegate {
                required property string modelData
                width: ListView.view.width
                text: modelData.replace(/&/g, "&&") // a URL's & is no mnemonic
                enabled: !SharedDocument.busy
                Accessible.name: qsTr("Open %1").arg(modelData)
                onClicked: SharedDocument.open(modelData)
            }
        }
        Label {
            objectName: "sharedOpenStatus"
            visible: text.length > 0
            text: SharedDocument.busy ? qsTr("Connecting…") : SharedDocument.errorText
            color: SharedDocument.busy ? "#5a5a5a" : "#b00020" // Theme.mutedText, Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    footer: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true }
        Button {
            objectName: "sharedOpenButton"
            text: qsTr("Open")
            enabled: !SharedDocument.busy && urlField.text.trim().length > 0
            highlighted: true
            onClicked: dialog.openUrl()
        }
        Button {
            text: qsTr("Cancel")
            Layout.rightMargin: 12
            Layout.bottomMargin: 12
            onClicked: dialog.close()
        }
    }
}
