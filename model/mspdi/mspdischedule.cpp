// mspdischedule.cpp — does CPM on the imported portfolio keep the plan's dates? (docs/mspdi.md)
#include "model/mspdi/mspdi.h"

#include "model/scheduleadapter.h"

#include <QCoreApplication>

namespace rb::model::mspdi {

QStringList scheduleNotes(const Portfolio &portfolio)
{
    QStringList notes;
    QString error;
    const auto schedule = PortfolioSchedule::build(portfolio, &error);
    if (!schedule)
        return {QCoreApplication::translate("rb::mspdi", "The imported network cannot be scheduled: %1").arg(error)};
    QStringList moved;
    int count = 0;
    for (int i = 0; i < portfolio.posts.size(); ++i) {
        const Post &p = portfolio.posts[i];
        if (!p.start.isValid() || p.status == PostStatus::Done) continue;
        const QDate early = fromDayNumber(schedule->schedule().tasks[size_t(i)].earlyStart);
        if (early == p.start) continue;
        if (++count <= 5)
            moved << QStringLiteral("%1 '%2': %3 → %4")
                         .arg(p.id, p.title, p.start.toString(Qt::ISODate), early.toString(Qt::ISODate));
    }
    if (count) {
        QString line
            = QCoreApplication::translate(
                  "rb::mspdi",
                  "In calendar days the links start %1 post(s) later than the plan's dates (working-time lags, "
                  "links within a day, or dates the plan itself does not keep): [%2")
                  .arg(count)
                  .arg(moved.join(QStringLiteral("; ")));
        if (count > moved.size())
            line += QStringLiteral("; ")
                + QCoreApplication::translate("rb::mspdi", "and %1 more").arg(count - moved.size());
        notes << line + QLatin1Char(']');
    }
    return notes;
}

} // namespace rb::model::mspdi
