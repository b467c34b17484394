// Main.qml — the application window (a plain list of posts until the full UI lands).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: DocumentController.programmeName.length > 0
           ? qsTr("%1 — Riskboard").arg(DocumentController.programmeName) : qsTr("Riskboard")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        Label {
            text: DocumentController.programmeName
            font.pixelSize: 28
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: DocumentController.errorText.length > 0
            text: DocumentController.errorText
            color: "#b00020"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: postList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            model: DocumentController.posts
            Accessible.name: qsTr("Posts")
            delegate: ItemDelegate {
                required property int index
                required property string postId
                required property string title
                required property string kind
                width: ListView.view.width
                text: qsTr("%1  %2  (%3)").arg(postId).arg(title).arg(kind)
                font.pixelSize: 18
                highlighted: ListView.isCurrentItem
                onClicked: postList.currentIndex = index
            }
        }
    }
}
