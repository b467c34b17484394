// documentcontroller.cpp
#include "qml/documentcontroller.h"

#include "document/localpath.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include "document/documentdiff.h"
#include "qml/sessionobjects.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace rb::ui {

namespace {
constexpr int kAutosaveMs = 30 * 1000; // "every 30 s of unsaved changes"
constexpr int kMaxRecent = 8;
const char *kRecentKey = "recentFiles";
} // namespace

DocumentController::DocumentController(QObject *parent)
    : QObject(parent),
      m_recovery(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/recovery"))
{
    m_posts.setPosts({});
    QUndoStack *undo = m_doc.undoStack();
    connect(undo, &QUndoStack::cleanChanged, this, &DocumentController::modifiedChanged);
    connect(undo, &QUndoStack::indexChanged, this, &DocumentController::undoStateChanged);
    connect(undo, &QUndoStack::undoTextChanged, this, &DocumentController::undoStateChanged);
    connect(undo, &QUndoStack::redoTextChanged, this, &DocumentController::undoStateChanged);
    // The schedule input depends on posts, links, assessments (uncertainty) and risks (risk events);
    // rebuilding it is a few milliseconds even at 1,000 posts, so every change rebuilds it.
    connect(&m_doc, &rb::model::PortfolioDocument::changed, this, [this] {
        rebuildSchedule();
        emit documentChanged();
    });
    connect(&m_doc, &rb::model::PortfolioDocument::documentReset, this,
            [this] { m_posts.setPosts(portfolio().posts); });
    connect(&m_doc, &rb::model::PortfolioDocument::postChanged, this, [this] { m_posts.setPosts(portfolio().posts); });
    connect(this, &DocumentController::modifiedChanged, this, &DocumentController::unsavedWorkChanged);
    connect(this, &DocumentController::pendingEditsChanged, this, &DocumentController::unsavedWorkChanged);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (isModified()) writeRecovery();
    });
    m_autosave.start();
}

DocumentController::~DocumentController()
{
    // A normal exit: the user has already decided about unsaved changes (the close guard), so the
    // recovery file is no longer needed. After a crash this does not run and the file stays.
    // An undecided recovery file of an earlier crash is not ours and stays for the next start.
    dropOwnRecovery();
    m_recovery.release();
}

const rb::model::Portfolio &DocumentController::portfolioOf(const DocumentController *controller)
{
    static const rb::model::Portfolio none;
    return controller ? controller->portfolio() : none;
}

DocumentController *DocumentController::create(QQmlEngine *engine, QJSEngine *)
{
    DocumentController *document = sessionObjectsOf(engine).document;
    if (!document)
        qWarning("DocumentController: no session registered its objects on this QML engine "
                 "(rb::ui::registerSessionObjects)");
    return document;
}

QString DocumentController::toPath(const QString &pathOrUrl) { return rb::model::localPathOf(pathOrUrl); }

void DocumentController::setDiagnostics(const QStringList &lines)
{
    m_diagnostics = lines;
    m_errorText = lines.join(QLatin1Char('\n'));
    emit errorTextChanged();
}

void DocumentController::clearErrors()
{
    if (!m_diagnostics.isEmpty()) setDiagnostics({});
}

bool DocumentController::open(const QString &pathOrUrl)
{
    const QString path = toPath(pathOrUrl);
    const rb::model::LoadResult r = rb::model::DocumentReader::readFile(path);
    if (!r.ok()) {
        QStringList lines;
        for (const auto &d : r.diagnostics) lines << d.toString();
        if (lines.isEmpty())
            lines << QCoreApplication::translate("DocumentController", "%1: the file could not be read.").arg(path);
        setDiagnostics(lines);
        return false;
    }
    adopt(*r.portfolio, path);
    if (!path.startsWith(QLatin1Char(':'))) addRecent(QFileInfo(path).absoluteFilePath());
    clearErrors();
    return true;
}

void DocumentController::openUnsaved(const rb::model::Portfolio &portfolio)
{
    adopt(portfolio, QString());
    m_forcedModified = true;
    emit modifiedChanged();
    clearErrors();
}

void DocumentController::adopt(const rb::model::Portfolio &portfolio, const QString &path)
{
    m_backendActive = false; // adoptFromBackend sets it again
    m_base = portfolio;
    m_stamp = rb::model::FileStamp::of(path);
    dropOwnRecovery(); // the old document's autosave; an undecided one of an earlier crash is not ours
    const bool nameChanged = m_fileName != path || !m_hasDocument;
    m_hasDocument = true;
    m_fileName = path;
    claimRecovery();
    m_forcedModified = false;
    discardPendingEdits(); // drafts belong to the document being replaced (the guard has asked)
    m_doc.reset(portfolio);
    if (!m_diskChanges.isEmpty()) {
        m_diskChanges.clear();
        emit diskConflictChanged();
    }
    if (nameChanged) emit fileNameChanged();
    emit modifiedChanged();
    emit undoStateChanged();
}

void DocumentController::rebuildSchedule()
{
    QString error;
    m_schedule = rb::model::PortfolioSchedule::build(portfolio(), &error);
    m_scheduleError = m_schedule ? QString() : error;
    emit scheduleChanged();
}

QString DocumentController::displayName() const
{
    if (backendActive()) return m_backendTitle;
    if (m_fileName.isEmpty()) return QCoreApplication::translate("DocumentController", "Untitled");
    return QFileInfo(m_fileName).fileName();
}

QString DocumentController::suggestedPath(const QString &suffix) const
{
    QString folder = rb::model::documentsFolder();
    QString base = QStringLiteral("riskboard");
    if (backendActive()) {
        if (!m_backendBaseName.isEmpty()) base = m_backendBaseName;
    } else if (!m_fileName.isEmpty()) {
        const QFileInfo info(m_fileName);
        base = info.completeBaseName();
        if (!m_fileName.startsWith(QLatin1Char(':'))) folder = info.absolutePath(); // not the built-in example
    }
    return QDir(folder).filePath(base + suffix);
}

QUrl DocumentController::suggestedFolder() const
{
    return QUrl::fromLocalFile(QFileInfo(suggestedPath(QStringLiteral(".json"))).absolutePath());
}

QString DocumentController::statusDate() const
{
    const QDate d = portfolio().programme.statusDate;
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool DocumentController::isModified() const
{
    return m_forcedModified || !const_cast<rb::model::PortfolioDocument &>(m_doc).undoStack()->isClean();
}

bool DocumentController::canUndo() const
{
    return const_cast<rb::model::PortfolioDocument &>(m_doc).undoStack()->canUndo();
}
bool DocumentController::canRedo() const
{
    return const_cast<rb::model::PortfolioDocument &>(m_doc).undoStack()->canRedo();
}
QString DocumentController::undoText() const
{
    return const_cast<rb::model::PortfolioDocument &>(m_doc).undoStack()->undoText();
}
QString DocumentController::redoText() const
{
    return const_cast<rb::model::PortfolioDocument &>(m_doc).undoStack()->redoText();
}
void DocumentController::undo() { m_doc.undoStack()->undo(); }
void DocumentController::redo() { m_doc.undoStack()->redo(); }

bool DocumentController::writeTo(const QString &path)
{
    QString error;
    if (!rb::model::DocumentWriter::save(portfolio(), path, &error)) {
        setDiagnostics({error});
        return false;
    }
    m_base = portfolio();
    m_stamp = rb::model::FileStamp::of(path);
    dropOwnRecovery(); // saved: nothing left to recover
    if (m_fileName != path) {
        m_fileName = path;
        m_backendActive = false; // saved as a file: the file is the document now
        claimRecovery();
        emit fileNameChanged();
    }
    m_forcedModified = false;
    m_doc.undoStack()->setClean();
    if (!m_diskChanges.isEmpty()) {
        m_diskChanges.clear();
        emit diskConflictChanged();
    }
    emit modifiedChanged();
    addRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

DocumentController::SaveOutcome DocumentController::save()
{
    if (backendActive()) return m_backend->save();
    if (m_fileName.isEmpty() || m_fileName.startsWith(QLatin1Char(':')))
        return SaveOutcome::NeedsFileName; // the built-in portfolio is read-only
    if (QFileInfo::exists(m_fileName) && !(rb::model::FileStamp::of(m_fileName) == m_stamp)) {
        // Someone saved the file since we read it: never overwrite silently; say what they changed.
        QStringList changes;
        const rb::model::LoadResult theirs = rb::model::DocumentReader::readFile(m_fileName);
        if (theirs.ok())
            for (const auto &c : rb::model::diffPortfolios(m_base, *theirs.portfolio))
                changes << QStringLiteral("%1: %2").arg(c.id, c.description);
        if (!theirs.ok())
            changes << QCoreApplication::translate("DocumentController",
                                                   "The file on disk is no longer a valid portfolio:")
                    << theirs.errorText();
        if (changes.isEmpty())
            changes << QCoreApplication::translate("DocumentController",
                                                   "The file was changed on disk since you opened it.");
        m_diskChanges = changes;
        emit diskConflictChanged();
        return SaveOutcome::DiskConflict;
    }
    return writeTo(m_fileName) ? SaveOutcome::Saved : SaveOutcome::Failed;
}

DocumentController::SaveOutcome DocumentController::saveAs(const QString &pathOrUrl)
{
    QString path = toPath(pathOrUrl);
    if (path.isEmpty()) return SaveOutcome::NeedsFileName;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) path += QLatin1String(".json");
    return writeTo(path) ? SaveOutcome::Saved : SaveOutcome::Failed;
}

bool DocumentController::overwrite()
{
    if (backendActive()) return m_backend->overwrite();
    return writeTo(m_fileName);
}

bool DocumentController::reloadFromDisk()
{
    if (backendActive()) return m_backend->reload();
    return open(m_fileName);
}

bool DocumentController::canMerge() const { return !m_diskChanges.isEmpty(); }

bool DocumentController::mergeWithDisk()
{
    if (backendActive()) return m_backend->merge();
    const rb::model::LoadResult theirs = rb::model::DocumentReader::readFile(m_fileName);
    if (!theirs.ok()) return false;
    const rb::model::MergeResult merged = rb::model::mergePortfolios(m_base, portfolio(), *theirs.portfolio);
    const QString path = m_fileName;
    adopt(merged.merged, path);
    m_base = *theirs.portfolio; // the next save writes over what is on disk now
    m_forcedModified = true;    // the merge is not saved yet
    emit modifiedChanged();
    QStringList conflicts;
    for (const auto &c : merged.conflicts) conflicts << QStringLiteral("%1: %2").arg(c.id, c.description);
    m_diskChanges = conflicts;
    emit diskConflictChanged();
    return true;
}

// ---- a document kept by a backend (qml/shareddocument.h) -------------------------------------------

void DocumentController::adoptFromBackend(const rb::model::Portfolio &portfolio, const QString &name,
                                          const QString &title, const QString &baseName)
{
    m_backendBaseName = baseName;
    const bool wasActive = backendActive();
    adopt(portfolio, name);
    m_backendActive = m_backend != nullptr;
    m_backendTitle = title;
    if (!wasActive) emit fileNameChanged(); // the display name follows the backend's title
    clearErrors();
}

void DocumentController::replaceContent(const rb::model::Portfolio &content, const rb::model::Portfolio &base,
                                        bool modified)
{
    m_base = base;
    m_doc.reset(content);
    m_forcedModified = modified;
    if (!modified) dropOwnRecovery();
    emit modifiedChanged();
    emit undoStateChanged();
}

void DocumentController::markSaved(const rb::model::Portfolio &stored, int undoIndex)
{
    m_base = stored;
    if (m_doc.undoStack()->index() != undoIndex) return; // edited while the save ran: those edits are still unsaved
    m_forcedModified = false;
    m_doc.undoStack()->setClean();
    dropOwnRecovery();
    emit modifiedChanged();
}

void DocumentController::setConflictLines(const QStringList &lines)
{
    m_diskChanges = lines;
    emit diskConflictChanged();
}

// ---- recent files --------------------------------------------------------------------------------

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void DocumentController::addRecent(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent) list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
    emit recentFilesChanged();
}

// ---- autosave and recovery -----------------------------------------------------------------------
// One recovery file per open document (rb::model::RecoveryStore), locked by the instance that edits it,
// written in one atomic write together with the document's path (rb::model::RecoveryFile).

QString DocumentController::recoveryFilePath() const { return m_recovery.current(); }

void DocumentController::claimRecovery()
{
    const QString key = m_fileName.isEmpty() || m_fileName.startsWith(QLatin1Char(':'))
        ? m_fileName
        : QFileInfo(m_fileName).absoluteFilePath();
    m_recovery.claim(key, m_recoveryFound);
}

void DocumentController::dropOwnRecovery() { rb::model::RecoveryStore::remove(m_recovery.current()); }

bool DocumentController::writeRecovery()
{
    if (m_recovery.current().isEmpty()) claimRecovery();
    const QString path = m_recovery.current();
    if (path.isEmpty()) return false;
    return rb::model::RecoveryFile::write(path, m_fileName, portfolio());
}

void DocumentController::checkRecovery()
{
    const QList<rb::model::RecoveryStore::Orphan> orphans = m_recovery.orphans();
    if (orphans.isEmpty()) {
        m_recoveryFound.clear();
    } else {
        const auto &newest = orphans.first();
        m_recoveryFound = newest.path;
        m_recoveryInfo = QCoreApplication::translate(
                             "DocumentController",
                             "Unsaved changes to %1 from %2 were recovered after Riskboard stopped unexpectedly.")
                             .arg(newest.origin.isEmpty()
                                      ? QCoreApplication::translate("DocumentController", "an untitled portfolio")
                                      : newest.origin,
                                  QLocale().toString(newest.written, QLocale::ShortFormat));
        const int more = int(orphans.size()) - 1;
        if (more > 0) {
            m_recoveryInfo += QLatin1Char(' ');
            m_recoveryInfo += QCoreApplication::translate(
                "DocumentController", "%n more recovery file(s) will be offered at the next start.", "", more);
        }
    }
    emit recoveryChanged();
}

bool DocumentController::restoreRecovery()
{
    if (m_recoveryFound.isEmpty()) return false;
    const rb::model::RecoveryContents r = rb::model::RecoveryFile::read(m_recoveryFound);
    if (!r.ok()) {
        setDiagnostics(
            QStringList{QCoreApplication::translate("DocumentController", "The recovery file could not be read:")}
            << (r.error.isEmpty() ? r.document.errorText() : r.error));
        discardRecovery();
        return false;
    }
    // The real file stays untouched until the user saves: the restored content is only "modified".
    const rb::model::LoadResult original = rb::model::DocumentReader::readFile(r.origin);
    adopt(*r.document.portfolio, r.origin);
    if (original.ok()) m_base = *original.portfolio;
    m_forcedModified = true;
    emit modifiedChanged();
    // Ours now: written under this instance's claim before the crashed instance's file goes.
    if (writeRecovery()) rb::model::RecoveryStore::remove(m_recoveryFound);
    m_recoveryFound.clear();
    emit recoveryChanged();
    return true;
}

void DocumentController::discardRecovery()
{
    rb::model::RecoveryStore::remove(m_recoveryFound);
    m_recoveryFound.clear();
    emit recoveryChanged();
}

// ---- pending edits --------------------------------------------------------------------------------

void DocumentController::setPendingEdit(PendingEdit edit)
{
    for (PendingEdit &e : m_pending) {
        if (e.key == edit.key) {
            const bool same = e.description == edit.description && e.view == edit.view;
            e = std::move(edit);
            if (!same) emit pendingEditsChanged();
            return;
        }
    }
    m_pending.push_back(std::move(edit));
    emit pendingEditsChanged();
}

void DocumentController::clearPendingEdit(const QString &key)
{
    const auto it
        = std::find_if(m_pending.begin(), m_pending.end(), [&](const PendingEdit &e) { return e.key == key; });
    if (it == m_pending.end()) return;
    m_pending.erase(it);
    emit pendingEditsChanged();
}

QStringList DocumentController::pendingEdits() const
{
    QStringList out;
    for (const PendingEdit &e : m_pending) out << e.description;
    return out;
}

QStringList DocumentController::pendingEditViews() const
{
    QStringList out;
    for (const PendingEdit &e : m_pending)
        if (!out.contains(e.view)) out << e.view;
    return out;
}

bool DocumentController::applyPendingEdits()
{
    // Each apply normally clears its own entry; take a copy of the keys, the list changes underneath.
    QStringList keys;
    for (const PendingEdit &e : m_pending) keys << e.key;
    for (const QString &key : keys) {
        const auto it
            = std::find_if(m_pending.begin(), m_pending.end(), [&](const PendingEdit &e) { return e.key == key; });
        if (it == m_pending.end()) continue;
        const PendingEdit edit = *it;
        QString error;
        if (edit.apply && !edit.apply(&error)) {
            setDiagnostics({QCoreApplication::translate("DocumentController", "%1 could not be applied: %2")
                                .arg(edit.description, error)});
            return false;
        }
        clearPendingEdit(key);
    }
    return true;
}

void DocumentController::discardPendingEdits()
{
    if (m_pending.empty()) return;
    const std::vector<PendingEdit> pending = std::exchange(m_pending, {});
    for (const PendingEdit &e : pending)
        if (e.discard) e.discard();
    m_pending.clear(); // a discard may have cleared or re-registered its key meanwhile
    emit pendingEditsChanged();
}

} // namespace rb::ui
