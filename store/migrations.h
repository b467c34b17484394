// migrations.h — the store's database schema, created and upgraded by the application.
//
// Each migration is a list of SQL statements run in one transaction together with the bump of
// riskboard.schema_version, so a database is always at exactly one version. Migrations only ever
// get appended: a database at version N is brought to the newest by running N+1, N+2, ….
//   1  the portfolios and their entities (one row per entity, canonical JSON in jsonb, a version each)
//   2  who may change what: the roles riskboard_manager / _leader / _viewer, the members table
//      (login role → the person named as projectLeader), row-level security, the audit table, and a
//      NOTIFY on every change
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rb::store {

// The statements of migration `version` (1-based); empty for an unknown version.
QStringList migrationStatements(int version);
int latestSchemaVersion();

// The version the database is at: 0 when it has no Riskboard schema; -1 (and `error`) when it cannot be read.
int databaseSchemaVersion(QSqlDatabase &db, QString *error);

// Runs the migrations from the database's version up to `target` (default: the newest). Needs a role
// that may create schemas and roles (the database's owner with CREATEROLE, or a superuser).
bool migrate(QSqlDatabase &db, QString *error, int target = -1);

} // namespace rb::store
