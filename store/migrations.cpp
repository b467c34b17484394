// migrations.cpp
#include "store/migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rb::store {

namespace {

const QList<QStringList> &allMigrations()
{
    static const QList<QStringList> list{
        // 1: entities
        {
            QStringLiteral("CREATE SCHEMA IF NOT EXISTS riskboard"),
            QStringLiteral("CREATE TABLE riskboard.schema_version (version integer NOT NULL)"),
            QStringLiteral("INSERT INTO riskboard.schema_version VALUES (0)"),
            QStringLiteral("CREATE TABLE riskboard.portfolios ("
                           " id bigserial PRIMARY KEY,"
                           " name text NOT NULL UNIQUE CHECK (name <> ''),"
                           " created_at timestamptz NOT NULL DEFAULT now(),"
                           " created_by name NOT NULL DEFAULT session_user)"),
            QStringLiteral("CREATE TABLE riskboard.entities ("
                           " portfolio_id bigint NOT NULL REFERENCES riskboard.portfolios(id) ON DELETE CASCADE,"
                           " kind text NOT NULL CHECK (kind IN ('programme','post','dependency','assessment','risk')),"
                           " key text NOT NULL,"
                           " position bigint NOT NULL,"
                           " version bigint NOT NULL DEFAULT 1 CHECK (version > 0),"
                           " body json NOT NULL CHECK (json_typeof(body) = 'object'),"
                           " PRIMARY KEY (portfolio_id, kind, key))"),
        },
        // 2: roles, row-level security, audit, notifications
        {
            QStringLiteral("DO $$ BEGIN"
                           " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'riskboard_viewer') THEN CREATE ROLE "
                           "riskboard_viewer NOLOGIN; END IF;"
                           " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'riskboard_leader') THEN CREATE ROLE "
                           "riskboard_leader NOLOGIN; END IF;"
                           " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'riskboard_manager') THEN CREATE ROLE "
                           "riskboard_manager NOLOGIN; END IF;"
                           " IF NOT pg_has_role('riskboard_leader', 'riskboard_viewer', 'MEMBER') THEN GRANT "
                           "riskboard_viewer TO riskboard_leader; END IF;"
                           " IF NOT pg_has_role('riskboard_manager', 'riskboard_leader', 'MEMBER') THEN GRANT "
                           "riskboard_leader TO riskboard_manager; END IF;"
                           " END $$"),
            // Which login role is which person (the name the document gives as a post's projectLeader).
            QStringLiteral("CREATE TABLE riskboard.members (role_name name PRIMARY KEY, person text NOT NULL CHECK "
                           "(person <> ''))"),
            // The fields of a post that its project leader may change: its progress.
            QStringLiteral("CREATE TABLE riskboard.progress_fields (field text PRIMARY KEY)"),
            QStringLiteral("INSERT INTO riskboard.progress_fields VALUES ('status'), ('progress'), ('history')"),
            QStringLiteral("CREATE TABLE riskboard.audit ("
                           " id bigserial PRIMARY KEY,"
                           " at timestamptz NOT NULL DEFAULT clock_timestamp(),"
                           " by_role name NOT NULL,"
                           " portfolio_id bigint NOT NULL,"
                           " kind text NOT NULL, key text NOT NULL,"
                           " action text NOT NULL CHECK (action IN ('INSERT','UPDATE','DELETE')),"
                           " old_body json, new_body json)"),
            QStringLiteral("CREATE INDEX audit_entity ON riskboard.audit (portfolio_id, kind, key)"),
            QStringLiteral("CREATE FUNCTION riskboard.is_manager() RETURNS boolean LANGUAGE sql STABLE"
                           " AS $$ SELECT pg_has_role(current_user, 'riskboard_manager', 'MEMBER') $$"),
            // Whether `who` leads post `post`: the post's projectLeader is the person `who` is.
            // SECURITY DEFINER: reads the members and posts whatever the caller's rights.
            QStringLiteral(
                "CREATE FUNCTION riskboard.leads(pid bigint, post text, who name) RETURNS boolean"
                " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$"
                " SELECT EXISTS (SELECT 1 FROM riskboard.entities e JOIN riskboard.members m ON m.role_name = who"
                "  WHERE e.portfolio_id = pid AND e.kind = 'post' AND e.key = post"
                "  AND e.body->>'projectLeader' = m.person) $$"),
            // The rule for project leaders: their own posts (progress only: see check_post_change), the
            // assessments of their posts, and the risks whose posts are all theirs (not programme risks).
            QStringLiteral("CREATE FUNCTION riskboard.leader_may_write(pid bigint, kind text, key text, body json, who "
                           "name) RETURNS boolean"
                           " LANGUAGE sql STABLE AS $$ SELECT CASE kind"
                           "  WHEN 'post' THEN riskboard.leads(pid, key, who)"
                           "  WHEN 'assessment' THEN riskboard.leads(pid, body->>'post', who)"
                           "  WHEN 'risk' THEN coalesce(body->>'level', 'project') <> 'programme'"
                           "   AND json_typeof(body->'posts') = 'array' AND json_array_length(body->'posts') > 0"
                           "   AND NOT EXISTS (SELECT 1 FROM json_array_elements_text(body->'posts') AS p(post)"
                           "                   WHERE NOT riskboard.leads(pid, p.post, who))"
                           "  ELSE false END $$"),
            QStringLiteral("ALTER TABLE riskboard.entities ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY everyone_reads ON riskboard.entities FOR SELECT USING "
                           "(pg_has_role(current_user, 'riskboard_viewer', 'MEMBER'))"),
            QStringLiteral("CREATE POLICY manager_writes ON riskboard.entities FOR ALL USING (riskboard.is_manager()) "
                           "WITH CHECK (riskboard.is_manager())"),
            QStringLiteral("CREATE POLICY leader_updates ON riskboard.entities FOR UPDATE"
                           " USING (kind IN ('post','assessment','risk') AND riskboard.leader_may_write(portfolio_id, "
                           "kind, key, body, current_user))"
                           " WITH CHECK (kind IN ('post','assessment','risk') AND "
                           "riskboard.leader_may_write(portfolio_id, kind, key, body, current_user))"),
            QStringLiteral("CREATE POLICY leader_inserts ON riskboard.entities FOR INSERT"
                           " WITH CHECK (kind IN ('assessment','risk') AND riskboard.leader_may_write(portfolio_id, "
                           "kind, key, body, current_user))"),
            QStringLiteral("CREATE POLICY leader_deletes ON riskboard.entities FOR DELETE"
                           " USING (kind IN ('assessment','risk') AND riskboard.leader_may_write(portfolio_id, kind, "
                           "key, body, current_user))"),
            QStringLiteral(
                "CREATE FUNCTION riskboard.check_post_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                " DECLARE fields text[] := ARRAY(SELECT field FROM riskboard.progress_fields ORDER BY field);"
                " BEGIN"
                "  IF NEW.kind = 'post' AND NOT riskboard.is_manager()"
                "     AND (OLD.body::jsonb - fields) IS DISTINCT FROM (NEW.body::jsonb - fields) THEN"
                "   RAISE EXCEPTION 'post %: a project leader changes only the progress (%) of the posts they lead', "
                "NEW.key, array_to_string(fields, ', ')"
                "     USING ERRCODE = 'insufficient_privilege';"
                "  END IF;"
                "  RETURN NEW;"
                " END $$"),
            QStringLiteral("CREATE TRIGGER check_post_change BEFORE UPDATE ON riskboard.entities FOR EACH ROW EXECUTE "
                           "FUNCTION riskboard.check_post_change()"),
            QStringLiteral(
                "CREATE FUNCTION riskboard.record_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                " SET search_path = pg_catalog, pg_temp AS $$"
                " DECLARE pid bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.portfolio_id ELSE NEW.portfolio_id END;"
                " BEGIN"
                "  INSERT INTO riskboard.audit (by_role, portfolio_id, kind, key, action, old_body, new_body) VALUES ("
                "   session_user, pid,"
                "   CASE WHEN TG_OP = 'DELETE' THEN OLD.kind ELSE NEW.kind END,"
                "   CASE WHEN TG_OP = 'DELETE' THEN OLD.key ELSE NEW.key END,"
                "   TG_OP,"
                "   CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.body END,"
                "   CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.body END);"
                "  PERFORM pg_notify('riskboard', pid::text);"
                "  RETURN NULL;"
                " END $$"),
            QStringLiteral("CREATE TRIGGER record_change AFTER INSERT OR UPDATE OR DELETE ON riskboard.entities FOR "
                           "EACH ROW EXECUTE FUNCTION riskboard.record_change()"),
            QStringLiteral("GRANT USAGE ON SCHEMA riskboard TO riskboard_viewer"),
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA riskboard TO riskboard_viewer"),
            QStringLiteral("GRANT INSERT, UPDATE, DELETE ON riskboard.entities TO riskboard_leader"),
            QStringLiteral(
                "GRANT INSERT, UPDATE, DELETE ON riskboard.portfolios, riskboard.members TO riskboard_manager"),
            QStringLiteral("GRANT USAGE ON SEQUENCE riskboard.portfolios_id_seq TO riskboard_manager"),
        },
        // 3: the progress fields of document format 3 (actual dates, remaining days) are progress too,
        // so a project leader may record them on the posts they lead
        {
            QStringLiteral(
                "INSERT INTO riskboard.progress_fields VALUES ('actualStart'), ('actualFinish'), ('remainingDays')"
                " ON CONFLICT DO NOTHING"),
        },
    };
    return list;
}

} // namespace

QStringList migrationStatements(int version)
{
    return version >= 1 && version <= allMigrations().size() ? allMigrations()[version - 1] : QStringList();
}

int latestSchemaVersion() { return int(allMigrations().size()); }

int databaseSchemaVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('riskboard.schema_version') IS NOT NULL")) || !q.next()) {
        if (error) *error = q.lastError().text();
        return -1;
    }
    if (!q.value(0).toBool()) return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM riskboard.schema_version")) || !q.next()) {
        if (error) *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0) target = latestSchemaVersion();
    auto fail = [&](const QString &message) {
        db.rollback();
        if (error) *error = message;
        return false;
    };
    if (!db.transaction()) return fail(db.lastError().text());
    QSqlQuery q(db);
    // One migrator at a time, whoever else starts one.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('riskboard.migrate'))")))
        return fail(q.lastError().text());
    const int current = databaseSchemaVersion(db, error);
    if (current < 0) return fail(error ? *error : QString());
    if (current > latestSchemaVersion())
        return fail(
            QCoreApplication::translate(
                "Store", "the database's Riskboard schema is version %1; this build knows up to %2: update Riskboard")
                .arg(current)
                .arg(latestSchemaVersion()));
    for (int v = current + 1; v <= target; ++v) {
        for (const QString &statement : migrationStatements(v))
            if (!q.exec(statement))
                return fail(
                    QCoreApplication::translate("Store", "migration %1 failed: %2").arg(v).arg(q.lastError().text()));
        q.prepare(QStringLiteral("UPDATE riskboard.schema_version SET version = ?"));
        q.addBindValue(v);
        if (!q.exec()) return fail(q.lastError().text());
    }
    if (!db.commit()) return fail(db.lastError().text());
    return true;
}

} // namespace rb::store
