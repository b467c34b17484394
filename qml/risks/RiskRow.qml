// RiskRow.qml — one risk in the register table; overdue reviews are flagged in words and colour.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: row

    required property int index
    required property string riskId
    required property string title
    required property string level
    required property string posts
    required property int exposure
    required property int residualExposure
    required property string status
    required property string nextReview
    required property bool overdue
    property bool selected: false
    property bool showFocus: false // the selected row of the table that has keyboard focus
    property var labels: ({})      // "level.activity" → the word in the user's language

    signal clicked()

    implicitHeight: 38
    color: selected ? "#dbeaf7" : (index % 2 ? Theme.background : "#fafafa")
    border.width: showFocus ? 2 : 0
    border.color: Theme.accent
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("%1 %2, exposure %3, %4").arg(riskId).arg(title).arg(exposure).arg(overdue ? qsTr("review overdue") : statusLabel.text)

    MouseArea { anchors.fill: parent; onClicked: row.clicked() }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        Label { text: row.riskId; font.bold: true; leftPadding: 8; Layout.preferredWidth: 140; elide: Text.ElideRight }
        Label { text: row.title; elide: Text.ElideRight; Layout.fillWidth: true; Layout.preferredWidth: 200 }
        Label { objectName: "riskRowLevel"; text: row.labels["level." + row.level] || row.level; Layout.preferredWidth: 110; leftPadding: 8; elide: Text.ElideRight }
        Label { text: row.posts; Layout.preferredWidth: 100; elide: Text.ElideRight; leftPadding: 8 }
        Rectangle {
            Layout.preferredWidth: 62
            Layout.preferredHeight: 28
            Layout.rightMargin: 8
            radius: 3
            color: Theme.exposure(row.exposure)
            Text { anchors.centerIn: parent; text: row.exposure || "–"; color: Theme.onExposure(row.exposure); font.bold: true }
        }
        Rectangle {
            Layout.preferredWidth: 62
            Layout.preferredHeight: 28
            Layout.rightMargin: 38
            radius: 3
            color: Theme.exposure(row.residualExposure)
            Text { anchors.centerIn: parent; text: row.residualExposure || "–"; color: Theme.onExposure(row.residualExposure) }
        }
        Label { id: statusLabel; text: row.labels["status." + row.status] || row.status; Layout.preferredWidth: 90; leftPadding: 8; elide: Text.ElideRight }
        Label {
            // The sign and the colour say "overdue" in the table (the whole phrase did not fit and was
            // cut to "⚠ 2019-01-..."); the words stay for screen readers.
            text: row.overdue ? "⚠ " + row.nextReview : row.nextReview
            Accessible.name: row.overdue ? qsTr("%1 overdue").arg(row.nextReview) : row.nextReview
            color: row.overdue ? Theme.warning : Theme.text
            font.bold: row.overdue
            Layout.preferredWidth: 175 // "⚠ 2019-01-15" in bold, whole
            leftPadding: 8
            elide: Text.ElideRight
        }
    }
}
