// mspdiexport.cpp — a portfolio as an MSPDI file (docs/mspdi.md): themes as top-level summary tasks, posts
// as tasks under them, dependencies as predecessor links with elapsed-day lags, one standard calendar.
#include "model/mspdi/mspdi.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace rb::model::mspdi {

namespace {

// Extended attributes (custom fields Text1..Text3) that carry what only Riskboard has, so that a file
// exported and imported again gives the same portfolio. FieldIDs of MS Project's Text1, Text2, Text3.
const QString kIdField = QStringLiteral("188743731");
const QString kKindField = QStringLiteral("188743734");
const QString kStatusField = QStringLiteral("188743737");
const QString kRemainingField = QStringLiteral("188743738"); // Text4

constexpr double kCostPerK = 100.0 * 1000.0; // MSPDI amounts are hundredths of the currency; budgets are k€
constexpr int kMaxBaselines = 11;            // Baseline Number 0..10

constexpr qint64 kTenthsPerDay = 24 * 60 * 10; // LinkLag unit: tenths of a minute; elapsed days

QString startStamp(const QDate &d) { return d.toString(Qt::ISODate) + QStringLiteral("T08:00:00"); }
QString finishStamp(const QDate &d) { return d.toString(Qt::ISODate) + QStringLiteral("T17:00:00"); }
QString hours(qint64 h) { return QStringLiteral("PT%1H0M0S").arg(h); }

int weekdays(const QDate &from, const QDate &to)
{
    int n = 0;
    for (QDate d = from; d <= to && n <= kMaxDays; d = d.addDays(1))
        if (d.dayOfWeek() <= 5) ++n;
    return n;
}

class Writer {
public:
    Writer(const Portfolio &p, const QString &projectName) : m_p(p), m_name(projectName), m_w(&m_bytes) {}

    ExportResult run()
    {
        // MSPDI has baselines 0..10: the original (the first) and the latest ten.
        for (int k = 0; k < m_p.baselines.size(); ++k)
            if (k == 0 || k >= m_p.baselines.size() - (kMaxBaselines - 1)) m_baselineOrder << k;
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(2);
        m_w.writeStartDocument(QStringLiteral("1.0"), true);
        m_w.writeStartElement(QStringLiteral("Project"));
        m_w.writeDefaultNamespace(QStringLiteral("http://schemas.microsoft.com/project"));
        writeHeader();
        writeFieldDefinitions();
        writeCalendar();
        writeTasks();
        m_w.writeEmptyElement(QStringLiteral("Resources"));
        m_w.writeEmptyElement(QStringLiteral("Assignments"));
        m_w.writeEndElement();
        m_w.writeEndDocument();
        logLosses();
        return {m_bytes, m_log};
    }

private:
    void text(const QString &name, const QString &value)
    {
        // XML 1.0 cannot hold control characters other than tab and line breaks: QXmlStreamWriter leaves them
        // out, and the log says so.
        if (std::any_of(value.begin(), value.end(),
                        [](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; }))
            ++m_controlCharacters;
        m_w.writeTextElement(name, value);
    }
    void num(const QString &name, qint64 value) { m_w.writeTextElement(name, QString::number(value)); }

    void writeHeader()
    {
        const Programme &g = m_p.programme;
        num(QStringLiteral("SaveVersion"),
            14); // Project 2010's format: read by MS Project 2010 and later, ProjectLibre, GanttProject
        text(QStringLiteral("Name"), m_name);
        text(QStringLiteral("Title"), g.name);
        if (!g.organisation.isEmpty()) text(QStringLiteral("Company"), g.organisation);
        num(QStringLiteral("ScheduleFromStart"), 1);
        QDate start = g.start;
        for (const Post &post : m_p.posts)
            if (post.start.isValid() && (!start.isValid() || post.start < start)) start = post.start;
        if (!start.isValid()) start = g.statusDate.isValid() ? g.statusDate : QDate::currentDate();
        text(QStringLiteral("StartDate"), startStamp(start));
        if (g.end.isValid()) text(QStringLiteral("FinishDate"), finishStamp(g.end));
        num(QStringLiteral("CalendarUID"), 1);
        text(QStringLiteral("DefaultStartTime"), QStringLiteral("08:00:00"));
        text(QStringLiteral("DefaultFinishTime"), QStringLiteral("17:00:00"));
        num(QStringLiteral("MinutesPerDay"), 480);
        num(QStringLiteral("MinutesPerWeek"), 2400);
        num(QStringLiteral("DaysPerMonth"), 20);
        num(QStringLiteral("DurationFormat"), 7);
        num(QStringLiteral("HonorConstraints"), 1);
        if (g.statusDate.isValid()) text(QStringLiteral("StatusDate"), finishStamp(g.statusDate));
    }

    void writeFieldDefinitions()
    {
        m_w.writeStartElement(QStringLiteral("ExtendedAttributes"));
        const QList<QPair<QString, QString>> fields = {{kIdField, QStringLiteral("Text1")},
                                                       {kKindField, QStringLiteral("Text2")},
                                                       {kStatusField, QStringLiteral("Text3")},
                                                       {kRemainingField, QStringLiteral("Text4")}};
        const QStringList aliases = {QStringLiteral("Riskboard id"), QStringLiteral("Riskboard kind"),
                                     QStringLiteral("Riskboard status"), QStringLiteral("Riskboard remaining days")};
        for (int k = 0; k < fields.size(); ++k) {
            m_w.writeStartElement(QStringLiteral("ExtendedAttribute"));
            text(QStringLiteral("FieldID"), fields[k].first);
            text(QStringLiteral("FieldName"), fields[k].second);
            text(QStringLiteral("Alias"), aliases[k]);
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
    }

    // One base calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00 (MS Project's "Standard").
    void writeCalendar()
    {
        m_w.writeStartElement(QStringLiteral("Calendars"));
        m_w.writeStartElement(QStringLiteral("Calendar"));
        num(QStringLiteral("UID"), 1);
        text(QStringLiteral("Name"), QStringLiteral("Standard"));
        num(QStringLiteral("IsBaseCalendar"), 1);
        num(QStringLiteral("BaseCalendarUID"), -1);
        m_w.writeStartElement(QStringLiteral("WeekDays"));
        for (int day = 1; day <= 7; ++day) { // MSPDI DayType: 1 Sunday .. 7 Saturday
            m_w.writeStartElement(QStringLiteral("WeekDay"));
            num(QStringLiteral("DayType"), day);
            const bool working = day >= 2 && day <= 6;
            num(QStringLiteral("DayWorking"), working ? 1 : 0);
            if (working) {
                m_w.writeStartElement(QStringLiteral("WorkingTimes"));
                for (const auto &[from, to] : {std::pair{"08:00:00", "12:00:00"}, std::pair{"13:00:00", "17:00:00"}}) {
                    m_w.writeStartElement(QStringLiteral("WorkingTime"));
                    text(QStringLiteral("FromTime"), QString::fromLatin1(from));
                    text(QStringLiteral("ToTime"), QString::fromLatin1(to));
                    m_w.writeEndElement();
                }
                m_w.writeEndElement();
            }
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
        m_w.writeEndElement();
        m_w.writeEndElement();
    }

    QString themeName(int theme) const
    {
        for (const Theme &t : m_p.programme.themes)
            if (t.id == theme && !t.name.isEmpty()) return t.name;
        return QStringLiteral("Thema %1").arg(theme);
    }

    void writeTasks()
    {
        // UIDs: summaries and posts numbered in file order; a post's UID is needed by its successors' links.
        QList<int> themes;
        for (const Post &post : m_p.posts)
            if (!themes.contains(post.theme)) themes << post.theme;
        std::sort(themes.begin(), themes.end());
        int uid = 0;
        for (int theme : themes) {
            ++uid;
            for (int i = 0; i < m_p.posts.size(); ++i)
                if (m_p.posts[i].theme == theme) m_uid.insert(m_p.posts[i].id, ++uid);
        }
        m_w.writeStartElement(QStringLiteral("Tasks"));
        uid = 0;
        int outline = 0, child = 0;
        for (int theme : themes) {
            ++outline;
            child = 0;
            writeSummary(++uid, theme, outline);
            for (int i = 0; i < m_p.posts.size(); ++i)
                if (m_p.posts[i].theme == theme)
                    writePost(m_p.posts[i], ++uid, QStringLiteral("%1.%2").arg(outline).arg(++child));
        }
        m_w.writeEndElement();
    }

    void writeSummary(int uid, int theme, int outline)
    {
        QDate first, last;
        for (const Post &post : m_p.posts)
            if (post.theme == theme && post.start.isValid()) {
                const QDate finish = post.plannedDurationDays() > 0 ? post.plannedFinish() : post.start;
                if (!first.isValid() || post.start < first) first = post.start;
                if (!last.isValid() || finish > last) last = finish;
            }
        m_w.writeStartElement(QStringLiteral("Task"));
        num(QStringLiteral("UID"), uid);
        num(QStringLiteral("ID"), uid);
        text(QStringLiteral("Name"), themeName(theme));
        text(QStringLiteral("WBS"), QString::number(outline));
        text(QStringLiteral("OutlineNumber"), QString::number(outline));
        num(QStringLiteral("OutlineLevel"), 1);
        if (first.isValid()) {
            text(QStringLiteral("Start"), startStamp(first));
            text(QStringLiteral("Finish"), finishStamp(last));
        }
        num(QStringLiteral("Milestone"), 0);
        num(QStringLiteral("Summary"), 1);
        writeField(kIdField, QString::number(theme));
        m_w.writeEndElement();
    }

    void writePost(const Post &post, int uid, const QString &outline)
    {
        const int days = post.plannedDurationDays();
        const bool milestone = days == 0;
        m_w.writeStartElement(QStringLiteral("Task"));
        num(QStringLiteral("UID"), uid);
        num(QStringLiteral("ID"), uid);
        text(QStringLiteral("Name"), post.title);
        text(QStringLiteral("WBS"), post.id);
        text(QStringLiteral("OutlineNumber"), outline);
        num(QStringLiteral("OutlineLevel"), 2);
        if (post.start.isValid()) {
            // Working time Monday to Friday at 8 h a day, so MS Project's standard calendar finishes it on the same day.
            const QDate finish = milestone ? post.start : post.plannedFinish();
            const int working = milestone ? 0 : std::max(1, weekdays(post.start, finish));
            if (!milestone && (post.start.dayOfWeek() > 5 || finish.dayOfWeek() > 5))
                m_log << QCoreApplication::translate(
                             "rb::mspdi",
                             "Post %1 starts or finishes on a weekend: MS Project's standard calendar will "
                             "move it to a working day.")
                             .arg(post.id);
            text(QStringLiteral("Start"), startStamp(post.start));
            text(QStringLiteral("Finish"), milestone ? startStamp(post.start) : finishStamp(finish));
            text(QStringLiteral("Duration"), hours(qint64(working) * 8));
            num(QStringLiteral("DurationFormat"), 7);
        } else {
            // Unscheduled: calendar days as elapsed days, and MS Project schedules it after its predecessors.
            text(QStringLiteral("Duration"), hours(qint64(days) * 24));
            num(QStringLiteral("DurationFormat"), 8);
        }
        num(QStringLiteral("Milestone"), milestone ? 1 : 0);
        num(QStringLiteral("Summary"), 0);
        writeProgress(post);
        if (post.fixedDate && post.start.isValid()) {
            num(QStringLiteral("ConstraintType"), 2); // must start on
            text(QStringLiteral("ConstraintDate"), startStamp(post.start));
        } else if (post.start.isValid()) {
            num(QStringLiteral("ConstraintType"), 4); // start no earlier than
            text(QStringLiteral("ConstraintDate"), startStamp(post.start));
        } else {
            num(QStringLiteral("ConstraintType"), 0);
        }
        if (post.deadline.isValid()) text(QStringLiteral("Deadline"), finishStamp(post.deadline));
        if (!post.note.isEmpty()) text(QStringLiteral("Notes"), post.note);
        for (const Dependency &d : m_p.dependencies) {
            if (d.to != post.id) continue;
            static const int types[] = {1, 3, 0, 2}; // LinkType FS, SS, FF, SF -> MSPDI 1, 3, 0, 2
            m_w.writeStartElement(QStringLiteral("PredecessorLink"));
            num(QStringLiteral("PredecessorUID"), m_uid.value(d.from));
            num(QStringLiteral("Type"), types[int(d.type)]);
            num(QStringLiteral("CrossProject"), 0);
            num(QStringLiteral("LinkLag"), qint64(d.lagDays) * kTenthsPerDay);
            num(QStringLiteral("LagFormat"), 8); // elapsed days: Riskboard's lags are calendar days
            m_w.writeEndElement();
        }
        writeField(kIdField, post.id);
        writeField(kKindField, toString(post.kind));
        writeField(kStatusField, toString(post.status));
        if (post.remainingDays) writeField(kRemainingField, QString::number(*post.remainingDays));
        writeBaselines(post);
        m_w.writeEndElement();
    }

    // PercentComplete: 100 when done; for a running post that has started, the share of its days so far
    // (actual start to the status date) in those days plus the remaining ones (or its planned duration),
    // 1..99. ActualStart 08:00, ActualFinish 17:00, RemainingDuration in working time (weekdays × 8 h).
    void writeProgress(const Post &post)
    {
        const QDate status = m_p.programme.statusDate;
        int percent = post.status == PostStatus::Done ? 100 : 0;
        if (post.status == PostStatus::Running && post.actualStart.isValid() && status.isValid()) {
            const qint64 done = std::max<qint64>(0, post.actualStart.daysTo(status));
            const qint64 total
                = post.remainingDays ? done + *post.remainingDays : std::max<qint64>(post.plannedDurationDays(), 1);
            percent = total > 0
                ? int(std::clamp<qint64>(qint64(std::llround(100.0 * double(done) / double(total))), 1, 99))
                : 1;
        }
        num(QStringLiteral("PercentComplete"), percent);
        if (post.actualStart.isValid()) text(QStringLiteral("ActualStart"), startStamp(post.actualStart));
        if (post.actualFinish.isValid()) text(QStringLiteral("ActualFinish"), finishStamp(post.actualFinish));
        if (post.remainingDays && status.isValid())
            text(QStringLiteral("RemainingDuration"),
                 hours(*post.remainingDays > 0 ? qint64(weekdays(status, status.addDays(*post.remainingDays - 1))) * 8
                                               : 0));
    }

    // The baselines that name the post, by their Number (baselines[] order: the first is Number 0).
    void writeBaselines(const Post &post)
    {
        for (int k = 0; k < m_baselineOrder.size(); ++k) {
            const Baseline &b = m_p.baselines[m_baselineOrder[k]];
            for (const BaselinePost &bp : b.posts) {
                if (bp.post != post.id) continue;
                m_w.writeStartElement(QStringLiteral("Baseline"));
                num(QStringLiteral("Number"), k);
                const bool moment = bp.start.isValid() && bp.start == bp.finish && post.plannedDurationDays() == 0;
                if (bp.start.isValid()) text(QStringLiteral("Start"), startStamp(bp.start));
                if (bp.finish.isValid())
                    text(QStringLiteral("Finish"), moment ? startStamp(bp.finish) : finishStamp(bp.finish));
                if (bp.start.isValid() && bp.finish.isValid())
                    text(QStringLiteral("Duration"),
                         hours(moment ? 0 : qint64(std::max(1, weekdays(bp.start, bp.finish))) * 8));
                if (bp.budget)
                    text(QStringLiteral("Cost"), QString::number(std::round(*bp.budget * kCostPerK), 'f', 0));
                m_w.writeEndElement();
            }
        }
    }

    void writeField(const QString &field, const QString &value)
    {
        m_w.writeStartElement(QStringLiteral("ExtendedAttribute"));
        text(QStringLiteral("FieldID"), field);
        text(QStringLiteral("Value"), value);
        m_w.writeEndElement();
    }

    void logLosses()
    {
        int estimates = 0, budgets = 0, people = 0, effort = 0, texts = 0, history = 0, sources = 0, noStart = 0;
        for (const Post &p : m_p.posts) {
            estimates += p.estimate.has_value();
            budgets += p.budget.has_value() || p.costOfDelayPerMonth.has_value();
            people += !p.owner.isEmpty() || !p.contractor.isEmpty() || !p.projectLeader.isEmpty();
            effort += p.levelOfEffort;
            texts += !p.result.isEmpty() || !p.goal.isEmpty() || !p.activities.isEmpty() || !p.expertise.isEmpty()
                || !p.tags.isEmpty() || p.plateau.has_value();
            history += !p.history.isEmpty();
            sources += !p.sources.isEmpty();
            noStart += !p.start.isValid();
        }
        auto lost = [&](int n, const QString &what) {
            if (n)
                m_log << QCoreApplication::translate("rb::mspdi", "Not in MSPDI, not written: %1 (%2 post(s)).")
                             .arg(what)
                             .arg(n);
        };
        lost(estimates, QCoreApplication::translate("rb::mspdi", "three-point estimates"));
        lost(budgets, QCoreApplication::translate("rb::mspdi", "budgets and cost of delay"));
        lost(people, QCoreApplication::translate("rb::mspdi", "owner, contractor and project leader"));
        lost(effort, QCoreApplication::translate("rb::mspdi", "the level-of-effort flag"));
        lost(texts, QCoreApplication::translate("rb::mspdi", "result, goal, activities, expertise, tags and plateau"));
        lost(history, QCoreApplication::translate("rb::mspdi", "history"));
        lost(sources, QCoreApplication::translate("rb::mspdi", "sources"));
        if (m_controlCharacters)
            m_log << QCoreApplication::translate(
                         "rb::mspdi", "Control characters, which XML cannot hold, were left out of %1 text(s).")
                         .arg(m_controlCharacters);
        if (noStart)
            m_log << QCoreApplication::translate(
                         "rb::mspdi",
                         "%1 post(s) without a start were written without dates (as soon as possible): MS "
                         "Project schedules "
                         "them after their predecessors; imported again they keep no start.")
                         .arg(noStart);
        logBaselines();
        if (!m_p.risks.isEmpty())
            m_log << QCoreApplication::translate("rb::mspdi",
                                                 "Not in MSPDI, not written: the risk register (%1 risk(s)).")
                         .arg(m_p.risks.size());
        if (!m_p.assessments.isEmpty())
            m_log << QCoreApplication::translate("rb::mspdi",
                                                 "Not in MSPDI, not written: %1 success-factor assessment(s).")
                         .arg(m_p.assessments.size());
        if (m_p.hasFactorCatalogue)
            m_log << QCoreApplication::translate("rb::mspdi",
                                                 "Not in MSPDI, not written: the success-factor catalogue.");
        const Programme &g = m_p.programme;
        if (!g.description.isEmpty() || !g.note.isEmpty() || !g.reserve.isEmpty() || !g.sources.isEmpty())
            m_log << QCoreApplication::translate(
                "rb::mspdi", "Not in MSPDI, not written: the programme's description, note, reserve and sources.");
        int unusedThemes = 0, english = 0;
        for (const Theme &t : g.themes) {
            unusedThemes
                += std::none_of(m_p.posts.begin(), m_p.posts.end(), [&](const Post &p) { return p.theme == t.id; });
            english += !t.nameEn.isEmpty();
        }
        if (unusedThemes)
            m_log << QCoreApplication::translate("rb::mspdi", "Not written: the names of %1 theme(s) without posts.")
                         .arg(unusedThemes);
        if (english)
            m_log << QCoreApplication::translate(
                "rb::mspdi", "Not written: the English theme names (the summary tasks carry the Dutch ones).");
        int linkTexts = 0;
        for (const Dependency &d : m_p.dependencies) linkTexts += !d.note.isEmpty() || !d.sources.isEmpty();
        if (linkTexts)
            m_log << QCoreApplication::translate("rb::mspdi",
                                                 "Not in MSPDI, not written: notes and sources of %1 dependency(ies).")
                         .arg(linkTexts);
    }

    void logBaselines()
    {
        if (m_p.baselines.isEmpty()) return;
        m_log << QCoreApplication::translate(
            "rb::mspdi",
            "Not in MSPDI, not written: the baselines' names, dates, reasons, deciders and P50/P80 (a task's "
            "Baseline holds a number, dates and a cost); imported again they are named \"Baseline\", "
            "\"Baseline 1\", … and dated at the plan's start.");
        if (m_baselineOrder.size() < m_p.baselines.size())
            m_log << QCoreApplication::translate(
                         "rb::mspdi",
                         "MSPDI holds 11 baselines: the original and the latest ten were written, %1 in "
                         "between were not.")
                         .arg(m_p.baselines.size() - m_baselineOrder.size());
        int orphans = 0;
        for (int k : m_baselineOrder)
            for (const BaselinePost &bp : m_p.baselines[k].posts) orphans += m_p.postIndex(bp.post) < 0;
        if (orphans)
            m_log
                << QCoreApplication::translate(
                       "rb::mspdi",
                       "Not written: %1 baseline entry(ies) of posts no longer in the portfolio (a baseline is written "
                       "on its post's task).")
                       .arg(orphans);
    }

    const Portfolio &m_p;
    QList<int> m_baselineOrder; // index into m_p.baselines, by Number
    QString m_name;
    QByteArray m_bytes;
    QXmlStreamWriter m_w;
    QHash<QString, int> m_uid;
    QStringList m_log;
    int m_controlCharacters = 0;
};

} // namespace

ExportResult exportMspdi(const Portfolio &portfolio, const QString &projectName)
{
    return Writer(portfolio, projectName).run();
}

} // namespace rb::model::mspdi
