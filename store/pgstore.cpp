// pgstore.cpp
#include "store/pgstore.h"

#include "store/entities.h"
#include "store/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rb::store {

namespace {

const char *kOrderByKind
    = "array_position(ARRAY['programme','post','dependency','assessment','risk'], e.kind), e.position";

// A JSON string literal for `s`.
QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    if (values.isEmpty() && !sql.contains(QLatin1Char('?'))) return q.exec(sql);
    if (!q.prepare(sql)) return false;
    for (const QVariant &v : values) q.addBindValue(v);
    return q.exec();
}

bool isPermissionError(const QSqlError &e) { return e.nativeErrorCode() == QLatin1String("42501"); }

} // namespace

std::unique_ptr<Store> Store::connect(const StoreUrl &url, QString *error)
{
    static QAtomicInt counter;
    std::unique_ptr<Store> s(new Store);
    s->m_url = url;
    s->m_connectionName = QStringLiteral("riskboard-store-%1").arg(counter.fetchAndAddRelaxed(1));
    s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), s->m_connectionName);
    if (!s->m_db.isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                "Store", "the PostgreSQL driver of Qt SQL is missing (Debian package libqt6sql6-psql)");
        return nullptr;
    }
    if (!url.host.isEmpty()) s->m_db.setHostName(url.host);
    if (url.port > 0) s->m_db.setPort(url.port);
    s->m_db.setDatabaseName(url.database);
    if (!url.user.isEmpty()) s->m_db.setUserName(url.user);
    if (!url.password.isEmpty()) s->m_db.setPassword(url.password);
    s->m_db.setConnectOptions(
        QStringLiteral("connect_timeout=%1;application_name=riskboard").arg(url.connectTimeoutSeconds));
    if (!s->m_db.open()) {
        if (error)
            *error = QCoreApplication::translate("Store", "cannot connect to %1: %2")
                         .arg(url.displayName(), s->m_db.lastError().text().trimmed());
        return nullptr;
    }
    return s;
}

Store::~Store()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::ensureSchema(QString *error)
{
    QString message;
    if (!migrate(m_db, &message)) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1: cannot create or upgrade the Riskboard schema: %2")
                         .arg(m_url.displayName(), message);
        return false;
    }
    m_role.reset();
    return true;
}

bool Store::checkSchema(QString *error)
{
    QString message;
    const int version = databaseSchemaVersion(m_db, &message);
    if (version == latestSchemaVersion()) return true;
    if (error) {
        if (version < 0)
            *error = QCoreApplication::translate("Store", "%1: cannot read the Riskboard schema: %2")
                         .arg(m_url.displayName(), message);
        else if (version > latestSchemaVersion())
            *error = QCoreApplication::translate("Store",
                                                 "%1: the database's Riskboard schema (version %2) is newer than this "
                                                 "build (version %3): update Riskboard")
                         .arg(m_url.displayName())
                         .arg(version)
                         .arg(latestSchemaVersion());
        else
            *error = QCoreApplication::translate("Store",
                                                 "%1: the database has no up-to-date Riskboard schema (version %2 of "
                                                 "%3): the administrator runs 'riskboard store-init URL'")
                         .arg(m_url.displayName())
                         .arg(version)
                         .arg(latestSchemaVersion());
    }
    return false;
}

Store::Role Store::role()
{
    if (m_role) return *m_role;
    QSqlQuery q(m_db);
    Role r = Role::Viewer;
    if (run(q,
            QStringLiteral("SELECT r.rolsuper OR pg_has_role(current_user, 'riskboard_manager', 'MEMBER')"
                           " OR current_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'riskboard' AND "
                           "tablename = 'entities'),"
                           " pg_has_role(current_user, 'riskboard_leader', 'MEMBER')"
                           " FROM pg_roles r WHERE r.rolname = current_user"))
        && q.next())
        r = q.value(0).toBool() ? Role::Manager : q.value(1).toBool() ? Role::Leader : Role::Viewer;
    m_role = r;
    return r;
}

bool Store::reconnectIfLost()
{
    {
        QSqlQuery q(m_db);
        if (m_db.isOpen() && q.exec(QStringLiteral("SELECT 1"))) return true;
    }
    m_db.close();
    return m_db.open();
}

std::optional<qint64> Store::portfolioId(const QString &name, QString *error)
{
    reconnectIfLost();
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT id FROM riskboard.portfolios WHERE name = ?"), {name})) {
        if (error)
            *error = isPermissionError(q.lastError())
                ? QCoreApplication::translate(
                      "Store",
                      "%1: this role may not read shared portfolios: the administrator makes it a member of "
                      "riskboard_viewer, riskboard_leader or riskboard_manager (docs/team.md)")
                      .arg(m_url.displayName())
                : QCoreApplication::translate("Store", "%1: %2").arg(m_url.displayName(), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1: there is no portfolio \"%2\"")
                         .arg(m_url.displayName(), name);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool Store::portfolioExists(const QString &name, QString *error)
{
    QString message;
    const bool exists = portfolioId(name, &message).has_value();
    if (!exists && error) *error = message;
    return exists;
}

std::optional<Snapshot> Store::load(const QString &name, QString *error, QList<model::Diagnostic> *diagnostics)
{
    const std::optional<qint64> id = portfolioId(name, error);
    if (!id) return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral(
                 "SELECT e.kind, e.key, e.version, e.body FROM riskboard.entities e WHERE e.portfolio_id = ? ORDER BY ")
                 + QLatin1String(kOrderByKind),
             {*id})) {
        if (error)
            *error = QCoreApplication::translate("Store", "%1: cannot read portfolio \"%2\": %3")
                         .arg(m_url.displayName(), name, q.lastError().text());
        return std::nullopt;
    }
    QList<AssembledEntity> rows;
    Snapshot s;
    s.portfolio = name;
    while (q.next()) {
        rows << AssembledEntity{q.value(0).toString(), q.value(1).toString(), q.value(3).toString().toUtf8()};
        s.versions.insert(entityId(rows.last().kind, rows.last().key), q.value(2).toLongLong());
    }
    StoreUrl named = m_url;
    named.portfolio = name;
    model::LoadResult r = assembleAndRead(rows, named.displayName());
    if (!r.ok()) {
        if (diagnostics) *diagnostics = r.diagnostics;
        if (error) *error = r.errorText();
        return std::nullopt;
    }
    s.document = std::move(*r.portfolio);
    for (const Entity &e : splitPortfolio(s.document)) s.bodies.insert(entityId(e.kind, e.key), e.json);
    return s;
}

QString Store::ruleFor(const QString &kind)
{
    switch (role()) {
    case Role::Viewer:
        return QCoreApplication::translate("Store", "a viewer reads the portfolio but changes nothing");
    case Role::Leader:
        if (kind == QLatin1String("post"))
            return QCoreApplication::translate(
                "Store",
                "a project leader changes only the progress (status, actual dates, remaining days, progress, history) "
                "of the posts they lead, and adds or removes no posts");
        if (kind == QLatin1String("assessment") || kind == QLatin1String("risk"))
            return QCoreApplication::translate(
                "Store",
                "a project leader changes only the assessments and risks of the posts they lead (not programme risks)");
        return QCoreApplication::translate(
            "Store", "only the programme manager changes the programme record and the dependencies");
    case Role::Manager:
        break;
    }
    return QCoreApplication::translate("Store", "not allowed by the database");
}

SaveResult Store::push(const QString &name, const model::Portfolio &document, bool replace)
{
    SaveResult result;
    QString error;
    if (portfolioId(name, &error)) {
        if (!replace) {
            result.error = QCoreApplication::translate(
                               "Store", "%1: portfolio \"%2\" exists already (use --replace to overwrite it)")
                               .arg(m_url.displayName(), name);
            return result;
        }
        const std::optional<Snapshot> current = load(name, &error);
        if (!current) {
            // An unreadable stored portfolio is replaced as if it were empty of valid content: versions
            // are taken from the rows, bodies from nothing, so every entity is rewritten or removed.
            QSqlQuery q(m_db);
            QHash<QString, qint64> versions;
            QHash<QString, QByteArray> none;
            const qint64 id = *portfolioId(name, &error);
            if (run(q, QStringLiteral("SELECT kind, key, version FROM riskboard.entities WHERE portfolio_id = ?"),
                    {id}))
                while (q.next())
                    versions.insert(entityId(q.value(0).toString(), q.value(1).toString()), q.value(2).toLongLong());
            for (auto it = versions.cbegin(); it != versions.cend(); ++it) none.insert(it.key(), QByteArray());
            return writeChanges(id, name, versions, none, document);
        }
        return save(*current, document);
    }
    if (!m_db.transaction()) {
        result.error = m_db.lastError().text();
        return result;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const QSqlError &e) {
        m_db.rollback();
        result.error = isPermissionError(e)
            ? QCoreApplication::translate("Store", "%1: only a programme manager uploads a portfolio (%2)")
                  .arg(m_url.displayName(), e.databaseText())
            : QCoreApplication::translate("Store", "%1: %2").arg(m_url.displayName(), e.text());
        return result;
    };
    if (!run(q, QStringLiteral("INSERT INTO riskboard.portfolios (name) VALUES (?) RETURNING id"), {name}) || !q.next())
        return fail(q.lastError());
    const qint64 id = q.value(0).toLongLong();
    // Every entity in one statement: a JSON array of {kind, key, position, body}.
    QByteArray rows = "[";
    qint64 position = 0;
    const QList<Entity> entities = splitPortfolio(document);
    for (const Entity &e : entities) {
        if (position) rows += ',';
        rows += "{\"kind\":" + jsonString(e.kind) + ",\"key\":" + jsonString(e.key)
            + ",\"position\":" + QByteArray::number(++position) + ",\"body\":" + e.json + "}";
    }
    rows += "]";
    if (!run(q,
             QStringLiteral("INSERT INTO riskboard.entities (portfolio_id, kind, key, position, body)"
                            " SELECT ?, x->>'kind', x->>'key', (x->>'position')::bigint, x->'body' FROM "
                            "json_array_elements(?::json) AS x"),
             {id, QString::fromUtf8(rows)}))
        return fail(q.lastError());
    if (m_beforeCommit) m_beforeCommit();
    if (!m_db.commit()) return fail(m_db.lastError());
    result.outcome = SaveResult::Outcome::Saved;
    result.written = int(entities.size());
    return result;
}

SaveResult Store::save(const Snapshot &base, const model::Portfolio &mine)
{
    QString error;
    const std::optional<qint64> id = portfolioId(base.portfolio, &error);
    if (!id) {
        SaveResult r;
        r.error = error;
        return r;
    }
    return writeChanges(*id, base.portfolio, base.versions, base.bodies, mine);
}

SaveResult Store::writeChanges(qint64 id, const QString &name, const QHash<QString, qint64> &versions,
                               const QHash<QString, QByteArray> &baseBodies, const model::Portfolio &mine)
{
    SaveResult result;
    const QList<Entity> entities = splitPortfolio(mine);
    if (!m_db.transaction()) {
        result.error = m_db.lastError().text();
        return result;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const QString &message) {
        m_db.rollback();
        result.outcome = SaveResult::Outcome::Failed;
        result.error = QCoreApplication::translate("Store", "%1: %2").arg(m_url.displayName(), message);
        return result;
    };
    // One save of this portfolio at a time, so that the check before COMMIT sees exactly what will be.
    if (!run(q, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {id})) return fail(q.lastError().text());

    // Runs one entity's statement inside a savepoint; false when the statement failed (then the
    // savepoint is rolled back and the entity is refused, or the whole save fails).
    bool fatal = false;
    auto attempt = [&](const Entity &e, const QString &sql, const QVariantList &values, qint64 baseVersion,
                       bool removing) {
        QSqlQuery s(m_db);
        if (!s.exec(QStringLiteral("SAVEPOINT entity"))) {
            fatal = true;
            return;
        }
        if (!run(q, sql, values)) {
            const QSqlError err = q.lastError();
            s.exec(QStringLiteral("ROLLBACK TO SAVEPOINT entity"));
            if (isPermissionError(err))
                result.refused << EntityProblem{e.kind, e.key,
                                                QCoreApplication::translate("Store", "%1: refused: %2")
                                                    .arg(describeEntity(e.kind, e.key), ruleFor(e.kind))};
            else
                fatal = true, result.error = err.text();
            return;
        }
        s.exec(QStringLiteral("RELEASE SAVEPOINT entity"));
        if (q.numRowsAffected() > 0) {
            ++result.written;
            return;
        }
        // Nothing written: someone else changed or removed it, or the row is not ours to change
        // (row-level security hides rows from UPDATE and DELETE instead of failing).
        QSqlQuery v(m_db);
        run(v, QStringLiteral("SELECT version FROM riskboard.entities WHERE portfolio_id = ? AND kind = ? AND key = ?"),
            {id, e.kind, e.key});
        const bool exists = v.next();
        if (baseVersion > 0 && exists && v.value(0).toLongLong() == baseVersion)
            result.refused << EntityProblem{e.kind, e.key,
                                            QCoreApplication::translate("Store", "%1: refused: %2")
                                                .arg(describeEntity(e.kind, e.key), ruleFor(e.kind))};
        else if (baseVersion == 0)
            result.conflicts << EntityProblem{
                e.kind, e.key,
                QCoreApplication::translate("Store", "%1: added by someone else too since you opened the portfolio")
                    .arg(describeEntity(e.kind, e.key))};
        else if (!exists)
            result.conflicts << EntityProblem{
                e.kind, e.key,
                QCoreApplication::translate("Store", "%1: removed by someone else since you opened the portfolio")
                    .arg(describeEntity(e.kind, e.key))};
        else
            result.conflicts << EntityProblem{
                e.kind, e.key,
                removing
                    ? QCoreApplication::translate(
                          "Store", "%1: changed by someone else since you opened the portfolio; not removed")
                          .arg(describeEntity(e.kind, e.key))
                    : QCoreApplication::translate("Store", "%1: changed by someone else since you opened the portfolio")
                          .arg(describeEntity(e.kind, e.key))};
    };

    QSet<QString> present;
    for (const Entity &e : entities) {
        const QString eid = entityId(e.kind, e.key);
        present.insert(eid);
        const auto base = baseBodies.constFind(eid);
        if (base == baseBodies.cend()) {
            attempt(e,
                    QStringLiteral("INSERT INTO riskboard.entities (portfolio_id, kind, key, position, body)"
                                   " SELECT ?, ?, ?, coalesce(max(position), 0) + 1, ?::json FROM riskboard.entities "
                                   "WHERE portfolio_id = ? AND kind = ?"
                                   " ON CONFLICT DO NOTHING"),
                    {id, e.kind, e.key, QString::fromUtf8(e.json), id, e.kind}, 0, false);
        } else if (*base != e.json) {
            const qint64 version = versions.value(eid);
            attempt(e,
                    QStringLiteral("UPDATE riskboard.entities SET body = ?::json, version = version + 1"
                                   " WHERE portfolio_id = ? AND kind = ? AND key = ? AND version = ?"),
                    {QString::fromUtf8(e.json), id, e.kind, e.key, version}, version, false);
        }
        if (fatal) return fail(result.error);
    }
    for (auto it = baseBodies.cbegin(); it != baseBodies.cend(); ++it) {
        if (present.contains(it.key())) continue;
        const QStringList parts = it.key().split(QLatin1Char('\x1f'));
        const Entity e{parts.value(0), parts.value(1), QByteArray(), QString()};
        const qint64 version = versions.value(it.key());
        attempt(e,
                QStringLiteral(
                    "DELETE FROM riskboard.entities WHERE portfolio_id = ? AND kind = ? AND key = ? AND version = ?"),
                {id, e.kind, e.key, version}, version, true);
        if (fatal) return fail(result.error);
    }

    // The portfolio as it will be after COMMIT must load like a file.
    QList<AssembledEntity> rows;
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT e.kind, e.key, e.body FROM riskboard.entities e WHERE e.portfolio_id = ? ORDER BY ")
                 + QLatin1String(kOrderByKind),
             {id}))
        return fail(q.lastError().text());
    while (q.next())
        rows << AssembledEntity{q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8()};
    StoreUrl named = m_url;
    named.portfolio = name;
    const model::LoadResult check = assembleAndRead(rows, named.displayName());
    if (!check.ok()) {
        m_db.rollback();
        result.outcome = SaveResult::Outcome::Invalid;
        result.diagnostics = check.diagnostics;
        result.written = 0;
        return result;
    }
    if (m_beforeCommit) m_beforeCommit();
    if (!m_db.commit()) return fail(m_db.lastError().text());
    result.outcome = SaveResult::Outcome::Saved;
    return result;
}

QList<AuditEntry> Store::audit(const QString &name, const QString &kind, const QString &key)
{
    QList<AuditEntry> out;
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT a.at, a.by_role, a.kind, a.key, a.action FROM riskboard.audit a"
                                 " JOIN riskboard.portfolios p ON p.id = a.portfolio_id WHERE p.name = ?");
    QVariantList values{name};
    if (!kind.isEmpty()) {
        sql += QStringLiteral(" AND a.kind = ? AND a.key = ?");
        values << kind << key;
    }
    sql += QStringLiteral(" ORDER BY a.id");
    if (run(q, sql, values))
        while (q.next())
            out << AuditEntry{q.value(0).toDateTime(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()};
    return out;
}

} // namespace rb::store
