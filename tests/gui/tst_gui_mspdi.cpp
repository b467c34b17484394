// tst_gui_mspdi.cpp — File ▸ Import MS Project plan… and File ▸ Export ▸ MS Project XML… (issue 17): the real
// (Qt Quick) file dialogs, the import opening as a new unsaved document, the log dialog the user reads and
// copies, and the export writing a file that imports again with its progress and baselines.
#include "guitest.h"

#include "model/mspdi/mspdi.h"

#include <QClipboard>
#include <QTemporaryDir>

using rb::test::GuiFixture;
using rb::test::isOpen;

namespace {

const QString kPlan = QStringLiteral(RISKBOARD_TEST_DATA "/mspdi/progress-2007.xml");

// Opens File with a click on its title, as a user would.
bool openFileMenu(GuiFixture &fx)
{
    QQuickItem *bar = fx.item(QStringLiteral("menuBar"));
    QQuickItem *fileTitle = nullptr;
    QMetaObject::invokeMethod(bar, "itemAt", Q_RETURN_ARG(QQuickItem *, fileTitle), Q_ARG(int, 0));
    if (!fx.click(fileTitle)) return false;
    return GuiFixture::waitFor([&] { return isOpen(fx.find(QStringLiteral("menuFile"))); });
}

// In the open File menu, clicks the entry that opens File ▸ Export.
bool openExportMenu(GuiFixture &fx)
{
    QObject *file = fx.find(QStringLiteral("menuFile"));
    QObject *exportMenu = fx.find(QStringLiteral("menuExport"));
    const int count = file->property("count").toInt();
    for (int i = 0; i < count; ++i) {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(file, "itemAt", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, i));
        if (item && item->property("subMenu").value<QObject *>() == exportMenu) {
            GuiFixture::waitFor([&] { return item->isVisible() && item->width() > 0; });
            if (!fx.click(item)) return false;
            return GuiFixture::waitFor([&] { return isOpen(exportMenu); });
        }
    }
    return false;
}

bool clickEntry(GuiFixture &fx, const QString &objectName)
{
    QQuickItem *entry = fx.item(objectName);
    if (!entry || !GuiFixture::waitFor([&] { return entry->isVisible() && entry->width() > 0; })) return false;
    return fx.click(entry);
}

} // namespace

class TestGuiMspdi : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    void importShowsTheLogAndOpensUnsaved()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QVERIFY(openFileMenu(fx));
        QVERIFY(clickEntry(fx, QStringLiteral("menuImportMspdi")));
        QObject *files = fx.find(QStringLiteral("mspdiImportDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(files); }));
        // The plan is near the end of the folder's list: scroll there, as the user would.
        files->setProperty("currentFolder", QUrl::fromLocalFile(QFileInfo(kPlan).absolutePath()));
        auto *list = fx.find<QQuickItem>(QStringLiteral("fileDialogListView"));
        QVERIFY(list);
        QVERIFY(GuiFixture::waitFor([&] { return list->property("count").toInt() > 10; }));
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        fx.settle(100);
        QVERIFY(rb::test::chooseFile(fx, files, kPlan));

        QObject *log = fx.find(QStringLiteral("mspdiLogDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(log); }));
        QVERIFY2(fx.text(QStringLiteral("mspdiLogSummary"))
                     .startsWith(QStringLiteral("progress-2007.xml imported as a new, unsaved portfolio: 5 post(s)")),
                 qPrintable(fx.text(QStringLiteral("mspdiLogSummary"))));
        const QString text = fx.text(QStringLiteral("mspdiLogText"));
        QVERIFY(text.contains(QStringLiteral("Remaining durations became the calendar days from the status date")));
        QVERIFY(text.contains(QStringLiteral("MSPDI does not say when a baseline was saved")));
        // The plan is the open document: untitled, unsaved, with its progress and baselines.
        QCOMPARE(fx.document().fileName(), QString());
        QVERIFY(fx.document().isModified());
        const rb::model::Portfolio &p = fx.document().portfolio();
        QCOMPARE(p.posts.size(), 5);
        QCOMPARE(p.baselines.size(), 2);
        QCOMPARE(p.posts[p.postIndex(QStringLiteral("1.2"))].remainingDays, std::optional<int>(15));
        QCOMPARE(fx.document().programmeName(), QStringLiteral("Voortgang – Ĳssel"));

        // The user copies the log, then closes it.
        QVERIFY(fx.click(QStringLiteral("mspdiCopyLogButton")));
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("progress-2007.xml imported"))
                     && copied.contains(QStringLiteral("Percent complete")),
                 qPrintable(copied.left(200)));
        fx.key(Qt::Key_Escape); // the dialog's Close

        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(log); }));
        RB_VERIFY_NO_WARNINGS();
    }

    void invalidPlanChangesNothing()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        const QString before = fx.document().fileName();
        QVERIFY(openFileMenu(fx));
        QVERIFY(clickEntry(fx, QStringLiteral("menuImportMspdi")));
        QObject *files = fx.find(QStringLiteral("mspdiImportDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(files); }));
        QVERIFY(rb::test::chooseFile(fx, files, QStringLiteral(RISKBOARD_TEST_DATA "/mspdi/bad-cycle.xml")));
        QObject *log = fx.find(QStringLiteral("mspdiLogDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(log); }));
        QVERIFY(fx.text(QStringLiteral("mspdiLogSummary"))
                    .contains(QStringLiteral("could not be imported; nothing was changed")));
        QVERIFY(fx.text(QStringLiteral("mspdiLogText")).contains(QStringLiteral("error: dependency cycle")));
        QCOMPARE(fx.document().fileName(), before);
        QVERIFY(!fx.document().isModified());
        RB_VERIFY_NO_WARNINGS();
    }

    void exportsMsProjectXmlFromTheExportMenu()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mab.xml"));
        QVERIFY(openFileMenu(fx));
        QVERIFY(openExportMenu(fx));
        QVERIFY(clickEntry(fx, QStringLiteral("menuExportMspdi")));
        QObject *files = fx.find(QStringLiteral("mspdiExportDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(files); }));
        QCOMPARE(files->property("fileMode").toInt(), 2); // FileDialog.SaveFile
        files->setProperty("currentFolder", QUrl::fromLocalFile(dir.path()));
        fx.settle(200);
        QQuickItem *name = fx.item(QStringLiteral("fileNameTextField"));
        QVERIFY(name && name->isVisible());
        QVERIFY(fx.focus(name));
        fx.key(Qt::Key_A, Qt::ControlModifier);
        fx.type(QStringLiteral("mab.xml"));
        QMetaObject::invokeMethod(files, "accept");
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(path); }));
        QObject *log = fx.find(QStringLiteral("mspdiLogDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(log); }));
        QVERIFY(fx.text(QStringLiteral("mspdiLogSummary")).startsWith(QStringLiteral("Saved ")));
        QVERIFY(fx.text(QStringLiteral("mspdiLogText")).contains(QStringLiteral("the risk register")));
        // What was written is the open document, and it comes back with its baseline.
        const rb::model::mspdi::ImportResult back = rb::model::mspdi::importMspdiFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back.portfolio->posts.size(), fx.document().portfolio().posts.size());
        QCOMPARE(back.portfolio->baselines.size(), 1);
        RB_VERIFY_NO_WARNINGS();
    }
};

QTEST_MAIN(TestGuiMspdi)
#include "tst_gui_mspdi.moc"
