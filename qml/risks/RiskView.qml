// RiskView.qml — the risk register: search and filters, the sortable table, the 5×5 matrix (click a
// cell to filter), and the editing form with the risk's change log. Leaving a risk whose form holds
// changes asks first: apply, discard, or stay.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

Item {
    id: view

    RiskRegister {
        id: register
        objectName: "riskRegister"
        document: DocumentController
        appState: AppState
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 900 // shares the width with the form instead of claiming its implicit width
            spacing: 8
            // Wraps to a second line when the window is narrow (and in Dutch).
            Flow {
                spacing: 8
                Layout.fillWidth: true
                TextField {
                    objectName: "riskSearch"
                    placeholderText: qsTr("Search risks…")
                    width: 280
                    onTextChanged: register.risks.searchText = text
                    Accessible.name: qsTr("Search risks")
                }
                ValueCombo {
                    objectName: "riskLevelFilter"
                    accessibleName: qsTr("Filter by level")
                    model: register.levelOptions
                    value: register.risks.level
                    onCommitted: (value) => register.risks.level = value
                }
                ValueCombo {
                    objectName: "riskStatusFilter"
                    accessibleName: qsTr("Filter by status")
                    model: register.statusOptions
                    value: register.risks.status
                    onCommitted: (value) => register.risks.status = value
                }
                CheckBox {
                    text: qsTr("Overdue reviews only (%1)").arg(register.overdueCount)
                    checked: register.risks.overdueOnly
                    onToggled: register.risks.overdueOnly = checked
                }
                Button {
                    objectName: "riskNew"
                    text: qsTr("New risk")
                    onClicked: register.addRisk()
                }
            }
            RiskTable {
                register: register
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            Label {
                text: qsTr("%1 of %2 risks shown").arg(register.risks.count).arg(register.totalCount)
                color: Theme.mutedText
            }
        }

        ColumnLayout {
            Layout.preferredWidth: Math.min(700, view.width * 0.37)
            Layout.fillHeight: true
            spacing: 8
            RiskMatrix {
                register: register
                Layout.fillWidth: true
            }
            RiskForm {
                register: register
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    LeaveRiskDialog {
        register: register
    }
}
