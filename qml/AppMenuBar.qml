// AppMenuBar.qml — File, Edit, View and Language menus with the standard shortcuts.
import QtQuick
import QtQuick.Controls
import Riskboard

MenuBar {
    id: bar
    objectName: "menuBar"

    // Qt 6.4: Escape closes a menu while the pointer rests on its title, and the bar stays in "menu
    // open" mode (QQuickMenuBarPrivate::onMenuAboutToHide returns early for a hovered title). Moving to
    // the next title then opens it on hover and the click closes it again: "the click does nothing".
    // Triggering the title once more takes the bar out of that mode, as a second click would.
    // A menu as wide as its widest entry: the Basic style's fixed 200 px cut Dutch entries off
    // ("Startbeoordeling (ki…").
    component AppMenu: Menu {
        id: fitted
        width: {
            let widest = 200
            for (let i = 0; i < fitted.count; ++i) {
                const item = fitted.itemAt(i)
                if (item) widest = Math.max(widest, item.implicitWidth)
            }
            return widest + fitted.leftPadding + fitted.rightPadding
        }
    }

    function menuClosed(menu) {
        for (let i = 0; i < bar.count; ++i) {
            const item = bar.itemAt(i)
            if (item && item.menu === menu && item.highlighted && item.hovered) {
                item.triggered()
                return
            }
        }
    }

    signal openRequested()
    signal openRecentRequested(string path)
    signal openSharedRequested()
    signal saveRequested()
    signal saveAsRequested()
    signal exportRequested(bool deck)
    signal exportWorkbookRequested()
    signal importMspdiRequested()
    signal exportMspdiRequested()
    signal copyChartRequested()
    signal userNameRequested()
    signal quitRequested()
    signal scheduleCheckRequested()
    signal progressRequested()
    signal baselineRequested()

    AppMenu {
        id: menuFile
        objectName: "menuFile"
        title: qsTr("&File")
        onClosed: bar.menuClosed(menuFile)
        Action { text: qsTr("&Open…"); shortcut: StandardKey.Open; onTriggered: bar.openRequested() }
        Menu {
            id: recentMenu
            title: qsTr("Open &recent")
            enabled: DocumentController.recentFiles.length > 0
            Instantiator {
                model: DocumentController.recentFiles
                delegate: MenuItem {
                    required property string modelData
                    text: modelData
                    onTriggered: bar.openRecentRequested(modelData)
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object)
            }
        }
        MenuItem { objectName: "menuOpenShared"; text: qsTr("Open s&hared portfolio…"); onTriggered: bar.openSharedRequested() }
        Action { text: qsTr("&Save"); shortcut: StandardKey.Save; onTriggered: bar.saveRequested() }
        Action { text: qsTr("Save &as…"); shortcut: "Ctrl+Shift+S"; onTriggered: bar.saveAsRequested() }
        MenuSeparator {}
        MenuItem { objectName: "menuImportMspdi"; text: qsTr("&Import MS Project plan…"); onTriggered: bar.importMspdiRequested() }
        AppMenu {
            id: menuExport
            objectName: "menuExport"
            title: qsTr("&Export")
            Action { text: qsTr("&Chart…"); shortcut: "Ctrl+E"; onTriggered: bar.exportRequested(false) }
            Action { text: qsTr("Storyboard &deck…"); shortcut: "Ctrl+Shift+E"; onTriggered: bar.exportRequested(true) }
            MenuItem { objectName: "menuExportWorkbook"; text: qsTr("E&xcel workbook (.xlsx)…"); onTriggered: bar.exportWorkbookRequested() }
            MenuItem { objectName: "menuExportMspdi"; text: qsTr("&MS Project XML…"); onTriggered: bar.exportMspdiRequested() }
        }
        Action { text: qsTr("&Copy chart to clipboard"); shortcut: "Ctrl+Shift+C"; onTriggered: bar.copyChartRequested() }
        MenuSeparator {}
        Action { text: qsTr("Your &name…"); onTriggered: bar.userNameRequested() }
        MenuSeparator {}
        Action { text: qsTr("&Quit"); shortcut: StandardKey.Quit; onTriggered: bar.quitRequested() }
    }
    AppMenu {
        id: menuEdit
        objectName: "menuEdit"
        title: qsTr("&Edit")
        onClosed: bar.menuClosed(menuEdit)
        Action {
            text: DocumentController.undoText.length > 0 ? qsTr("&Undo %1").arg(DocumentController.undoText) : qsTr("&Undo")
            shortcut: StandardKey.Undo
            enabled: DocumentController.canUndo
            onTriggered: DocumentController.undo()
        }
        Action {
            text: DocumentController.redoText.length > 0 ? qsTr("&Redo %1").arg(DocumentController.redoText) : qsTr("&Redo")
            shortcut: StandardKey.Redo
            enabled: DocumentController.canRedo
            onTriggered: DocumentController.redo()
        }
        MenuSeparator {}
        Action { text: qsTr("Update &progress…"); shortcut: "Ctrl+U"; enabled: DocumentController.hasDocument; onTriggered: bar.progressRequested() }
        Action { text: qsTr("Take &baseline…"); shortcut: "Ctrl+Shift+B"; enabled: DocumentController.hasDocument; onTriggered: bar.baselineRequested() }
    }
    AppMenu {
        id: menuView
        objectName: "menuView"
        title: qsTr("&View")
        onClosed: bar.menuClosed(menuView)
        Action { text: qsTr("Portfolio overview"); shortcut: "Ctrl+1"; onTriggered: AppState.currentView = AppState.Overview }
        Action { text: qsTr("Kick-off assessment"); shortcut: "Ctrl+2"; onTriggered: AppState.currentView = AppState.Assessment }
        Action { text: qsTr("Risk register"); shortcut: "Ctrl+3"; onTriggered: AppState.currentView = AppState.Risks }
        Action { text: qsTr("Dependency graph"); shortcut: "Ctrl+4"; onTriggered: AppState.currentView = AppState.Graph }
        Action { text: qsTr("Timeline and what-if"); shortcut: "Ctrl+5"; onTriggered: AppState.currentView = AppState.Timeline }
        Action { text: qsTr("Simulation"); shortcut: "Ctrl+6"; onTriggered: AppState.currentView = AppState.Simulation }
        MenuSeparator {}
        Action { text: qsTr("Schedule &check…"); shortcut: "Ctrl+Shift+K"; onTriggered: bar.scheduleCheckRequested() }
    }
    AppMenu {
        id: menuLanguage
        objectName: "menuLanguage"
        title: qsTr("&Language")
        onClosed: bar.menuClosed(menuLanguage)
        Action { text: "Nederlands"; checkable: true; checked: AppState.language === "nl"; onTriggered: AppState.language = "nl" }
        Action { text: "English"; checkable: true; checked: AppState.language === "en"; onTriggered: AppState.language = "en" }
    }
}
