// portfolio.h — the domain types of a Riskboard portfolio document (see docs/format.md).
//
// Plain value types: the document reader fills them, the writer saves them, the analysis adapter and
// the item models read them. Money is in k€, dates are inclusive calendar days (QDate).
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "model/progress.h"

#include <optional>

namespace rb::model {

// The longest duration, lag or delay a document may state, in days (about 270 years: anything longer is
// a typing error). The loader, the schema and the CSV import all use it.
inline constexpr int kMaxDays = 100000;

inline constexpr int kSchemaVersion = 3; // the newest version this build reads (see requiredSchemaVersion)

struct Source {
    QString document;
    QString section;
    QString quote;
    bool operator==(const Source &) const = default;
};

enum class PostKind { Project, Activity, External };
enum class PostStatus { Planned, Running, Done, Deferred, Cancelled };
enum class LinkType { FS, SS, FF, SF };
enum class RiskLevel { Programme, Project, Activity };
enum class RiskResponse { None, Avoid, Reduce, Fallback, Transfer, Accept, Share };
enum class RiskStatus { Open, Closed, Occurred };
enum class Sourcing { Internal, Hired, Mixed };
enum class HistoryKind { Delayed, Underspend, Overspend, Extended, Extra, Cheaper, Deferred, Completed, Other };

struct Theme {
    int id = 0;
    QString name;
    QString nameEn;
    bool operator==(const Theme &) const = default;
};

struct ReserveEntry {
    int plateau = 0;
    double opening = 0, spending = 0, closing = 0; // k€
    QString note;
    QList<Source> sources;
    bool operator==(const ReserveEntry &) const = default;
};

// --- The programme charter (schemaVersion 3; model/programmeinfo.h reads and writes it) -------------
// What a steering group expects on the first page: goals, ambitions, governance, rhythm, way of working,
// the overall risk profile, the success-factor procedure, financial remarks. One item per fact, in the
// plan's own words (`text`), with a short `label` and its sources.
enum class CharterTopic { Goal, Ambition, Governance, Rhythm, WayOfWorking, RiskProfile, Procedure, Finance };

struct CharterItem {
    CharterTopic topic = CharterTopic::Goal;
    QString label;                // e.g. "Opdrachtgever", "Storyboard"
    QString text;                 // the fact, usually the plan's words
    std::optional<double> amount; // k€, for financial items
    QString note;                 // judgement: where the plan is ambiguous or inconsistent
    QList<Source> sources;
    bool operator==(const CharterItem &) const = default;
};
// --- end of the programme charter ---------------------------------------------------------------------

struct Programme {
    QString name;
    QString organisation;
    QDate start, end, statusDate;
    QString description;
    QList<Theme> themes;
    QList<ReserveEntry> reserve;
    QList<CharterItem> charter; // schemaVersion 3
    QString note;
    QList<Source> sources;
    bool operator==(const Programme &) const = default;
};

struct Estimate {
    int optimisticDays = 0, mostLikelyDays = 0, pessimisticDays = 0;
    bool operator==(const Estimate &) const = default;
};

struct BudgetLine {
    double planned = 0, proposed = 0, carriedOver = 0; // carriedOver only used for one-off costs
    bool operator==(const BudgetLine &) const = default;
};

struct Budget {
    BudgetLine investment, operating, oneOff;
    bool operator==(const Budget &) const = default;
};

struct Expertise {
    QString role;
    Sourcing sourcing = Sourcing::Internal;
    QString note;
    bool operator==(const Expertise &) const = default;
};

struct HistoryEntry {
    std::optional<int> plateau;
    HistoryKind kind = HistoryKind::Other;
    QString text;
    std::optional<double> amount; // k€
    QList<Source> sources;
    bool operator==(const HistoryEntry &) const = default;
};

struct Post {
    QString id;
    QString title;
    int theme = 1;
    PostKind kind = PostKind::Activity;
    bool levelOfEffort = false; // a role or continuous service spanning the plateau (schemaVersion 2)
    bool fixedDate = false;     // external only: a date that never moves, e.g. a law's commencement (schemaVersion 2)
    PostStatus status = PostStatus::Planned;
    QString owner, contractor, projectLeader;
    QDate start, finish;             // inclusive; finish may be null when durationDays is used
    std::optional<int> durationDays; // as written in the document
    std::optional<Estimate> estimate;
    QDate deadline;
    // Progress (schemaVersion 3, docs/format.md "Progress"): actual dates, and for a running post the
    // days of work left from the programme's status date.
    QDate actualStart, actualFinish;
    std::optional<int> remainingDays;
    std::optional<Budget> budget;
    std::optional<double> costOfDelayPerMonth; // k€ per month of slip
    QString result, goal;
    QStringList activities;
    QList<Expertise> expertise;
    QList<HistoryEntry> history;
    std::optional<int> plateau;
    QStringList tags;
    QString note;
    QList<Source> sources;

    // Planned duration in days, from finish or durationDays (inclusive convention), else the
    // estimate's most likely value, else 0.
    int plannedDurationDays() const;
    // Planned finish: finish, or start + durationDays - 1; null without a start.
    QDate plannedFinish() const;
    bool operator==(const Post &) const = default;
};

struct Dependency {
    QString from, to; // from = predecessor, to = successor
    LinkType type = LinkType::FS;
    int lagDays = 0;
    QString note;
    QList<Source> sources;
    bool operator==(const Dependency &) const = default;
};

struct SuccessFactor {
    QString id;
    QString nameNl, nameEn;
    QString description;
    bool detailed = false;
    QStringList parents;
    QString sources;
    bool operator==(const SuccessFactor &) const = default;
};

struct FactorScore {
    int score = 0; // 1 (under control) .. 5 (not under control)
    QString rationale;
    QString mitigation;
    bool operator==(const FactorScore &) const = default;
};

struct Assessment {
    QString post;
    QDate date;
    QString assessor;
    // Ordered as in the document; factor id -> score.
    QList<QPair<QString, FactorScore>> scores;
    QString note;

    const FactorScore *score(const QString &factorId) const;
    bool operator==(const Assessment &) const = default;
};

struct RiskChange {
    QDate date;
    QString author;
    QString change;
    bool operator==(const RiskChange &) const = default;
};

struct Risk {
    QString id;
    QString title;
    RiskLevel level = RiskLevel::Project;
    QStringList posts;
    QString factor;
    QString cause, event, effect;
    std::optional<int> probability, impact;
    std::optional<int> residualProbability, residualImpact;
    std::optional<int> delayDays;
    QString owner;
    RiskResponse response = RiskResponse::None;
    QString mitigation;
    RiskStatus status = RiskStatus::Open;
    QDate nextReview;
    QList<RiskChange> history;
    QString note;
    QList<Source> sources;
    bool operator==(const Risk &) const = default;
};

struct Portfolio {
    int schemaVersion = kSchemaVersion;
    Programme programme;
    QList<Post> posts;
    QList<Dependency> dependencies;
    bool hasFactorCatalogue = false;     // false: the document relies on the default seven factors
    QList<SuccessFactor> successFactors; // always filled (the defaults when absent in the document)
    QList<Assessment> assessments;
    QList<Risk> risks;
    QList<Baseline> baselines; // schemaVersion 3: the first is the original promise, the last the latest re-plan

    int postIndex(const QString &id) const;
    // The latest assessment of a post (latest date; ties: the later one in the list), or null.
    const Assessment *latestAssessment(const QString &postId) const;
    bool operator==(const Portfolio &) const = default;
};

// The seven success factors of the MAB plan (chapter 7), used when a document has no catalogue.
QList<SuccessFactor> defaultSuccessFactors();

// Stable names used in the document and on the command line.
// The oldest schemaVersion that can express a document: 3 when the programme has a charter or the
// document has progress or baselines, else 2 when a post uses a field of version 2 (levelOfEffort,
// fixedDate), else 1. Saving writes it, so documents without those fields stay readable by
// older builds.
int requiredSchemaVersion(const Portfolio &portfolio);

QString toString(PostKind);
QString toString(PostStatus);
QString toString(LinkType);
QString toString(RiskLevel);
QString toString(RiskResponse);
QString toString(RiskStatus);
QString toString(Sourcing);
QString toString(HistoryKind);

} // namespace rb::model
