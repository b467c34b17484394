// shareddocument.h — a shared portfolio (PostgreSQL, docs/team.md) open in the window, as QML sees it.
//
// Opens a store URL into the DocumentController, saves through the store's per-entity concurrency
// (only what changed; an entity someone else changed meanwhile goes to the merge dialog with both
// versions; a change the database refuses is reported with its rule), merges other users' saved
// changes into the open document as they arrive (LISTEN/NOTIFY) when they touch nothing edited here
// and flags them otherwise, and keeps the document editable while the server is away (a banner; the
// save is retried when it is back). All store I/O runs on the store's own thread (store/asyncstore.h).
// Reached by QML as the singleton SharedDocument: the Session sets it on its engine.
#pragma once

#include "qml/documentcontroller.h"
#include "store/pgstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>
#include <optional>

namespace rb::store {
class AsyncStore;
}

namespace rb::ui {

class SharedDocument : public QObject, public DocumentController::Backend {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool online READ online NOTIFY bannerChanged)
    Q_PROPERTY(QString url READ url NOTIFY activeChanged)
    Q_PROPERTY(QString bannerText READ bannerText NOTIFY bannerChanged)
    Q_PROPERTY(bool canReview READ canReview NOTIFY bannerChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QStringList recentUrls READ recentUrls NOTIFY recentUrlsChanged)
    // The audit trail (who changed it, when) of the entity showHistory() asked for, newest first, one
    // line per change; empty until it is read or when no portfolio is shared. historyText: the lines joined.
    Q_PROPERTY(QString historyText READ historyText NOTIFY historyChanged)
public:
    // `document` may be null only for QML tooling that has no session.
    SharedDocument(DocumentController *document, QObject *parent);
    ~SharedDocument() override;
    // QML's instance: the one the Session put on the engine (property "rbSharedDocument").
    static SharedDocument *create(QQmlEngine *engine, QJSEngine *);

    // Starts opening a store URL; false (errorText) when it is not one. openFinished() tells the end.
    Q_INVOKABLE bool open(const QString &url);
    // The flagged change of others (banner): shown in the merge dialog (conflictFound()).
    Q_INVOKABLE void review();
    // Reads the audit trail of one entity ("post" or "risk" and its id) from the store, and again after
    // every save and every change of others, while it is shown: historyLines.
    Q_INVOKABLE void showHistory(const QString &kind, const QString &key);
    void setHeartbeatInterval(int ms) { m_heartbeatMs = ms; }

    bool active() const;
    bool busy() const;
    bool online() const { return m_online; }
    QString url() const;
    QString bannerText() const { return m_banner; }
    bool canReview() const { return m_flagged.has_value(); }
    QString errorText() const { return m_error; }
    QStringList recentUrls() const;
    QStringList historyLines() const { return m_historyLines; }
    QString historyText() const { return m_historyLines.join(QLatin1Char('\n')); }

    // DocumentController::Backend
    DocumentController::SaveOutcome save() override;
    bool overwrite() override;
    bool reload() override;
    bool merge() override;

signals:
    void activeChanged();
    void busyChanged();
    void bannerChanged();
    void errorTextChanged();
    void recentUrlsChanged();
    void openFinished(bool ok);
    void saveFinished(bool saved); // saved: everything landed
    void conflictFound();          // the merge dialog has both versions (DocumentController.diskChanges)
    void problemsFound();          // refusals or errors: DocumentController.diagnostics
    void remoteMerged();           // someone else's saved change is now in the open document
    void historyChanged();

private:
    void onLoaded(const rb::store::Snapshot &snapshot);
    void onSaved(const rb::store::SaveResult &result, const std::optional<rb::store::Snapshot> &newest, bool asSent);
    void onRemote(const rb::store::Snapshot &snapshot);
    void onConnection(bool online, const QString &error);
    void onHistory(const QString &kind, const QString &key, const QList<rb::store::AuditEntry> &entries);
    void refreshHistory();
    // Brings `snapshot` (what is stored now) into the document, whose own content started from `from`.
    // `from` is m_base's document unless a save's read-back brought someone else's change.
    void integrate(const rb::store::Snapshot &snapshot, const rb::model::Portfolio &from, bool fromBase = true);
    QStringList bothVersions(const rb::store::Snapshot &theirs, const QList<rb::store::EntityProblem> &conflicts) const;
    void setBanner(const QString &text);
    void setError(const QString &text);
    void addRecent(const QString &url);
    void close();

    DocumentController *m_document;
    std::unique_ptr<rb::store::AsyncStore> m_store;
    std::unique_ptr<rb::store::AsyncStore> m_opening; // a URL being opened (the open one stays until it loads)
    rb::store::Snapshot m_base;                       // what the open document was read from (versions!)
    std::optional<rb::store::Snapshot> m_flagged;     // others' change touching own edits, not merged
    std::optional<rb::store::Snapshot> m_conflict;    // theirs, after a save found conflicts
    rb::model::Portfolio m_saving;                    // the content being saved
    int m_savingUndoIndex = 0;
    bool m_saveRunning = false, m_saveAgain = false, m_retrySave = false;
    bool m_online = true;
    bool m_adopting = false; // the document is taking the shared content: its file-name change is ours
    QString m_offlineError;
    QString m_banner, m_error;
    QTimer m_slow; // a save or open that takes long: say so, never freeze
    int m_heartbeatMs = 2000;
    QString m_historyKind, m_historyKey; // the entity whose audit trail is shown
    QStringList m_historyLines;
};

} // namespace rb::ui
