// RiskForm.qml — edits every field of one risk; "Apply" makes one undoable change that is also
// appended to the risk's change log (shown below the form).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard
import "../components"

Rectangle {
    id: form

    required property RiskRegister register
    property int sourceRow: -1
    property var risk: ({})

    // Fields are assigned, not bound: typing into a field would otherwise break its binding and a
    // later risk (or an undo) would no longer show up in it.
    function reload() {
        risk = register.riskAt(sourceRow)
        const r = risk
        title.text = r.title || ""
        level.selectValue(r.level)
        posts.text = r.posts || ""
        factor.currentIndex = Math.max(0, register.factorIds.indexOf(r.factor || ""))
        owner.text = r.owner || ""
        cause.text = r.cause || ""
        eventField.text = r.event || ""
        effect.text = r.effect || ""
        prob.value = r.probability || 0
        imp.value = r.impact || 0
        rprob.value = r.residualProbability || 0
        rimp.value = r.residualImpact || 0
        response.selectValue(r.response || "")
        delay.value = r.delayDays || 0
        mitigation.text = r.mitigation || ""
        status.selectValue(r.status)
        review.text = r.nextReview || ""
        for (const field of [title, posts, owner, cause, eventField, effect, review])
            field.cursorPosition = 0 // show the start of long texts
        history.model = register.historyOf(sourceRow)
        error.text = ""
    }
    function collect() {
        return {
            title: title.text, level: level.currentValue, posts: posts.text, factor: factor.currentText,
            cause: cause.text, event: eventField.text, effect: effect.text,
            probability: prob.value, impact: imp.value, residualProbability: rprob.value, residualImpact: rimp.value,
            delayDays: delay.value, owner: owner.text, response: response.currentValue, mitigation: mitigation.text,
            status: status.currentValue, nextReview: review.text, note: form.risk.note
        }
    }

    color: Theme.panel
    radius: 8
    border.color: Theme.grid
    onSourceRowChanged: reload()
    Component.onCompleted: reload()
    Connections {
        target: DocumentController
        function onDocumentChanged() { form.reload() }
    }

    Label {
        anchors.centerIn: parent
        visible: form.risk.id === undefined
        text: qsTr("Select a risk to edit it.")
        color: Theme.mutedText
    }
    ScrollView {
        anchors.fill: parent
        anchors.margins: 12
        visible: form.risk.id !== undefined
        contentWidth: availableWidth
        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: 8
            rowSpacing: 4
            SectionLabel { text: qsTr("Risk %1").arg(form.risk.id || ""); Layout.columnSpan: 2 }
            Label { text: qsTr("Title") }
            TextField { id: title; Layout.fillWidth: true; Accessible.name: qsTr("Title") }
            Label { text: qsTr("Level") }
            OptionCombo { id: level; model: form.register.levelOptions.slice(1); accessibleName: qsTr("Level") }
            Label { text: qsTr("Posts") }
            TextField { id: posts; Layout.fillWidth: true; Accessible.name: qsTr("Posts (comma separated)") }
            Label { text: qsTr("Factor") }
            ComboBox { id: factor; model: form.register.factorIds; Accessible.name: qsTr("Success factor"); Layout.fillWidth: true }
            Label { text: qsTr("Owner") }
            TextField { id: owner; Layout.fillWidth: true; Accessible.name: qsTr("Owner") }
            Label { text: qsTr("Cause") }
            TextField { id: cause; Layout.fillWidth: true; Accessible.name: qsTr("Cause") }
            Label { text: qsTr("Event") }
            TextField { id: eventField; Layout.fillWidth: true; Accessible.name: qsTr("Event") }
            Label { text: qsTr("Effect") }
            TextField { id: effect; Layout.fillWidth: true; Accessible.name: qsTr("Effect") }
            Label { text: qsTr("Probability / impact") }
            RowLayout {
                SpinBox { id: prob; from: 0; to: 5; Accessible.name: qsTr("Inherent probability") }
                SpinBox { id: imp; from: 0; to: 5; Accessible.name: qsTr("Inherent impact") }
            }
            Label { text: qsTr("Residual") }
            RowLayout {
                SpinBox { id: rprob; from: 0; to: 5; Accessible.name: qsTr("Residual probability") }
                SpinBox { id: rimp; from: 0; to: 5; Accessible.name: qsTr("Residual impact") }
            }
            Label { text: qsTr("Response") }
            OptionCombo { id: response; model: form.register.responseOptions; accessibleName: qsTr("Response category") }
            Label { text: qsTr("Delay (days)") }
            SpinBox { id: delay; from: 0; to: 3650; editable: true; Accessible.name: qsTr("Schedule delay when it occurs, days") }
            Label { text: qsTr("Mitigation (beheersmaatregel)"); wrapMode: Text.Wrap; Layout.preferredWidth: 190 }
            TextArea { id: mitigation; wrapMode: TextArea.Wrap; Layout.fillWidth: true; Layout.preferredHeight: 70; Accessible.name: qsTr("Mitigation") }
            Label { text: qsTr("Status") }
            OptionCombo { id: status; model: form.register.statusOptions.slice(1); accessibleName: qsTr("Status") }
            Label { text: qsTr("Next review") }
            TextField { id: review; placeholderText: "YYYY-MM-DD"; inputMethodHints: Qt.ImhDate; Accessible.name: qsTr("Next review date") }
            Label { id: error; color: Theme.warning; Layout.columnSpan: 2; wrapMode: Text.Wrap; Layout.fillWidth: true; visible: text.length > 0 }
            RowLayout {
                Layout.columnSpan: 2
                Button {
                    text: qsTr("Apply changes")
                    highlighted: true
                    onClicked: if (!form.register.applyEdit(form.sourceRow, form.collect())) error.text = form.register.lastError() || qsTr("Nothing changed.")
                }
                Button { text: qsTr("Reset"); onClicked: form.reload() }
                Item { Layout.fillWidth: true }
                Button { text: qsTr("Delete risk"); onClicked: form.register.removeRisk(form.sourceRow) }
            }
            SectionLabel { text: qsTr("Change log"); Layout.columnSpan: 2 }
            Repeater {
                id: history
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
}
