// tst_gui_export.cpp — export from the application (issue 12, point 6): File ▸ Export chart… opens with
// the current view's chart, exports it in the chosen format, size and language (the document as it is
// in memory, unsaved edits included); File ▸ Export storyboard deck… writes the Dutch deck; Copy chart
// puts an image on the clipboard; a file that cannot be written is reported and nothing is left behind.
// Set RB_GUI_SHOTS=DIR to keep pictures of the dialog.
#include "guitest.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>

using rb::test::GuiFixture;
using rb::test::GuiOptions;
using rb::test::isOpen;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000)) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

void keepPicture(GuiFixture &fx, const QString &name)
{
    const QString dir = qEnvironmentVariable("RB_GUI_SHOTS");
    if (!dir.isEmpty()) fx.grab().save(QDir(dir).filePath(name));
}

// Opens File ▸ Export chart… (or the deck) with its shortcut; the dialog, once open.
QObject *openExport(GuiFixture &fx, bool deck)
{
    fx.key(Qt::Key_E, deck ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
    QObject *dialog = fx.find(QStringLiteral("exportDialog"));
    return GuiFixture::waitFor([&] { return isOpen(dialog); }) ? dialog : nullptr;
}

// Chooses in a combo box with the keyboard, as a user who tabbed to it: Up/Down until `value`.
bool chooseInCombo(GuiFixture &fx, const QString &combo, const QString &value)
{
    QQuickItem *box = fx.item(combo);
    if (!fx.focus(box)) return false;
    for (int i = 0; i < 12 && box->property("currentValue").toString() != value; ++i) fx.key(Qt::Key_Down);
    for (int i = 0; i < 12 && box->property("currentValue").toString() != value; ++i) fx.key(Qt::Key_Up);
    return box->property("currentValue").toString() == value;
}

void typeFile(GuiFixture &fx, const QString &path)
{
    QQuickItem *field = fx.item(QStringLiteral("exportFileField"));
    QVERIFY(fx.focus(field));
    fx.key(Qt::Key_A, Qt::ControlModifier);
    fx.type(path);
    QCOMPARE(field->property("text").toString(), path);
}

} // namespace

class TestGuiExport : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    // Each view preselects its own chart.
    void dialogPreselectsTheCurrentViewsChart()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        const QList<QPair<int, QString>> expected{{Qt::Key_1, "heatmap"},
                                                  {Qt::Key_3, "matrix"},
                                                  {Qt::Key_4, "graph"},
                                                  {Qt::Key_5, "timeline"},
                                                  {Qt::Key_6, "histogram"}};
        for (const auto &[key, chart] : expected) {
            fx.key(key, Qt::ControlModifier);
            QObject *dialog = openExport(fx, false);
            QVERIFY(dialog);
            QCOMPARE(fx.item(QStringLiteral("exportChartCombo"))->property("currentValue").toString(), chart);
            QVERIFY(fx.item(QStringLiteral("exportFileField"))
                        ->property("text")
                        .toString()
                        .endsWith(chart + "-2018-10-18.png"));
            QMetaObject::invokeMethod(dialog, "close");
            QVERIFY(GuiFixture::waitFor([&] { return !isOpen(dialog); }));
        }
        // Every chart of the catalogue is on offer.
        QCOMPARE(fx.item(QStringLiteral("exportChartCombo"))->property("count").toInt(),
                 10); // nine, and the trend (issue 16)
        RB_VERIFY_NO_WARNINGS();
    }

    // The keyboard reaches every control, in reading order, and Escape closes the dialog.
    void everyControlIsReachableWithTab()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QObject *dialog = openExport(fx, false);
        QVERIFY(dialog);
        QVERIFY(fx.item(QStringLiteral("exportChartCombo"))->hasActiveFocus());
        QStringList order;
        for (int i = 0; i < 9; ++i) {
            fx.key(Qt::Key_Tab);
            QQuickItem *focused = fx.window()->activeFocusItem();
            order << (focused ? focused->objectName() : QString());
        }
        QCOMPARE(order,
                 (QStringList{"exportFormatCombo", "exportSizeCombo", "exportLanguageCombo", "exportFileField",
                              "exportBrowseButton", "exportCopyButton", "exportButton", "exportCancelButton",
                              "exportChartCombo"}));
        fx.key(Qt::Key_Escape);
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(dialog); }));
        RB_VERIFY_NO_WARNINGS();
    }

    // The Timeline view, Ctrl+E, SVG, Dutch: a valid SVG with the Dutch title, date and the unsaved title
    // of a post (the document in memory is exported, not the file).
    void exportsTimelineAsDutchSvg()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tijdlijn.svg"));
        const auto &posts = fx.document().portfolio().posts;
        int row = 0;
        while (row < posts.size() && posts[row].id != QLatin1String("1A")) ++row;
        QVERIFY(row < posts.size());
        rb::model::Post post = posts[row];
        post.title = QStringLiteral("Onopgeslagen titel");
        QVERIFY(fx.document().document()->editPost(row, post, QStringLiteral("title")));

        fx.key(Qt::Key_5, Qt::ControlModifier);
        QVERIFY(openExport(fx, false));
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportFormatCombo"), QStringLiteral("svg")));
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportLanguageCombo"), QStringLiteral("nl")));
        QVERIFY(fx.item(QStringLiteral("exportFileField"))->property("text").toString().endsWith(".svg"));
        typeFile(fx, path);
        keepPicture(fx, QStringLiteral("export-dialog.png"));
        QVERIFY(fx.click(QStringLiteral("exportButton")));
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(path); }));

        const QByteArray svg = readAll(path);
        QVERIFY(QSvgRenderer(svg).isValid());
        const QString text = QString::fromUtf8(svg);
        QVERIFY2(text.contains(QStringLiteral("Tijdlijn en kritiek pad")), "the Dutch title");
        QVERIFY(text.contains(QStringLiteral("Peildatum 18 oktober 2018")));
        QVERIFY(text.contains(QStringLiteral("Onopgeslagen titel")));
        QVERIFY(!text.contains(QStringLiteral("Timeline and critical path")));
        QVERIFY(!isOpen(fx.find(QStringLiteral("exportDialog"))));
        // The window says where it went.
        QObject *notice = fx.find(QStringLiteral("exportNotice"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(notice); }));
        QCOMPARE(notice->property("text").toString(),
                 QStringLiteral("Exported to %1").arg(QDir::toNativeSeparators(path)));
        // The window's language is left alone.
        QCOMPARE(fx.state().language(), QStringLiteral("en"));
        RB_VERIFY_NO_WARNINGS();
    }

    // From the Timeline view with a what-if: the timeline shows the slips (as `export --delay`), unless the
    // user unticks them.
    void exportsTheWhatIfOfTheTimeline()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QTemporaryDir dir;
        fx.session().whatIf().setSlip(QStringLiteral("5C3"), 45);
        fx.key(Qt::Key_5, Qt::ControlModifier);
        for (const bool withWhatIf : {true, false}) {
            const QString path = dir.filePath(withWhatIf ? QStringLiteral("whatif.svg") : QStringLiteral("plain.svg"));
            QVERIFY(openExport(fx, false));
            QQuickItem *check = fx.item(QStringLiteral("exportWhatIfCheck"));
            QVERIFY(check->isVisible());
            QVERIFY(check->property("checked").toBool());
            QCOMPARE(check->property("text").toString(), QStringLiteral("With the what-if: 1 post slipped"));
            if (!withWhatIf) {
                QVERIFY(fx.focus(check));
                fx.key(Qt::Key_Space);
                QVERIFY(!check->property("checked").toBool());
            }
            QVERIFY(chooseInCombo(fx, QStringLiteral("exportFormatCombo"), QStringLiteral("svg")));
            typeFile(fx, path);
            QVERIFY(fx.click(QStringLiteral("exportButton")));
            QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(path); }));
            const QString svg = QString::fromUtf8(readAll(path));
            QCOMPARE(svg.contains(QStringLiteral("What-if: ")), withWhatIf);
            QCOMPARE(svg.contains(QStringLiteral("+45 d")), withWhatIf);
            QCOMPARE(svg.contains(QStringLiteral("Timeline and critical path")), !withWhatIf);
        }
        // Another chart has no what-if to show.
        QVERIFY(openExport(fx, false));
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportChartCombo"), QStringLiteral("graph")));
        QVERIFY(!fx.item(QStringLiteral("exportWhatIfCheck"))->isVisible());
        RB_VERIFY_NO_WARNINGS();
    }

    // The export's language is its own: an English chart from the Dutch window, which stays Dutch.
    void exportsEnglishFromTheDutchWindow()
    {
        GuiOptions options;
        options.language = QStringLiteral("nl");
        GuiFixture fx(options);
        QVERIFY(fx.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("matrix.svg"));
        fx.key(Qt::Key_3, Qt::ControlModifier);
        QObject *dialog = openExport(fx, false);
        QVERIFY(dialog);
        QCOMPARE(dialog->property("title").toString(), QStringLiteral("Grafiek exporteren"));
        QCOMPARE(fx.item(QStringLiteral("exportLanguageCombo"))->property("currentValue").toString(),
                 QStringLiteral("nl"));
        QCOMPARE(fx.item(QStringLiteral("exportChartCombo"))->property("displayText").toString(),
                 QStringLiteral("Risicomatrix"));
        QCOMPARE(fx.item(QStringLiteral("exportSizeCombo"))->property("displayText").toString(),
                 QStringLiteral("16:9-dia (1920 × 1080)"));
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportFormatCombo"), QStringLiteral("svg")));
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportLanguageCombo"), QStringLiteral("en")));
        typeFile(fx, path);
        keepPicture(fx, QStringLiteral("export-dialog-nl.png"));
        fx.key(Qt::Key_Return); // in the file field: export
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(path); }));
        const QString svg = QString::fromUtf8(readAll(path));
        QVERIFY(svg.contains(QStringLiteral("Risk matrix — inherent and residual")));
        QVERIFY(svg.contains(QStringLiteral("Status 18 October 2018")));
        QVERIFY(!svg.contains(QStringLiteral("Peildatum")));
        QCOMPARE(fx.state().language(), QStringLiteral("nl"));
        QCOMPARE(dialog->property("title").toString(), QStringLiteral("Grafiek exporteren"));
        RB_VERIFY_NO_WARNINGS();
    }

    // A custom size in PNG, and the file dialog opens from the dialog's "Choose…".
    void exportsCustomSizePngThroughTheFileDialog()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("graph.png"));
        fx.key(Qt::Key_4, Qt::ControlModifier);
        QVERIFY(openExport(fx, false));
        QQuickItem *size = fx.item(QStringLiteral("exportSizeCombo"));
        QVERIFY(fx.focus(size));
        for (int i = 0; i < 8; ++i) fx.key(Qt::Key_Down); // the last entry: Custom size
        QVERIFY(fx.item(QStringLiteral("exportWidthSpin"))->isVisible());
        fx.item(QStringLiteral("exportWidthSpin"))->setProperty("value", 800);
        fx.item(QStringLiteral("exportHeightSpin"))->setProperty("value", 600);
        QVERIFY(fx.click(QStringLiteral("exportBrowseButton")));
        QObject *files = fx.find(QStringLiteral("exportFileDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(files); }));
        QCOMPARE(files->property("fileMode").toInt(), 2); // FileDialog.SaveFile
        // It offers the suggested name; the user goes to another folder, types a name and accepts.
        QQuickItem *name = fx.item(QStringLiteral("fileNameTextField"));
        QVERIFY(name && name->isVisible());
        QCOMPARE(name->property("text").toString(), QStringLiteral("graph-2018-10-18.png"));
        files->setProperty("currentFolder", QUrl::fromLocalFile(dir.path()));
        fx.settle(200);
        QVERIFY(fx.focus(name));
        fx.key(Qt::Key_A, Qt::ControlModifier);
        fx.type(QStringLiteral("graph.png"));
        QMetaObject::invokeMethod(files,
                                  "accept"); // the dialog's Save button (rb::test::chooseFile lost the name here)
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(files); }));
        QCOMPARE(fx.item(QStringLiteral("exportFileField"))->property("text").toString(),
                 QDir::toNativeSeparators(path));
        QVERIFY(fx.click(QStringLiteral("exportButton")));
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(path); }));
        QImage image;
        QVERIFY(image.load(path));
        QCOMPARE(image.size(), QSize(800, 600));
        RB_VERIFY_NO_WARNINGS();
    }

    // Ctrl+Shift+E, Dutch: a PDF with the Dutch slide titles.
    void exportsDutchDeck()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("storyboard.pdf"));
        QVERIFY(openExport(fx, true));
        QVERIFY(!fx.item(QStringLiteral("exportChartCombo"))->isVisible());
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportLanguageCombo"), QStringLiteral("nl")));
        typeFile(fx, path);
        keepPicture(fx, QStringLiteral("export-deck-dialog.png"));
        QVERIFY(fx.click(QStringLiteral("exportButton")));
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(path); }, 120000));
        QVERIFY(readAll(path).startsWith("%PDF"));
        const QString text = pdfText(path);
        for (const char *title :
             {"Storyboardsessie", "Statussamenvatting", "Tijdlijn en kritiek pad", "Afhankelijkheden en kritiek pad",
              "Risicomatrix — bruto en netto", "Peildatum 18 oktober 2018"})
            QVERIFY2(text.contains(QString::fromUtf8(title)), title);
        QVERIFY(!text.contains(QStringLiteral("Status summary")));
        RB_VERIFY_NO_WARNINGS();
    }

    // Copy chart (Ctrl+Shift+C) copies the current view's chart; the dialog's button the chosen one.
    void copiesChartToClipboard()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QGuiApplication::clipboard()->clear();
        fx.key(Qt::Key_3, Qt::ControlModifier);
        fx.key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(GuiFixture::waitFor([] { return !QGuiApplication::clipboard()->image().isNull(); }));
        QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY(!isOpen(fx.find(QStringLiteral("exportDialog"))));
        QObject *notice = fx.find(QStringLiteral("exportNotice"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(notice); }));
        QCOMPARE(notice->property("text").toString(), QStringLiteral("Copied “Risk matrix” to the clipboard"));
        keepPicture(fx, QStringLiteral("export-notice.png"));

        QGuiApplication::clipboard()->clear();
        QVERIFY(openExport(fx, false));
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportChartCombo"), QStringLiteral("budget")));
        QVERIFY(fx.click(QStringLiteral("exportCopyButton")));
        QVERIFY(GuiFixture::waitFor([] { return !QGuiApplication::clipboard()->image().isNull(); }));
        image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        // Not blank: the chart is drawn on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 37)
            for (int x = 0; x < image.width(); x += 41) colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 3);
        RB_VERIFY_NO_WARNINGS();
    }

    // A folder that does not exist: the dialog stays open and says why; no file appears.
    void unwritableFileIsReported()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/chart.pdf"));
        QObject *dialog = openExport(fx, false);
        QVERIFY(dialog);
        QVERIFY(chooseInCombo(fx, QStringLiteral("exportFormatCombo"), QStringLiteral("pdf")));
        typeFile(fx, path);
        QVERIFY(fx.click(QStringLiteral("exportButton")));
        QQuickItem *error = fx.item(QStringLiteral("exportErrorLabel"));
        QVERIFY(GuiFixture::waitFor([&] { return error->isVisible(); }));
        QVERIFY(error->property("text").toString().startsWith(QStringLiteral("The chart could not be saved")));
        QVERIFY(isOpen(dialog));
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        keepPicture(fx, QStringLiteral("export-dialog-error.png"));
        RB_VERIFY_NO_WARNINGS();
    }
};

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
