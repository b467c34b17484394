// storeurl.h — where a shared portfolio lives: a PostgreSQL URL (docs/team.md).
//
//   postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB?portfolio=NAME
//   postgresql:///DB?host=/path/to/socketdir&portfolio=NAME        (a local server's Unix socket)
//
// `postgres://` is accepted as well. Query keys besides `portfolio`: `host` (a host name or a socket
// folder, overriding the authority), `port`, `user`, `password`, `connect_timeout` (seconds).
#pragma once

#include <QString>

#include <optional>

namespace rb::store {

struct StoreUrl {
    QString host;  // a host name, or an absolute folder holding the server's Unix socket; empty: libpq's default
    int port = -1; // -1: the default (5432)
    QString database;
    QString user; // empty: libpq's default (PGUSER, else the login name)
    QString password;
    QString portfolio; // the portfolio's name in the database
    int connectTimeoutSeconds = 10;

    // The URL without the password, as messages name it.
    QString displayName() const;
};

// True when `text` looks like a store URL (starts with postgresql:// or postgres://), whether or not
// it is valid: such arguments are never taken for file names.
bool isStoreUrl(const QString &text);

// Parses a store URL; on failure returns nullopt and sets `error` to a sentence for the user.
// `requirePortfolio`: the URL must name a portfolio (every command except store-init does).
std::optional<StoreUrl> parseStoreUrl(const QString &text, QString *error, bool requirePortfolio = true);

} // namespace rb::store
