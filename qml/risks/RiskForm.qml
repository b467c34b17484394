// RiskForm.qml — edits every field of the selected risk through the register's typed draft; "Apply"
// makes one undoable change that is also appended to the risk's change log (shown below the form).
// The controls show the draft and write every edit back to it; the register keeps the draft until it
// is applied or discarded, and asks before the user leaves a changed risk.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Rectangle {
    id: form

    required property RiskRegister register
    readonly property RiskDraft draft: register.draft

    // A shared portfolio: asks the store for the shown risk's audit trail.
    function askHistory() { if (SharedDocument.active && form.visible && form.draft.riskId !== "") SharedDocument.showHistory("risk", form.draft.riskId) }
    onVisibleChanged: askHistory()
    Connections { target: form.draft; function onLoaded() { form.askHistory() } }
    Connections { target: SharedDocument; function onActiveChanged() { form.askHistory() } }

    // Tabbing into a field below (or above) the visible part of the form scrolls it into view.
    function ensureVisible(item) {
        let p = item
        while (p && p !== grid) p = p.parent
        const flick = scroll.contentItem
        if (!p || !flick || flick.contentY === undefined) return
        const top = item.mapToItem(grid, 0, 0).y - 8
        const bottom = top + Math.min(item.height, flick.height - 16) + 16
        if (top < flick.contentY) flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(bottom - flick.height, flick.contentHeight - flick.height))
    }

    color: Theme.panel
    radius: 8
    border.color: form.draft.dirty ? Theme.warning : Theme.grid
    border.width: form.draft.dirty ? 2 : 1

    Connections {
        target: form.Window.window
        function onActiveFocusItemChanged() { form.ensureVisible(form.Window.activeFocusItem) }
    }

    Label {
        anchors.centerIn: parent
        visible: form.draft.riskId === ""
        text: qsTr("Select a risk to edit it.")
        color: Theme.mutedText
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        visible: form.draft.riskId !== ""
        spacing: 6
        // Always in sight: which risk, whether it holds unapplied changes, and Apply.
        RowLayout {
            Layout.fillWidth: true
            SectionLabel {
                objectName: "riskFormHeading"
                text: qsTr("Risk %1").arg(form.draft.riskId)
            }
            Label {
                objectName: "riskFormUnapplied"
                visible: form.draft.dirty
                text: qsTr("● changes not applied")
                color: Theme.warning
                font.bold: true
                Accessible.name: qsTr("This risk has changes that are not applied yet")
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            visible: form.register.currentHidden
            text: qsTr("This risk is not shown in the table with the current filters.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: form.register.lastError
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            visible: text.length > 0
        }
        ScrollView {
            id: scroll
            objectName: "riskFormScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            GridLayout {
                id: grid
                width: scroll.availableWidth
                columns: 2
                columnSpacing: 8
                rowSpacing: 4
                Label { text: qsTr("Title") }
                FormTextArea {
                    objectName: "riskTitle"
                    singleParagraph: true
                    maxHeight: 90
                    accessibleName: qsTr("Title")
                    text: form.draft.title
                    onEdited: (text) => form.draft.title = text
                }
                Label { text: qsTr("Level") }
                ValueCombo {
                    objectName: "riskLevel"
                    accessibleName: qsTr("Level")
                    model: form.register.levelOptions.slice(1)
                    value: form.draft.level
                    onCommitted: (value) => form.draft.level = value
                }
                Label { text: qsTr("Posts") }
                TextField {
                    text: form.draft.posts
                    onTextEdited: form.draft.posts = text
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Posts (comma separated)")
                }
                Label { text: qsTr("Factor") }
                ValueCombo {
                    objectName: "riskFactor"
                    accessibleName: qsTr("Success factor")
                    model: form.register.factorOptions
                    value: form.draft.factor
                    onCommitted: (value) => form.draft.factor = value
                    Layout.fillWidth: true
                }
                Label { text: qsTr("Owner") }
                FormTextArea {
                    singleParagraph: true
                    maxHeight: 90
                    accessibleName: qsTr("Owner")
                    text: form.draft.owner
                    onEdited: (text) => form.draft.owner = text
                }
                Label { text: qsTr("Cause") }
                FormTextArea {
                    objectName: "riskCause"
                    accessibleName: qsTr("Cause")
                    text: form.draft.cause
                    onEdited: (text) => form.draft.cause = text
                }
                Label { text: qsTr("Event") }
                FormTextArea {
                    objectName: "riskEvent"
                    accessibleName: qsTr("Event")
                    text: form.draft.riskEvent
                    onEdited: (text) => form.draft.riskEvent = text
                }
                Label { text: qsTr("Effect") }
                FormTextArea {
                    objectName: "riskEffect"
                    accessibleName: qsTr("Effect")
                    text: form.draft.effect
                    onEdited: (text) => form.draft.effect = text
                }
                Label { text: qsTr("Probability / impact") }
                RowLayout {
                    SpinBox {
                        from: 0; to: 5
                        value: form.draft.probability
                        onValueModified: form.draft.probability = value
                        Accessible.name: qsTr("Inherent probability")
                    }
                    SpinBox {
                        from: 0; to: 5
                        value: form.draft.impact
                        onValueModified: form.draft.impact = value
                        Accessible.name: qsTr("Inherent impact")
                    }
                }
                Label { text: qsTr("Residual") }
                RowLayout {
                    SpinBox {
                        objectName: "riskResidualProbability"
                        from: 0; to: 5
                        value: form.draft.residualProbability
                        onValueModified: form.draft.residualProbability = value
                        Accessible.name: qsTr("Residual probability")
                    }
                    SpinBox {
                        from: 0; to: 5
                        value: form.draft.residualImpact
                        onValueModified: form.draft.residualImpact = value
                        Accessible.name: qsTr("Residual impact")
                    }
                }
                Label { text: qsTr("Response") }
                ValueCombo {
                    objectName: "riskResponse"
                    accessibleName: qsTr("Response category")
                    model: form.register.responseOptions
                    value: form.draft.response
                    onCommitted: (value) => form.draft.response = value
                }
                Label { text: qsTr("Delay (days)") }
                SpinBox {
                    from: 0; to: 3650
                    editable: true
                    value: form.draft.delayDays
                    onValueModified: form.draft.delayDays = value
                    Accessible.name: qsTr("Schedule delay when it occurs, days")
                }
                Label { text: qsTr("Mitigation (beheersmaatregel)"); wrapMode: Text.Wrap; Layout.preferredWidth: 190 }
                FormTextArea {
                    objectName: "riskMitigation"
                    accessibleName: qsTr("Mitigation")
                    text: form.draft.mitigation
                    onEdited: (text) => form.draft.mitigation = text
                }
                Label { text: qsTr("Status") }
                ValueCombo {
                    accessibleName: qsTr("Status")
                    model: form.register.statusOptions.slice(1)
                    value: form.draft.status
                    onCommitted: (value) => form.draft.status = value
                }
                Label { text: qsTr("Next review") }
                TextField {
                    objectName: "riskNextReview"
                    text: form.draft.nextReview
                    onTextEdited: form.draft.nextReview = text
                    placeholderText: qsTr("YYYY-MM-DD")
                    inputMethodHints: Qt.ImhDate
                    Accessible.name: qsTr("Next review date")
                }
                // A shared portfolio: who changed this risk and when (the store's audit trail, docs/team.md).
                TextBlock {
                    objectName: "riskSharedHistory"
                    caption: qsTr("Changes in the shared portfolio")
                    text: SharedDocument.active ? SharedDocument.historyText : ""
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                }
                SectionLabel { text: qsTr("Change log"); Layout.columnSpan: 2 }
                Repeater {
                    model: form.register.history
                    delegate: Label {
                        required property string modelData
                        text: modelData
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "riskApply"
                text: qsTr("Apply changes")
                highlighted: true
                enabled: form.draft.dirty
                onClicked: form.register.apply()
            }
            Button {
                text: qsTr("Reset")
                enabled: form.draft.dirty
                onClicked: form.register.revert()
            }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Delete risk"); onClicked: form.register.removeCurrent() }
        }
    }
}
