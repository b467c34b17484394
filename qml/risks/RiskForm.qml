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

    function reload() {
        risk = register.riskAt(sourceRow)
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
            columns: 4
            columnSpacing: 8
            rowSpacing: 4
            SectionLabel { text: qsTr("Risk %1").arg(form.risk.id || ""); Layout.columnSpan: 4 }
            Label { text: qsTr("Title") }
            TextField { id: title; text: form.risk.title || ""; Layout.columnSpan: 3; Layout.fillWidth: true; Accessible.name: qsTr("Title") }
            Label { text: qsTr("Level") }
            OptionCombo { id: level; model: form.register.levelOptions.slice(1); accessibleName: qsTr("Level"); Component.onCompleted: selectValue(form.risk.level); Connections { target: form; function onRiskChanged() { level.selectValue(form.risk.level) } } }
            Label { text: qsTr("Posts") }
            TextField { id: posts; text: form.risk.posts || ""; Layout.fillWidth: true; Accessible.name: qsTr("Posts (comma separated)") }
            Label { text: qsTr("Factor") }
            ComboBox { id: factor; model: form.register.factorIds; currentIndex: Math.max(0, model.indexOf(form.risk.factor || "")); Accessible.name: qsTr("Success factor"); Layout.fillWidth: true }
            Label { text: qsTr("Owner") }
            TextField { id: owner; text: form.risk.owner || ""; Layout.fillWidth: true; Accessible.name: qsTr("Owner") }
            Label { text: qsTr("Cause") }
            TextField { id: cause; text: form.risk.cause || ""; Layout.columnSpan: 3; Layout.fillWidth: true; Accessible.name: qsTr("Cause") }
            Label { text: qsTr("Event") }
            TextField { id: eventField; text: form.risk.event || ""; Layout.columnSpan: 3; Layout.fillWidth: true; Accessible.name: qsTr("Event") }
            Label { text: qsTr("Effect") }
            TextField { id: effect; text: form.risk.effect || ""; Layout.columnSpan: 3; Layout.fillWidth: true; Accessible.name: qsTr("Effect") }
            Label { text: qsTr("Probability / impact") }
            RowLayout {
                SpinBox { id: prob; from: 0; to: 5; value: form.risk.probability || 0; Accessible.name: qsTr("Inherent probability") }
                SpinBox { id: imp; from: 0; to: 5; value: form.risk.impact || 0; Accessible.name: qsTr("Inherent impact") }
            }
            Label { text: qsTr("Residual") }
            RowLayout {
                SpinBox { id: rprob; from: 0; to: 5; value: form.risk.residualProbability || 0; Accessible.name: qsTr("Residual probability") }
                SpinBox { id: rimp; from: 0; to: 5; value: form.risk.residualImpact || 0; Accessible.name: qsTr("Residual impact") }
            }
            Label { text: qsTr("Response") }
            OptionCombo { id: response; model: form.register.responseOptions; accessibleName: qsTr("Response category"); Connections { target: form; function onRiskChanged() { response.selectValue(form.risk.response) } } }
            Label { text: qsTr("Delay (days)") }
            SpinBox { id: delay; from: 0; to: 3650; editable: true; value: form.risk.delayDays || 0; Accessible.name: qsTr("Schedule delay when it occurs, days") }
            Label { text: qsTr("Mitigation (beheersmaatregel)"); wrapMode: Text.Wrap; Layout.preferredWidth: 150 }
            TextArea { id: mitigation; text: form.risk.mitigation || ""; wrapMode: TextArea.Wrap; Layout.columnSpan: 3; Layout.fillWidth: true; Layout.preferredHeight: 70; Accessible.name: qsTr("Mitigation") }
            Label { text: qsTr("Status") }
            OptionCombo { id: status; model: form.register.statusOptions.slice(1); accessibleName: qsTr("Status"); Connections { target: form; function onRiskChanged() { status.selectValue(form.risk.status) } } }
            Label { text: qsTr("Next review") }
            TextField { id: review; text: form.risk.nextReview || ""; placeholderText: "YYYY-MM-DD"; inputMethodHints: Qt.ImhDate; Accessible.name: qsTr("Next review date") }
            Label { id: error; color: Theme.warning; Layout.columnSpan: 4; wrapMode: Text.Wrap; Layout.fillWidth: true; visible: text.length > 0 }
            RowLayout {
                Layout.columnSpan: 4
                Button {
                    text: qsTr("Apply changes")
                    highlighted: true
                    onClicked: if (!form.register.applyEdit(form.sourceRow, form.collect())) error.text = form.register.lastError() || qsTr("Nothing changed.")
                }
                Button { text: qsTr("Reset"); onClicked: form.reload() }
                Item { Layout.fillWidth: true }
                Button { text: qsTr("Delete risk"); onClicked: form.register.removeRisk(form.sourceRow) }
            }
            SectionLabel { text: qsTr("Change log"); Layout.columnSpan: 4 }
            Repeater {
                id: history
                delegate: Label {
                    required property string modelData
                    text: modelData
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    Layout.columnSpan: 4
                    Layout.fillWidth: true
                }
            }
        }
    }
}
