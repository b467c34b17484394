// ProgrammePanel.qml — the programme charter (goals, ambitions, governance, rhythm, way of working, risk
// profile, success-factor procedure, finances) as the plan states it, grouped by topic; each fact with
// the plan's words, a note where the plan is ambiguous, and where in the plan it stands.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: panel

    Layout.fillWidth: true
    Layout.minimumWidth: 380
    Layout.maximumWidth: 560
    color: Theme.panel
    radius: 8
    border.color: Theme.grid
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Programme")

    ProgrammeCharter { id: charter; document: DocumentController; appState: AppState }

    Label {
        anchors.centerIn: parent
        anchors.margins: 16
        width: parent.width - 32
        visible: charter.empty
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("This portfolio has no programme charter (goals, governance, rhythm).")
        color: Theme.mutedText
    }
    ScrollView {
        id: scroller
        objectName: "programmeScroll"
        anchors.fill: parent
        anchors.margins: 16
        visible: !charter.empty
        contentWidth: availableWidth
        ColumnLayout {
            width: scroller.availableWidth
            spacing: 6
            SectionLabel { text: charter.title; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Repeater {
                model: charter.sections
                delegate: ColumnLayout {
                    id: section
                    required property var modelData
                    spacing: 6
                    Layout.fillWidth: true
                    SectionLabel { text: section.modelData.heading; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Repeater {
                        model: section.modelData.items
                        delegate: ColumnLayout {
                            id: fact
                            required property var modelData
                            spacing: 1
                            Layout.fillWidth: true
                            TextBlock { caption: fact.modelData.label; text: fact.modelData.text; Layout.fillWidth: true }
                            Label {
                                visible: text.length > 0
                                text: fact.modelData.note
                                font.italic: true
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("Source: %1").arg(fact.modelData.where)
                                visible: fact.modelData.where.length > 0
                                font.pointSize: Theme.smallSize
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                ToolTip.visible: sourceHover.hovered
                                ToolTip.text: fact.modelData.sources.join("\n")
                                HoverHandler { id: sourceHover }
                            }
                        }
                    }
                }
            }
        }
    }
}
