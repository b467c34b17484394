// trends.h — the programme over time (docs/analysis.md "Trends"): the trend of the P80 finish and of the
// chance of finishing by programme.end across the baselines, earlier snapshots and the current state; the
// risk burn-down (open risks by exposure band per date); and "since last time", what changed between two
// versions of the document (or since the latest baseline).
//
// Plain functions of the documents: the Monte Carlo figures of a snapshot or the current state are
// computed by the caller (export/trendinputs.h, with the fixed seed of `simulate`) and passed in.
#pragma once

#include "model/portfolio.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace rb::model {

// --- Trend of the forecast ----------------------------------------------------------------------------

// The forecast of one version: P50/P80 finish (null when not known) and the share of simulation runs
// finishing by programme.end (empty when not known, e.g. a baseline records only P50/P80).
struct Forecast {
    QDate p50, p80;
    std::optional<double> probabilityByEnd;
};

struct TrendPoint {
    enum class Kind { Baseline, Snapshot, Current };
    Kind kind = Kind::Current;
    QDate date;     // the baseline's date, the snapshot's or current status date
    QString name;   // the baseline's name; empty for snapshots and the current state
    QString reason; // the baseline's reason (a re-plan's cause); empty otherwise
    Forecast forecast;
};

// An earlier version of the document with its forecast.
struct Snapshot {
    const Portfolio *portfolio = nullptr;
    Forecast forecast;
};

// The trend: every baseline of `current` (its recorded P50/P80), every snapshot (at its status date) and
// the current state (at its status date), in date order; on the same date a baseline comes before a
// snapshot and a snapshot before the current state. Snapshots dated after the current status date are
// left out (they are not earlier versions).
QList<TrendPoint> trendSeries(const Portfolio &current, const Forecast &currentForecast,
                              const QList<Snapshot> &snapshots);

// --- Risk burn-down -----------------------------------------------------------------------------------

// The five exposure steps of the risk matrix (palette::exposureStep: 1–2, 3–5, 6–11, 12–19, 20–25), on
// the residual score when both residual figures are given, else the inherent one; index 0 counts open
// risks without a score.
inline constexpr int kExposureBands = 6;
int exposureBand(const Risk &risk);

struct BurnDownPoint {
    QDate date;                             // the version's status date
    std::array<int, kExposureBands> open{}; // open risks per band (0: not scored, 1..5 the steps)
    int total() const;
};

// One point per version (the earlier ones and the current one), in status-date order; versions without
// a status date are left out.
QList<BurnDownPoint> riskBurnDown(const QList<const Portfolio *> &versions);

// --- Since last time ----------------------------------------------------------------------------------

struct PostMove {
    QString post, title;
    QDate before, after; // started/finished: the actual date (after); slipped: the finish before and now
    int days = 0;        // slipped: after − before in days (positive = later)
};

struct RiskMove {
    QString risk, title;
    QString before, after; // re-scored: "P×I 4×3 → 5×3 (residual 3×2 → 4×2)"-ready figures, see riskScoreText
};

struct AssessmentMove {
    QString post, title;
    QDate before, after;                           // the dates of the latest assessments (before null: first one)
    QList<QPair<QString, QPair<int, int>>> scores; // factor id -> (score before, score now); 0 = not scored
};

struct SinceLastTime {
    enum class Against { Version, Baseline };
    Against against = Against::Version;
    QDate since;          // the earlier version's status date, or the baseline's date
    QString baselineName; // Against::Baseline: the baseline's name
    QList<PostMove> started, finished, slipped;
    QList<PostMove> replanned; // planned dates moved, or moved by a new baseline (before/after: the finish)
    QList<RiskMove> newRisks, closedRisks, rescoredRisks;
    QList<AssessmentMove> assessments;
    bool risksKnown = true; // false against a baseline: a baseline does not record the register
    bool isEmpty() const;
};

// Each post's expected finish: the caller's schedule (the CPM's early finish from the status date) when
// it names the post, else the document's own figures (forecastFinish).
using FinishDates = QHash<QString, QDate>;

// The finish a post's own fields give at the status date: its actual finish; for a running post with
// remaining days, status date + remaining − 1; else its planned finish.
QDate forecastFinish(const Post &post, const QDate &statusDate);

// What changed from `older` to `newer` (posts and risks by id):
// - started: posts with an actual start in `newer` and none in `older`; finished: likewise actual finish;
// - slipped: posts whose expected finish moved later (or earlier: negative days) by at least one day,
//   not finished in `older`; undated posts (no finish of their own in either version) are left out;
// - re-planned: posts whose planned start or finish changed, or whose entry in the latest baseline
//   differs (a new baseline that moved them);
// - new risks (in `newer` only), closed risks (open before, closed or occurred now, or removed),
//   re-scored risks (open in both, a probability or impact figure changed);
// - assessments: posts whose latest assessment is newer, with the main factors that changed.
SinceLastTime sinceLastTime(const Portfolio &older, const Portfolio &newer, const FinishDates &olderFinish = {},
                            const FinishDates &newerFinish = {});

// Against the latest baseline of `current` when there is no earlier version: started and finished since
// the baseline's date, slipped against the baseline's finish, assessments dated after it. Risks are not
// compared (risksKnown false). Null when the document has no baseline.
std::optional<SinceLastTime> sinceLatestBaseline(const Portfolio &current, const FinishDates &currentFinish = {});

// "4×3", with the residual "(3×2)" when given; "—" when unscored.
QString riskScoreText(const Risk &risk);

} // namespace rb::model
