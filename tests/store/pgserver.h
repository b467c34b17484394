// pgserver.h — a throw-away PostgreSQL server for tests: initdb into a temporary folder, listening
// only on a Unix socket in that folder (listen_addresses = '', no TCP port, no network), started with
// pg_ctl and stopped (immediately) when the object goes.
//
// The server binaries come from Debian's postgresql package (/usr/lib/postgresql/15/bin; override with
// RISKBOARD_PG_BIN). PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the
// unprivileged `postgres` user (runuser), the folder is given to that user, and the tests, still root,
// connect through the socket. The cluster's superuser is `rbadmin`, authentication is `trust` (only
// this machine's processes that can reach the socket folder can connect).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rb::test {

class PgServer {
public:
    PgServer() : m_dir(QDir::tempPath() + QStringLiteral("/rbpg-XXXXXX")) {}
    ~PgServer() { stop(); }
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // initdb and start; false with `error` (the tools' output) when it cannot.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) return fail(error, QStringLiteral("cannot create a temporary folder"));
        m_bin = qEnvironmentVariable("RISKBOARD_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
        if (!QFile::exists(m_bin + QStringLiteral("/initdb")))
            return fail(error,
                        QStringLiteral("no %1/initdb: install Debian's postgresql (scripts/setup.sh)").arg(m_bin));
        if (::geteuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw)
                return fail(error,
                            QStringLiteral("running as root, and there is no 'postgres' user to run the server as"));
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(error, QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path()));
            m_runAs = QStringLiteral("postgres");
        }
        QString out;
        if (!tool(QStringLiteral("initdb"),
                  {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("rbadmin"),
                   QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                   QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                  &out))
            return fail(error, QStringLiteral("initdb failed:\n") + out);
        if (!startServer(&out)) return fail(error, QStringLiteral("pg_ctl start failed:\n") + out + log());
        m_started = true;
        return true;
    }

    // Fast shutdown (what a server restart looks like to clients), then start again.
    bool restart(QString *error)
    {
        QString out;
        if (!tool(QStringLiteral("pg_ctl"),
                  {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                   QStringLiteral("stop")},
                  &out)
            || !startServer(&out))
            return fail(error, out + log());
        return true;
    }

    // The server goes away (fast shutdown) and, later, comes back: what a client sees of an outage.
    bool pause(QString *error = nullptr)
    {
        QString out;
        if (!tool(QStringLiteral("pg_ctl"),
                  {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                   QStringLiteral("stop")},
                  &out))
            return fail(error, out + log());
        return true;
    }
    bool resume(QString *error = nullptr)
    {
        QString out;
        return startServer(&out) || fail(error, out + log());
    }

    void stop()
    {
        if (!m_started) return;
        m_started = false;
        tool(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
              QStringLiteral("stop")},
             nullptr);
    }

    QString socketDir() const { return m_dir.path(); }
    QString log() const
    {
        QFile f(m_dir.path() + QStringLiteral("/server.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

    // A store URL for database `db` as role `user`.
    QString url(const QString &db, const QString &portfolio, const QString &user = QStringLiteral("rbadmin")) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3%4")
            .arg(db, m_dir.path(), user, portfolio.isEmpty() ? QString() : QStringLiteral("&portfolio=") + portfolio);
    }

    // Runs SQL statements as the superuser on database `db` ("postgres" exists from the start).
    bool exec(const QString &db, const QStringList &statements, QString *error = nullptr)
    {
        const QString name = QStringLiteral("pgserver-admin");
        bool ok = true;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(m_dir.path());
            c.setDatabaseName(db);
            c.setUserName(QStringLiteral("rbadmin"));
            if (!c.open()) {
                ok = fail(error, c.lastError().text());
            } else {
                QSqlQuery q(c);
                for (const QString &s : statements)
                    if (!q.exec(s)) {
                        ok = fail(error, s + QStringLiteral(": ") + q.lastError().text());
                        break;
                    }
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private:
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

    bool startServer(QString *out)
    {
        const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c fsync=off -c "
                                               "shared_buffers=16MB -c max_connections=60")
                                    .arg(m_dir.path());
        return tool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     m_dir.path() + QStringLiteral("/server.log"), QStringLiteral("-o"), options, QStringLiteral("-w"),
                     QStringLiteral("start")},
                    out);
    }

    bool tool(const QString &name, const QStringList &args, QString *out)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        if (m_runAs.isEmpty())
            p.start(m_bin + QLatin1Char('/') + name, args);
        else
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), m_bin + QLatin1Char('/') + name}
                        + args);
        const bool finished = p.waitForFinished(120000);
        if (out) *out = QString::fromLocal8Bit(p.readAll());
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static bool fail(QString *error, const QString &message)
    {
        if (error) *error = message;
        return false;
    }

    QTemporaryDir m_dir;
    QString m_bin, m_runAs;
    bool m_started = false;
};

} // namespace rb::test
