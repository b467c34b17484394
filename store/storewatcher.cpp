// storewatcher.cpp
#include "store/storewatcher.h"

#include "store/pgstore.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

namespace rb::store {

StoreWatcher::StoreWatcher(QObject *parent) : QObject(parent) {}
StoreWatcher::~StoreWatcher() = default;

bool StoreWatcher::watch(const StoreUrl &url, QString *error)
{
    m_store = Store::connect(url, error);
    if (!m_store) return false;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id FROM riskboard.portfolios WHERE name = ?"));
    q.addBindValue(url.portfolio);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1: there is no portfolio \"%2\"")
                         .arg(url.displayName(), url.portfolio);
        return false;
    }
    m_id = q.value(0).toString();
    QSqlDriver *driver = m_store->database().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == QLatin1String("riskboard") && payload.toString() == m_id) emit changed();
            });
    if (!driver->subscribeToNotification(QStringLiteral("riskboard"))) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1: cannot listen for changes").arg(url.displayName());
        return false;
    }
    return true;
}

} // namespace rb::store
