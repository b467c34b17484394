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
    property var afterSharedSave: null // what runs once a shared portfolio's background save is back

    // Runs `action` once unsaved changes are saved or knowingly discarded.
    function guarded(action) {
        if (!DocumentController.hasUnsavedWork) {
            action()
            return
        }
        unsaved.ask(action)
    }
    // Saves; asks for a name, or shows the disk conflict, when needed. `then` runs after a save.
    function saveDocument(then) {
        if (!DocumentController.hasDocument) return // nothing to save
        const outcome = DocumentController.save()
        handleSave(outcome, then)
    }
    // Applies the views' drafts, then saves (File ▸ Save, Ctrl+S, and the unsaved-work guard's "Save").
    function saveAll(then) {
        if (!DocumentController.applyPendingEdits()) {
            diagnostics.open()
            return
        }
        saveDocument(then)
    }
    function handleSave(outcome, then) {
        if (outcome === DocumentController.Saved) {
            if (then) then()
        } else if (outcome === DocumentController.NeedsFileName) {
            fileDialogs.saveAs(then)
        } else if (outcome === DocumentController.DiskConflict) {
            diskConflict.open()
        } else if (outcome === DocumentController.Pending) {
            afterSharedSave = then
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
    title: !DocumentController.hasDocument ? "Riskboard"
           : (DocumentController.hasUnsavedWork ? "• " : "") + qsTr("%1 — Riskboard").arg(DocumentController.displayName)

    onClosing: (close) => {
        if (DocumentController.hasUnsavedWork && !closeConfirmed && !AppState.screenshotMode) {
            close.accepted = false
            unsaved.ask(() => { window.closeConfirmed = true; window.close() })
        }
    }
    Component.onCompleted: {
        if (DocumentController.recoveryAvailable && !AppState.screenshotMode) recovery.open()
        else if (DocumentController.diagnostics.length > 0) diagnostics.open()
        else if (!AppState.userNameConfirmed && !AppState.screenshotMode) userName.open()
    }

    // The menu bar is built anew after a language switch: Qt 6.4 retranslates its titles but drops their
    // mnemonic underlines (Alt+B for Bestand) until the bar is re-created.
    menuBar: menuLoader.item
    Loader {
        id: menuLoader
        sourceComponent: AppMenuBar {
            onOpenRequested: window.guarded(() => fileDialogs.open())
            onOpenRecentRequested: (path) => window.openFile(path)
            onSaveRequested: window.saveAll(null) // what is typed in a form is saved too, as in the quit guard
            onSaveAsRequested: if (DocumentController.hasDocument) fileDialogs.saveAs(null)
            onUserNameRequested: userName.open()
            onExportRequested: (deck) => exportDialog.openFor(deck)
            onExportWorkbookRequested: exportDialog.openForWorkbook()
            onCopyChartRequested: exportDialog.copyCurrent()
            onQuitRequested: window.close()
            onScheduleCheckRequested: scheduleCheck.open()
        }
        Connections {
            target: AppState
            function onLanguageChanged() {
                menuLoader.active = false
                menuLoader.active = true
            }
        }
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
                visible: DocumentController.pendingEdits.length > 0
                text: qsTr("%n draft(s) not yet in the portfolio", "", DocumentController.pendingEdits.length)
                color: Theme.warning
            }
            Label {
                text: DocumentController.statusDate.length > 0
                      ? qsTr("Status date %1 · today %2").arg(DocumentController.statusDate).arg(AppState.today)
                      : qsTr("No status date · today %1").arg(AppState.today)
                color: Theme.mutedText
            }
        }
    }

    SharedBanner {
        id: sharedBanner
        anchors { top: parent.top; left: parent.left; right: parent.right }
        z: 2
        onReviewRequested: SharedDocument.review()
    }
    StackLayout {
        anchors.fill: parent
        anchors.topMargin: sharedBanner.implicitHeight
        currentIndex: AppState.currentView
        OverviewView {}
        AssessmentView {}
        RiskView {}
        GraphView {}
        TimelineView {}
        SimulationView {}
    }

    // A file named on the command line could not be read: say so and offer a way on, rather than an
    // empty "Untitled" portfolio that could be saved over nothing.
    Rectangle {
        objectName: "noDocument"
        anchors.fill: parent
        visible: !DocumentController.hasDocument
        color: Theme.background
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(900, parent.width - 80)
            spacing: 16
            Label {
                text: qsTr("No portfolio is open")
                font.pointSize: Theme.titleSize
                Layout.fillWidth: true
            }
            Label {
                text: DocumentController.errorText.length > 0
                      ? qsTr("The portfolio could not be opened:") + "\n" + DocumentController.errorText
                      : qsTr("Open a portfolio to start.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 12
                Button {
                    objectName: "noDocumentOpen"
                    text: qsTr("Open a portfolio…")
                    highlighted: true
                    onClicked: fileDialogs.open()
                }
                Button {
                    objectName: "noDocumentOpenExample"
                    text: qsTr("Open the MAB plateau-4 example")
                    onClicked: window.openFile("qrc:/portfolios/mab-plateau4.json")
                }
            }
        }
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
        onSaveRequested: (then) => window.saveAll(then)
    }
    RecoveryDialog { id: recovery }
    UserNameDialog { id: userName }
    ExportDialog { id: exportDialog }
    ScheduleCheckDialog { id: scheduleCheck }
    MspdiDialogs { id: mspdiDialogs }
    Connections { // File ▸ Import MS Project plan… and File ▸ Export ▸ MS Project XML…
        target: menuLoader.item
        function onImportMspdiRequested() { window.guarded(() => mspdiDialogs.importPlan()) }
        function onExportMspdiRequested() { mspdiDialogs.exportPlan() }
    }
    ProgressDialog { id: progressDialog }
    BaselineDialog { id: baselineDialog }
    Connections { // Edit ▸ Update progress… (Ctrl+U) and Take baseline…
        target: menuLoader.item
        function onProgressRequested() { progressDialog.openFor(AppState.selectedPostId) }
        function onBaselineRequested() { baselineDialog.open() }
    }
    DiskConflictDialog {
        id: diskConflict
        onSaveAsRequested: fileDialogs.saveAs(null)
    }
    OpenSharedDialog { id: openShared }
    Connections {
        target: menuLoader.item
        function onOpenSharedRequested() { window.guarded(() => openShared.open()) }
    }
    Connections {
        target: SharedDocument
        function onConflictFound() { diskConflict.open() }
        function onProblemsFound() { diagnostics.open() }
        function onSaveFinished(saved) {
            const then = window.afterSharedSave
            window.afterSharedSave = null
            if (saved && then) then()
        }
    }
}
