// GraphToolBar.qml — above the dependency graph: the search (given by GraphView as children of the
// first row), the view switch (whole graph / neighbourhood and its steps), zoom, the themes to
// collapse and the legend.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ColumnLayout {
    id: bar

    required property DependencyGraph graph
    default property alias searchItems: searchRow.data

    spacing: 6

    RowLayout {
        id: searchRow
        spacing: 8
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        ButtonGroup { id: modes }
        Button {
            objectName: "graphWholeButton"
            text: qsTr("Whole graph")
            checkable: true
            checked: bar.graph.mode === DependencyGraph.WholeGraph
            ButtonGroup.group: modes
            onClicked: bar.graph.mode = DependencyGraph.WholeGraph
        }
        Button {
            objectName: "graphNeighbourhoodButton"
            text: qsTr("Neighbourhood")
            checkable: true
            checked: bar.graph.mode === DependencyGraph.Neighbourhood
            ButtonGroup.group: modes
            Accessible.description: qsTr("The selected post with its predecessors and successors, and its driving chain")
            onClicked: bar.graph.mode = DependencyGraph.Neighbourhood
        }
        Label { text: qsTr("Steps"); visible: depth.visible }
        SpinBox {
            id: depth
            objectName: "graphDepth"
            visible: bar.graph.mode === DependencyGraph.Neighbourhood
            from: 1
            to: 9
            value: bar.graph.depth
            Accessible.name: qsTr("Steps out from the selected post")
            onValueModified: bar.graph.depth = value
        }
        Item { Layout.preferredWidth: 16 }
        Button { text: qsTr("Zoom in (+)"); onClicked: bar.graph.zoomAt(1.25, bar.graph.width / 2, bar.graph.height / 2) }
        Button { text: qsTr("Zoom out (−)"); onClicked: bar.graph.zoomAt(0.8, bar.graph.width / 2, bar.graph.height / 2) }
        Button { text: qsTr("Fit (0)"); onClicked: bar.graph.fitToView() }
        Item { Layout.fillWidth: true }
    }
    Flow {
        visible: bar.graph.mode === DependencyGraph.WholeGraph
        spacing: 6
        Layout.fillWidth: true
        Label { text: qsTr("Themes (checked: collapsed into one box):"); height: collapseAll.height; verticalAlignment: Text.AlignVCenter }
        Repeater {
            model: bar.graph.themes
            delegate: CheckBox {
                required property var modelData
                objectName: "graphTheme" + modelData.theme
                text: qsTr("%1 (%2)").arg(modelData.theme).arg(modelData.posts)
                checked: bar.graph.collapsedThemes.includes(modelData.theme)
                Accessible.name: qsTr("Collapse theme %1 %2").arg(modelData.theme).arg(modelData.name)
                ToolTip.visible: hovered && modelData.name.length > 0
                ToolTip.text: modelData.name
                onToggled: bar.graph.setThemeCollapsed(modelData.theme, checked)
            }
        }
        Button { id: collapseAll; objectName: "graphCollapseAll"; text: qsTr("Collapse all"); onClicked: bar.graph.setAllThemesCollapsed(true) }
        Button { objectName: "graphExpandAll"; text: qsTr("Expand all"); onClicked: bar.graph.setAllThemesCollapsed(false) }
    }
    Label {
        text: qsTr("FS ——  SS – – –  FF · · ·  SF –·–   ▭ dashed grey: external   ▭ vermilion: critical path   blue: driving chain")
        color: Theme.mutedText
        Layout.fillWidth: true
        elide: Text.ElideRight
    }
}
