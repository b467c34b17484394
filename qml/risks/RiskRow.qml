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

    signal clicked()

    implicitHeight: 38
    color: selected ? "#dbeaf7" : (index % 2 ? Theme.background : "#fafafa")
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("%1 %2, exposure %3, %4").arg(riskId).arg(title).arg(exposure).arg(overdue ? qsTr("review overdue") : status)

    MouseArea { anchors.fill: parent; onClicked: row.clicked() }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        Label { text: row.riskId; font.bold: true; leftPadding: 8; Layout.preferredWidth: 150; elide: Text.ElideRight }
        Label { text: row.title; elide: Text.ElideRight; Layout.fillWidth: true; Layout.preferredWidth: 200 }
        Label { text: row.level; Layout.preferredWidth: 120; leftPadding: 8 }
        Label { text: row.posts; Layout.preferredWidth: 120; elide: Text.ElideRight; leftPadding: 8 }
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
            Layout.rightMargin: 28
            radius: 3
            color: Theme.exposure(row.residualExposure)
            Text { anchors.centerIn: parent; text: row.residualExposure || "–"; color: Theme.onExposure(row.residualExposure) }
        }
        Label { text: row.status; Layout.preferredWidth: 100; leftPadding: 8 }
        Label {
            text: row.overdue ? qsTr("⚠ %1 overdue").arg(row.nextReview) : row.nextReview
            color: row.overdue ? Theme.warning : Theme.text
            font.bold: row.overdue
            Layout.preferredWidth: 140
            leftPadding: 8
            elide: Text.ElideRight
        }
    }
}
