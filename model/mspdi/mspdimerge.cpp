// mspdimerge.cpp — an imported plan added to an open portfolio (mspdi.h mergeInto; docs/mspdi.md): its posts
// and dependencies join, the existing programme stays, and the log says what of the plan was not applied.
#include "model/mspdi/mspdi.h"

#include "model/progress.h"

#include <QCoreApplication>

namespace rb::model::mspdi {

bool mergeInto(Portfolio &base, const Portfolio &imported, QStringList &log, QString *error)
{
    for (const Post &p : imported.posts)
        if (base.postIndex(p.id) >= 0) {
            if (error)
                *error = QCoreApplication::translate("rb::mspdi", "post %1 already exists in the portfolio").arg(p.id);
            return false;
        }
    // Progress is measured at the existing programme's status date: what its rules refuse there is dropped.
    int dropped = 0;
    for (Post p : imported.posts) {
        if (hasProgress(p) && !progressProblems(p, base.programme.statusDate).isEmpty()) {
            p.actualStart = p.actualFinish = QDate();
            p.remainingDays.reset();
            ++dropped;
        }
        base.posts << p;
    }
    base.dependencies << imported.dependencies;
    log << QCoreApplication::translate(
        "rb::mspdi",
        "The plan's project name, dates and summary-task names were not applied: the existing programme is kept.");
    if (dropped)
        log << QCoreApplication::translate(
                   "rb::mspdi",
                   "The progress of %1 post(s) does not fit the existing programme's status date (%2) and was dropped.")
                   .arg(dropped)
                   .arg(base.programme.statusDate.isValid() ? base.programme.statusDate.toString(Qt::ISODate)
                                                            : QCoreApplication::translate("rb::mspdi", "none"));
    if (!imported.baselines.isEmpty())
        log << QCoreApplication::translate(
                   "rb::mspdi",
                   "The plan's %1 baseline(s) were not merged: the existing portfolio keeps its own baselines.")
                   .arg(imported.baselines.size());
    return true;
}

} // namespace rb::model::mspdi
