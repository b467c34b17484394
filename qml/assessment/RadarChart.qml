// RadarChart.qml — the seven factors on a polar chart: the draft or an opened history entry (blue)
// over the assessment it is compared with (grey), fed by the view-model's radar table through model
// mappers.
import QtQuick
import QtCharts
import Riskboard

PolarChartView {
    id: chart

    required property AssessmentEditor editor

    antialiasing: true
    legend.visible: true
    legend.alignment: Qt.AlignBottom
    legend.font.pointSize: Theme.smallSize
    backgroundRoundness: 0
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Radar chart of the success factors")
    Accessible.description: editor.radarSummary

    CategoryAxis {
        id: angular
        min: 0
        max: 360
        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
        labelsFont.pointSize: Theme.labelSize
        labelsFont.bold: true
        startValue: 0
    }
    ValueAxis {
        id: radial
        min: 0
        max: 5
        tickCount: 6
        labelFormat: "%d"
        labelsFont.pointSize: Theme.smallSize - 3
    }
    LineSeries {
        id: previous
        name: qsTr("Compared with: %1").arg(chart.editor.comparisonDate)
        axisAngular: angular
        axisRadial: radial
        color: Theme.previous
        width: 3
        style: Qt.DashLine
        VXYModelMapper { model: chart.editor.radar; xColumn: 0; yColumn: 2 }
    }
    LineSeries {
        id: current
        name: chart.editor.editable ? qsTr("This assessment") : qsTr("Opened assessment")
        axisAngular: angular
        axisRadial: radial
        color: Theme.current
        width: 4
        pointsVisible: true
        VXYModelMapper { model: chart.editor.radar; xColumn: 0; yColumn: 1 }
    }
    Instantiator { // one angular label per factor, at its angle
        model: chart.editor.factors
        delegate: QtObject {
            required property int index
            required property bool detailed
        }
        onObjectAdded: (index, object) => {
            if (!object.detailed && index < chart.editor.mainFactorCount)
                angular.append(String(index + 1), 360 * index / chart.editor.mainFactorCount + 0.001) // numbered as in the list
        }
        onObjectRemoved: (index, object) => { if (!object.detailed && index < chart.editor.mainFactorCount) angular.remove(String(index + 1)) }
    }
}
