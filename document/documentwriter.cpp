// documentwriter.cpp — canonical JSON output (see documentwriter.h).
#include "document/documentwriter.h"

#include "document/baselineformat.h"
#include "model/enumnames.h"
#include "model/programmeinfo.h"

#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>

namespace rb::model {

namespace {

class Out {
public:
    Out() : m_writer(m_buffer) { m_writer.SetIndent(' ', 2); }

    QByteArray bytes()
    {
        QByteArray b(m_buffer.GetString(), qsizetype(m_buffer.GetSize()));
        b.append('\n');
        return b;
    }

    void beginObject() { m_writer.StartObject(); }
    void endObject() { m_writer.EndObject(); }
    void beginArray(const char *key)
    {
        m_writer.Key(key);
        m_writer.StartArray();
    }
    void endArray() { m_writer.EndArray(); }
    void key(const char *k) { m_writer.Key(k); }
    void value(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        m_writer.String(u.constData(), rapidjson::SizeType(u.size()));
    }
    // Integral values are written without a fraction so that "250" stays "250".
    void value(double d)
    {
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            m_writer.Int64(int64_t(d));
        else
            m_writer.Double(d);
    }
    void value(int i) { m_writer.Int(i); }

    void text(const char *k, const QString &s)
    {
        if (!s.isEmpty()) {
            key(k);
            value(s);
        }
    }
    void date(const char *k, const QDate &d)
    {
        if (d.isValid()) {
            key(k);
            value(d.toString(Qt::ISODate));
        }
    }
    void integer(const char *k, int i)
    {
        key(k);
        value(i);
    }
    void integer(const char *k, const std::optional<int> &i)
    {
        if (i) integer(k, *i);
    }
    void number(const char *k, double d)
    {
        key(k);
        value(d);
    }
    void number(const char *k, const std::optional<double> &d)
    {
        if (d) number(k, *d);
    }
    void nonZero(const char *k, double d)
    {
        if (d != 0) number(k, d);
    }
    void boolean(const char *k, bool b)
    {
        key(k);
        m_writer.Bool(b);
    }
    void strings(const char *k, const QStringList &list)
    {
        if (list.isEmpty()) return;
        beginArray(k);
        for (const QString &s : list) value(s);
        endArray();
    }
    template <typename E>
    void enumeration(const char *k, E e)
    {
        key(k);
        m_writer.String(enumName(e));
    }

    void sources(const QList<Source> &list)
    {
        if (list.isEmpty()) return;
        key("source");
        if (list.size() > 1) m_writer.StartArray();
        for (const Source &s : list) {
            beginObject();
            text("document", s.document);
            text("section", s.section);
            text("quote", s.quote);
            endObject();
        }
        if (list.size() > 1) m_writer.EndArray();
    }

private:
    rapidjson::StringBuffer m_buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> m_writer;
};

void writeProgramme(Out &o, const Programme &p)
{
    o.key("programme");
    o.beginObject();
    o.text("name", p.name);
    o.text("organisation", p.organisation);
    o.date("start", p.start);
    o.date("end", p.end);
    o.date("statusDate", p.statusDate);
    o.text("description", p.description);
    if (!p.themes.isEmpty()) {
        o.beginArray("themes");
        for (const Theme &t : p.themes) {
            o.beginObject();
            o.integer("id", t.id);
            o.text("name", t.name);
            o.text("nameEn", t.nameEn);
            o.endObject();
        }
        o.endArray();
    }
    if (!p.reserve.isEmpty()) {
        o.beginArray("reserve");
        for (const ReserveEntry &e : p.reserve) {
            o.beginObject();
            o.integer("plateau", e.plateau);
            o.number("opening", e.opening);
            o.number("spending", e.spending);
            o.number("closing", e.closing);
            o.text("note", e.note);
            o.sources(e.sources);
            o.endObject();
        }
        o.endArray();
    }
    writeCharter(o, p.charter); // schemaVersion 3, model/programmeinfo.h
    o.text("note", p.note);
    o.sources(p.sources);
    o.endObject();
}

void writeBudget(Out &o, const Budget &b)
{
    o.key("budget");
    o.beginObject();
    auto line = [&](const char *key, const BudgetLine &l, bool oneOff) {
        if (l == BudgetLine{}) return;
        o.key(key);
        o.beginObject();
        o.nonZero("planned", l.planned);
        o.nonZero("proposed", l.proposed);
        if (oneOff) o.nonZero("carriedOver", l.carriedOver);
        o.endObject();
    };
    line("investment", b.investment, false);
    line("operating", b.operating, false);
    line("oneOff", b.oneOff, true);
    o.endObject();
}

void writePost(Out &o, const Post &p)
{
    o.beginObject();
    o.text("id", p.id);
    o.text("title", p.title);
    o.integer("theme", p.theme);
    o.enumeration("kind", p.kind);
    if (p.levelOfEffort) o.boolean("levelOfEffort", true);
    if (p.fixedDate) o.boolean("fixedDate", true);
    if (p.status != PostStatus::Planned) o.enumeration("status", p.status);
    o.text("owner", p.owner);
    o.text("contractor", p.contractor);
    o.text("projectLeader", p.projectLeader);
    o.date("start", p.start);
    o.date("finish", p.finish);
    o.integer("durationDays", p.durationDays);
    if (p.estimate) {
        o.key("estimate");
        o.beginObject();
        o.integer("optimisticDays", p.estimate->optimisticDays);
        o.integer("mostLikelyDays", p.estimate->mostLikelyDays);
        o.integer("pessimisticDays", p.estimate->pessimisticDays);
        o.endObject();
    }
    o.date("deadline", p.deadline);
    writeProgress(o, p);
    if (p.budget) writeBudget(o, *p.budget);
    o.number("costOfDelayPerMonth", p.costOfDelayPerMonth);
    o.text("result", p.result);
    o.text("goal", p.goal);
    o.strings("activities", p.activities);
    if (!p.expertise.isEmpty()) {
        o.beginArray("expertise");
        for (const Expertise &e : p.expertise) {
            o.beginObject();
            o.text("role", e.role);
            o.enumeration("sourcing", e.sourcing);
            o.text("note", e.note);
            o.endObject();
        }
        o.endArray();
    }
    if (!p.history.isEmpty()) {
        o.beginArray("history");
        for (const HistoryEntry &h : p.history) {
            o.beginObject();
            o.integer("plateau", h.plateau);
            o.enumeration("kind", h.kind);
            o.text("text", h.text);
            o.number("amount", h.amount);
            o.sources(h.sources);
            o.endObject();
        }
        o.endArray();
    }
    o.integer("plateau", p.plateau);
    o.strings("tags", p.tags);
    o.text("note", p.note);
    o.sources(p.sources);
    o.endObject();
}

void writeDependency(Out &o, const Dependency &d)
{
    o.beginObject();
    o.text("from", d.from);
    o.text("to", d.to);
    if (d.type != LinkType::FS) o.enumeration("type", d.type);
    if (d.lagDays != 0) o.integer("lagDays", d.lagDays);
    o.text("note", d.note);
    o.sources(d.sources);
    o.endObject();
}

void writeFactor(Out &o, const SuccessFactor &f)
{
    o.beginObject();
    o.text("id", f.id);
    o.text("nameNl", f.nameNl);
    o.text("nameEn", f.nameEn);
    o.text("description", f.description);
    if (f.detailed) o.boolean("detailed", true);
    o.strings("parents", f.parents);
    o.text("sources", f.sources);
    o.endObject();
}

void writeAssessment(Out &o, const Assessment &a)
{
    o.beginObject();
    o.text("post", a.post);
    o.date("date", a.date);
    o.text("assessor", a.assessor);
    o.key("scores");
    o.beginObject();
    for (const auto &[factor, s] : a.scores) {
        o.key(factor.toUtf8().constData());
        o.beginObject();
        o.integer("score", s.score);
        o.text("rationale", s.rationale);
        o.text("mitigation", s.mitigation);
        o.endObject();
    }
    o.endObject();
    o.text("note", a.note);
    o.endObject();
}

void writeRisk(Out &o, const Risk &r)
{
    o.beginObject();
    o.text("id", r.id);
    o.text("title", r.title);
    o.enumeration("level", r.level);
    o.strings("posts", r.posts);
    o.text("factor", r.factor);
    o.text("cause", r.cause);
    o.text("event", r.event);
    o.text("effect", r.effect);
    o.integer("probability", r.probability);
    o.integer("impact", r.impact);
    o.integer("residualProbability", r.residualProbability);
    o.integer("residualImpact", r.residualImpact);
    o.integer("delayDays", r.delayDays);
    o.text("owner", r.owner);
    if (r.response != RiskResponse::None) o.enumeration("response", r.response);
    o.text("mitigation", r.mitigation);
    if (r.status != RiskStatus::Open) o.enumeration("status", r.status);
    o.date("nextReview", r.nextReview);
    if (!r.history.isEmpty()) {
        o.beginArray("history");
        for (const RiskChange &c : r.history) {
            o.beginObject();
            o.date("date", c.date);
            o.text("author", c.author);
            o.text("change", c.change);
            o.endObject();
        }
        o.endArray();
    }
    o.text("note", r.note);
    o.sources(r.sources);
    o.endObject();
}

template <typename T, typename F>
void writeArray(Out &o, const char *key, const QList<T> &items, F write, bool always = false)
{
    if (items.isEmpty() && !always) return;
    o.beginArray(key);
    for (const T &item : items) write(o, item);
    o.endArray();
}

} // namespace

QByteArray DocumentWriter::toJson(const Portfolio &p)
{
    Out o;
    o.beginObject();
    o.integer("schemaVersion", requiredSchemaVersion(p));
    writeProgramme(o, p.programme);
    writeArray(o, "posts", p.posts, writePost, true);
    writeArray(o, "dependencies", p.dependencies, writeDependency);
    if (p.hasFactorCatalogue) writeArray(o, "successFactors", p.successFactors, writeFactor, true);
    writeArray(o, "assessments", p.assessments, writeAssessment);
    writeArray(o, "risks", p.risks, writeRisk);
    writeArray(o, "baselines", p.baselines, writeBaseline<Out>);
    o.endObject();
    return o.bytes();
}

namespace {
// commit() has synced the new file and renamed it over the old one; the rename itself is durable only
// once the directory entry is on disk too. Without this, a power cut right after "saved" can bring the
// old file back. Best effort: some file systems (network shares among them) refuse fsync on a folder.
void syncDirectoryOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}
} // namespace

bool DocumentWriter::saveBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    // QSaveFile writes to a temporary file in the same directory, syncs it, and renames it over the
    // target on commit(); until then the old file stays as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) *error = QStringLiteral("cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    syncDirectoryOf(path);
    return true;
}

bool DocumentWriter::save(const Portfolio &portfolio, const QString &path, QString *error)
{
    return saveBytes(toJson(portfolio), path, error);
}

} // namespace rb::model
