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

    // Theme's colours as text (Qt 6.4's qmllint does not know Theme's QColor properties): panel, grid,
    // warning, text.
    readonly property bool alarm: !SharedDocument.online || SharedDocument.canReview

    visible: SharedDocument.active && SharedDocument.bannerText.length > 0
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: alarm ? "#fff4ce" : "#f4f5f7"
    border.color: alarm ? "#b00020" : "#dddddd"
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
            color: SharedDocument.online ? "#1a1a1a" : "#b00020"
            Layout.fillWidth: true
        }
        Button {
            visible: SharedDocument.canReview
            text: qsTr("Review…")
            onClicked: banner.reviewRequested()
        }
    }
}
