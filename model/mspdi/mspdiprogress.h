// mspdiprogress.h — the import's progress and baselines (docs/mspdi.md "Progress and baselines"): a task's
// actual dates and remaining duration as the post's progress fields, and the tasks' Baseline elements as
// the portfolio's baselines[]. Internal to riskboard_mspdi.
#pragma once

#include "model/mspdi/mspdiimportlog.h"
#include "model/mspdi/mspdixml.h"
#include "model/portfolio.h"

#include <QMap>

#include <optional>

namespace rb::model::mspdi {

// The inclusive last day of something that ends at `d`: an end at midnight ends the day before.
inline QDate lastDay(const QDateTime &d) { return d.time() == QTime(0, 0) ? d.date().addDays(-1) : d.date(); }

// Sets the post's actualStart, actualFinish and remainingDays from task `t` (its status already set).
// `remainingField`: for a file Riskboard exported, its own remaining days (a custom field; empty when the post
// had none), nullopt for other plans.
// Progress the portfolio's rules refuse is dropped and logged, never an error.
void setProgress(const xml::Project &project, const xml::Task &t, const QString &name,
                 const std::optional<QString> &remainingField, int minutesPerDay, Post &post, ImportLog &log);

// Collects the Baseline elements of the tasks that became posts, then builds baselines[] in number order.
class BaselineCollector {
public:
    void addPost(const xml::Task &t, const QString &postId, const QString &name, ImportLog &log);
    void addDropped(const xml::Task &t, const QString &name, ImportLog &log); // a summary or skipped task
    QList<Baseline> baselines(const xml::Project &project, ImportLog &log) const;

private:
    QMap<int, QList<BaselinePost>> m_posts; // by baseline number
};

} // namespace rb::model::mspdi
