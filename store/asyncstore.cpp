// asyncstore.cpp
#include "store/asyncstore.h"

#include "store/entities.h"
#include "store/storewatcher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

namespace rb::store {

namespace {
// Whether the store holds exactly `portfolio` (entity by entity, as the store compares them).
bool storedAs(const Snapshot &snapshot, const model::Portfolio &portfolio)
{
    const QList<Entity> entities = splitPortfolio(portfolio);
    if (entities.size() != snapshot.bodies.size()) return false;
    for (const Entity &e : entities)
        if (snapshot.bodies.value(entityId(e.kind, e.key)) != e.json) return false;
    return true;
}
} // namespace

// Everything that touches the database, on the store thread. Results go back to the AsyncStore
// through queued calls (the AsyncStore's thread runs them).
class AsyncStoreWorker : public QObject {
public:
    AsyncStoreWorker(const StoreUrl &url, AsyncStore *owner, int heartbeatMs)
        : m_url(url), m_owner(owner), m_heartbeatMs(heartbeatMs)
    {}

    template <typename F>
    void post(F f)
    {
        QMetaObject::invokeMethod(m_owner, std::move(f), Qt::QueuedConnection);
    }

    void open()
    {
        QString error;
        QList<model::Diagnostic> diagnostics;
        std::optional<Snapshot> snapshot;
        if (ensureConnected(&error)) snapshot = m_store->load(m_url.portfolio, &error, &diagnostics);
        if (!snapshot) {
            QStringList lines;
            for (const auto &d : diagnostics) lines << d.toString();
            post([o = m_owner, error, lines] { emit o->loadFailed(error, lines); });
            return;
        }
        m_opened = true;
        ensureWatching();
        startHeartbeat();
        post([o = m_owner, s = *snapshot] { emit o->loaded(s); });
    }

    void save(const Snapshot &base, const model::Portfolio &mine)
    {
        SaveResult result;
        QString error;
        if (!ensureConnected(&error)) {
            result.error = error;
            post([o = m_owner, result] { emit o->saved(result, std::nullopt, false); });
            return;
        }
        result = m_store->save(base, mine);
        std::optional<Snapshot> newest;
        if (result.outcome != SaveResult::Outcome::Failed)
            newest = m_store->load(m_url.portfolio, &error);
        else if (!alive())
            goOffline(result.error);
        const bool asSent = newest && storedAs(*newest, mine);
        post([o = m_owner, result, newest, asSent] { emit o->saved(result, newest, asSent); });
    }

    void history(const QString &kind, const QString &key)
    {
        QString error;
        QList<AuditEntry> entries;
        if (ensureConnected(&error)) entries = m_store->audit(m_url.portfolio, kind, key);
        post([o = m_owner, kind, key, entries] { emit o->historyLoaded(kind, key, entries); });
    }

private:
    bool ensureConnected(QString *error)
    {
        if (m_store) return true;
        m_store = Store::connect(m_url, error);
        if (m_store && !m_store->checkSchema(error)) m_store.reset();
        if (!m_store) {
            m_watcher.reset();
            goOffline(*error);
            return false;
        }
        goOnline();
        return true;
    }

    bool alive()
    {
        if (!m_store) return false;
        QSqlQuery q(m_store->database());
        if (q.exec(QStringLiteral("SELECT 1"))) return true;
        m_lastError = q.lastError().text();
        return false;
    }

    void ensureWatching()
    {
        if (m_watcher) return;
        auto watcher = std::make_unique<StoreWatcher>();
        QString error;
        if (!watcher->watch(m_url, &error)) return; // tried again at the next heartbeat
        QObject::connect(watcher.get(), &StoreWatcher::changed, this, [this] { reloadSoon(); });
        m_watcher = std::move(watcher);
    }

    // Several notifications in a row (a burst of saves) give one load.
    void reloadSoon()
    {
        if (m_reloadQueued) return;
        m_reloadQueued = true;
        QTimer::singleShot(50, this, [this] {
            m_reloadQueued = false;
            QString error;
            if (!ensureConnected(&error)) return;
            if (std::optional<Snapshot> s = m_store->load(m_url.portfolio, &error))
                post([o = m_owner, s = *s] { emit o->changedRemotely(s); });
        });
    }

    void startHeartbeat()
    {
        if (m_heartbeat) return;
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(m_heartbeatMs);
        QObject::connect(m_heartbeat, &QTimer::timeout, this, [this] { heartbeat(); });
        m_heartbeat->start();
    }

    void heartbeat()
    {
        if (m_store && !alive()) {
            m_store.reset(); // a server restart or a cut connection: start afresh
            m_watcher.reset();
            goOffline(m_lastError);
            return;
        }
        const bool wasOffline = !m_online;
        QString error;
        if (!ensureConnected(&error)) return;
        ensureWatching();
        if (wasOffline) reloadSoon(); // what the others saved while we were away
    }

    void goOffline(const QString &error)
    {
        const bool changed = m_online;
        m_online = false;
        if (changed) post([o = m_owner, error] { emit o->connectionChanged(false, error); });
    }

    void goOnline()
    {
        if (m_online) return;
        m_online = true;
        post([o = m_owner] { emit o->connectionChanged(true, QString()); });
    }

    StoreUrl m_url;
    AsyncStore *m_owner;
    int m_heartbeatMs;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreWatcher> m_watcher;
    QTimer *m_heartbeat = nullptr;
    QString m_lastError;
    bool m_online = true, m_opened = false, m_reloadQueued = false;
};

AsyncStore::AsyncStore(const StoreUrl &url, int heartbeatMs, QObject *parent) : QObject(parent), m_url(url)
{
    m_worker = new AsyncStoreWorker(url, this, heartbeatMs);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("store"));
    connect(this, &AsyncStore::loaded, this, [this] { end(); });
    connect(this, &AsyncStore::loadFailed, this, [this] { end(); });
    connect(this, &AsyncStore::saved, this, [this] { end(); });
    m_thread.start();
}

AsyncStore::~AsyncStore()
{
    // The worker's connections belong to its thread: delete it there, then stop the thread.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AsyncStore::begin()
{
    if (m_busy++ == 0) emit busyChanged();
}

void AsyncStore::end()
{
    if (m_busy > 0 && --m_busy == 0) emit busyChanged();
}

void AsyncStore::open()
{
    begin();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

void AsyncStore::save(const Snapshot &base, const model::Portfolio &mine)
{
    begin();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, base, mine] { w->save(base, mine); }, Qt::QueuedConnection);
}

void AsyncStore::requestHistory(const QString &kind, const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, kind, key] { w->history(kind, key); }, Qt::QueuedConnection);
}

} // namespace rb::store
