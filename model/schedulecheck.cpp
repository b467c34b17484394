// schedulecheck.cpp — the document's facts for the schedule check, and its findings in words.
#include "model/schedulecheck.h"

#include "model/analysisinput.h"

#include <QCoreApplication>
#include <QSet>

namespace rb::model {

namespace an = rb::analysis;

namespace {
constexpr const char *kContext = "rb::model::ScheduleCheck";

QString linkName(const PortfolioSchedule &s, const an::CheckFinding &f)
{
    if (f.tasks.size() < 2) return {};
    QString text = QStringLiteral("%1 → %2").arg(s.postId(f.tasks[0]), s.postId(f.tasks[1]));
    if (f.link) {
        static const char *const kTypes[] = {"FS", "SS", "FF", "SF"};
        const an::LinkType type = s.network().links()[*f.link].type;
        if (type != an::LinkType::FS) text += QStringLiteral(" (%1)").arg(QLatin1String(kTypes[int(type)]));
    }
    return text;
}

const char *titleSource(an::CheckRule rule)
{
    switch (rule) {
    case an::CheckRule::ActualAfterStatusDate:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Progress after the status date");
    case an::CheckRule::NoPredecessor:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "No predecessor");
    case an::CheckRule::NoSuccessor:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "No successor");
    case an::CheckRule::LevelOfEffortLogic:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Level-of-effort post in a dependency");
    case an::CheckRule::HardConstraint:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Hard deadline");
    case an::CheckRule::NegativeLag:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Lead (negative lag)");
    case an::CheckRule::LongLag:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Long lag");
    case an::CheckRule::FixedDateUnused:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Fixed date no post has to meet");
    case an::CheckRule::NoEstimateNorAssessment:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Neither estimate nor assessment");
    case an::CheckRule::ForecastBeforeStatusDate:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Forecast before the status date");
    case an::CheckRule::NegativeFloat:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "Negative float");
    case an::CheckRule::HighFloat:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "High float");
    }
    return "";
}

const char *whySource(an::CheckRule rule)
{
    switch (rule) {
    case an::CheckRule::ActualAfterStatusDate:
        return QT_TRANSLATE_NOOP(
            "rb::model::ScheduleCheck",
            "The status says started or done, the dates say it had not happened yet on the status date.");
    case an::CheckRule::NoPredecessor:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                 "Without a predecessor, nothing in the plan can hold up its start: a missing "
                                 "dependency makes the critical path too optimistic.");
    case an::CheckRule::NoSuccessor:
        return QT_TRANSLATE_NOOP(
            "rb::model::ScheduleCheck",
            "Without a successor, its delay reaches no other post: only the programme end notices it.");
    case an::CheckRule::LevelOfEffortLogic:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                 "A role or continuous service spans the plateau; a dependency on it drives nothing "
                                 "and confuses the reader.");
    case an::CheckRule::HardConstraint:
        return QT_TRANSLATE_NOOP(
            "rb::model::ScheduleCheck",
            "A deadline fixes a date instead of letting the logic compute it; DCMA allows at most 5 % of the posts.");
    case an::CheckRule::NegativeLag:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                 "A lead lets a successor start before its predecessor is ready; DCMA allows none.");
    case an::CheckRule::LongLag:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                 "A long wait between posts is often work that should be a post of its own.");
    case an::CheckRule::FixedDateUnused:
        return QT_TRANSLATE_NOOP(
            "rb::model::ScheduleCheck",
            "A fixed date (a law, a deadline) matters when a post must be ready for it: link that post to it.");
    case an::CheckRule::NoEstimateNorAssessment:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                 "With neither a three-point estimate nor a success-factor assessment, nothing says "
                                 "how uncertain its duration is.");
    case an::CheckRule::ForecastBeforeStatusDate:
        return QT_TRANSLATE_NOOP(
            "rb::model::ScheduleCheck",
            "A post that has not started cannot start in the past: update its status or its dates.");
    case an::CheckRule::NegativeFloat:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                 "The dependencies cannot meet a deadline or a fixed date: the plan is already late.");
    case an::CheckRule::HighFloat:
        return QT_TRANSLATE_NOOP(
            "rb::model::ScheduleCheck",
            "More than two months of float (DCMA: 44 working days) usually means a missing dependency.");
    }
    return "";
}

const char *dcmaName(an::CheckRule rule)
{
    switch (rule) {
    case an::CheckRule::NoPredecessor:
    case an::CheckRule::NoSuccessor:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "DCMA check 1 (logic)");
    case an::CheckRule::NegativeLag:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "DCMA check 2 (leads)");
    case an::CheckRule::LongLag:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "DCMA check 3 (lags)");
    case an::CheckRule::HardConstraint:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "DCMA check 5 (hard constraints)");
    case an::CheckRule::HighFloat:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "DCMA check 6 (high float)");
    case an::CheckRule::NegativeFloat:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "DCMA check 7 (negative float)");
    case an::CheckRule::ActualAfterStatusDate:
    case an::CheckRule::ForecastBeforeStatusDate:
        return QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "DCMA check 9 (invalid dates)");
    default:
        return nullptr;
    }
}

QString percent(double share, const QLocale &locale)
{
    return locale.toString(share * 100.0, 'f', share * 100.0 < 10 && share > 0 ? 1 : 0);
}

} // namespace

QString appTranslate(const char *context, const char *source) { return QCoreApplication::translate(context, source); }

std::vector<an::CheckFacts> scheduleCheckFacts(const Portfolio &portfolio)
{
    QSet<QString> assessed;
    for (const Assessment &a : portfolio.assessments) assessed.insert(a.post);
    std::vector<an::CheckFacts> facts;
    facts.reserve(size_t(portfolio.posts.size()));
    for (const Post &p : portfolio.posts) {
        an::CheckFacts f;
        f.hasEstimate = p.estimate.has_value();
        f.hasAssessment = assessed.contains(p.id);
        f.hasDeadline = p.deadline.isValid();
        f.started = p.status == PostStatus::Running || p.status == PostStatus::Done;
        f.cancelled = p.status == PostStatus::Cancelled;
        if (!f.started) {
            if (p.start.isValid()) f.start = toDayNumber(p.start);
            if (p.plannedFinish().isValid()) f.finish = toDayNumber(p.plannedFinish());
        } else {
            // "Progress after the status date" judges what happened: the recorded actual dates. A post
            // marked running without an actual start (a status taken from a plan, like MAB's carry-overs
            // from plateau 3 whose plateau-4 part starts later) has no actual start to judge; its planned
            // start is not one. A done post has finished: its actual finish, else its planned finish.
            if (p.actualStart.isValid()) f.start = toDayNumber(p.actualStart);
            if (p.actualFinish.isValid())
                f.finish = toDayNumber(p.actualFinish);
            else if (p.status == PostStatus::Done && p.plannedFinish().isValid())
                f.finish = toDayNumber(p.plannedFinish());
            if (!f.start && p.status == PostStatus::Done && p.start.isValid()) f.start = toDayNumber(p.start);
        }
        facts.push_back(f);
    }
    return facts;
}

an::CheckOptions scheduleCheckOptions(const Portfolio &portfolio)
{
    an::CheckOptions o;
    if (portfolio.programme.statusDate.isValid()) o.statusDate = toDayNumber(portfolio.programme.statusDate);
    return o;
}

ScheduleCheck runScheduleCheck(const Portfolio &portfolio)
{
    return runScheduleCheck(portfolio, scheduleCheckOptions(portfolio));
}

ScheduleCheck runScheduleCheck(const Portfolio &portfolio, const an::CheckOptions &options)
{
    ScheduleCheck c;
    c.schedule = PortfolioSchedule::build(portfolio, &c.error);
    if (!c.schedule) return c;
    const std::vector<an::CheckFacts> facts = scheduleCheckFacts(portfolio);
    c.report = an::checkSchedule(c.schedule->network(), c.schedule->schedule(), facts, options);
    return c;
}

QString checkRuleTitle(an::CheckRule rule, CheckTranslate tx) { return tx(kContext, titleSource(rule)); }
QString checkRuleWhy(an::CheckRule rule, CheckTranslate tx) { return tx(kContext, whySource(rule)); }

QString checkSeverityName(an::CheckSeverity severity, CheckTranslate tx)
{
    return severity == an::CheckSeverity::Error
        ? tx(kContext, QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "error"))
        : tx(kContext, QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "warning"));
}

QString checkRuleCount(const an::CheckRuleSummary &s, CheckTranslate tx, const QLocale &locale)
{
    const double share = s.population ? double(s.count) / double(s.population) : 0.0;
    QString text = tx(kContext, QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 of %2 (%3 %)"))
                       .arg(s.count)
                       .arg(s.population)
                       .arg(percent(share, locale));
    if (const char *dcma = dcmaName(s.rule); dcma && an::checkDcmaLimit(s.rule))
        text += QStringLiteral(" — ")
            + tx(kContext, QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1: at most %2 %"))
                  .arg(tx(kContext, dcma), QString::number(*an::checkDcmaLimit(s.rule) * 100.0, 'f', 0));
    return text;
}

QString checkFindingText(const an::CheckFinding &f, const Portfolio &portfolio, const PortfolioSchedule &s,
                         CheckTranslate tx)
{
    const QString post = f.tasks.empty() ? QString() : s.postId(f.tasks.front());
    const auto text = [&](const char *source) { return tx(kContext, source); };
    switch (f.rule) {
    case an::CheckRule::ActualAfterStatusDate:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                      "%1 is started or done, but its dates are %2 days after the status date"))
            .arg(post)
            .arg(f.days);
    case an::CheckRule::NoPredecessor:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has no predecessor")).arg(post);
    case an::CheckRule::NoSuccessor:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has no successor")).arg(post);
    case an::CheckRule::LevelOfEffortLogic: {
        const bool first = s.network().task(f.tasks[0]).levelOfEffort;
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 is level of effort, yet in the dependency %2"))
            .arg(s.postId(f.tasks[first ? 0 : 1]), linkName(s, f));
    }
    case an::CheckRule::HardConstraint: {
        const int i = portfolio.postIndex(post);
        const QString date = i >= 0 ? portfolio.posts[i].deadline.toString(Qt::ISODate) : QString();
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has a deadline (%2)")).arg(post, date);
    }
    case an::CheckRule::NegativeLag:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has a lead of %2 days"))
            .arg(linkName(s, f))
            .arg(-f.days);
    case an::CheckRule::LongLag:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has a lag of %2 days"))
            .arg(linkName(s, f))
            .arg(f.days);
    case an::CheckRule::FixedDateUnused:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "No post has to be ready for %1")).arg(post);
    case an::CheckRule::NoEstimateNorAssessment:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has neither an estimate nor an assessment"))
            .arg(post);
    case an::CheckRule::ForecastBeforeStatusDate: {
        const int i = portfolio.postIndex(post);
        const bool running = i >= 0 && portfolio.posts[i].status == PostStatus::Running;
        return (running ? text(
                    QT_TRANSLATE_NOOP("rb::model::ScheduleCheck",
                                      "%1 is running, yet its forecast finish is %2 days before the status date"))
                        : text(QT_TRANSLATE_NOOP(
                            "rb::model::ScheduleCheck",
                            "%1 has not started, yet its forecast start is %2 days before the status date")))
            .arg(post)
            .arg(f.days);
    }
    case an::CheckRule::NegativeFloat:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has %2 days of negative float"))
            .arg(post)
            .arg(-f.days);
    case an::CheckRule::HighFloat:
        return text(QT_TRANSLATE_NOOP("rb::model::ScheduleCheck", "%1 has %2 days of float")).arg(post).arg(f.days);
    }
    return {};
}

} // namespace rb::model
