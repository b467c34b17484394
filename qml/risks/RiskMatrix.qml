// RiskMatrix.qml — open risks counted by probability (rows, 5 at the top) × impact (columns), inherent
// or residual. Clicking a cell (or Enter on it) filters the table; clicking it again clears the filter.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ColumnLayout {
    id: matrix

    required property RiskRegister register

    spacing: 6
    RowLayout {
        SectionLabel { text: qsTr("Probability × impact"); Layout.fillWidth: true }
        Switch {
            text: qsTr("Residual (after mitigation)")
            checked: matrix.register.risks.residual
            onToggled: matrix.register.risks.residual = checked
        }
    }
    GridLayout {
        columns: 6
        rowSpacing: 3
        columnSpacing: 3
        Accessible.role: Accessible.Table
        Accessible.name: qsTr("Risk matrix")
        Accessible.description: matrix.register.matrixSummary
        Repeater {
            model: 36
            delegate: Item {
                id: cell
                required property int index
                readonly property int gridRow: Math.floor(index / 6)
                readonly property int gridCol: index % 6
                readonly property int probability: 5 - gridRow           // rows 0..4 = probability 5..1
                readonly property int impact: gridCol                    // columns 1..5 = impact 1..5
                readonly property bool isCell: gridRow < 5 && gridCol > 0
                readonly property int count: isCell ? matrix.register.matrixCounts[(probability - 1) * 5 + impact - 1] : 0
                readonly property bool active: isCell && matrix.register.risks.matrixProbability === probability
                                               && matrix.register.risks.matrixImpact === impact
                Layout.preferredWidth: gridCol === 0 ? 60 : 76
                Layout.preferredHeight: gridRow === 5 ? 26 : 38
                activeFocusOnTab: isCell
                Accessible.role: isCell ? Accessible.Cell : Accessible.StaticText
                Accessible.name: isCell ? qsTr("probability %1, impact %2: %3 risks").arg(probability).arg(impact).arg(count) : label.text
                Keys.onReturnPressed: toggle()
                Keys.onSpacePressed: toggle()
                function toggle() {
                    if (active) matrix.register.risks.setMatrixCell(0, 0)
                    else matrix.register.risks.setMatrixCell(probability, impact)
                }
                Rectangle {
                    anchors.fill: parent
                    visible: cell.isCell
                    color: Theme.exposure(cell.probability * cell.impact)
                    opacity: cell.count > 0 ? 1 : 0.35
                    border.width: cell.active || cell.activeFocus ? 4 : 0
                    border.color: Theme.accent
                    radius: 3
                }
                Text {
                    id: label
                    anchors.centerIn: parent
                    font.pointSize: cell.isCell ? Theme.labelSize : Theme.smallSize
                    font.bold: cell.isCell && cell.count > 0
                    color: cell.isCell ? Theme.onExposure(cell.probability * cell.impact) : Theme.mutedText
                    text: cell.isCell ? (cell.count > 0 ? cell.count : "")
                                      : (cell.gridRow === 5 ? (cell.gridCol > 0 ? qsTr("I%1").arg(cell.gridCol) : "")
                                                            : qsTr("P%1").arg(cell.probability))
                }
                MouseArea { anchors.fill: parent; enabled: cell.isCell; onClicked: cell.toggle() }
            }
        }
    }
    Label {
        text: matrix.register.matrixSummary
        wrapMode: Text.Wrap
        color: Theme.mutedText
        Layout.fillWidth: true
    }
}
