// RiskView.qml — the risk register: search and filters, the sortable table, the 5×5 matrix (click a
// cell to filter), and the editing form with the risk's change log.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard
import "../components"

Item {
    id: view

    property int currentSourceRow: register.totalCount > 0 ? 0 : -1 // the first risk until the user picks one

    RiskRegister { id: register }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            RowLayout {
                spacing: 8
                TextField {
                    placeholderText: qsTr("Search risks…")
                    Layout.preferredWidth: 320
                    onTextChanged: register.risks.searchText = text
                    Accessible.name: qsTr("Search risks")
                }
                OptionCombo {
                    accessibleName: qsTr("Filter by level")
                    model: register.levelOptions
                    onActivated: register.risks.level = currentValue
                }
                OptionCombo {
                    accessibleName: qsTr("Filter by status")
                    model: register.statusOptions
                    onActivated: register.risks.status = currentValue
                }
                CheckBox {
                    text: qsTr("Overdue reviews only (%1)").arg(register.overdueCount)
                    onToggled: register.risks.overdueOnly = checked
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("New risk")
                    onClicked: view.currentSourceRow = register.addRisk()
                }
            }
            RiskTable {
                register: register
                currentSourceRow: view.currentSourceRow
                onRowChosen: (sourceRow) => view.currentSourceRow = sourceRow
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            Label {
                text: qsTr("%1 of %2 risks shown").arg(register.risks.count).arg(register.totalCount)
                color: Theme.mutedText
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 700
            Layout.fillHeight: true
            spacing: 8
            RiskMatrix {
                register: register
                Layout.fillWidth: true
            }
            RiskForm {
                register: register
                sourceRow: view.currentSourceRow
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
}
