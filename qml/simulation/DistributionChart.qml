// DistributionChart.qml — histogram (area) and cumulative curve (line, right axis) of the programme
// finish, with P50, P80 and P90 marked, and the cumulative curve after mitigation (residual risk
// probabilities); data from SimulationController through model mappers.
import QtQuick
import QtCharts
import Riskboard

ChartView {
    id: chart

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pointSize: Theme.smallSize
    backgroundRoundness: 0
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Programme finish distribution")
    Accessible.description: SimulationController.summary

    DateTimeAxis {
        id: xAxis
        format: "d MMM yyyy"
        tickCount: 8
        min: new Date(SimulationController.minMs)
        max: new Date(SimulationController.maxMs)
        labelsFont.pointSize: Theme.smallSize - 1
    }
    ValueAxis {
        id: countAxis
        min: 0
        max: SimulationController.maxCount
        tickCount: 6
        labelFormat: "%d"
        titleText: qsTr("runs per %n day(s)", "", SimulationController.binDays)
        labelsFont.pointSize: Theme.smallSize - 1
    }
    ValueAxis {
        id: cumulativeAxis
        min: 0
        max: 100
        labelFormat: "%d %%"
        titleText: qsTr("cumulative")
        labelsFont.pointSize: Theme.smallSize - 1
    }
    AreaSeries {
        name: qsTr("Programme finish (runs per %n day(s))", "", SimulationController.binDays)
        axisX: xAxis
        axisY: countAxis
        color: "#9ecae1"
        borderColor: Theme.current
        upperSeries: LineSeries {
            VXYModelMapper { model: SimulationController.distribution; xColumn: 0; yColumn: 1 }
        }
    }
    LineSeries {
        name: qsTr("Cumulative %")
        axisX: xAxis
        axisYRight: cumulativeAxis
        color: Theme.text
        width: 3
        VXYModelMapper { model: SimulationController.distribution; xColumn: 0; yColumn: 2 }
    }
    LineSeries {
        name: qsTr("Cumulative % after mitigation")
        axisX: xAxis
        axisYRight: cumulativeAxis
        color: Theme.absorbed
        width: 3
        style: Qt.DotLine
        VXYModelMapper { model: SimulationController.mitigated; xColumn: 0; yColumn: 2 }
    }
    LineSeries {
        name: qsTr("P50 %1").arg(SimulationController.p50)
        axisX: xAxis
        axisY: countAxis
        color: Theme.score(2).darker(1.6)
        width: 3
        style: Qt.DashLine
        VXYModelMapper { model: SimulationController.markers; xColumn: 0; yColumn: 1; firstRow: 0; rowCount: 2 }
    }
    LineSeries {
        name: qsTr("P80 %1").arg(SimulationController.p80)
        axisX: xAxis
        axisY: countAxis
        color: Theme.score(3)
        width: 3
        style: Qt.DashLine
        VXYModelMapper { model: SimulationController.markers; xColumn: 0; yColumn: 1; firstRow: 2; rowCount: 2 }
    }
    LineSeries {
        name: qsTr("P90 %1").arg(SimulationController.p90)
        axisX: xAxis
        axisY: countAxis
        color: Theme.score(5)
        width: 3
        style: Qt.DashLine
        VXYModelMapper { model: SimulationController.markers; xColumn: 0; yColumn: 1; firstRow: 4; rowCount: 2 }
    }
}
