// tst_documentcontroller.cpp — open with located diagnostics, save/save as, the unsaved state, recent
// files, the "changed on disk" guard, and autosave recovery after a simulated crash.
#include "document/documentwriter.h"
#include "document/recoveryfile.h"
#include "qml/documentcontroller.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace rb::model;
using rb::ui::DocumentController;

class TestDocumentController : public QObject {
    Q_OBJECT
private:
    // An unsaved edit: the first risk gets `title`.
    static void retitleFirstRisk(DocumentController &c, const QString &title)
    {
        Risk r = c.portfolio().risks[0];
        r.title = title;
        c.document()->editRisk(0, r, QStringLiteral("title"));
    }
    // A colleague saves the file with another owner of the second post.
    static bool colleagueSetsOwner(const QString &path, const QString &owner)
    {
        Portfolio theirs = rb::test::load(path);
        theirs.posts[1].owner = owner;
        return DocumentWriter::save(theirs, path);
    }
    static QString recoveryFolder()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    }
    // An instance that autosaves `title` as the first risk's title into `path`'s recovery file, then
    // crashes: no destructor runs, and its lock is left behind by a process that no longer exists (which
    // QLockFile recognises by the process id; in this process, removing the lock file stands in for it).
    QString crashWithUnsavedWork(const QString &path, const QString &title)
    {
        // Kept aside until the end of the test case: a crash runs no destructor.
        DocumentController *c = m_crashed.emplace_back(std::make_unique<DocumentController>(nullptr)).get();
        c->setAutosaveInterval(24 * 3600 * 1000); // and it must not autosave during later tests
        if (!c->open(path)) qFatal("cannot open %s", qPrintable(path));
        retitleFirstRisk(*c, title);
        if (!c->writeRecovery()) qFatal("autosave failed");
        const QString recovery = c->recoveryFilePath();
        QFile::remove(recovery + QStringLiteral(".lock"));
        return recovery;
    }

    std::vector<std::unique_ptr<DocumentController>> m_crashed;

private slots:
    void cleanupTestCase() { m_crashed.clear(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RiskboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_documentcontroller"));
    }
    void init()
    {
        QSettings().clear();
        QDir(recoveryFolder()).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.json"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(rb::test::samplePath(), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void openReportsLineAndColumn()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"schemaVersion\": 1,\n  \"programme\": {\"name\": \"x\"},\n  \"posts\": [ {\"id\": 3} ]\n}\n");
        f.close();
        DocumentController c(nullptr);
        QSignalSpy spy(&c, &DocumentController::errorTextChanged);
        QVERIFY(!c.open(bad));
        QVERIFY(spy.count() >= 1);
        QVERIFY(!c.diagnostics().isEmpty());
        QVERIFY2(c.diagnostics().first().contains(QLatin1String("bad.json:4:")), qPrintable(c.diagnostics().first()));
        QVERIFY(c.open(m_path)); // a good file clears them
        QVERIFY(c.diagnostics().isEmpty());
        QVERIFY(!c.open(m_dir.filePath(QStringLiteral("missing.json"))));
        QCOMPARE(c.fileName(), m_path); // the current document stays
    }

    void saveWritesAndMarksClean()
    {
        DocumentController c(nullptr);
        QVERIFY(c.open(m_path));
        QCOMPARE(c.recentFiles().value(0), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(!c.isModified());
        QSignalSpy modified(&c, &DocumentController::modifiedChanged);
        retitleFirstRisk(c, QStringLiteral("Saved title"));
        QVERIFY(c.isModified());
        QVERIFY(modified.count() >= 1);
        QCOMPARE(c.save(), DocumentController::SaveOutcome::Saved);
        QVERIFY(!c.isModified());
        QCOMPARE(rb::test::load(m_path).risks[0].title, QStringLiteral("Saved title"));
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QCOMPARE(c.saveAs(other), DocumentController::SaveOutcome::Saved);
        QCOMPARE(c.fileName(), other + QLatin1String(".json"));
        QCOMPARE(c.recentFiles().value(0), QFileInfo(other + QLatin1String(".json")).absoluteFilePath());
    }

    void untitledNeedsAName()
    {
        DocumentController c(nullptr); // nothing opened: no file name (the built-in portfolio behaves the same)
        QCOMPARE(c.save(), DocumentController::SaveOutcome::NeedsFileName);
        QCOMPARE(c.saveAs(QString()), DocumentController::SaveOutcome::NeedsFileName);
    }

    void changedOnDiskIsNeverOverwrittenSilently()
    {
        DocumentController c(nullptr);
        QVERIFY(c.open(m_path));
        retitleFirstRisk(c, QStringLiteral("mine"));
        QVERIFY(colleagueSetsOwner(m_path, QStringLiteral("Someone else")));
        QSignalSpy spy(&c, &DocumentController::diskConflictChanged);
        QCOMPARE(c.save(), DocumentController::SaveOutcome::DiskConflict);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!c.diskChanges().isEmpty());
        QCOMPARE(rb::test::load(m_path).posts[1].owner, QStringLiteral("Someone else")); // untouched
        QVERIFY(c.isModified());
        QVERIFY(c.overwrite());
        QCOMPARE(rb::test::load(m_path).risks[0].title, QStringLiteral("mine"));
        QVERIFY(c.diskChanges().isEmpty());
        // Touching the file without changing its content is no conflict.
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray bytes = f.readAll();
        f.seek(0);
        f.write(bytes);
        f.close();
        retitleFirstRisk(c, QStringLiteral("again"));
        QCOMPARE(c.save(), DocumentController::SaveOutcome::Saved);
    }

    void mergeKeepsBothSides()
    {
        DocumentController c(nullptr);
        QVERIFY(c.open(m_path));
        retitleFirstRisk(c, QStringLiteral("mine"));
        QVERIFY(colleagueSetsOwner(m_path, QStringLiteral("Theirs")));
        QCOMPARE(c.save(), DocumentController::SaveOutcome::DiskConflict);
        QVERIFY(c.diskChanges().join(QLatin1Char(' ')).contains(QLatin1String("2A1")));
        QVERIFY(c.canMerge());
        QVERIFY(c.mergeWithDisk());
        QCOMPARE(c.portfolio().risks[0].title, QStringLiteral("mine"));
        QCOMPARE(c.portfolio().posts[1].owner, QStringLiteral("Theirs"));
        QVERIFY(c.isModified());
        QCOMPARE(rb::test::load(m_path).risks[0].title,
                 QStringLiteral("Werkdruk ICT vertraagt de cloudtransitie")); // not saved yet
        QCOMPARE(c.save(), DocumentController::SaveOutcome::Saved);           // merged over theirs: no new conflict
        QCOMPARE(rb::test::load(m_path).posts[1].owner, QStringLiteral("Theirs"));
    }

    void reloadTakesTheirs()
    {
        DocumentController c(nullptr);
        QVERIFY(c.open(m_path));
        QVERIFY(colleagueSetsOwner(m_path, QStringLiteral("Theirs")));
        QVERIFY(c.reloadFromDisk());
        QCOMPARE(c.portfolio().posts[1].owner, QStringLiteral("Theirs"));
        QVERIFY(!c.isModified());
    }

    void autosaveRecoveryAfterCrash()
    {
        const QString recovery = crashWithUnsavedWork(m_path, QStringLiteral("unsaved work"));
        QVERIFY(!recovery.startsWith(m_dir.path())); // never next to the real file
        // "Next start".
        DocumentController next(nullptr);
        next.checkRecovery();
        QVERIFY(next.recoveryAvailable());
        QVERIFY(next.recoveryInfo().contains(m_path));
        QVERIFY(next.open(m_path)); // opening the document does not drop the undecided recovery
        QVERIFY(QFile::exists(recovery));
        QVERIFY(next.writeRecovery()); // nor does autosaving it: this instance has a file of its own
        QVERIFY(next.recoveryFilePath() != recovery);
        QCOMPARE(RecoveryFile::read(recovery).document.portfolio->risks[0].title, QStringLiteral("unsaved work"));
        QVERIFY(next.restoreRecovery());
        QCOMPARE(next.portfolio().risks[0].title, QStringLiteral("unsaved work"));
        QCOMPARE(next.fileName(), m_path);
        QVERIFY(next.isModified());
        QVERIFY(rb::test::load(m_path).risks[0].title != QStringLiteral("unsaved work")); // real file untouched
        QVERIFY(!QFile::exists(recovery)); // taken over: the restored changes are autosaved as ours
        const QString ours = next.recoveryFilePath();
        QCOMPARE(RecoveryFile::read(ours).document.portfolio->risks[0].title, QStringLiteral("unsaved work"));
        QCOMPARE(next.save(), DocumentController::SaveOutcome::Saved);
        QVERIFY(!QFile::exists(ours));
        QVERIFY(QDir(recoveryFolder()).entryList({QStringLiteral("*.rbrecovery")}).isEmpty());
    }

    void recoveryCanBeDiscarded()
    {
        const QString recovery = crashWithUnsavedWork(m_path, QStringLiteral("to be dropped"));
        DocumentController next(nullptr);
        next.checkRecovery();
        QVERIFY(next.recoveryAvailable());
        next.discardRecovery();
        QVERIFY(!next.recoveryAvailable());
        QVERIFY(!QFile::exists(recovery));
        QVERIFY(rb::test::load(m_path).risks[0].title != QStringLiteral("to be dropped"));
    }

    void twoCrashedDocumentsAreBothKept()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.json"));
        QFile::remove(other);
        QVERIFY(QFile::copy(m_path, other));
        const QString first = crashWithUnsavedWork(m_path, QStringLiteral("first"));
        QTest::qWait(20); // distinct modification times: the newest is offered first
        const QString second = crashWithUnsavedWork(other, QStringLiteral("second"));
        QVERIFY(first != second); // one recovery file per document, not one per user
        DocumentController next(nullptr);
        next.checkRecovery();
        QVERIFY(next.recoveryInfo().contains(other));
        QVERIFY(next.recoveryInfo().contains(QLatin1String("1 more")));
        next.discardRecovery();
        QVERIFY(QFile::exists(first)); // the other one waits for the next start
        DocumentController later(nullptr);
        later.checkRecovery();
        QVERIFY(later.recoveryInfo().contains(m_path));
        QVERIFY(later.restoreRecovery());
        QCOMPARE(later.portfolio().risks[0].title, QStringLiteral("first"));
    }

    void aRunningInstancesAutosaveIsNotOffered()
    {
        DocumentController running(nullptr); // another Riskboard with unsaved changes, still running
        QVERIFY(running.open(m_path));
        QVERIFY(running.writeRecovery());
        DocumentController starting(nullptr);
        starting.checkRecovery();
        QVERIFY(!starting.recoveryAvailable());
        QVERIFY(starting.open(m_path)); // the same document opened twice: two autosaves, never one shared
        QVERIFY(starting.writeRecovery());
        QVERIFY(starting.recoveryFilePath() != running.recoveryFilePath());
        QVERIFY(QFile::exists(running.recoveryFilePath()));
    }

    void cleanExitRemovesRecovery()
    {
        QString recovery;
        {
            DocumentController c(nullptr);
            QVERIFY(c.open(m_path));
            QVERIFY(c.writeRecovery());
            recovery = c.recoveryFilePath();
            QVERIFY(QFile::exists(recovery));
        }
        QVERIFY(!QFile::exists(recovery));
    }

    void undoRedoState()
    {
        DocumentController c(nullptr);
        QVERIFY(c.open(m_path));
        QSignalSpy spy(&c, &DocumentController::undoStateChanged);
        QVERIFY(!c.canUndo());
        Risk r = c.portfolio().risks[0];
        r.impact = 5;
        c.document()->editRisk(0, r, QStringLiteral("impact"));
        QVERIFY(c.canUndo());
        QVERIFY(c.undoText().contains(QLatin1String("R-5C")));
        QVERIFY(spy.count() >= 1);
        c.undo();
        QVERIFY(c.canRedo());
        QVERIFY(!c.isModified());
        c.redo();
        QCOMPARE(c.portfolio().risks[0].impact, std::optional<int>(5));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
