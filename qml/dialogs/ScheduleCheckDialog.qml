// ScheduleCheckDialog.qml — the schedule check of the open portfolio (View ▸ Schedule check…,
// Ctrl+Shift+K): its findings in words, grouped by rule. Moving through the list (arrow keys) or
// clicking a finding selects its post in every view; the dialog stays beside the window's content so
// that the selection can be seen. Presentation only: ScheduleCheckModel does the work.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "scheduleCheckDialog"
    title: qsTr("Schedule check")
    modal: false
    x: Overlay.overlay ? Overlay.overlay.width - width - 24 : 0
    y: 24
    width: Math.min(820, Overlay.overlay ? Overlay.overlay.width - 80 : 820)
    height: Math.min(860, Overlay.overlay ? Overlay.overlay.height - 48 : 860)
    standardButtons: Dialog.Close

    onAboutToShow: {
        checkModel.active = true
        list.currentIndex = -1
        list.forceActiveFocus()
    }
    onClosed: checkModel.active = false

    ScheduleCheckModel { id: checkModel; objectName: "scheduleCheckModel"; document: DocumentController; appState: AppState }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "scheduleCheckSummary"
            text: checkModel.summary
            font.bold: true
            color: checkModel.errors > 0 ? Theme.critical : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("In the spirit of the DCMA 14-point schedule assessment, adapted to a programme portfolio. Use the arrow keys or click a finding to select its post.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "scheduleCheckWhy"
            text: list.currentIndex >= 0 ? checkModel.why(list.currentIndex) : ""
            visible: text.length > 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "scheduleCheckList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            model: checkModel
            currentIndex: -1
            Accessible.name: qsTr("Findings of the schedule check")
            ScrollBar.vertical: ScrollBar {}
            onCurrentIndexChanged: if (currentIndex >= 0) checkModel.select(currentIndex)
            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                text: section
                font.bold: true
                wrapMode: Text.Wrap
                topPadding: 10
                bottomPadding: 4
            }
            delegate: ItemDelegate {
                required property int index
                required property string finding
                required property bool error
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: finding
                contentItem: Label {
                    text: (error ? "⚠ " : "• ") + finding
                    color: error ? Theme.critical : Theme.text
                    wrapMode: Text.Wrap
                }
                Accessible.name: text
                onClicked: list.currentIndex = index
            }
        }
    }
}
