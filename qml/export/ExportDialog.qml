// ExportDialog.qml — File ▸ Export chart…, Export storyboard deck… and Export Excel workbook…: what to
// export (a chart of the catalogue, preselected from the current view), the format, the size, the language
// and the file; the deck and the workbook ask for the language and the file only.
// The exports are ExportController's (export/exportcontroller.h), the same code as the command line.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Riskboard

Dialog {
    id: dialog
    objectName: "exportDialog"

    property bool deck: false         // the storyboard deck (PDF, 16:9) instead of one chart
    property bool workbook: false     // the Excel workbook (.xlsx) instead of one chart
    readonly property bool chartMode: !deck && !workbook
    property string error: ""
    property int whatIfSlips: 0       // posts slipped in the what-if when the dialog opened
    readonly property string chart: chartCombo.currentValue ?? ""
    readonly property string format: deck ? "pdf" : workbook ? "xlsx" : (formatCombo.currentValue ?? "png")
    readonly property bool customSize: sizeCombo.currentIndex === sizeCombo.count - 1
    readonly property int exportWidth: customSize ? widthSpin.value : (sizeCombo.model[sizeCombo.currentIndex]?.width ?? 1920)
    readonly property int exportHeight: customSize ? heightSpin.value : (sizeCombo.model[sizeCombo.currentIndex]?.height ?? 1080)

    // Opens for a chart (the one the current view shows) or, with `forDeck`, for the deck.
    function openFor(forDeck) {
        deck = forDeck
        workbook = false
        openDialog()
    }
    function openForWorkbook() {
        deck = false
        workbook = true
        openDialog()
    }
    function openDialog() {
        chartCombo.model = ExportController.charts()
        sizeCombo.model = ExportController.sizes()
        chartCombo.currentIndex = Math.max(0, chartCombo.indexOfValue(ExportController.currentViewChart()))
        languageCombo.currentIndex = Math.max(0, languageCombo.indexOfValue(AppState.language))
        whatIfSlips = ExportController.whatIfSlipCount()
        whatIfCheck.checked = whatIfSlips > 0
        error = ""
        suggestFile()
        open()
    }
    function suggestFile() {
        fileField.text = ExportController.suggestedPath(deck ? "deck" : workbook ? "riskboard" : chart, format)
    }
    function exportNow() {
        error = deck ? ExportController.exportDeck(languageCombo.currentValue, fileField.text)
              : workbook ? ExportController.exportWorkbook(languageCombo.currentValue, fileField.text)
                     : ExportController.exportChart(chart, format, exportWidth, exportHeight, languageCombo.currentValue,
                                                    fileField.text, AppState.selectedPostId, whatIfCheck.checked)
        if (error === "")
            done()
    }
    // Closes after an export or a copy and says, for a few seconds, what was done.
    function done() {
        accept()
        notice.show(ExportController.lastMessage, 6000)
    }
    // Copies the current view's chart as it would be exported by default; shows the dialog only on failure.
    function copyCurrent() {
        const failure = ExportController.copyChart(ExportController.currentViewChart(), 1920, 1080, AppState.language,
                                                   AppState.selectedPostId, true)
        if (failure !== "") {
            openFor(false)
            error = failure
        } else {
            notice.show(ExportController.lastMessage, 6000)
        }
    }
    function copyNow() {
        error = ExportController.copyChart(chart, exportWidth, exportHeight, languageCombo.currentValue, AppState.selectedPostId,
                                           whatIfCheck.checked)
        if (error === "")
            done()
    }

    title: deck ? qsTr("Export storyboard deck") : workbook ? qsTr("Export Excel workbook") : qsTr("Export chart")
    width: 760
    modal: true
    anchors.centerIn: Overlay.overlay
    onAboutToShow: (chartMode ? chartCombo : languageCombo).forceActiveFocus()

    GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 8
        width: parent.width // the dialog's; wrapped texts must not widen it

        Label { text: qsTr("Chart"); visible: dialog.chartMode }
        ComboBox {
            id: chartCombo
            objectName: "exportChartCombo"
            visible: dialog.chartMode
            Layout.fillWidth: true
            textRole: "title"
            valueRole: "name"
            Accessible.name: qsTr("Chart")
            onActivated: dialog.suggestFile()
        }
        Item { width: 1; height: 1; visible: whatIfCheck.visible }
        CheckBox {
            id: whatIfCheck
            objectName: "exportWhatIfCheck"
            visible: dialog.chartMode && dialog.chart === "timeline" && dialog.whatIfSlips > 0
            text: qsTr("With the what-if: %n post(s) slipped", "", dialog.whatIfSlips)
        }
        Label { text: qsTr("Format"); visible: dialog.chartMode }
        ComboBox {
            id: formatCombo
            objectName: "exportFormatCombo"
            visible: dialog.chartMode
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [{ text: qsTr("PNG image (for slides)"), value: "png" },
                    { text: qsTr("SVG drawing (scalable)"), value: "svg" },
                    { text: qsTr("PDF page (scalable)"), value: "pdf" }]
            Accessible.name: qsTr("Format")
            onActivated: dialog.suggestFile()
        }
        Label { text: qsTr("Size"); visible: dialog.chartMode }
        ComboBox {
            id: sizeCombo
            objectName: "exportSizeCombo"
            visible: dialog.chartMode
            Layout.fillWidth: true
            textRole: "title"
            Accessible.name: qsTr("Size")
        }
        Label { text: qsTr("Custom size"); visible: dialog.chartMode && dialog.customSize }
        RowLayout {
            visible: dialog.chartMode && dialog.customSize
            SpinBox {
                id: widthSpin
                objectName: "exportWidthSpin"
                from: 64; to: 8192; value: 1920; editable: true
                Accessible.name: qsTr("Width in pixels")
            }
            Label { text: "×" }
            SpinBox {
                id: heightSpin
                objectName: "exportHeightSpin"
                from: 64; to: 8192; value: 1080; editable: true
                Accessible.name: qsTr("Height in pixels")
            }
            Label { text: qsTr("pixels") }
        }
        Label { text: qsTr("Language") }
        ComboBox {
            id: languageCombo
            objectName: "exportLanguageCombo"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [{ text: "Nederlands", value: "nl" }, { text: "English", value: "en" }]
            Accessible.name: qsTr("Language of the export")
        }
        Label { text: qsTr("File") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: fileField
                objectName: "exportFileField"
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("File to export to")
                onAccepted: dialog.exportNow()
            }
            Button {
                objectName: "exportBrowseButton"
                text: qsTr("Choose…")
                Accessible.name: qsTr("Choose the file to export to")
                onClicked: {
                    fileDialog.currentFolder = ExportController.folderOf(fileField.text)
                    fileDialog.selectedFile = ExportController.fileUrl(fileField.text)
                    fileDialog.open()
                    AppState.focusFileName(dialog.contentItem)
                }
            }
        }
        Label {
            objectName: "exportErrorLabel"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            text: dialog.error
            color: "#b00020"
            wrapMode: Text.Wrap
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.workbook
            text: qsTr("The workbook has a sheet for the risks, the inherent and the residual risk matrix, the latest assessment of each post, the posts with their dates, float and budget, and the method. Texts stay texts: Excel never runs them as formulas.")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.deck
            text: qsTr("The deck is a 16:9 PDF: a title page, the status summary, every chart, a radar for each post needing a detailed analysis and the top risks. Making it runs the simulation and takes a few seconds.")
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "exportCopyButton"
            visible: dialog.chartMode
            text: qsTr("Copy to clipboard")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.copyNow()
        }
        Button {
            objectName: "exportButton"
            text: qsTr("Export")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.exportNow()
        }
        Button {
            objectName: "exportCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ToolTip {
        id: notice
        objectName: "exportNotice"
        parent: dialog.parent // the window's: it shows after the dialog closed, or was never opened (Copy chart)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? parent.height - height - 48 : 0
    }

    FileDialog {
        id: fileDialog
        objectName: "exportFileDialog"
        title: dialog.title
        fileMode: FileDialog.SaveFile
        defaultSuffix: dialog.format
        nameFilters: [dialog.format === "xlsx" ? qsTr("Excel workbooks (*.xlsx)")
                      : dialog.format === "svg" ? qsTr("SVG drawings (*.svg)")
                      : dialog.format === "pdf" ? qsTr("PDF documents (*.pdf)") : qsTr("PNG images (*.png)")]
        onAccepted: fileField.text = ExportController.toLocalPath(selectedFile)
    }
}
