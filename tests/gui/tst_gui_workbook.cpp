// tst_gui_workbook.cpp — File ▸ Export ▸ Excel workbook… (issue 17): the menu entry opens the export dialog
// for the workbook (language and file only), and Export writes the .xlsx of the open document in the
// chosen language, the same file `riskboard export-xlsx` writes.
#include "guitest.h"

#include <QProcess>
#include <QTemporaryDir>

using rb::test::GuiFixture;
using rb::test::isOpen;

class TestGuiWorkbook : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    void exportsDutchWorkbookFromTheFileMenu()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        // Open File with a click on its title, as a user would, then click the entry.
        QQuickItem *bar = fx.item(QStringLiteral("menuBar"));
        QVERIFY(bar);
        QQuickItem *fileTitle = nullptr;
        QMetaObject::invokeMethod(bar, "itemAt", Q_RETURN_ARG(QQuickItem *, fileTitle), Q_ARG(int, 0));
        QVERIFY(fx.click(fileTitle));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(fx.find(QStringLiteral("menuFile"))); }));
        // File ▸ Export ▸ Excel workbook: the entry that opens the submenu, then the workbook.
        QObject *file = fx.find(QStringLiteral("menuFile"));
        QObject *exportMenu = fx.find(QStringLiteral("menuExport"));
        QQuickItem *exportEntry = nullptr;
        for (int i = 0; i < file->property("count").toInt() && !exportEntry; ++i) {
            QQuickItem *item = nullptr;
            QMetaObject::invokeMethod(file, "itemAt", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, i));
            if (item && item->property("subMenu").value<QObject *>() == exportMenu) exportEntry = item;
        }
        QVERIFY(exportEntry);
        QVERIFY(GuiFixture::waitFor([&] { return exportEntry->isVisible() && exportEntry->width() > 0; }));
        QVERIFY(fx.click(exportEntry));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(exportMenu); }));
        QQuickItem *entry = fx.item(QStringLiteral("menuExportWorkbook"));
        QVERIFY(GuiFixture::waitFor([&] { return entry->isVisible() && entry->width() > 0; }));
        QVERIFY(fx.click(entry));
        QObject *dialog = fx.find(QStringLiteral("exportDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        QVERIFY(dialog->property("workbook").toBool());
        QVERIFY(!fx.item(QStringLiteral("exportChartCombo"))->isVisible());
        QVERIFY(!fx.item(QStringLiteral("exportFormatCombo"))->isVisible());
        QVERIFY(fx.text(QStringLiteral("exportFileField")).endsWith(QLatin1String(".xlsx")));

        // Dutch, with the keyboard; the file typed.
        QQuickItem *language = fx.item(QStringLiteral("exportLanguageCombo"));
        QVERIFY(fx.focus(language));
        for (int i = 0; i < 3 && language->property("currentValue").toString() != QLatin1String("nl"); ++i)
            fx.key(Qt::Key_Up);
        QCOMPARE(language->property("currentValue").toString(), QStringLiteral("nl"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.xlsx"));
        QQuickItem *field = fx.item(QStringLiteral("exportFileField"));
        QVERIFY(fx.focus(field));
        fx.key(Qt::Key_A, Qt::ControlModifier);
        fx.type(path);
        QVERIFY(fx.click(QStringLiteral("exportButton")));
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(path); }, 60000));
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(dialog); }));

        // A zip with the workbook; its headers in Dutch (the risk form's own words).
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(strings.contains(QStringLiteral("Bruto kans")) && strings.contains(QStringLiteral("Beheersmaatregel")),
                 qPrintable(strings.left(300)));
        QVERIFY(!strings.contains(QStringLiteral(">Inherent probability<")));
        RB_VERIFY_NO_WARNINGS();
    }
};

QTEST_MAIN(TestGuiWorkbook)
#include "tst_gui_workbook.moc"
