// mspdixml.cpp — reading an MSPDI file with QXmlStreamReader (no recursion on the input's shape; the
// reader's own limits bound entity expansion).
#include "model/mspdi/mspdixml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace rb::model::mspdi::xml {

bool isElapsedFormat(int f)
{
    return f == 4 || f == 6 || f == 8 || f == 10 || f == 12 || f == 20 || f == 36 || f == 38 || f == 40 || f == 42
        || f == 44 || f == 52;
}
bool isPercentFormat(int f) { return f == 19 || f == 20 || f == 51 || f == 52; }
bool isKnownFormat(int f)
{
    return (f >= 3 && f <= 12) || f == 19 || f == 20 || f == 21 || (f >= 35 && f <= 44) || f == 51 || f == 52
        || f == 53;
}

QString formatUnit(int f)
{
    static const char *const units[] = {"m", "em", "h", "eh", "d", "ed", "w", "ew", "mo", "emo"};
    if (f >= 3 && f <= 12) return QString::fromLatin1(units[f - 3]);
    if (f >= 35 && f <= 44) return QString::fromLatin1(units[f - 35]) + QLatin1Char('?');
    if (f == 19 || f == 51) return QStringLiteral("%");
    if (f == 20 || f == 52) return QStringLiteral("e%");
    return QStringLiteral("d");
}

std::optional<double> parseDurationMinutes(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    if (!text.startsWith(QLatin1Char('P')) || text.size() < 2) return std::nullopt;
    text = text.mid(1);
    double minutes = 0;
    bool inTime = false, any = false;
    while (!text.isEmpty()) {
        if (text.front() == QLatin1Char('T')) {
            if (inTime) return std::nullopt;
            inTime = true;
            text = text.mid(1);
            continue;
        }
        qsizetype n = 0;
        while (n < text.size() && (text[n].isDigit() || text[n] == QLatin1Char('.'))) ++n;
        if (n == 0 || n == text.size() || n > 15) return std::nullopt;
        bool ok = false;
        const double value = text.left(n).toDouble(&ok);
        if (!ok) return std::nullopt;
        const QChar unit = text[n];
        text = text.mid(n + 1);
        any = true;
        if (!inTime && unit == QLatin1Char('D'))
            minutes += value * 1440;
        else if (!inTime && unit == QLatin1Char('W'))
            minutes += value * 7 * 1440;
        else if (inTime && unit == QLatin1Char('H'))
            minutes += value * 60;
        else if (inTime && unit == QLatin1Char('M'))
            minutes += value;
        else if (inTime && unit == QLatin1Char('S'))
            minutes += value / 60;
        else
            return std::nullopt; // years and months have no fixed length
    }
    if (!any || !std::isfinite(minutes)) return std::nullopt;
    return negative ? -minutes : minutes;
}

namespace {

class Parser {
public:
    Parser(const QByteArray &bytes, const QString &file, QList<Diagnostic> &diagnostics)
        : m_reader(bytes), m_file(file), m_diagnostics(diagnostics)
    {}

    Project run()
    {
        Project project;
        if (!m_reader.readNextStartElement()) {
            if (!m_reader.hasError())
                error(here(), QCoreApplication::translate("rb::mspdi", "no root element: not an MS Project XML file"));
        } else if (m_reader.name() != QLatin1String("Project")) {
            error(here(),
                  QCoreApplication::translate("rb::mspdi",
                                              "the root element is <%1>, not <Project>: not an MS Project XML file")
                      .arg(m_reader.name()));
            return project;
        } else {
            readProject(project);
        }
        if (m_reader.hasError() && m_reader.error() != QXmlStreamReader::CustomError)
            error({int(m_reader.lineNumber()), int(m_reader.columnNumber()) + 1},
                  QCoreApplication::translate("rb::mspdi", "malformed XML: %1").arg(m_reader.errorString()));
        return project;
    }

private:
    Pos here() const { return {int(m_reader.lineNumber()), int(m_reader.columnNumber()) + 1}; }
    void error(Pos pos, const QString &message)
    {
        if (m_diagnostics.size() >= 100) return; // enough to fix first
        Diagnostic d;
        d.file = m_file;
        d.line = pos.line;
        d.column = pos.column;
        d.message = message;
        m_diagnostics << d;
    }
    // Reads the current element's text; nested elements are skipped.
    QString text() { return m_reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed(); }

    template <typename T>
    void integer(Located<T> &out, const char *what, qint64 min, qint64 max)
    {
        out.pos = here();
        const QString t = text();
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok)
            return error(out.pos,
                         QCoreApplication::translate("rb::mspdi", "%1: '%2' is not an integer")
                             .arg(QLatin1String(what), t.left(40)));
        if (v < min || v > max)
            return error(out.pos,
                         QCoreApplication::translate("rb::mspdi", "%1: %2 is out of range (%3..%4)")
                             .arg(QLatin1String(what))
                             .arg(v)
                             .arg(min)
                             .arg(max));
        out.value = T(v);
    }
    std::optional<qint64> integer(const char *what, qint64 min, qint64 max)
    {
        Located<qint64> v;
        integer(v, what, min, max);
        return v.value;
    }
    bool boolean(const char *what)
    {
        const Pos pos = here();
        const QString t = text();
        if (t == QLatin1String("1") || t == QLatin1String("true")) return true;
        if (t == QLatin1String("0") || t == QLatin1String("false") || t.isEmpty()) return false;
        error(pos,
              QCoreApplication::translate("rb::mspdi", "%1: '%2' is not a boolean (0 or 1)")
                  .arg(QLatin1String(what), t.left(40)));
        return false;
    }
    void dateTime(Located<QDateTime> &out, const char *what)
    {
        out.pos = here();
        const QString t = text();
        if (t.isEmpty()) return;
        // xsd:dateTime; MS Project writes local times without a zone ("2019-01-07T08:00:00").
        QDateTime d = QDateTime::fromString(t, Qt::ISODate);
        if (!d.isValid() && t.size() == 10) d = QDateTime(QDate::fromString(t, Qt::ISODate), QTime(0, 0));
        if (!d.isValid() || d.date().year() < 1 || d.date().year() > 9999)
            return error(
                out.pos,
                QCoreApplication::translate("rb::mspdi", "%1: '%2' is not a date and time (YYYY-MM-DDTHH:MM:SS)")
                    .arg(QLatin1String(what), t.left(40)));
        out.value = QDateTime(d.date(), d.time()); // the wall-clock date as written; the zone is not used
    }

    void duration(Located<double> &out, const char *what)
    {
        out.pos = here();
        const QString d = text();
        out.value = parseDurationMinutes(d);
        if (!out.has() || *out < 0) {
            out.value.reset();
            error(out.pos,
                  QCoreApplication::translate("rb::mspdi", "%1: '%2' is not a duration (PT8H0M0S)")
                      .arg(QLatin1String(what), d.left(40)));
        }
    }

    void readProject(Project &p)
    {
        while (m_reader.readNextStartElement()) {
            const auto n = m_reader.name();
            if (n == QLatin1String("Name"))
                p.name = text();
            else if (n == QLatin1String("Title"))
                p.title = text();
            else if (n == QLatin1String("Company"))
                p.company = text();
            else if (n == QLatin1String("CurrencyCode"))
                p.currencyCode = text();
            else if (n == QLatin1String("SaveVersion"))
                p.saveVersion = int(integer("SaveVersion", 0, 1000).value_or(0));
            else if (n == QLatin1String("StartDate"))
                dateTime(p.startDate, "StartDate");
            else if (n == QLatin1String("FinishDate"))
                dateTime(p.finishDate, "FinishDate");
            else if (n == QLatin1String("StatusDate"))
                dateTime(p.statusDate, "StatusDate");
            else if (n == QLatin1String("MinutesPerDay"))
                integer(p.minutesPerDay, "MinutesPerDay", 1, 1440);
            else if (n == QLatin1String("Calendars"))
                readList(QLatin1String("Calendar"), [&] { readCalendar(p); });
            else if (n == QLatin1String("Tasks"))
                readList(QLatin1String("Task"), [&] { readTask(p); });
            else if (n == QLatin1String("Resources"))
                readList(QLatin1String("Resource"), [&] {
                    ++p.resources;
                    m_reader.skipCurrentElement();
                });
            else if (n == QLatin1String("Assignments"))
                readList(QLatin1String("Assignment"), [&] {
                    ++p.assignments;
                    m_reader.skipCurrentElement();
                });
            else if (n == QLatin1String("ExtendedAttributes"))
                readList(QLatin1String("ExtendedAttribute"), [&] { readFieldDefinition(p); });
            else
                m_reader.skipCurrentElement();
        }
    }
    template <typename F>
    void readList(QLatin1String item, F read)
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == item)
                read();
            else
                m_reader.skipCurrentElement();
        }
    }
    void readCalendar(Project &p)
    {
        QString name;
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == QLatin1String("Name"))
                name = text();
            else
                m_reader.skipCurrentElement();
        }
        p.calendars << name;
    }
    void readFieldDefinition(Project &p)
    {
        QString field, alias, fieldName;
        while (m_reader.readNextStartElement()) {
            const auto n = m_reader.name();
            if (n == QLatin1String("FieldID"))
                field = text();
            else if (n == QLatin1String("Alias"))
                alias = text();
            else if (n == QLatin1String("FieldName"))
                fieldName = text();
            else
                m_reader.skipCurrentElement();
        }
        if (!field.isEmpty()) p.fieldAliases.insert(field, alias.isEmpty() ? fieldName : alias);
    }
    void readTask(Project &p)
    {
        Task t;
        t.pos = here();
        while (m_reader.readNextStartElement()) {
            const auto n = m_reader.name();
            if (n == QLatin1String("UID"))
                integer(t.uid, "UID", 0, 2147483647);
            else if (n == QLatin1String("ID"))
                t.id = integer("ID", 0, 2147483647);
            else if (n == QLatin1String("Name"))
                t.name = text();
            else if (n == QLatin1String("WBS"))
                t.wbs = text();
            else if (n == QLatin1String("OutlineLevel"))
                integer(t.outlineLevel, "OutlineLevel", 0, 1000);
            else if (n == QLatin1String("Summary"))
                t.summary = boolean("Summary");
            else if (n == QLatin1String("Milestone"))
                t.milestone = boolean("Milestone");
            else if (n == QLatin1String("IsNull"))
                t.isNull = boolean("IsNull");
            else if (n == QLatin1String("Active"))
                t.active = boolean("Active");
            else if (n == QLatin1String("Start"))
                dateTime(t.start, "Start");
            else if (n == QLatin1String("Finish"))
                dateTime(t.finish, "Finish");
            else if (n == QLatin1String("Duration"))
                duration(t.durationMinutes, "Duration");
            else if (n == QLatin1String("DurationFormat"))
                integer(t.durationFormat, "DurationFormat", 0, 1000);
            else if (n == QLatin1String("ConstraintType"))
                integer(t.constraintType, "ConstraintType", 0, 7);
            else if (n == QLatin1String("ConstraintDate"))
                dateTime(t.constraintDate, "ConstraintDate");
            else if (n == QLatin1String("Deadline"))
                dateTime(t.deadline, "Deadline");
            else if (n == QLatin1String("PercentComplete"))
                integer(t.percentComplete, "PercentComplete", 0, 100);
            else if (n == QLatin1String("ActualStart"))
                dateTime(t.actualStart, "ActualStart");
            else if (n == QLatin1String("ActualFinish"))
                dateTime(t.actualFinish, "ActualFinish");
            else if (n == QLatin1String("RemainingDuration"))
                duration(t.remainingMinutes, "RemainingDuration");
            else if (n == QLatin1String("Notes"))
                t.notes = text();
            else if (n == QLatin1String("PredecessorLink"))
                readLink(t);
            else if (n == QLatin1String("ExtendedAttribute"))
                readExtended(t);
            else if (n == QLatin1String("Baseline"))
                readBaseline(t);
            else
                m_reader.skipCurrentElement();
        }
        p.tasks << t;
    }
    void readLink(Task &t)
    {
        Link l;
        l.pos = here();
        while (m_reader.readNextStartElement()) {
            const auto n = m_reader.name();
            if (n == QLatin1String("PredecessorUID"))
                integer(l.predecessorUid, "PredecessorUID", 0, 2147483647);
            else if (n == QLatin1String("Type"))
                integer(l.type, "link Type", 0, 3);
            else if (n == QLatin1String("LinkLag"))
                integer(l.lag, "LinkLag", -(qint64(1) << 40), qint64(1) << 40);
            else if (n == QLatin1String("LagFormat"))
                integer(l.lagFormat, "LagFormat", 0, 1000);
            else if (n == QLatin1String("CrossProject"))
                l.crossProject = boolean("CrossProject");
            else
                m_reader.skipCurrentElement();
        }
        if (l.lagFormat.has() && !isKnownFormat(*l.lagFormat))
            error(l.lagFormat.pos,
                  QCoreApplication::translate("rb::mspdi", "LagFormat: %1 is not a lag format of the MSPDI schema")
                      .arg(*l.lagFormat));
        if (!l.predecessorUid.has() && !l.crossProject)
            error(l.pos, QCoreApplication::translate("rb::mspdi", "a PredecessorLink without PredecessorUID"));
        t.links << l;
    }
    void readExtended(Task &t)
    {
        QString field, value;
        while (m_reader.readNextStartElement()) {
            const auto n = m_reader.name();
            if (n == QLatin1String("FieldID"))
                field = text();
            else if (n == QLatin1String("Value"))
                value = text();
            else
                m_reader.skipCurrentElement();
        }
        if (!field.isEmpty()) t.extended.insert(field, value);
    }
    void readBaseline(Task &t)
    {
        BaselineEntry b;
        b.pos = here();
        while (m_reader.readNextStartElement()) {
            const auto n = m_reader.name();
            if (n == QLatin1String("Number"))
                integer(b.number, "Baseline Number", 0, 10);
            else if (n == QLatin1String("Start"))
                dateTime(b.start, "Baseline Start");
            else if (n == QLatin1String("Finish"))
                dateTime(b.finish, "Baseline Finish");
            else if (n == QLatin1String("Work"))
                b.hasWork = !text().isEmpty();
            else if (n == QLatin1String("Cost")) {
                const Pos pos = here();
                const QString v = text();
                bool ok = false;
                const double cost = v.toDouble(&ok);
                if (!ok || !std::isfinite(cost) || std::abs(cost) > 1e15)
                    error(pos,
                          QCoreApplication::translate("rb::mspdi", "Baseline Cost: '%1' is not an amount")
                              .arg(v.left(40)));
                else
                    b.cost = cost;
            } else
                m_reader.skipCurrentElement();
        }
        if (!b.number.has()) b.number.value = 0; // the schema's default: the baseline
        if (b.start.has() && b.finish.has() && *b.finish < *b.start)
            error(b.finish.pos,
                  QCoreApplication::translate("rb::mspdi", "Baseline %1 finishes before it starts").arg(*b.number));
        t.baselines << b;
    }

    QXmlStreamReader m_reader;
    QString m_file;
    QList<Diagnostic> &m_diagnostics;
};

} // namespace

Project parse(const QByteArray &bytes, const QString &displayName, QList<Diagnostic> &diagnostics)
{
    return Parser(bytes, displayName, diagnostics).run();
}

} // namespace rb::model::mspdi::xml
