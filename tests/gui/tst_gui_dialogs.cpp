// tst_gui_dialogs.cpp — every view and every dialog of the real window loads offscreen without a QML
// warning or a missing module, and opens the way the user opens it (menu shortcuts, a bad file, an edit
// before Open). The file dialogs caught here: on a machine without Qt.labs.folderlistmodel the non-native
// FileDialog failed to load and the application crashed on File ▸ Open (issue 12, point 1).
#include "guitest.h"

#include <QTemporaryDir>

using rb::test::GuiFixture;
using rb::test::GuiOptions;
using rb::test::isOpen;

namespace {

void closeWith(GuiFixture &fx, QObject *dialog)
{
    QMetaObject::invokeMethod(dialog, "close");
    fx.settle();
}

} // namespace

class TestGuiDialogs : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    void everyViewLoads()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        for (int view = 0; view < rb::ui::AppState::ViewCount; ++view) {
            fx.key(Qt::Key_1 + view, Qt::ControlModifier);
            QCOMPARE(fx.state().currentView(), view);
            fx.settle(100);
        }
        RB_VERIFY_NO_WARNINGS();
    }

    void openDialogFromShortcut()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        fx.key(Qt::Key_O, Qt::ControlModifier);
        QObject *dialog = fx.find(QStringLiteral("openDialog"));
        QVERIFY(dialog);
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        RB_VERIFY_NO_WARNINGS();
        // Choosing a file in the dialog opens it; the document stays open when the dialog is cancelled.
        QVERIFY(rb::test::chooseFile(fx, dialog, rb::test::samplePath()));
        QVERIFY(GuiFixture::waitFor([&] { return fx.document().fileName() == rb::test::samplePath(); }));
        RB_VERIFY_NO_WARNINGS();
    }

    void withoutAFileDialogThePathIsTyped()
    {
        // As on a machine without Qt.labs.folderlistmodel: no crash, the problem is said, a path is typed.
        GuiFixture fx;
        QVERIFY(fx.ok());
        fx.state().overrideFileDialogProblem(QStringLiteral("module \"Qt.labs.folderlistmodel\" is not installed"));
        fx.key(Qt::Key_O, Qt::ControlModifier);
        QObject *dialog = fx.find(QStringLiteral("pathDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        QVERIFY(!isOpen(fx.find(QStringLiteral("openDialog"))));
        fx.type(rb::test::samplePath());
        fx.key(Qt::Key_Return);
        QVERIFY(GuiFixture::waitFor([&] { return fx.document().fileName() == rb::test::samplePath(); }));
        RB_VERIFY_NO_WARNINGS();
    }

    void saveOfTheShippedPortfolioAsksForAName()
    {
        GuiFixture fx({.path = QStringLiteral(":/portfolios/mab-plateau4.json")});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_S, Qt::ControlModifier); // the built-in portfolio is read-only: Save becomes Save As
        QObject *dialog = fx.find(QStringLiteral("saveDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("mab.json"));
        QVERIFY(rb::test::chooseFile(fx, dialog, target));
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(target); }));
        QCOMPARE(fx.document().fileName(), target);
        QVERIFY(!fx.document().isModified());
        RB_VERIFY_NO_WARNINGS();
    }

    void saveAsDialogFromShortcut()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        fx.key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QObject *dialog = fx.find(QStringLiteral("saveDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        closeWith(fx, dialog);
        QCOMPARE(fx.document().fileName(), rb::test::mabPath()); // cancelled: nothing changed
        RB_VERIFY_NO_WARNINGS();
    }

    // Save as by keyboard: the dialog opens in the portfolio's folder with the cursor in its name; a
    // typed name and Return save there (Qt 6.4's own dialog opens on the list and ignores Return).
    void saveAsTypedNameAndReturn()
    {
        QTemporaryDir dir;
        const QString plan = rb::test::mabCopy(dir, QStringLiteral("plan.json"));
        QVERIFY(!plan.isEmpty());
        GuiFixture fx({.path = plan});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QObject *dialog = fx.find(QStringLiteral("saveDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        // The folder list loads after the dialog opens and Qt gives its row the focus; the name keeps it.
        const auto nameFocused = [&] {
            QQuickItem *f = fx.window()->activeFocusItem();
            return f && f->objectName() == QLatin1String("fileNameTextField");
        };
        QVERIFY(GuiFixture::waitFor(nameFocused));
        fx.settle(500);
        QVERIFY(nameFocused());
        QQuickItem *focused = fx.window()->activeFocusItem();
        QCOMPARE(focused->property("text").toString(), QStringLiteral("plan.json"));
        QCOMPARE(focused->property("selectedText").toString(), QStringLiteral("plan.json")); // typing replaces it
        fx.type(QStringLiteral("copy"));
        fx.key(Qt::Key_Return);
        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(GuiFixture::waitFor([&] { return QFile::exists(copy); }));
        QVERIFY(!isOpen(dialog));
        QCOMPARE(fx.document().fileName(), copy);
        RB_VERIFY_NO_WARNINGS();
    }

    void aBadFileShowsItsProblemsAndKeepsTheDocument()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"schemaVersion\": 1, \"programme\": ");
        f.close();
        GuiFixture fx;
        QVERIFY(fx.ok());
        QMetaObject::invokeMethod(fx.window(), "openFile", Q_ARG(QVariant, QUrl::fromLocalFile(bad).toString()));
        QObject *dialog = fx.find(QStringLiteral("diagnosticsDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        QCOMPARE(fx.document().fileName(), rb::test::mabPath());
        QVERIFY(fx.document().diagnostics().join(QLatin1Char('\n')).contains(QStringLiteral("bad.json:1:")));
        closeWith(fx, dialog);
        RB_VERIFY_NO_WARNINGS();
    }

    void unsavedChangesAreGuardedBeforeOpen()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        rb::model::Risk risk;
        risk.title = QStringLiteral("Test risk");
        fx.document().document()->addRisk(risk, QStringLiteral("created"));
        QVERIFY(fx.document().isModified());
        fx.key(Qt::Key_O, Qt::ControlModifier);
        QObject *unsaved = fx.find(QStringLiteral("unsavedDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(unsaved); }));
        QVERIFY(!isOpen(fx.find(QStringLiteral("openDialog")))); // not before the user decided
        closeWith(fx, unsaved);
        RB_VERIFY_NO_WARNINGS();
    }

    void theRemainingDialogsOpen()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        for (const char *name : {"recoveryDialog", "diskConflictDialog", "userNameDialog"}) {
            QObject *dialog = fx.find(QLatin1String(name));
            QVERIFY2(dialog, name);
            QMetaObject::invokeMethod(dialog, "open");
            QVERIFY2(GuiFixture::waitFor([&] { return isOpen(dialog); }), name);
            fx.settle(100);
            closeWith(fx, dialog);
        }
        RB_VERIFY_NO_WARNINGS();
    }
};

QTEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
