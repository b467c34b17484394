// WhatIfPanel.qml — "what if this post slips?": the slip of the selected post (slider, or typed days or weeks),
// the slipped posts, and the effect on the programme finish and the cost of delay, live.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: panel

    readonly property string postId: AppState.selectedPostId

    color: Theme.panel
    radius: 8
    border.color: Theme.grid
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("What-if")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        SectionLabel { text: qsTr("What if…") }
        Label {
            text: panel.postId.length > 0 ? qsTr("%1 slips by").arg(panel.postId) : qsTr("Select a post in the chart.")
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Slider {
            id: slider
            enabled: panel.postId.length > 0
            from: 0
            to: 180
            stepSize: 1
            // slipOf() is a call, not a property: reading slippedPosts (notified on every scenario change)
            // makes the binding follow the scenario, e.g. "Clear all slips".
            value: WhatIfController.slippedPosts ? WhatIfController.slipOf(panel.postId) : 0
            live: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Slip of %1 in days").arg(panel.postId)
            onMoved: WhatIfController.setSlip(panel.postId, Math.round(value))
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: slipField
                objectName: "whatIfSlipField"
                enabled: panel.postId.length > 0
                // Days or weeks: "10", "10d", "6w" (the parser of --delay on the command line).
                readonly property bool valid: WhatIfController.parseSlip(text) >= 0
                // The scenario's slip, not the slider's (the slider ends at 180 days, a typed slip need not).
                readonly property string slipText: String(WhatIfController.slippedPosts ? WhatIfController.slipOf(panel.postId) : 0)
                text: slipText
                placeholderText: qsTr("e.g. 10, 10d or 6w")
                Layout.preferredWidth: 140
                Accessible.name: qsTr("Slip of %1 in days or weeks (10, 10d, 6w)").arg(panel.postId)
                color: valid ? Theme.text : Theme.warning
                function apply() {
                    if (WhatIfController.setSlipText(panel.postId, text))
                        text = Qt.binding(() => slipText)
                }
                onAccepted: apply()
                onActiveFocusChanged: if (!activeFocus) apply()
            }
            Label {
                text: slipField.valid ? qsTr("days (type 6w for weeks)") : qsTr("Type days (10, 10d) or weeks (6w).")
                color: slipField.valid ? Theme.text : Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.grid }
        Label { text: qsTr("Programme finish"); color: Theme.mutedText }
        Label {
            text: WhatIfController.programmeSlipDays > 0
                  ? qsTr("%1 → %2").arg(WhatIfController.finishBefore).arg(WhatIfController.finishAfter)
                  : WhatIfController.finishAfter
            font.pointSize: Theme.labelSize
            font.bold: true
        }
        Label {
            text: qsTr("%1 days later").arg(WhatIfController.programmeSlipDays)
            color: WhatIfController.programmeSlipDays > 0 ? Theme.critical : Theme.mutedText
            font.pointSize: Theme.labelSize
        }
        Label { text: qsTr("Cost of delay"); color: Theme.mutedText }
        Label {
            text: qsTr("%1 k€").arg(Number(WhatIfController.costOfDelay).toLocaleString(Qt.locale(), "f", 0))
            font.pointSize: Theme.titleSize
            font.bold: true
        }
        Label {
            text: qsTr("%1 post(s) move · %2 absorbed by float").arg(WhatIfController.affectedCount).arg(WhatIfController.absorbedCount)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { // which posts absorbed it, not just how many
            objectName: "whatIfAbsorbedList"
            visible: WhatIfController.absorbedPosts.length > 0
            text: WhatIfController.absorbedPosts.slice(0, 8).join("\n")
                  + (WhatIfController.absorbedPosts.length > 8 ? "\n" + qsTr("… and %1 more").arg(WhatIfController.absorbedPosts.length - 8) : "")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.grid }
        Label { text: qsTr("Slipped posts"); color: Theme.mutedText; visible: WhatIfController.slippedPosts.length > 0 }
        Repeater {
            model: WhatIfController.slipList
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: qsTr("%1: %n day(s)", "", modelData.days).arg(modelData.post); Layout.fillWidth: true }
                Button { text: qsTr("Remove"); onClicked: WhatIfController.setSlip(modelData.post, 0); Accessible.name: qsTr("Remove slip of %1").arg(modelData.post) }
            }
        }
        Button { text: qsTr("Clear all slips"); enabled: WhatIfController.slippedPosts.length > 0; onClicked: WhatIfController.clear() }
        Item { Layout.fillHeight: true }
        Label {
            text: qsTr("The scenario is not part of the document: it changes nothing until you edit the plan.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
