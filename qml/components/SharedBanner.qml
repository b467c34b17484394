// SharedBanner.qml — a line across the top of the window while a shared portfolio is open and there
// is something to know: the server is away (keep working, the save waits), others saved changes that
// touch what is edited here (review them), a slow server, or whose changes were just merged in.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: banner
    objectName: "sharedBanner"

    signal reviewRequested()

    visible: SharedDocument.active && SharedDocument.bannerText.length > 0
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: SharedDocument.online && !SharedDocument.canReview ? Theme.panel : "#fff4ce"
    border.color: SharedDocument.online && !SharedDocument.canReview ? Theme.grid : Theme.warning
    Accessible.role: Accessible.AlertMessage
    Accessible.name: SharedDocument.bannerText

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        anchors.leftMargin: 16
        spacing: 12
        Label {
            objectName: "sharedBannerText"
            text: SharedDocument.bannerText
            wrapMode: Text.Wrap
            color: SharedDocument.online ? Theme.text : Theme.warning
            Layout.fillWidth: true
        }
        Button {
            visible: SharedDocument.canReview
            text: qsTr("Review…")
            onClicked: banner.reviewRequested()
        }
    }
}
