// entities.h — a portfolio as the store keeps it: one row per entity, each holding the entity's
// canonical JSON (docs/team.md).
//
// The split is generic: it works on the canonical document the writer produces, not on the C++
// fields, so fields added to the format later pass through the store without a code change. Kinds
// and keys follow document/documentdiff.h: the programme record (every top-level member except the
// entity lists and schemaVersion: the programme, the factor catalogue, anything added later), posts
// and risks by id, dependencies by "from→to (type)", assessments by "post@date" (a second assessment of
// the same post on the same day gets "#2", and so on).
#pragma once

#include "document/diagnostic.h"
#include "document/documentreader.h"
#include "model/portfolio.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace rb::store {

struct Entity {
    QString kind; // programme, post, dependency, assessment, risk
    QString key;
    QByteArray
        json;     // compact JSON, members in canonical order (a score map's order counts): equal entities, equal text
    QString post; // the post it belongs to: a post's id, an assessment's post; empty otherwise
};

// "post", "dependency", ... in the document's order: programme first, then the lists.
const QStringList &entityKinds();
// "posts", "dependencies", ...: the document member that lists entities of `kind`.
QString listMember(const QString &kind);
// Words for messages: "post 2A2", "risk R3", "programme record".
QString describeEntity(const QString &kind, const QString &key);

// The entities of a portfolio, in document order.
QList<Entity> splitPortfolio(const model::Portfolio &portfolio);

// Identity of an entity across versions: kind + key.
inline QString entityId(const QString &kind, const QString &key) { return kind + QLatin1Char('\x1f') + key; }

// Puts entities (the JSON text of each entity as the store returns it; in document order
// within each kind) back into one document and loads it with the document reader, so that what the
// store holds is checked exactly like a file. Diagnostics name `displayName` and the entity
// ("post 2A2: …"), since the assembled text has no lines the user could open.
struct AssembledEntity {
    QString kind, key;
    QByteArray json;
};
model::LoadResult assembleAndRead(const QList<AssembledEntity> &entities, const QString &displayName);

} // namespace rb::store
