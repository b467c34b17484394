// shareddocument.cpp
#include "qml/shareddocument.h"

#include "document/documentdiff.h"
#include "store/asyncstore.h"
#include "store/entities.h"
#include "store/storeurl.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace rb::ui {

namespace {
constexpr int kSlowMs = 8000; // a store call taking longer than this is announced (it keeps running)
constexpr int kMaxRecent = 8;
const char *kRecentKey = "recentSharedPortfolios";

// libpq's messages run over several lines ("FATAL:  terminating connection…\nserver closed…"): the first says it.
QString shortError(const QString &error)
{
    QString first = error.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.startsWith(QLatin1String("FATAL:"))) first = first.mid(6).trimmed();
    return first;
}

QStringList describe(const QList<rb::model::DocumentChange> &changes)
{
    QStringList out;
    for (const auto &c : changes) out << QStringLiteral("%1: %2").arg(c.id, c.description);
    return out;
}
} // namespace

SharedDocument::SharedDocument(DocumentController *document, QObject *parent) : QObject(parent), m_document(document)
{
    m_slow.setSingleShot(true);
    m_slow.setInterval(kSlowMs);
    connect(&m_slow, &QTimer::timeout, this, [this] { setBanner({}); });
    if (!m_document) return;
    m_document->setBackend(this);
    connect(m_document, &DocumentController::fileNameChanged, this, [this] {
        if (m_store && !m_document->backendActive() && !m_adopting)
            close(); // another document (a file) replaced the shared one
        emit activeChanged();
    });
}

SharedDocument::~SharedDocument()
{
    if (m_document) m_document->setBackend(nullptr);
}

SharedDocument *SharedDocument::create(QQmlEngine *engine, QJSEngine *)
{
    auto *shared = engine->property("rbSharedDocument").value<SharedDocument *>();
    if (!shared) // QML tooling and tests without a session: one that never opens anything
        shared = new SharedDocument(nullptr, engine);
    QJSEngine::setObjectOwnership(shared, QJSEngine::CppOwnership);
    return shared;
}

bool SharedDocument::active() const { return m_store && m_document && m_document->backendActive(); }
bool SharedDocument::busy() const { return (m_store && m_store->busy()) || m_opening; }
QString SharedDocument::url() const { return active() ? m_store->url().displayName() : QString(); }

QStringList SharedDocument::recentUrls() const { return QSettings().value(QLatin1String(kRecentKey)).toStringList(); }

void SharedDocument::addRecent(const QString &url)
{
    QStringList list = recentUrls();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > kMaxRecent) list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
    emit recentUrlsChanged();
}

void SharedDocument::setError(const QString &text)
{
    if (m_error == text) return;
    m_error = text;
    emit errorTextChanged();
}

// The banner says the most important of: the server is away, others' change is flagged, a slow
// answer; or, for a while, whose change was just merged in (`note`).
void SharedDocument::setBanner(const QString &note)
{
    QString text;
    if (!m_online) {
        text = QCoreApplication::translate("SharedDocument",
                                           "The server of the shared portfolio cannot be reached (%1). You can keep "
                                           "working: your changes are kept "
                                           "in the recovery file and saved when the server is back.")
                   .arg(shortError(m_offlineError));
        if (m_retrySave)
            text += QLatin1Char(' ')
                + QCoreApplication::translate("SharedDocument", "Your save is waiting for the server.");
    } else if (m_flagged) {
        text = QCoreApplication::translate(
            "SharedDocument",
            "Someone else saved changes to what you are editing here. They are not merged in yet: review them, or save "
            "to see both versions.");
    } else if (busy() && !m_slow.isActive() && m_saveRunning) {
        text = QCoreApplication::translate(
                   "SharedDocument",
                   "The server has not answered for %1 seconds; Riskboard keeps trying. You can keep working.")
                   .arg(kSlowMs / 1000);
    } else {
        text = note;
    }
    if (text == m_banner) return;
    m_banner = text;
    emit bannerChanged();
}

bool SharedDocument::open(const QString &text)
{
    QString error;
    const std::optional<rb::store::StoreUrl> url = rb::store::parseStoreUrl(text.trimmed(), &error);
    if (!url || !m_document) {
        setError(error);
        return false;
    }
    setError({});
    m_opening = std::make_unique<rb::store::AsyncStore>(*url, m_heartbeatMs);
    connect(m_opening.get(), &rb::store::AsyncStore::loaded, this, &SharedDocument::onLoaded);
    connect(m_opening.get(), &rb::store::AsyncStore::loadFailed, this,
            [this](const QString &message, const QStringList &lines) {
                m_opening.reset();
                m_slow.stop();
                setError(lines.isEmpty() ? message : lines.join(QLatin1Char('\n')));
                m_document->report(lines.isEmpty() ? QStringList{message} : lines);
                emit busyChanged();
                emit openFinished(false);
            });
    m_opening->open();
    m_slow.start();
    emit busyChanged();
    return true;
}

void SharedDocument::onLoaded(const rb::store::Snapshot &snapshot)
{
    m_slow.stop();
    std::unique_ptr<rb::store::AsyncStore> opened = std::move(m_opening);
    m_store = std::move(opened);
    connect(m_store.get(), &rb::store::AsyncStore::saved, this, &SharedDocument::onSaved);
    connect(m_store.get(), &rb::store::AsyncStore::changedRemotely, this, &SharedDocument::onRemote);
    connect(m_store.get(), &rb::store::AsyncStore::connectionChanged, this, &SharedDocument::onConnection);
    connect(m_store.get(), &rb::store::AsyncStore::busyChanged, this, &SharedDocument::busyChanged);
    connect(m_store.get(), &rb::store::AsyncStore::historyLoaded, this, &SharedDocument::onHistory);
    m_base = snapshot;
    m_flagged.reset();
    m_conflict.reset();
    m_online = true;
    m_retrySave = m_saveAgain = m_saveRunning = false;
    const rb::store::StoreUrl url = m_store->url();
    m_adopting = true;
    m_document->adoptFromBackend(
        snapshot.document, url.displayName(),
        QCoreApplication::translate("SharedDocument", "%1 (shared, %2)").arg(url.portfolio, url.database),
        url.portfolio);
    m_adopting = false;
    addRecent(url.displayName());
    setBanner({});
    emit activeChanged();
    emit busyChanged();
    emit openFinished(true);
    refreshHistory();
}

void SharedDocument::close()
{
    m_store.reset();
    m_historyLines.clear();
    emit historyChanged();
    m_flagged.reset();
    m_conflict.reset();
    m_online = true;
    m_retrySave = m_saveAgain = m_saveRunning = false;
    setBanner({});
    emit activeChanged();
}

// ---- saving --------------------------------------------------------------------------------------

DocumentController::SaveOutcome SharedDocument::save()
{
    if (!m_store) return DocumentController::SaveOutcome::Failed;
    if (m_saveRunning) {
        m_saveAgain = true; // the newer content goes as soon as this save is back
        return DocumentController::SaveOutcome::Pending;
    }
    m_saveRunning = true;
    m_saving = m_document->portfolio();
    m_savingUndoIndex = m_document->document()->undoStack()->index();
    m_store->save(m_base, m_saving);
    m_slow.start();
    return DocumentController::SaveOutcome::Pending;
}

void SharedDocument::onSaved(const rb::store::SaveResult &result, const std::optional<rb::store::Snapshot> &newest,
                             bool asSent)
{
    refreshHistory();
    using Outcome = rb::store::SaveResult::Outcome;
    m_saveRunning = false;
    m_slow.stop();
    if (result.outcome == Outcome::Failed || !newest) {
        // The server is away (or refused the connection): keep the content, try again when it is back.
        m_retrySave = !m_online;
        if (m_online) { // a plain failure, not a lost connection: say why
            m_document->report(
                {QCoreApplication::translate("SharedDocument", "The shared portfolio could not be saved: %1")
                     .arg(result.error)});
            emit problemsFound();
        }
        setBanner({});
        emit saveFinished(false);
        return;
    }
    m_retrySave = false;
    if (result.outcome == Outcome::Invalid) {
        QStringList lines{QCoreApplication::translate(
            "SharedDocument", "Nothing was saved: the shared portfolio would not be valid with these changes.")};
        for (const auto &d : result.diagnostics) lines << d.toString();
        m_document->report(lines);
        integrate(*newest, m_base.document); // what others saved meanwhile still comes in
        emit problemsFound();
        emit saveFinished(false);
        return;
    }
    if (result.clean()) {
        if (asSent) {
            m_base = *newest;
            m_document->markSaved(newest->document, m_savingUndoIndex);
        } else {
            integrate(*newest, m_saving, false); // someone saved between our COMMIT and the read-back
            if (!m_flagged) m_document->markSaved(newest->document, m_savingUndoIndex);
        }
        setBanner({});
        if (m_saveAgain) {
            m_saveAgain = false;
            save();
        }
        emit saveFinished(true);
        return;
    }
    // Part of it landed. Conflicting entities keep the versions read, so the next save finds them again
    // until the user decided; everything else is now as stored.
    const rb::model::Portfolio before = m_base.document;
    rb::store::Snapshot base = *newest;
    for (const auto &c : result.conflicts) {
        const QString id = rb::store::entityId(c.kind, c.key);
        if (m_base.versions.contains(id)) {
            base.versions.insert(id, m_base.versions.value(id));
            base.bodies.insert(id, m_base.bodies.value(id));
        } else {
            base.versions.remove(id);
            base.bodies.remove(id);
        }
    }
    m_base = base;
    if (!result.refused.isEmpty()) {
        QStringList lines{
            QCoreApplication::translate("SharedDocument", "These changes were not saved: you may not make them.")};
        for (const auto &r : result.refused) lines << r.message;
        m_document->report(lines);
        emit problemsFound();
    }
    if (!result.conflicts.isEmpty()) {
        m_conflict = *newest;
        m_base.document = before; // the merge base: what both sides started from
        m_document->setConflictLines(bothVersions(*newest, result.conflicts));
        emit conflictFound();
    }
    emit saveFinished(false);
}

QStringList SharedDocument::bothVersions(const rb::store::Snapshot &theirs,
                                         const QList<rb::store::EntityProblem> &conflicts) const
{
    const QList<rb::model::DocumentChange> theirChanges = rb::model::diffPortfolios(m_base.document, theirs.document);
    const QList<rb::model::DocumentChange> myChanges
        = rb::model::diffPortfolios(m_base.document, m_document->portfolio());
    QStringList lines;
    for (const auto &c : conflicts) {
        lines << c.message;
        const QString key = c.key.section(QLatin1Char('#'), 0, 0);
        QStringList t, m;
        for (const auto &d : theirChanges)
            if (d.id == key) t << d.description;
        for (const auto &d : myChanges)
            if (d.id == key) m << d.description;
        lines << QStringLiteral("    ")
                + QCoreApplication::translate("SharedDocument", "Theirs: %1")
                      .arg(t.isEmpty() ? QCoreApplication::translate("SharedDocument", "removed or added")
                                       : t.join(QStringLiteral("; ")));
        lines << QStringLiteral("    ")
                + QCoreApplication::translate("SharedDocument", "Yours: %1")
                      .arg(m.isEmpty() ? QCoreApplication::translate("SharedDocument", "removed or added")
                                       : m.join(QStringLiteral("; ")));
    }
    return lines;
}

// ---- the merge dialog's choices ------------------------------------------------------------------

bool SharedDocument::merge()
{
    const std::optional<rb::store::Snapshot> theirs = m_conflict ? m_conflict : m_flagged;
    if (!theirs) return false;
    const rb::model::MergeResult r
        = rb::model::mergePortfolios(m_base.document, m_document->portfolio(), theirs->document);
    m_base = *theirs;
    m_conflict.reset();
    m_flagged.reset();
    m_document->replaceContent(r.merged, theirs->document, true);
    m_document->setConflictLines(describe(r.conflicts)); // what kept yours
    setBanner({});
    return true;
}

bool SharedDocument::overwrite()
{
    const std::optional<rb::store::Snapshot> theirs = m_conflict ? m_conflict : m_flagged;
    if (!theirs) return save() != DocumentController::SaveOutcome::Failed;
    m_base = *theirs; // yours, written over the versions you have now seen
    m_conflict.reset();
    m_flagged.reset();
    m_document->setConflictLines({});
    setBanner({});
    return save() != DocumentController::SaveOutcome::Failed;
}

bool SharedDocument::reload()
{
    const std::optional<rb::store::Snapshot> theirs = m_conflict ? m_conflict : m_flagged;
    if (!theirs) return m_store && open(m_store->url().displayName());
    m_base = *theirs;
    m_conflict.reset();
    m_flagged.reset();
    m_document->replaceContent(theirs->document, theirs->document, false);
    m_document->setConflictLines({});
    setBanner({});
    return true;
}

void SharedDocument::review()
{
    if (!m_flagged) return;
    const rb::model::MergeResult r
        = rb::model::mergePortfolios(m_base.document, m_document->portfolio(), m_flagged->document);
    QStringList lines;
    const QList<rb::model::DocumentChange> theirs = rb::model::diffPortfolios(m_base.document, m_flagged->document);
    const QList<rb::model::DocumentChange> mine = rb::model::diffPortfolios(m_base.document, m_document->portfolio());
    for (const auto &c : r.conflicts) {
        lines << QStringLiteral("%1: %2").arg(c.id, c.description);
        for (const auto &d : theirs)
            if (d.id == c.id)
                lines << QStringLiteral("    ")
                        + QCoreApplication::translate("SharedDocument", "Theirs: %1").arg(d.description);
        for (const auto &d : mine)
            if (d.id == c.id)
                lines << QStringLiteral("    ")
                        + QCoreApplication::translate("SharedDocument", "Yours: %1").arg(d.description);
    }
    m_document->setConflictLines(lines);
    emit conflictFound();
}

// ---- live updates and the connection -------------------------------------------------------------

void SharedDocument::onRemote(const rb::store::Snapshot &snapshot)
{
    refreshHistory(); // someone's change: the trail shown may have grown
    if (m_saveRunning || snapshot.versions == m_base.versions)
        return; // the save's read-back brings it / our own save's notification
    if (m_conflict) {
        m_conflict = snapshot; // the merge dialog's "theirs" is the newest
        return;
    }
    integrate(snapshot, m_base.document);
}

void SharedDocument::integrate(const rb::store::Snapshot &snapshot, const rb::model::Portfolio &from, bool fromBase)
{
    // What came in, for the banner: from the versions (cheap at 10,000 posts) when `from` is the base.
    QStringList ids;
    if (fromBase) {
        for (auto it = snapshot.versions.cbegin(); it != snapshot.versions.cend(); ++it)
            if (m_base.versions.value(it.key(), -1) != it.value()) ids << it.key().section(QLatin1Char('\x1f'), 1);
        for (auto it = m_base.versions.cbegin(); it != m_base.versions.cend(); ++it)
            if (!snapshot.versions.contains(it.key())) ids << it.key().section(QLatin1Char('\x1f'), 1);
        ids.sort();
    } else {
        for (const auto &c : rb::model::diffPortfolios(from, snapshot.document))
            if (!ids.contains(c.id)) ids << c.id;
    }
    const rb::model::Portfolio &mine = m_document->portfolio();
    if (mine == from) {
        m_document->replaceContent(snapshot.document, snapshot.document, false);
    } else {
        const rb::model::MergeResult r = rb::model::mergePortfolios(from, mine, snapshot.document);
        if (!r.clean()) {
            m_flagged = snapshot; // touches what is edited here: flagged, not merged
            setBanner({});
            return;
        }
        m_document->replaceContent(r.merged, snapshot.document, true);
    }
    m_base = snapshot;
    m_flagged.reset();
    setBanner(ids.isEmpty()
                  ? QString()
                  : QCoreApplication::translate("SharedDocument", "Changes saved by others were merged in: %1")
                        .arg(ids.mid(0, 6).join(QStringLiteral(", "))));
    emit remoteMerged();
}

void SharedDocument::onConnection(bool online, const QString &error)
{
    m_online = online;
    m_offlineError = error;
    setBanner({});
    if (online && m_retrySave && !m_saveRunning) save();
}

// ---- who changed what (the audit trail) -----------------------------------------------------------

void SharedDocument::showHistory(const QString &kind, const QString &key)
{
    if (kind == m_historyKind && key == m_historyKey) return;
    m_historyKind = kind;
    m_historyKey = key;
    m_historyLines.clear();
    emit historyChanged();
    refreshHistory();
}

void SharedDocument::refreshHistory()
{
    if (m_store && !m_historyKind.isEmpty() && !m_historyKey.isEmpty())
        m_store->requestHistory(m_historyKind, m_historyKey);
}

void SharedDocument::onHistory(const QString &kind, const QString &key, const QList<rb::store::AuditEntry> &entries)
{
    if (kind != m_historyKind || key != m_historyKey) return; // an answer to an earlier question
    QStringList lines;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString what = it->action == QLatin1String("INSERT")
            ? QCoreApplication::translate("SharedDocument", "added")
            : it->action == QLatin1String("DELETE") ? QCoreApplication::translate("SharedDocument", "removed")
                                                    : QCoreApplication::translate("SharedDocument", "changed");
        lines << QCoreApplication::translate("SharedDocument", "%1 — %2 by %3")
                     .arg(QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat), what, it->role);
    }
    if (lines != m_historyLines) {
        m_historyLines = lines;
        emit historyChanged();
    }
}

} // namespace rb::ui
