// pgstore.h — a shared portfolio in PostgreSQL, through Qt SQL's QPSQL driver (docs/team.md).
//
// Reading assembles the entity rows into a document and loads it with the document reader, so a
// portfolio from the store is checked exactly like a file. Saving is entity-level optimistic
// concurrency: only the entities that differ from the snapshot the user started from are written, in
// one transaction, each only where its version is still the one read; an entity someone else changed
// (or removed, or added with the same key) in the meantime is a conflict, reported per entity and not
// written, while the rest of the save lands. Saves of one portfolio are serialised (an advisory lock)
// and the whole portfolio is re-read and checked before COMMIT: a save that would leave an invalid
// portfolio (say, a cycle made of two users' harmless halves) is rolled back entirely. Who may change
// what is the database's decision (row-level security, migrations.h); a refused entity is reported with
// the rule, and the rest of the save lands.
#pragma once

#include "document/diagnostic.h"
#include "model/portfolio.h"
#include "store/storeurl.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace rb::store {

// What the store holds of a portfolio at one moment: the document and each entity's version.
struct Snapshot {
    QString portfolio;
    model::Portfolio document;
    QHash<QString, qint64> versions;   // entityId(kind, key) -> version
    QHash<QString, QByteArray> bodies; // entityId(kind, key) -> canonical compact JSON (splitPortfolio)
};

struct EntityProblem {
    QString kind, key;
    QString message; // a sentence naming the entity, e.g. "post 2A2: changed by someone else since you opened it"
};

struct SaveResult {
    enum class Outcome { Saved, Invalid, Failed };
    Outcome outcome = Outcome::Failed;
    int written = 0;                      // entities inserted, updated or deleted
    QList<EntityProblem> conflicts;       // changed by someone else since the snapshot: not written
    QList<EntityProblem> refused;         // not allowed for this role: not written
    QList<model::Diagnostic> diagnostics; // Invalid: why the result would not be a valid portfolio
    QString error;                        // Failed: the database's message
    bool clean() const { return outcome == Outcome::Saved && conflicts.isEmpty() && refused.isEmpty(); }
};

struct AuditEntry {
    QDateTime at;
    QString role, kind, key, action; // action: INSERT, UPDATE or DELETE
};

class Store {
public:
    enum class Role { Viewer, Leader, Manager }; // Manager also for the schema's owner and superusers

    // Connects (connect_timeout from the URL). Does not touch the schema.
    static std::unique_ptr<Store> connect(const StoreUrl &url, QString *error);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase &database() { return m_db; }
    const StoreUrl &url() const { return m_url; }

    // Brings the schema to the newest version (needs the rights of the database's owner).
    bool ensureSchema(QString *error);
    // Fails with a sentence unless the schema is at the newest version and this role may read it.
    bool checkSchema(QString *error);
    Role role();

    bool portfolioExists(const QString &name, QString *error);
    // Loads a portfolio; nullopt with `error` or `diagnostics` (an invalid stored portfolio).
    std::optional<Snapshot> load(const QString &name, QString *error, QList<model::Diagnostic> *diagnostics = nullptr);
    // Uploads `document` as portfolio `name`. An existing portfolio is refused unless `replace`; with
    // `replace` it is brought to `document` entity by entity (versions keep counting up).
    SaveResult push(const QString &name, const model::Portfolio &document, bool replace);
    // Writes what changed from `base` to `mine` (see the file comment).
    SaveResult save(const Snapshot &base, const model::Portfolio &mine);
    // The audit trail of a portfolio, oldest first (optionally of one entity).
    QList<AuditEntry> audit(const QString &name, const QString &kind = {}, const QString &key = {});

    // Test hook: called inside the save transaction just before COMMIT.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    Store() = default;
    // After the server went away (a restart, a network cut): a fresh connection, once per call.
    bool reconnectIfLost();
    std::optional<qint64> portfolioId(const QString &name, QString *error);
    SaveResult writeChanges(qint64 id, const QString &name, const QHash<QString, qint64> &versions,
                            const QHash<QString, QByteArray> &baseBodies, const model::Portfolio &mine);
    QString ruleFor(const QString &kind);

    QSqlDatabase m_db;
    QString m_connectionName;
    StoreUrl m_url;
    std::optional<Role> m_role;
    std::function<void()> m_beforeCommit;
};

} // namespace rb::store
