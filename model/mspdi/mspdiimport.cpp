// mspdiimport.cpp — an MSPDI file (mspdixml.h) as a portfolio, with the log of what it cannot represent.
// The mapping is documented in docs/mspdi.md; keep the two in step.
#include "model/mspdi/mspdi.h"
#include "model/mspdi/mspdicycle.h"
#include "model/mspdi/mspdiimportlog.h"
#include "model/mspdi/mspdiprogress.h"
#include "model/mspdi/mspdixml.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>

namespace rb::model::mspdi {

namespace {

using xml::Pos;

constexpr int kDefaultMinutesPerDay = 480; // MS Project's default: 8 working hours a day

// Riskboard's own fields in an exported file (docs/mspdi.md): extended attributes by their alias.
const QString kIdAlias = QStringLiteral("Riskboard id");
const QString kKindAlias = QStringLiteral("Riskboard kind");
const QString kStatusAlias = QStringLiteral("Riskboard status");
const QString kRemainingAlias = QStringLiteral("Riskboard remaining days");

QString quoted(const QString &name) { return QStringLiteral("'%1'").arg(name); }
QString number(double v) { return QString::number(v, 'g', 6); }

std::optional<PostKind> kindFromName(const QString &s)
{
    for (PostKind k : {PostKind::Project, PostKind::Activity, PostKind::External})
        if (toString(k) == s) return k;
    return std::nullopt;
}
std::optional<PostStatus> statusFromName(const QString &s)
{
    for (PostStatus k :
         {PostStatus::Planned, PostStatus::Running, PostStatus::Done, PostStatus::Deferred, PostStatus::Cancelled})
        if (toString(k) == s) return k;
    return std::nullopt;
}

class Importer {
public:
    Importer(const xml::Project &project, const QString &file, const ImportOptions &options, ImportResult &result)
        : m_p(project), m_file(file), m_options(options), m_result(result),
          m_minutesPerDay(project.minutesPerDay.has() ? *project.minutesPerDay : kDefaultMinutesPerDay)
    {
        for (auto it = m_p.fieldAliases.begin(); it != m_p.fieldAliases.end(); ++it) {
            if (it.value() == kIdAlias)
                m_idField = it.key();
            else if (it.value() == kKindAlias)
                m_kindField = it.key();
            else if (it.value() == kStatusAlias)
                m_statusField = it.key();
            else if (it.value() == kRemainingAlias)
                m_remainingField = it.key();
        }
    }

    void run()
    {
        classify();
        if (!m_result.diagnostics.isEmpty()) return;
        assignThemes();
        for (int i = 0; i < m_p.tasks.size(); ++i) {
            if (m_role[i] == Role::Post)
                addPost(i);
            else
                m_baselines.addDropped(m_p.tasks[i], taskName(i), m_log);
        }
        if (!m_result.diagnostics.isEmpty()) return;
        for (int i = 0; i < m_p.tasks.size(); ++i)
            if (m_role[i] == Role::Post) addLinks(i);
        if (!m_result.diagnostics.isEmpty()) return;
        if (const auto cycle = findCycle(m_portfolio)) // an error at one of its links, spelled out
            return error(m_linkPos.value(cycle->link),
                         QCoreApplication::translate("rb::mspdi", "dependency cycle: %1")
                             .arg(cycle->ids.join(QStringLiteral(" → "))));
        setProgramme();
        m_portfolio.baselines = m_baselines.baselines(m_p, m_log);
        logProject();
        m_result.log = m_log.lines();
        // The result must pass every check of a document load (docs/format.md) before anyone saves it.
        const LoadResult check = DocumentReader::readBytes(DocumentWriter::toJson(m_portfolio), m_file);
        if (!check.ok()) {
            for (const Diagnostic &d : check.diagnostics)
                error({},
                      QCoreApplication::translate("rb::mspdi", "the imported portfolio would be invalid: %1 (at %2)")
                          .arg(d.message, d.path));
            return;
        }
        m_result.portfolio = *check.portfolio;
    }

private:
    enum class Role { Skip, Summary, Post };

    void error(Pos pos, const QString &message)
    {
        Diagnostic d;
        d.file = m_file;
        d.line = pos.line;
        d.column = pos.column;
        d.message = message;
        m_result.diagnostics << d;
    }
    QString taskName(int i) const
    {
        const xml::Task &t = m_p.tasks[i];
        return t.name.isEmpty() ? QStringLiteral("UID %1").arg(t.uid.value.value_or(-1)) : quoted(t.name);
    }
    int level(int i) const { return m_p.tasks[i].outlineLevel.value.value_or(1); }
    QString field(int i, const QString &fieldId) const
    {
        return fieldId.isEmpty() ? QString() : m_p.tasks[i].extended.value(fieldId);
    }

    // Which tasks become posts, which are summaries, which are skipped; UIDs unique.
    void classify()
    {
        const int n = int(m_p.tasks.size());
        m_role.fill(Role::Post, n);
        QHash<qint64, int> seen;
        for (int i = 0; i < n; ++i) {
            const xml::Task &t = m_p.tasks[i];
            if (!t.uid.has()) {
                error(t.pos, QCoreApplication::translate("rb::mspdi", "a Task without UID"));
                continue;
            }
            if (const auto it = seen.constFind(*t.uid); it != seen.constEnd()) {
                error(t.uid.pos,
                      QCoreApplication::translate("rb::mspdi", "duplicate task UID %1 (also at line %2)")
                          .arg(*t.uid)
                          .arg(m_p.tasks[*it].uid.pos.line));
                continue;
            }
            seen.insert(*t.uid, i);
            if (*t.uid == 0 || level(i) == 0) {
                m_role[i] = Role::Skip; // the project summary task: the project itself
            } else if (t.isNull) {
                m_role[i] = Role::Skip;
                m_log.add(QCoreApplication::translate("rb::mspdi", "Blank task rows (IsNull) were skipped."));
            } else {
                bool children = false;
                for (int j = i + 1; j < n; ++j)
                    if (!m_p.tasks[j].isNull) {
                        children = level(j) > level(i);
                        break;
                    }
                if (t.summary || children) m_role[i] = Role::Summary;
            }
        }
        m_uidIndex = seen;
    }

    // Top-level summary tasks become themes (or are skipped): each post's theme.
    void assignThemes()
    {
        const bool asThemes = m_options.summaries == SummaryMode::Themes && m_options.theme == 0;
        const int fixedTheme = m_options.theme > 0 ? m_options.theme : 1;
        QMap<int, QString> themeNames;
        QList<int> stack; // the open summaries, outermost first
        int currentTheme = fixedTheme;
        QString currentSummary;
        m_theme.fill(fixedTheme, m_p.tasks.size());
        for (int i = 0; i < m_p.tasks.size(); ++i) {
            if (m_role[i] == Role::Skip) continue;
            while (!stack.isEmpty() && level(stack.last()) >= level(i)) stack.removeLast();
            if (stack.isEmpty()) {
                currentTheme = fixedTheme;
                currentSummary.clear();
            }
            if (m_role[i] == Role::Summary) {
                const bool top = stack.isEmpty();
                stack << i;
                if (!asThemes) {
                    m_log.add(
                        m_options.theme > 0
                            ? QCoreApplication::translate(
                                  "rb::mspdi", "Summary tasks were not imported as posts; every post went to theme %1.")
                                  .arg(fixedTheme)
                            : QCoreApplication::translate(
                                "rb::mspdi",
                                "Summary tasks were skipped (--summaries skip); every post went to theme 1."),
                        taskName(i));
                    continue;
                }
                if (!top) {
                    m_log.add(QCoreApplication::translate(
                                  "rb::mspdi",
                                  "Nested summary tasks are not posts: their tasks belong to the theme of "
                                  "their top-level summary task."),
                              taskName(i));
                    continue;
                }
                bool ok = false;
                int theme = field(i, m_idField).toInt(&ok); // a Riskboard export names the theme's number
                if (!ok || theme < 1 || theme > 5 || themeNames.contains(theme)) {
                    theme = 0;
                    for (int k = 1; k <= 5 && !theme; ++k)
                        if (!themeNames.contains(k)) theme = k;
                }
                if (!theme) {
                    theme = 5;
                    m_log.add(QCoreApplication::translate(
                                  "rb::mspdi",
                                  "Riskboard has five themes: top-level summary tasks beyond the fifth were "
                                  "merged into theme 5."),
                              taskName(i));
                }
                if (!themeNames.contains(theme))
                    themeNames.insert(
                        theme, m_p.tasks[i].name.isEmpty() ? QStringLiteral("Thema %1").arg(theme) : m_p.tasks[i].name);
                currentTheme = theme;
                currentSummary = m_p.tasks[i].name;
                continue;
            }
            if (asThemes && stack.isEmpty() && !themeNames.isEmpty())
                m_log.add(QCoreApplication::translate("rb::mspdi", "Tasks outside every summary task went to theme 1."),
                          taskName(i));
            m_theme[i] = currentTheme;
        }
        for (auto it = themeNames.begin(); it != themeNames.end(); ++it)
            m_portfolio.programme.themes << Theme{it.key(), it.value(), {}};
    }

    QString postId(int i)
    {
        const xml::Task &t = m_p.tasks[i];
        QString id = field(i, m_idField).trimmed();
        if (id.isEmpty()) id = t.wbs.trimmed();
        if (id.isEmpty() && t.id) id = QString::number(*t.id);
        if (id.isEmpty()) id = QStringLiteral("UID%1").arg(*t.uid);
        if (m_ids.contains(id)) {
            const QString unique = QStringLiteral("%1-UID%2").arg(id).arg(*t.uid);
            m_log.add(
                QCoreApplication::translate(
                    "rb::mspdi",
                    "Post ids come from the tasks' WBS codes; duplicate codes were made unique with the task's UID."),
                QStringLiteral("%1: %2").arg(taskName(i), unique));
            id = unique;
        }
        m_ids.insert(id);
        return id;
    }

    void addPost(int i)
    {
        const xml::Task &t = m_p.tasks[i];
        Post post;
        post.id = postId(i);
        post.title = t.name.trimmed();
        if (post.title.isEmpty()) {
            post.title = QStringLiteral("Task %1").arg(post.id);
            m_log.add(QCoreApplication::translate("rb::mspdi", "Tasks without a name were named after their id."),
                      post.id);
        }
        post.theme = m_theme[i];
        post.note = t.notes;
        const QString name = taskName(i);

        if (const auto kind = kindFromName(field(i, m_kindField))) post.kind = *kind;
        setStatus(i, post);
        setDates(i, post);
        setConstraints(i, post);
        // A file Riskboard exported carries the remaining days exactly (docs/mspdi.md); other plans do not.
        const std::optional<QString> remaining
            = m_idField.isEmpty() ? std::nullopt : std::optional<QString>(field(i, m_remainingField));
        setProgress(m_p, t, name, remaining, m_minutesPerDay, post, m_log);
        m_baselines.addPost(t, post.id, name, m_log);
        m_postOfTask.insert(i, int(m_portfolio.posts.size()));
        m_portfolio.posts << post;
    }

    void setStatus(int i, Post &post)
    {
        const xml::Task &t = m_p.tasks[i];
        const QString name = taskName(i);
        if (const auto status = statusFromName(field(i, m_statusField))) {
            post.status = *status;
        } else if (!t.active) {
            post.status = PostStatus::Cancelled;
            m_log.add(QCoreApplication::translate("rb::mspdi", "Inactive tasks became cancelled posts."), name);
        } else if ((t.percentComplete.has() && *t.percentComplete == 100) || t.actualFinish.has()) {
            post.status = PostStatus::Done;
        } else if ((t.percentComplete.has() && *t.percentComplete > 0) || t.actualStart.has()) {
            post.status = PostStatus::Running;
        }
    }

    void setDates(int i, Post &post)
    {
        const xml::Task &t = m_p.tasks[i];
        const QString name = taskName(i);
        const int format = t.durationFormat.value.value_or(7);
        const bool elapsed = xml::isElapsedFormat(format);
        if (t.start.has()) post.start = t.start->date();
        const bool zeroLength = (t.start.has() && t.finish.has() && *t.start == *t.finish)
            || (!t.finish.has() && t.durationMinutes.has() && *t.durationMinutes == 0);
        if (t.milestone && zeroLength) {
            post.durationDays = 0;
            return milestoneMoment(i, post);
        }
        if (t.start.has() && t.finish.has()) {
            if (*t.finish < *t.start)
                return error(t.finish.pos,
                             QCoreApplication::translate("rb::mspdi", "task %1 finishes (%2) before it starts (%3)")
                                 .arg(name, t.finish->toString(Qt::ISODate), t.start->toString(Qt::ISODate)));
            if (zeroLength) {
                post.durationDays = 0;
                return milestoneMoment(i, post);
            }
            post.finish = std::max(lastDay(*t.finish), post.start);
            const int calendarDays = int(post.start.daysTo(post.finish)) + 1;
            if (t.milestone)
                m_log.add(QCoreApplication::translate(
                              "rb::mspdi",
                              "Milestones with a duration keep their duration (a post is a milestone only "
                              "when it lasts 0 days)."),
                          QCoreApplication::translate("rb::mspdi", "%1: %2 days").arg(name).arg(calendarDays));
            if (t.durationMinutes.has() && !elapsed) {
                const double workingDays = *t.durationMinutes / m_minutesPerDay;
                if (std::abs(workingDays - calendarDays) > 0.01)
                    m_log.add(QCoreApplication::translate(
                                  "rb::mspdi",
                                  "Calendars are reduced to calendar days: a post runs from its task's scheduled "
                                  "start to its "
                                  "scheduled finish, every day counting; the working-time duration is not kept."),
                              QCoreApplication::translate("rb::mspdi", "%1: %2 working days over %3 calendar days")
                                  .arg(name, number(workingDays))
                                  .arg(calendarDays));
            }
            return;
        }
        if (t.finish.has() && !t.start.has())
            m_log.add(
                QCoreApplication::translate("rb::mspdi", "Tasks with a finish but no start keep only their duration."),
                name);
        if (!t.durationMinutes.has()) {
            post.durationDays = 0;
            m_log.add(
                QCoreApplication::translate("rb::mspdi", "Tasks without start, finish or duration became 0-day posts."),
                name);
            return;
        }
        const double days = *t.durationMinutes / (elapsed ? 1440.0 : m_minutesPerDay);
        const int whole = int(std::ceil(days - 1e-9));
        if (whole > kMaxDays)
            return error(t.durationMinutes.pos,
                         QCoreApplication::translate("rb::mspdi", "task %1 lasts %2 days, more than %3")
                             .arg(name, number(days))
                             .arg(kMaxDays));
        post.durationDays = whole;
        if (!elapsed)
            m_log.add(
                QCoreApplication::translate(
                    "rb::mspdi",
                    "Working-time durations of unscheduled tasks were converted to calendar days at %1 minutes (%2 h) "
                    "a working day, rounded up.")
                    .arg(m_minutesPerDay)
                    .arg(number(m_minutesPerDay / 60.0)),
                QCoreApplication::translate("rb::mspdi", "%1: %2 working days → %3 days")
                    .arg(name, number(days))
                    .arg(whole));
        else if (whole != days)
            m_log.add(QCoreApplication::translate("rb::mspdi", "Elapsed durations were rounded up to whole days."),
                      QCoreApplication::translate("rb::mspdi", "%1: %2 → %3 days").arg(name, number(days)).arg(whole));
    }

    // A 0-day post happens at the start of its day. MS Project puts a milestone that follows a task at that
    // task's finish (17:00): in calendar days the start of the next day, where Riskboard's FS link puts it.
    void milestoneMoment(int i, Post &post)
    {
        const xml::Task &t = m_p.tasks[i];
        if (!t.start.has() || t.start->time() < QTime(12, 0)) return;
        post.start = t.start->date().addDays(1);
        m_log.add(QCoreApplication::translate(
                      "rb::mspdi",
                      "Milestones at the end of a day (12:00 or later) happen at the start of the next day: the same "
                      "moment in calendar days."),
                  QStringLiteral("%1: %2 → %3")
                      .arg(taskName(i), t.start->toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           post.start.toString(Qt::ISODate)));
    }

    void setConstraints(int i, Post &post)
    {
        const xml::Task &t = m_p.tasks[i];
        const QString name = taskName(i);
        const int type = t.constraintType.value.value_or(0);
        if (type >= 2 && !t.constraintDate.has())
            return error(
                t.constraintType.pos,
                QCoreApplication::translate("rb::mspdi", "ConstraintType %1 needs a ConstraintDate").arg(type));
        const QString date = t.constraintDate.has() ? t.constraintDate->date().toString(Qt::ISODate) : QString();
        QDate deadline = t.deadline.has() ? lastDay(*t.deadline) : QDate();
        auto tighten = [&](const QDate &d) {
            if (deadline.isValid() && deadline != d)
                m_log.add(QCoreApplication::translate(
                              "rb::mspdi",
                              "Tasks with both a deadline and a finish constraint keep the earlier date as deadline."),
                          name);
            deadline = deadline.isValid() ? std::min(deadline, d) : d;
        };
        switch (type) {
        case 0: // as soon as possible
        case 1: // as late as possible
            if (type == 1)
                m_log.add(
                    QCoreApplication::translate(
                        "rb::mspdi", "'As late as possible' is not represented: the tasks keep their scheduled dates."),
                    name);
            if (post.start.isValid())
                m_log.add(
                    QCoreApplication::translate(
                        "rb::mspdi",
                        "Tasks without a date constraint keep their scheduled start as the post's start, which "
                        "Riskboard "
                        "treats as start-no-earlier-than: the plan's dates stay, but a post no longer moves earlier "
                        "when its predecessors finish early."),
                    name);
            break;
        case 2: // must start on
            if (!post.start.isValid()) post.start = t.constraintDate->date();
            if (post.kind == PostKind::External) {
                post.fixedDate = true;
                post.start = t.constraintDate->date();
            } else {
                m_log.add(QCoreApplication::translate("rb::mspdi", "'Must start on' became start-no-earlier-than."),
                          QStringLiteral("%1: %2").arg(name, date));
            }
            break;
        case 3: // must finish on
            tighten(lastDay(*t.constraintDate));
            m_log.add(
                QCoreApplication::translate("rb::mspdi", "'Must finish on' became a deadline (finish-no-later-than)."),
                QStringLiteral("%1: %2").arg(name, date));
            break;
        case 4: // start no earlier than: what a post's start is
            if (!post.start.isValid()) post.start = t.constraintDate->date();
            break;
        case 5:
            m_log.add(QCoreApplication::translate(
                          "rb::mspdi", "'Start no later than' constraints are not represented and were dropped."),
                      QStringLiteral("%1: %2").arg(name, date));
            break;
        case 6:
            m_log.add(QCoreApplication::translate(
                          "rb::mspdi", "'Finish no earlier than' constraints are not represented and were dropped."),
                      QStringLiteral("%1: %2").arg(name, date));
            break;
        case 7: // finish no later than: a deadline
            tighten(lastDay(*t.constraintDate));
            break;
        }
        post.deadline = deadline;
    }

    // A lag in tenths of a minute, in calendar days.
    std::optional<int> lagDays(const xml::Link &l, const QString &link)
    {
        const int format = l.lagFormat.value.value_or(7);
        const qint64 tenths = l.lag.value.value_or(0);
        if (tenths == 0) return 0;
        if (xml::isPercentFormat(format)) {
            m_log.add(QCoreApplication::translate(
                          "rb::mspdi",
                          "Lags in percent of the predecessor's duration are not represented: those links have lag 0."),
                      link);
            return 0;
        }
        const bool elapsed = xml::isElapsedFormat(format);
        const double days = double(tenths) / 10.0 / (elapsed ? 1440.0 : m_minutesPerDay);
        const double rounded = std::round(days);
        if (std::abs(rounded) > kMaxDays) {
            error(l.lag.pos,
                  QCoreApplication::translate("rb::mspdi", "link %1: a lag of %2 days is more than %3")
                      .arg(link, number(days))
                      .arg(kMaxDays));
            return std::nullopt;
        }
        const QString detail = QCoreApplication::translate("rb::mspdi", "%1: %2%3 → %4 days")
                                   .arg(link, number(double(tenths) / 10.0 / (elapsed ? 1440.0 : m_minutesPerDay)),
                                        elapsed ? QStringLiteral("ed") : QStringLiteral("d"))
                                   .arg(int(rounded));
        if (!elapsed)
            m_log.add(
                QCoreApplication::translate(
                    "rb::mspdi",
                    "Working-time lags became calendar-day lags at %1 minutes a working day (weekends and holidays "
                    "within a lag are not added).")
                    .arg(m_minutesPerDay),
                detail);
        if (rounded != days)
            m_log.add(QCoreApplication::translate("rb::mspdi", "Lags were rounded to whole days."), detail);
        return int(rounded);
    }

    void addLinks(int i)
    {
        const xml::Task &t = m_p.tasks[i];
        for (const xml::Link &l : t.links) {
            const QString succName = taskName(i);
            if (l.crossProject) {
                m_log.add(QCoreApplication::translate("rb::mspdi",
                                                      "Links to other projects are not represented and were dropped."),
                          succName);
                continue;
            }
            const auto pred = m_uidIndex.constFind(*l.predecessorUid);
            if (pred == m_uidIndex.constEnd()) {
                error(l.predecessorUid.pos,
                      QCoreApplication::translate("rb::mspdi", "task %1 names an unknown predecessor UID %2")
                          .arg(succName)
                          .arg(*l.predecessorUid));
                continue;
            }
            if (*pred == i) {
                error(l.predecessorUid.pos,
                      QCoreApplication::translate("rb::mspdi", "task %1 is its own predecessor").arg(succName));
                continue;
            }
            const QString link = QStringLiteral("%1 → %2").arg(taskName(*pred), succName);
            if (m_role[*pred] != Role::Post) {
                m_log.add(
                    QCoreApplication::translate(
                        "rb::mspdi",
                        "Links from summary tasks are not represented (summaries are not posts) and were dropped."),
                    link);
                continue;
            }
            static const LinkType types[] = {LinkType::FF, LinkType::FS, LinkType::SF, LinkType::SS};
            Dependency d;
            d.from = m_portfolio.posts[m_postOfTask.value(*pred)].id;
            d.to = m_portfolio.posts[m_postOfTask.value(i)].id;
            d.type = l.type.has() ? types[*l.type] : LinkType::FS;
            const auto lag = lagDays(l, link);
            if (!lag) continue;
            d.lagDays = *lag;
            const QString key = d.from + QChar(0) + d.to + QChar(0) + toString(d.type);
            if (m_linkKeys.contains(key)) {
                m_log.add(
                    QCoreApplication::translate("rb::mspdi", "Repeated links (same tasks and type) were kept once."),
                    link);
                continue;
            }
            m_linkKeys.insert(key);
            m_linkPos << l.predecessorUid.pos;
            m_portfolio.dependencies << d;
        }
    }

    void setProgramme()
    {
        Programme &g = m_portfolio.programme;
        g.name = !m_p.title.isEmpty() ? m_p.title
            : !m_p.name.isEmpty()     ? m_p.name
                                      : QFileInfo(m_file).completeBaseName();
        if (g.name.isEmpty()) g.name = QStringLiteral("MS Project plan");
        g.organisation = m_p.company;
        if (m_p.startDate.has()) g.start = m_p.startDate->date();
        if (m_p.finishDate.has()) g.end = std::max(lastDay(*m_p.finishDate), g.start);
        if (m_p.statusDate.has()) g.statusDate = m_p.statusDate->date();
    }

    void logProject()
    {
        if (!m_p.calendars.isEmpty())
            m_log.add(
                QCoreApplication::translate(
                    "rb::mspdi",
                    "Calendars are not represented: Riskboard counts calendar days (weekends and holidays are ordinary "
                    "days). %1 calendar(s) dropped: %2.")
                    .arg(m_p.calendars.size())
                    .arg(m_p.calendars.join(QStringLiteral(", "))));
        if (m_p.resources || m_p.assignments)
            m_log.add(QCoreApplication::translate(
                          "rb::mspdi",
                          "Resources and assignments are not represented: %1 resource(s) and %2 assignment(s) dropped.")
                          .arg(m_p.resources)
                          .arg(m_p.assignments));
        int values = 0;
        for (int i = 0; i < m_p.tasks.size(); ++i)
            for (auto it = m_p.tasks[i].extended.begin(); it != m_p.tasks[i].extended.end(); ++it)
                if (m_role[i] == Role::Post && it.key() != m_idField && it.key() != m_kindField
                    && it.key() != m_statusField && it.key() != m_remainingField)
                    ++values;
        if (values)
            m_log.add(QCoreApplication::translate(
                          "rb::mspdi", "Custom fields (extended attributes) are not represented: %1 value(s) dropped.")
                          .arg(values));
    }

    const xml::Project &m_p;
    QString m_file;
    ImportOptions m_options;
    ImportResult &m_result;
    int m_minutesPerDay;
    QString m_idField, m_kindField, m_statusField, m_remainingField;
    ImportLog m_log;
    BaselineCollector m_baselines;
    Portfolio m_portfolio;
    QList<Role> m_role;
    QList<int> m_theme;
    QHash<qint64, int> m_uidIndex;
    QHash<int, int> m_postOfTask;
    QSet<QString> m_ids, m_linkKeys;
    QList<Pos> m_linkPos; // by dependency
};

} // namespace

ImportResult importMspdi(const QByteArray &bytes, const QString &displayName, const ImportOptions &options)
{
    ImportResult result;
    if (bytes.size() > kMaxFileBytes) {
        result.diagnostics << Diagnostic{Diagnostic::Severity::Error,
                                         displayName,
                                         0,
                                         0,
                                         {},
                                         QCoreApplication::translate("rb::mspdi", "the file is larger than 256 MiB")};
        return result;
    }
    const xml::Project project = xml::parse(bytes, displayName, result.diagnostics);
    if (!result.diagnostics.isEmpty()) return result;
    Importer(project, displayName, options, result).run();
    if (!result.diagnostics.isEmpty()) result.portfolio.reset();
    return result;
}

ImportResult importMspdiFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.diagnostics << Diagnostic{
            Diagnostic::Severity::Error,
            path,
            0,
            0,
            {},
            QCoreApplication::translate("rb::mspdi", "cannot read: %1").arg(file.errorString())};
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        ImportResult result;
        result.diagnostics << Diagnostic{Diagnostic::Severity::Error,
                                         path,
                                         0,
                                         0,
                                         {},
                                         QCoreApplication::translate("rb::mspdi", "the file is larger than 256 MiB")};
        return result;
    }
    return importMspdi(file.readAll(), path, options);
}

} // namespace rb::model::mspdi
