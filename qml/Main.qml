// Main.qml — the application window: menu, view switcher, the six views, file dialogs and the
// guards (unsaved changes, recovery after a crash, file changed on disk). Presentation only: every
// decision about the document is made by DocumentController.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Riskboard

ApplicationWindow {
    id: window

    property bool closeConfirmed: false

    // Runs `action` once unsaved changes are saved or knowingly discarded.
    function guarded(action) {
        if (!DocumentController.modified) {
            action()
            return
        }
        unsaved.ask(action)
    }
    // Saves; asks for a name, or shows the disk conflict, when needed. `then` runs after a save.
    function saveDocument(then) {
        const outcome = DocumentController.save()
        if (outcome === DocumentController.Saved) {
            if (then) then()
        } else if (outcome === DocumentController.NeedsFileName) {
            fileDialogs.saveAs(then)
        } else if (outcome === DocumentController.DiskConflict) {
            diskConflict.open()
        } else {
            diagnostics.open()
        }
    }
    function openFile(url) {
        guarded(() => { if (!DocumentController.open(url)) diagnostics.open() })
    }

    width: 1600
    height: 1000
    visible: true
    color: Theme.background
    font.family: Theme.fontFamily
    font.pointSize: Theme.smallSize
    title: (DocumentController.modified ? "• " : "") + qsTr("%1 — Riskboard").arg(DocumentController.displayName)

    onClosing: (close) => {
        if (DocumentController.modified && !closeConfirmed && !AppState.screenshotMode) {
            close.accepted = false
            unsaved.ask(() => { window.closeConfirmed = true; window.close() })
        }
    }
    Component.onCompleted: {
        if (DocumentController.recoveryAvailable && !AppState.screenshotMode) recovery.open()
        else if (DocumentController.diagnostics.length > 0) diagnostics.open()
        else if (!AppState.userNameConfirmed && !AppState.screenshotMode) userName.open()
    }

    menuBar: AppMenuBar {
        onOpenRequested: window.guarded(() => fileDialogs.open())
        onOpenRecentRequested: (path) => window.openFile(path)
        onSaveRequested: window.saveDocument(null)
        onSaveAsRequested: fileDialogs.saveAs(null)
        onUserNameRequested: userName.open()
        onExportRequested: (deck) => exportDialog.openFor(deck)
        onCopyChartRequested: exportDialog.copyCurrent()
        onQuitRequested: window.close()
    }
    header: NavigationBar {}
    footer: Rectangle {
        implicitHeight: statusRow.implicitHeight + 12
        color: Theme.panel
        RowLayout {
            id: statusRow
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            Label {
                text: DocumentController.fileName
                color: Theme.mutedText
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                visible: DocumentController.modified
                text: qsTr("Unsaved changes")
                color: Theme.warning
            }
            Label {
                text: qsTr("Status date %1 · today %2").arg(DocumentController.statusDate).arg(AppState.today)
                color: Theme.mutedText
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: AppState.currentView
        OverviewView {}
        AssessmentView {}
        RiskView {}
        GraphView {}
        TimelineView {}
        SimulationView {}
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: (drop) => {
            if (drop.hasUrls && drop.urls.length > 0) {
                drop.accept()
                window.openFile(drop.urls[0].toString())
            }
        }
    }

    FileDialogs {
        id: fileDialogs
        onOpenChosen: (url) => { if (!DocumentController.open(url)) diagnostics.open() }
        onSaveChosen: (url, then) => {
            if (DocumentController.saveAs(url) === DocumentController.Saved) { if (then) then() }
            else diagnostics.open()
        }
    }
    DiagnosticsDialog { id: diagnostics }
    UnsavedChangesDialog {
        id: unsaved
        onSaveRequested: (then) => window.saveDocument(then)
    }
    RecoveryDialog { id: recovery }
    UserNameDialog { id: userName }
    ExportDialog { id: exportDialog }
    DiskConflictDialog {
        id: diskConflict
        onSaveAsRequested: fileDialogs.saveAs(null)
    }
}
