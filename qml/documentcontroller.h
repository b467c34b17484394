// documentcontroller.h — the open portfolio document, as QML sees it (singleton owned by C++).
//
// Open, save, save as, recent files, undo/redo, the unsaved-changes guard, autosave to a recovery file
// and the "file changed on disk" guard live here (tested in tests/qml/tst_documentcontroller.cpp).
// QML reaches the session's controller through the singleton (qml/sessionobjects.h); the views' C++
// view-models get it as their `document` property.
#pragma once

#include "document/filestamp.h"
#include "model/portfolio.h"
#include "model/portfoliodocument.h"
#include "document/recoveryfile.h"
#include "qml/postlistmodel.h"
#include "model/scheduleadapter.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace rb::ui {

class DocumentController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileNameChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY fileNameChanged)
    Q_PROPERTY(QString programmeName READ programmeName NOTIFY documentChanged)
    Q_PROPERTY(QString statusDate READ statusDate NOTIFY documentChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QStringList diagnostics READ diagnostics NOTIFY errorTextChanged)
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(bool recoveryAvailable READ recoveryAvailable NOTIFY recoveryChanged)
    Q_PROPERTY(QString recoveryInfo READ recoveryInfo NOTIFY recoveryChanged)
    Q_PROPERTY(QStringList diskChanges READ diskChanges NOTIFY diskConflictChanged)
    Q_PROPERTY(bool canMerge READ canMerge NOTIFY diskConflictChanged)
    Q_PROPERTY(QString scheduleError READ scheduleError NOTIFY scheduleChanged)
    Q_PROPERTY(rb::model::PostListModel *posts READ posts CONSTANT)
    // Work the views hold that is not in the document yet (an assessment draft, a changed risk form):
    // one line per edit, in the user's language ("Assessment draft of 5C4"); the views that hold one
    // by name (AppState::viewNames()). The window title, the tabs and the quit/open guard use them.
    Q_PROPERTY(QStringList pendingEdits READ pendingEdits NOTIFY pendingEditsChanged)
    Q_PROPERTY(QStringList pendingEditViews READ pendingEditViews NOTIFY pendingEditsChanged)
    Q_PROPERTY(bool hasUnsavedWork READ hasUnsavedWork NOTIFY unsavedWorkChanged)
    // False until a portfolio was opened: the window then offers to open one instead of showing an
    // empty "Untitled" portfolio (a file given on the command line that could not be read).
    Q_PROPERTY(bool hasDocument READ hasDocument NOTIFY fileNameChanged)
public:
    // Pending: a shared portfolio's save runs in the background (qml/shareddocument.h reports it).
    enum class SaveOutcome { Saved, NeedsFileName, DiskConflict, Failed, Pending };
    Q_ENUM(SaveOutcome)

    // No default argument: Qt 6.4 builds a QML singleton with the default constructor when there is
    // one (before looking at create()), which would give QML a second, empty instance.
    explicit DocumentController(QObject *parent);
    ~DocumentController() override;

    // QML's DocumentController: the one its session registered on `engine` (qml/sessionobjects.h).
    static DocumentController *create(QQmlEngine *engine, QJSEngine *);

    // Opens a document (a path or a file: URL); on failure keeps the current one and sets errorText
    // and diagnostics (file:line:col lines).
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    // The file an export or a copy of this document is suggested as ("plan" + ".xml"): beside the
    // portfolio's file and named after it; a shared portfolio or the built-in example is named after
    // the portfolio and suggested in the Documents folder.
    QString suggestedPath(const QString &suffix) const;
    // The same as URLs, for a FileDialog's selectedFile and currentFolder.
    Q_INVOKABLE QUrl suggestedFile(const QString &suffix) const { return QUrl::fromLocalFile(suggestedPath(suffix)); }
    Q_INVOKABLE QUrl suggestedFolder() const;
    // A portfolio made elsewhere (an MS Project import) as the open document: untitled and unsaved, so
    // saving asks for a name. The caller has asked about unsaved work.
    void openUnsaved(const rb::model::Portfolio &portfolio);
    Q_INVOKABLE SaveOutcome save();
    Q_INVOKABLE SaveOutcome saveAs(const QString &pathOrUrl);
    // Resolving a disk conflict found by save():
    Q_INVOKABLE bool overwrite();      // write ours over theirs
    Q_INVOKABLE bool reloadFromDisk(); // drop ours, take theirs
    Q_INVOKABLE bool mergeWithDisk();  // three-way merge; conflicts keep ours and are listed
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void clearErrors();

    // Autosave and recovery: the recovery file lives in AppDataLocation, never next to the document.
    Q_INVOKABLE bool writeRecovery();
    Q_INVOKABLE bool restoreRecovery();
    Q_INVOKABLE void discardRecovery();
    QString recoveryFilePath() const;
    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }

    QString fileName() const { return m_fileName; }
    bool hasDocument() const { return m_hasDocument; }
    QString displayName() const;
    QString programmeName() const { return portfolio().programme.name; }
    QString statusDate() const;
    QString errorText() const { return m_errorText; }
    QStringList diagnostics() const { return m_diagnostics; }
    bool isModified() const;
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    QStringList recentFiles() const;
    bool recoveryAvailable() const { return !m_recoveryFound.isEmpty(); }
    QString recoveryInfo() const { return m_recoveryInfo; }
    QStringList diskChanges() const { return m_diskChanges; }
    bool canMerge() const;
    QString scheduleError() const { return m_scheduleError; }
    rb::model::PostListModel *posts() { return &m_posts; }

    rb::model::PortfolioDocument *document() { return &m_doc; }
    const rb::model::Portfolio &portfolio() const { return m_doc.portfolio(); }
    // `controller`'s portfolio, an empty one when there is none (a view-model whose document is not set yet).
    static const rb::model::Portfolio &portfolioOf(const DocumentController *controller);
    // Network and baseline schedule of the current document (null when it has a cycle).
    std::shared_ptr<const rb::model::PortfolioSchedule> schedule() const { return m_schedule; }
    // Re-checks for a recovery file (at start-up).
    void checkRecovery();

    // ---- pending edits (drafts held by the views) ----------------------------------------------
    // A view registers its draft under a stable key ("assessment:5C4", "risk:R-P1") with the view's
    // name, a description for the user, how to apply it to the document (one undoable edit; false
    // when it cannot be applied, with the reason in *error) and how to drop it. Registering the same
    // key again replaces the entry. Opening another document discards every pending edit.
    struct PendingEdit {
        QString key;
        QString view;
        QString description;
        std::function<bool(QString *error)> apply;
        std::function<void()> discard;
    };
    void setPendingEdit(PendingEdit edit);
    void clearPendingEdit(const QString &key);
    QStringList pendingEdits() const;
    QStringList pendingEditViews() const;
    bool hasPendingEdits() const { return !m_pending.empty(); }
    // The document is modified or a view holds a draft.
    bool hasUnsavedWork() const { return isModified() || hasPendingEdits(); }
    // Applies every draft to the document; stops at the first that cannot be applied (it stays
    // pending, errorText says why) and returns false.
    Q_INVOKABLE bool applyPendingEdits();
    // Drops every draft (the user chose to discard them).
    Q_INVOKABLE void discardPendingEdits();

    // ---- a document kept somewhere else than in a file (qml/shareddocument.h) -----------------------
    // While such a document is open, save, overwrite, reload and merge go to its backend.
    class Backend {
    public:
        virtual ~Backend() = default;
        virtual SaveOutcome save() = 0;
        virtual bool overwrite() = 0;
        virtual bool reload() = 0;
        virtual bool merge() = 0;
    };
    void setBackend(Backend *backend) { m_backend = backend; }
    bool backendActive() const { return m_backend && m_backendActive; }
    // Opens content the backend read; `name` (a URL) stands where a file name would.
    // `baseName` names the files suggested for it (suggestedPath), e.g. the shared portfolio's name.
    void adoptFromBackend(const rb::model::Portfolio &portfolio, const QString &name, const QString &title,
                          const QString &baseName);
    // Replaces the content (someone else's saved change merged in): `base` is what is stored now,
    // `modified` whether the content still holds own unsaved edits. Drafts stay; undo history goes.
    void replaceContent(const rb::model::Portfolio &content, const rb::model::Portfolio &base, bool modified);
    // The backend saved the content as it was at undo index `undoIndex`; `stored` is what it holds now.
    void markSaved(const rb::model::Portfolio &stored, int undoIndex);
    // What the conflict dialog lists, and the messages the diagnostics dialog shows.
    void setConflictLines(const QStringList &lines);
    void report(const QStringList &lines) { setDiagnostics(lines); }

signals:
    void documentChanged(); // any change of the value (open, edit, undo)
    void scheduleChanged(); // posts or dependencies changed: network and baseline rebuilt
    void fileNameChanged();
    void errorTextChanged();
    void modifiedChanged();
    void undoStateChanged();
    void recentFilesChanged();
    void recoveryChanged();
    void diskConflictChanged();
    void pendingEditsChanged();
    void unsavedWorkChanged();

private:
    static QString toPath(const QString &pathOrUrl);
    bool writeTo(const QString &path);
    void adopt(const rb::model::Portfolio &portfolio, const QString &path);
    void addRecent(const QString &path);
    void rebuildSchedule();
    void setDiagnostics(const QStringList &lines);
    void claimRecovery();
    void dropOwnRecovery();

    rb::model::PortfolioDocument m_doc;
    rb::model::PostListModel m_posts;
    rb::model::Portfolio m_base;  // as last read from or written to m_fileName (the merge base)
    rb::model::FileStamp m_stamp; // of m_fileName when last read or written
    std::shared_ptr<const rb::model::PortfolioSchedule> m_schedule;
    QString m_fileName;
    QString m_errorText, m_scheduleError;
    QStringList m_diagnostics, m_diskChanges;
    rb::model::RecoveryStore m_recovery;     // this instance's recovery file of the open document
    QString m_recoveryFound, m_recoveryInfo; // an earlier crash's recovery file, until the user decides
    QTimer m_autosave;
    bool m_forcedModified = false;      // restored or merged content that is not on disk yet
    std::vector<PendingEdit> m_pending; // in the order registered
    bool m_hasDocument = false;
    Backend *m_backend = nullptr;
    bool m_backendActive = false; // the open document is the backend's
    QString m_backendTitle, m_backendBaseName;
};

} // namespace rb::ui
