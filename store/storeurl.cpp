// storeurl.cpp
#include "store/storeurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace rb::store {

bool isStoreUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString StoreUrl::displayName() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) text += user + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket) text += host;
    if (port > 0 && !socket) text += QStringLiteral(":%1").arg(port);
    text += QLatin1Char('/') + database;
    QStringList query;
    if (socket) query << QStringLiteral("host=") + host;
    if (!portfolio.isEmpty()) query << QStringLiteral("portfolio=") + portfolio;
    if (!query.isEmpty()) text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

std::optional<StoreUrl> parseStoreUrl(const QString &text, QString *error, bool requirePortfolio)
{
    auto fail = [&](const QString &message) -> std::optional<StoreUrl> {
        if (error) *error = message;
        return std::nullopt;
    };
    if (!isStoreUrl(text))
        return fail(
            QCoreApplication::translate("Store", "not a PostgreSQL URL (postgresql://HOST/DATABASE?portfolio=NAME): %1")
                .arg(text));
    // QUrl refuses a user without a host ("postgresql://anna@/db"); put a placeholder host in.
    QString fixed = text;
    const int schemeEnd = fixed.indexOf(QLatin1String("://")) + 3;
    const int pathStart = fixed.indexOf(QLatin1Char('/'), schemeEnd);
    const int at = fixed.lastIndexOf(QLatin1Char('@'), pathStart < 0 ? -1 : pathStart);
    bool placeholder = false;
    if (at >= schemeEnd && (at + 1 == pathStart || at + 1 == fixed.size())) {
        fixed.insert(at + 1, QLatin1String("localhost"));
        placeholder = true;
    }
    const QUrl url(fixed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QCoreApplication::translate("Store", "invalid PostgreSQL URL %1: %2").arg(text, url.errorString()));
    StoreUrl s;
    s.host = placeholder ? QString() : url.host();
    s.port = url.port(-1);
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    s.database = url.path(QUrl::FullyDecoded);
    if (s.database.startsWith(QLatin1Char('/'))) s.database.remove(0, 1);
    const QUrlQuery query(url);
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (key == QLatin1String("portfolio")) {
            s.portfolio = value;
        } else if (key == QLatin1String("host")) {
            s.host = value;
        } else if (key == QLatin1String("user")) {
            s.user = value;
        } else if (key == QLatin1String("password")) {
            s.password = value;
        } else if (key == QLatin1String("port") || key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n <= 0 || n > 65535)
                return fail(QCoreApplication::translate("Store", "invalid %1 in %2: %3").arg(key, text, value));
            (key == QLatin1String("port") ? s.port : s.connectTimeoutSeconds) = n;
        } else {
            return fail(
                QCoreApplication::translate(
                    "Store",
                    "unknown parameter \"%1\" in %2 (known: portfolio, host, port, user, password, connect_timeout)")
                    .arg(key, text));
        }
    }
    if (s.database.isEmpty() || s.database.contains(QLatin1Char('/')))
        return fail(
            QCoreApplication::translate("Store", "%1 names no database (postgresql://HOST/DATABASE?portfolio=NAME)")
                .arg(text));
    if (requirePortfolio && s.portfolio.isEmpty())
        return fail(QCoreApplication::translate("Store", "%1 names no portfolio (add ?portfolio=NAME)").arg(text));
    return s;
}

} // namespace rb::store
