// asyncstore.h — a shared portfolio's store, worked off the user-interface thread: connecting,
// loading, saving and LISTEN/NOTIFY run on a thread of their own (each with the URL's
// connect_timeout), and the results come back as signals on the thread that made the object. A
// server that does not answer therefore never freezes the window; a heartbeat notices a server that
// went away and reconnects when it is back (docs/team.md).
#pragma once

#include "store/pgstore.h"
#include "store/storeurl.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace rb::store {

class AsyncStoreWorker;

class AsyncStore : public QObject {
    Q_OBJECT
public:
    // heartbeatMs: how often the connection is checked (and, while the server is away, retried).
    explicit AsyncStore(const StoreUrl &url, int heartbeatMs = 2000, QObject *parent = nullptr);
    ~AsyncStore() override; // waits for the store thread (at most the connect timeout)

    const StoreUrl &url() const { return m_url; }
    bool busy() const { return m_busy > 0; }

    // Connects, checks the schema, loads the portfolio and starts listening: loaded() or loadFailed().
    void open();
    // Writes what changed from `base` to `mine`: saved(). `newest` is the portfolio as stored after
    // the save (empty when it could not be read back); `asSent`: it is exactly `mine` (nobody else's
    // change came in between), compared on the store thread.
    void save(const Snapshot &base, const model::Portfolio &mine);
    // Reads the audit trail of one entity (kind "post", "risk", …; docs/team.md): historyLoaded().
    void requestHistory(const QString &kind, const QString &key);

signals:
    void loaded(const rb::store::Snapshot &snapshot);
    void loadFailed(const QString &error, const QStringList &diagnostics);
    void saved(const rb::store::SaveResult &result, const std::optional<rb::store::Snapshot> &newest, bool asSent);
    // Someone (possibly this user) committed a change: the portfolio as it is stored now.
    void changedRemotely(const rb::store::Snapshot &snapshot);
    // The server went away (error says how) or came back (error empty).
    void connectionChanged(bool online, const QString &error);
    void busyChanged();
    // One entity's audit trail, oldest first (empty when it cannot be read, e.g. while offline).
    void historyLoaded(const QString &kind, const QString &key, const QList<rb::store::AuditEntry> &entries);

private:
    void begin();
    void end();

    StoreUrl m_url;
    QThread m_thread;
    AsyncStoreWorker *m_worker = nullptr; // lives on m_thread
    int m_busy = 0;
};

} // namespace rb::store
