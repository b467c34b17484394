// progress.h — progress and baselines of a portfolio (docs/format.md "Progress" and "baselines[]").
//
// A post's progress is its actual start, actual finish and, while it runs, the remaining duration in
// days counted from the programme's status date. A baseline is a snapshot of the plan at one moment
// (the original promise, a re-plan): per post its start, finish and budget, and the programme's
// P50/P80 finish. The checks the loader runs on progress live here, so the reader only calls them.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rb::model {

struct Post;
struct Programme;

struct BaselinePost {
    QString post;                 // post id
    QDate start, finish;          // inclusive, as planned at the baseline's moment
    std::optional<double> budget; // k€: the post's whole budget (postBudgetTotal) at that moment
    bool operator==(const BaselinePost &) const = default;
};

struct Baseline {
    QString name;      // e.g. "Programmaplan plateau 4"
    QDate date;        // the moment the baseline was taken (the plan's or the decision's date)
    QString reason;    // why: the original plan, a re-plan (herijking) and its cause
    QString decidedBy; // who decided it, e.g. "IV-Raad"
    QDate p50, p80;    // the programme's finish at P50 and P80 at that moment (null when not known)
    QList<BaselinePost> posts;
    bool operator==(const Baseline &) const = default;
};

// One problem with a post's progress fields: the field it points at and the message.
struct FieldProblem {
    const char *field;
    QString message;
};

// The progress rules of docs/format.md: actualFinish not before actualStart, no actual after the status
// date, remainingDays only on a running post with an actualStart, the status agreeing with the actuals,
// and a status date whenever a post has progress.
QList<FieldProblem> progressProblems(const Post &post, const QDate &statusDate);

// Whether a post has any progress field.
bool hasProgress(const Post &post);

// The post's whole budget in k€: every figure of its budget (investment and operating planned and
// proposed, one-off planned, proposed and carried over), as the "Totaal" row of the plan's Bijlage 1
// adds them up. 0 without a budget.
double postBudgetTotal(const Post &post);

} // namespace rb::model
