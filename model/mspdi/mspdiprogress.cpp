// mspdiprogress.cpp — actual dates, remaining duration and baselines of an MSPDI plan as a portfolio's
// progress and baselines[] (mspdiprogress.h; the rules in docs/mspdi.md "Progress and baselines").
#include "model/mspdi/mspdiprogress.h"

#include "model/progress.h"

#include <QCoreApplication>

#include <cmath>

namespace rb::model::mspdi {

namespace {

QString number(double v) { return QString::number(v, 'g', 6); }

// MSPDI writes amounts in hundredths of the currency; Riskboard's budgets are k€.
constexpr double kCostPerK = 100.0 * 1000.0;

// A 0-length moment at 12:00 or later is the start of the next day in calendar days (as for milestones).
QDate momentDay(const QDateTime &d) { return d.time() >= QTime(12, 0) ? d.date().addDays(1) : d.date(); }

} // namespace

void setProgress(const xml::Project &project, const xml::Task &t, const QString &name,
                 const std::optional<QString> &remainingField, int minutesPerDay, Post &post, ImportLog &log)
{
    const int percent = t.percentComplete.value.value_or(0);
    const bool running = post.status == PostStatus::Running;
    if (!t.actualStart.has() && !t.actualFinish.has()) {
        if (running && percent > 0 && percent < 100)
            log.add(
                QCoreApplication::translate(
                    "rb::mspdi",
                    "Percent complete without an actual start is not kept: the task became a 'running' post, taken to "
                    "have started on its planned start (docs/format.md \"Progress\")."),
                QStringLiteral("%1: %2%").arg(name).arg(percent));
        return;
    }
    const QDate status = project.statusDate.has() ? project.statusDate->date() : QDate();
    if (!status.isValid()) {
        log.add(
            QCoreApplication::translate(
                "rb::mspdi",
                "The plan has no status date: actual dates and remaining durations were dropped (Riskboard measures "
                "progress at a status date)."),
            name);
        return;
    }
    Post trial = post;
    if (post.status != PostStatus::Planned && t.actualStart.has()) trial.actualStart = t.actualStart->date();
    if (post.status == PostStatus::Done && trial.actualStart.isValid()) {
        if (t.actualFinish.has()) {
            trial.actualFinish = std::max(lastDay(*t.actualFinish), trial.actualStart);
        } else if (t.finish.has()) {
            trial.actualFinish = std::max(lastDay(*t.finish), trial.actualStart);
            log.add(QCoreApplication::translate(
                        "rb::mspdi",
                        "Finished tasks without an actual finish took their scheduled finish as the actual finish."),
                    name);
        }
    }
    bool ownRemaining = false;
    if (running && trial.actualStart.isValid()) {
        bool ok = false;
        const int own = remainingField ? remainingField->toInt(&ok) : -1;
        if (remainingField) {
            ownRemaining = true; // Riskboard's own export: the days exactly, or none
            if (ok && own >= 0) trial.remainingDays = own;
        } else if (t.finish.has() && lastDay(*t.finish) >= status) {
            // The remainder ends where the plan's scheduler put it: the calendar days from the status date to
            // the scheduled finish, so the analysis keeps the plan's finish.
            trial.remainingDays = int(status.daysTo(lastDay(*t.finish))) + 1;
            if (t.remainingMinutes.has())
                log.add(QCoreApplication::translate(
                            "rb::mspdi",
                            "Remaining durations became the calendar days from the status date to the task's scheduled "
                            "finish; the working-time remaining duration is not kept."),
                        QCoreApplication::translate("rb::mspdi", "%1: %2 working days → %3 days")
                            .arg(name, number(*t.remainingMinutes / minutesPerDay))
                            .arg(*trial.remainingDays));
        } else if (t.remainingMinutes.has()) {
            const bool elapsed = t.durationFormat.has() && xml::isElapsedFormat(*t.durationFormat);
            const double days = *t.remainingMinutes / (elapsed ? 1440.0 : minutesPerDay);
            trial.remainingDays = int(std::min(std::ceil(days - 1e-9), double(kMaxDays)));
            log.add(QCoreApplication::translate(
                        "rb::mspdi",
                        "Remaining durations of tasks scheduled to finish before the status date were "
                        "converted to calendar "
                        "days from the status date at %1 minutes a working day, rounded up.")
                        .arg(minutesPerDay),
                    QCoreApplication::translate("rb::mspdi", "%1: %2 → %3 days")
                        .arg(name, number(days))
                        .arg(*trial.remainingDays));
        }
    }
    if (running && percent > 0 && !ownRemaining)
        log.add(
            QCoreApplication::translate(
                "rb::mspdi",
                "Percent complete is not kept: a running post's progress is its actual start and its remaining days "
                "(docs/format.md \"Progress\")."),
            QStringLiteral("%1: %2%").arg(name).arg(percent));
    if (post.status == PostStatus::Planned && t.actualStart.has())
        log.add(QCoreApplication::translate(
                    "rb::mspdi", "Actual dates of tasks Riskboard's status field marks as planned were dropped."),
                name);
    const QList<FieldProblem> problems = progressProblems(trial, status);
    if (!problems.isEmpty()) {
        log.add(
            QCoreApplication::translate(
                "rb::mspdi",
                "Progress that breaks Riskboard's progress rules (docs/format.md \"Progress\") was dropped; the post "
                "keeps its status and planned dates."),
            QStringLiteral("%1: %2").arg(name, problems.first().message));
        return;
    }
    post = trial;
}

void BaselineCollector::addPost(const xml::Task &t, const QString &postId, const QString &name, ImportLog &log)
{
    for (const xml::BaselineEntry &b : t.baselines) {
        BaselinePost bp;
        bp.post = postId;
        if (b.start.has() && b.finish.has() && *b.start == *b.finish) {
            bp.start = bp.finish = momentDay(*b.start); // a 0-length baseline, as a milestone
        } else {
            if (b.start.has()) bp.start = b.start->date();
            if (b.finish.has()) bp.finish = lastDay(*b.finish);
            if (bp.start.isValid() && bp.finish.isValid() && bp.finish < bp.start) bp.finish = bp.start;
        }
        if (b.cost) bp.budget = *b.cost / kCostPerK;
        if (b.hasWork)
            log.add(QCoreApplication::translate(
                        "rb::mspdi", "Baseline work (hours) is not kept: a baseline holds a post's dates and budget."),
                    QCoreApplication::translate("rb::mspdi", "%1: baseline %2").arg(name).arg(*b.number));
        if (!bp.start.isValid() && !bp.finish.isValid() && !bp.budget) continue;
        QList<BaselinePost> &posts = m_posts[*b.number];
        if (std::any_of(posts.begin(), posts.end(), [&](const BaselinePost &x) { return x.post == postId; })) {
            log.add(QCoreApplication::translate("rb::mspdi", "A task with the same baseline twice keeps the first."),
                    QCoreApplication::translate("rb::mspdi", "%1: baseline %2").arg(name).arg(*b.number));
            continue;
        }
        posts << bp;
    }
}

void BaselineCollector::addDropped(const xml::Task &t, const QString &name, ImportLog &log)
{
    if (!t.baselines.isEmpty())
        log.add(QCoreApplication::translate("rb::mspdi",
                                            "Baselines of summary tasks were not kept: a baseline holds posts."),
                name);
}

QList<Baseline> BaselineCollector::baselines(const xml::Project &project, ImportLog &log) const
{
    QList<Baseline> out;
    if (m_posts.isEmpty()) return out;
    // MSPDI does not say when a baseline was saved: every baseline is dated at the plan's start (when the
    // first baseline is usually saved), else its status date, else its earliest baseline start.
    QDate date = project.startDate.has() ? project.startDate->date()
        : project.statusDate.has()       ? project.statusDate->date()
                                         : QDate();
    if (!date.isValid())
        for (const QList<BaselinePost> &posts : m_posts)
            for (const BaselinePost &bp : posts)
                if (bp.start.isValid() && (!date.isValid() || bp.start < date)) date = bp.start;
    if (!date.isValid()) {
        log.add(QCoreApplication::translate(
            "rb::mspdi", "Baselines without any date (no project start, status date or baseline start) were dropped."));
        return out;
    }
    bool costs = false;
    for (auto it = m_posts.begin(); it != m_posts.end(); ++it) {
        Baseline b;
        b.name = it.key() == 0 ? QStringLiteral("Baseline") : QStringLiteral("Baseline %1").arg(it.key());
        b.date = date;
        b.posts = it.value();
        for (const BaselinePost &bp : b.posts) costs = costs || bp.budget.has_value();
        out << b;
    }
    QStringList names;
    for (const Baseline &b : out) names << b.name;
    log.add(
        QCoreApplication::translate(
            "rb::mspdi",
            "MSPDI does not say when a baseline was saved, why or by whom: the baselines (%1) are named after their "
            "number and dated %2, in number order; their P50/P80 are empty.")
            .arg(names.join(QStringLiteral(", ")), date.toString(Qt::ISODate)));
    if (costs) {
        const QString currency = project.currencyCode.isEmpty() ? QCoreApplication::translate("rb::mspdi", "not named")
                                                                : project.currencyCode;
        log.add(
            QCoreApplication::translate(
                "rb::mspdi",
                "Baseline costs became each post's baseline budget in k€ (the plan's currency, %1, is taken as euros; "
                "MSPDI writes hundredths).")
                .arg(currency));
    }
    return out;
}

} // namespace rb::model::mspdi
