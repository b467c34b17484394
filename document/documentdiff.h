// documentdiff.h — what changed between two versions of a portfolio, and a three-way merge.
//
// Used when the file on the shared drive changed since it was opened (FileStamp): the application
// shows the colleague's changes (diffPortfolios) and merges them with the user's own
// (mergePortfolios) instead of overwriting them. Comparison is by entity — posts and risks by id,
// dependencies by (from, to, type), assessments by post and date, factors by id — and, within an
// entity, by field.
#pragma once

#include "model/portfolio.h"

#include <QList>
#include <QString>

namespace rb::model {

struct DocumentChange {
    enum class Area { Programme, Post, Dependency, Assessment, Risk, Factor };
    enum class Kind { Added, Removed, Changed };
    Area area;
    Kind kind;
    QString id;          // post id, risk id, factor id, "from→to (type)", "post@date"; "programme"
    QString description; // a short sentence, e.g. "finish 2019-06-30 → 2019-09-30", "risk closed"
};

// The changes that turn `older` into `newer`: one per added or removed entity and one per changed
// field. Stable order: programme, posts, dependencies, factors, assessments, risks; within an area,
// in the order of `older`, then additions in the order of `newer`.
QList<DocumentChange> diffPortfolios(const Portfolio &older, const Portfolio &newer);

struct MergeResult {
    Portfolio merged;
    QList<DocumentChange> conflicts;
    bool clean() const { return conflicts.isEmpty(); }
};

// Three-way merge of two versions that both started from `base`. A change made on one side only is
// taken; the same change on both sides is taken once; additions on both sides are both kept.
// Different changes to the same field of the same entity, an entity added on both sides with
// different content, and a deletion on one side against a change on the other are conflicts: `merged`
// keeps mine and `conflicts` lists them. The merged document is checked like a loaded one (written
// and read back); anything invalid, such as a dependency cycle made of two harmless halves, is
// reported as a conflict too.
MergeResult mergePortfolios(const Portfolio &base, const Portfolio &mine, const Portfolio &theirs);

} // namespace rb::model
