// storewatcher.h — tells when someone saved a shared portfolio (PostgreSQL LISTEN/NOTIFY).
//
// Every change of an entity sends NOTIFY riskboard, '<portfolio id>' (migration 2); the notification
// arrives when the saving transaction commits, once per transaction. The watcher listens on a
// connection of its own and needs a running event loop (Qt SQL reads the notification from the
// connection's socket). What changed is for the caller to load: Store::load, then diff.
#pragma once

#include "store/storeurl.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace rb::store {

class Store;

class StoreWatcher : public QObject {
    Q_OBJECT
public:
    explicit StoreWatcher(QObject *parent = nullptr);
    ~StoreWatcher() override;

    // Starts listening for changes of the portfolio `url` names; false with `error` when it cannot.
    bool watch(const StoreUrl &url, QString *error);

signals:
    void changed(); // somebody committed a change to the watched portfolio

private:
    std::unique_ptr<Store> m_store;
    QString m_id; // the watched portfolio's id, as the notification's payload carries it
};

} // namespace rb::store
