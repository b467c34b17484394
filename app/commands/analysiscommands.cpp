// analysiscommands.cpp — `analyze`, `propagate` and `simulate`: the analysis engine on the command
// line, each with a readable table or --json (the JSON shapes are fixed; scripts and checks read them).
#include "app/cli.h"
#include "app/commands/argparse.h"

#include "analysis/drivers.h"
#include "analysis/propagation.h"
#include "model/baselines.h"
#include "document/documentreader.h"
#include "model/scheduleadapter.h"
#include "store/documentsource.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstring>
#include <memory>

namespace rb::app {

using namespace rb::model;
namespace an = rb::analysis;

namespace {

// RapidJSON's output stream onto the command's output, 64 KiB at a time (a 100k-post result would
// otherwise be built whole in memory first).
class OutputStream {
public:
    using Ch = char;
    explicit OutputStream(QTextStream &out) : m_out(out), m_buffer(new char[kChunk]) {}
    ~OutputStream() { Flush(); }
    void Put(char c)
    {
        if (m_used == kChunk)
            Flush();
        m_buffer[m_used++] = c;
    }
    void Flush()
    {
        writeUtf8(m_out, m_buffer.get(), m_used);
        m_used = 0;
    }
    // Appends `size` bytes as they are.
    void Write(const char *data, size_t size)
    {
        if (m_used + size > kChunk) {
            Flush();
            if (size > kChunk)
                return writeUtf8(m_out, data, size);
        }
        std::memcpy(m_buffer.get() + m_used, data, size);
        m_used += size;
    }
    template <size_t N>
    void Literal(const char (&text)[N]) { Write(text, N - 1); }

private:
    static constexpr size_t kChunk = 64 * 1024;
    QTextStream &m_out;
    std::unique_ptr<char[]> m_buffer;
    size_t m_used = 0;
};
using JsonWriter = rapidjson::Writer<OutputStream>;

// A post's id, as the engine holds it (UTF-8 already: no conversion per post).
void writeId(JsonWriter &w, const PortfolioSchedule &s, uint32_t task)
{
    const std::string &id = s.network().id(task);
    w.String(id.data(), rapidjson::SizeType(id.size()));
}
// The same as a string through the Writer, straight into the stream (for the rows of a large result,
// where the Writer's escaping character by character of the constant keys took most of the time).
void writeRawString(OutputStream &out, std::string_view text)
{
    if (std::none_of(text.begin(), text.end(), [](char c) { return c == '"' || c == '\\' || uint8_t(c) < 0x20; })) {
        out.Put('"');
        out.Write(text.data(), text.size());
        out.Put('"');
        return;
    }
    rapidjson::StringBuffer escaped; // the rare text that needs escaping: the Writer's own rules
    rapidjson::Writer<rapidjson::StringBuffer> w(escaped);
    w.String(text.data(), rapidjson::SizeType(text.size()));
    out.Write(escaped.GetString(), escaped.GetSize());
}
void writeRawDate(OutputStream &out, int32_t day)
{
    char text[12];
    text[0] = text[11] = '"';
    formatIsoDate(day, text + 1);
    out.Write(text, sizeof text);
}
void writeRawInt(OutputStream &out, int value)
{
    char text[12];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    out.Write(text, size_t(end - text));
}

void writeDate(JsonWriter &w, int32_t day)
{
    char text[10];
    formatIsoDate(day, text);
    w.String(text, 10);
}
QString isoDate(int32_t day) { return fromDayNumber(day).toString(Qt::ISODate); }

// Loads FILE and builds its schedule; prints diagnostics and returns null on failure. The document is
// read straight into the engine's input (DocumentReader::readSchedule), with every check of a load.
std::shared_ptr<const PortfolioSchedule> loadSchedule(CommandContext &c, const QString &file, QList<Baseline> *baselines = nullptr)
{
    ScheduleLoadResult r = store::readSchedule(file); // a file or a shared portfolio
    if (baselines)
        *baselines = r.baselines;
    if (!r.ok()) {
        for (const Diagnostic &d : r.diagnostics)
            c.err << d.toString() << "\n";
        return nullptr;
    }
    QString error;
    auto schedule = PortfolioSchedule::build(std::move(*r.input), r.risks, &error);
    if (!schedule)
        c.err << file << ": error: " << error << "\n";
    return schedule;
}

// The JSON result of a command ends with a line break.
void endJson(OutputStream &stream)
{
    stream.Put('\n');
    stream.Flush();
}

// ---- analyze ----------------------------------------------------------------------------------------

// The schedule facts beyond dates and floats (docs/analysis.md "What the critical path means").
struct ScheduleFacts {
    std::vector<std::vector<uint32_t>> paths;  // driving chains to the programme finish
    std::vector<an::Target> targets;           // links into fixed dates
    std::vector<uint32_t> nearCritical;        // float under the threshold
    std::vector<uint32_t> fixedWindows;        // end on the finish, nothing drives them
    QStringList notes;                         // honest sentences about the above
};

ScheduleFacts scheduleFacts(const PortfolioSchedule &s, int nearCriticalDays)
{
    ScheduleFacts f;
    f.paths = an::criticalPaths(s.network(), s.schedule());
    f.targets = an::targets(s.network(), s.schedule());
    f.nearCritical = an::nearCritical(s.network(), s.schedule(), nearCriticalDays);
    f.fixedWindows = an::fixedWindowEnds(s.network(), s.schedule(), &f.paths);
    if (f.fixedWindows.size() >= an::kFixedWindowNoteMinimum) {
        const bool onEnd = s.schedule().programmeEnd && *s.schedule().programmeEnd == s.schedule().finish;
        f.notes << QStringLiteral("%1 posts end on the %2 (%3); their windows are fixed by the plan, so none drives another: %4.")
                       .arg(f.fixedWindows.size())
                       .arg(onEnd ? QStringLiteral("programme end date") : QStringLiteral("programme finish"),
                            isoDate(s.schedule().finish), s.postIds(f.fixedWindows).join(QStringLiteral(", ")));
    }
    return f;
}

bool isLevelOfEffort(const PortfolioSchedule &s, uint32_t task) { return s.network().task(task).levelOfEffort; }

// Opens a target's JSON object with the keys analyze and simulate share: {post, target, date, ...
template <class T>
void writeTargetStart(JsonWriter &w, const PortfolioSchedule &s, const T &target)
{
    w.StartObject();
    w.Key("post"); writeId(w, s, target.task);
    w.Key("target"); writeId(w, s, target.target);
    w.Key("date"); writeDate(w, target.date);
}

int runAnalyze(CommandContext &c)
{
    const Command &cmd = *findCommand(QStringLiteral("analyze"));
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--explain"), QStringLiteral("--near-critical")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one file"));
    bool ok = true;
    const int nearDays = a.has(QStringLiteral("--near-critical")) ? a.value(QStringLiteral("--near-critical")).toInt(&ok) : 20;
    if (!ok || nearDays < 0 || nearDays > 100000) return usageError(c, cmd, QStringLiteral("--near-critical must be a whole number of days from 0"));
    QList<Baseline> baselines;
    const auto s = loadSchedule(c, a.positional.first(), &baselines);
    if (!s) return ExitInvalid;
    const an::ScheduleNetwork &net = s->network();
    const an::Schedule &sch = s->schedule();
    const ScheduleFacts facts = scheduleFacts(*s, nearDays);
    const auto &paths = facts.paths;

    if (a.has(QStringLiteral("--explain"))) {
        const QString id = a.value(QStringLiteral("--explain"));
        const int task = s->taskOf(id);
        if (task < 0) return usageError(c, cmd, QStringLiteral("unknown post \"%1\"").arg(id));
        const auto steps = an::explainStart(net, sch, uint32_t(task));
        const an::TaskDates &d = sch.tasks[size_t(task)];
        c.out << id << " starts " << isoDate(d.earlyStart) << ", finishes " << isoDate(d.earlyFinish)
              << ", total float " << d.totalFloat << " days" << (d.critical ? " (critical)" : "") << ".\n";
        c.out << "Why it starts then (from the post back to what drives it):\n";
        for (const an::DrivingStep &st : steps) {
            c.out << "  " << s->postId(st.task) << " starts " << isoDate(st.earlyStart) << ": ";
            switch (st.driver) {
            case an::Driver::ProjectStart: c.out << "the programme start"; break;
            case an::Driver::StartConstraint: c.out << "its planned start (start no earlier than)"; break;
            case an::Driver::Fixed: c.out << "done; keeps its dates"; break;
            case an::Driver::ActualStart: c.out << "started then (actual start); its remaining work runs from the status date"; break;
            case an::Driver::StatusDate: c.out << "not started by the status date, so not before it"; break;
            case an::Driver::Link: {
                const an::Link &l = net.links()[*st.link];
                static const char *types[] = {"FS", "SS", "FF", "SF"};
                c.out << "driven by " << s->postId(l.from) << " (" << types[int(l.type)]
                      << (l.lagDays ? QStringLiteral(", lag %1 d").arg(l.lagDays) : QString()) << ")";
                break;
            }
            }
            if (st.gainDays && st.driver != an::Driver::Fixed && st.driver != an::Driver::ActualStart)
                c.out << "; removing this constraint gains " << *st.gainDays << " day(s)";
            c.out << "\n";
        }
        return ExitOk;
    }

    if (a.has(QStringLiteral("--json"))) {
        OutputStream stream(c.out);
        JsonWriter w(stream);
        w.StartObject();
        w.Key("finish"); writeDate(w, sch.finish);
        if (sch.programmeEnd) {
            w.Key("programmeEnd"); writeDate(w, *sch.programmeEnd);
            w.Key("endSlackDays"); w.Int(*sch.endSlack);
        }
        w.Key("criticalPath");
        w.StartArray();
        if (!paths.empty())
            for (uint32_t t : paths.front()) writeId(w, *s, t);
        w.EndArray();
        w.Key("criticalPaths");
        w.StartArray();
        for (const auto &path : paths) {
            w.StartArray();
            for (uint32_t t : path) writeId(w, *s, t);
            w.EndArray();
        }
        w.EndArray();
        w.Key("nearCriticalDays"); w.Int(nearDays);
        w.Key("nearCritical");
        w.StartArray();
        for (uint32_t t : facts.nearCritical) writeId(w, *s, t);
        w.EndArray();
        w.Key("targets");
        w.StartArray();
        for (const an::Target &t : facts.targets) {
            writeTargetStart(w, *s, t);
            w.Key("slackDays"); w.Int(t.slackDays);
            w.Key("drivingChain");
            w.StartArray();
            for (uint32_t x : an::drivingChain(net, sch, t.task)) writeId(w, *s, x);
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.Key("notes");
        w.StartArray();
        for (const QString &note : facts.notes) {
            const QByteArray utf8 = note.toUtf8();
            w.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
        }
        w.EndArray();
        const std::vector<PostVariance> variances = postVariances(baselines, s->input().postIds, s->input().budgets, sch);
        w.Key("posts");
        // One row per post, written straight into the stream: the Writer sees the whole array as one
        // value, opened here and closed below. The bytes are the Writer's (tst_cli compares them).
        w.RawValue("[", 1, rapidjson::kArrayType);
        for (size_t i = 0; i < sch.tasks.size(); ++i) {
            const an::TaskDates &d = sch.tasks[i];
            if (i)
                stream.Put(',');
            stream.Literal("{\"id\":");
            writeRawString(stream, net.id(uint32_t(i)));
            stream.Literal(",\"earlyStart\":"); writeRawDate(stream, d.earlyStart);
            stream.Literal(",\"earlyFinish\":"); writeRawDate(stream, d.earlyFinish);
            stream.Literal(",\"lateStart\":"); writeRawDate(stream, d.lateStart);
            stream.Literal(",\"lateFinish\":"); writeRawDate(stream, d.lateFinish);
            stream.Literal(",\"totalFloatDays\":"); writeRawInt(stream, d.totalFloat);
            stream.Literal(",\"freeFloatDays\":"); writeRawInt(stream, d.freeFloat);
            if (d.critical)
                stream.Literal(",\"critical\":true");
            else
                stream.Literal(",\"critical\":false");
            if (isLevelOfEffort(*s, uint32_t(i)))
                stream.Literal(",\"levelOfEffort\":true");
            else
                stream.Literal(",\"levelOfEffort\":false");
            if (!variances.empty()) { // against the original and the latest baseline (docs/analysis.md)
                stream.Literal(",\"variance\":");
                const std::string v = varianceJson(variances[i]);
                stream.Write(v.data(), v.size());
            }
            stream.Put('}');
        }
        stream.Put(']');
        w.EndObject();
        endJson(stream);
        return ExitOk;
    }

    c.out << "Programme finish " << isoDate(sch.finish);
    if (sch.programmeEnd)
        c.out << " (target " << isoDate(*sch.programmeEnd) << ", "
              << (*sch.endSlack >= 0 ? QStringLiteral("%1 days to spare").arg(*sch.endSlack)
                                     : QStringLiteral("%1 days late").arg(-*sch.endSlack)) << ")";
    c.out << "\n";
    // A post that ends on the finish by its own window is summed up in the note, not listed as a "path".
    const bool noted = facts.fixedWindows.size() >= an::kFixedWindowNoteMinimum;
    for (const auto &path : paths)
        if (!noted || !std::binary_search(facts.fixedWindows.begin(), facts.fixedWindows.end(), path.back()) || path.size() > 1)
            c.out << "Critical path: " << s->postIds(path).join(QStringLiteral(" → ")) << "\n";
    for (const QString &note : facts.notes)
        c.out << "Note: " << note << "\n";
    for (const an::Target &t : facts.targets)
        c.out << "Target: " << s->postId(t.task) << " before " << s->postId(t.target) << " (" << isoDate(t.date) << "): "
              << (t.slackDays >= 0 ? QStringLiteral("%1 days to spare").arg(t.slackDays) : QStringLiteral("missed by %1 days").arg(-t.slackDays))
              << "; driving chain " << s->postIds(an::drivingChain(net, sch, t.task)).join(QStringLiteral(" → ")) << "\n";
    c.out << "Near-critical (total float under " << nearDays << " days): "
          << (facts.nearCritical.empty() ? QStringLiteral("none") : s->postIds(facts.nearCritical).join(QStringLiteral(", "))) << "\n";
    c.out << "\n" << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg("post", -10).arg("early start", -11).arg("early finish", -12)
                         .arg("late start", -11).arg("late finish", -12).arg("total float", 11).arg("free float", 10).arg("");
    for (size_t i = 0; i < sch.tasks.size(); ++i) {
        const an::TaskDates &d = sch.tasks[i];
        c.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n").arg(s->postId(uint32_t(i)), -10).arg(isoDate(d.earlyStart), -11)
                     .arg(isoDate(d.earlyFinish), -12).arg(isoDate(d.lateStart), -11).arg(isoDate(d.lateFinish), -12)
                     .arg(d.totalFloat, 11).arg(d.freeFloat, 10)
                     .arg(d.critical                              ? QStringLiteral("critical")
                          : isLevelOfEffort(*s, uint32_t(i))      ? QStringLiteral("level of effort")
                          : net.fixedDateAt()[net.position(uint32_t(i))] ? QStringLiteral("fixed date")
                          : std::binary_search(facts.nearCritical.begin(), facts.nearCritical.end(), uint32_t(i)) ? QStringLiteral("near-critical")
                                                                  : QString());
    }
    return ExitOk;
}

// ---- propagate --------------------------------------------------------------------------------------

// Parses "ID=DAYS" with the parser export --delay and the what-if panel use ("10", "10d", "6w").
bool parseAssignment(const QString &text, QString *id, int *days)
{
    const auto a = rb::model::parseDelayAssignment(text);
    if (!a) return false;
    *id = a->first;
    *days = a->second;
    return true;
}

int runPropagate(CommandContext &c)
{
    const Command &cmd = *findCommand(QStringLiteral("propagate"));
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--delay"), QStringLiteral("--duration"), QStringLiteral("--remove")},
                                   {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one file"));
    const QStringList delays = a.options.values(QStringLiteral("--delay"));
    const QStringList durations = a.options.values(QStringLiteral("--duration"));
    const QStringList removals = a.options.values(QStringLiteral("--remove"));
    if (delays.isEmpty() && durations.isEmpty() && removals.isEmpty())
        return usageError(c, cmd, QStringLiteral("give at least one --delay ID=DAYS (or --duration / --remove)"));
    const auto s = loadSchedule(c, a.positional.first());
    if (!s) return ExitInvalid;

    an::DelayScenario scenario;
    for (const QString &d : delays) {
        QString id; int days = 0;
        if (!parseAssignment(d, &id, &days)) return usageError(c, cmd, QStringLiteral("--delay expects ID=DAYS, got \"%1\"").arg(d));
        const int t = s->taskOf(id);
        if (t < 0) return usageError(c, cmd, QStringLiteral("unknown post \"%1\"").arg(id));
        scenario.slips.push_back({uint32_t(t), days});
    }
    for (const QString &d : durations) {
        QString id; int days = 0;
        if (!parseAssignment(d, &id, &days) || days < 0) return usageError(c, cmd, QStringLiteral("--duration expects ID=DAYS (≥ 0), got \"%1\"").arg(d));
        const int t = s->taskOf(id);
        if (t < 0) return usageError(c, cmd, QStringLiteral("unknown post \"%1\"").arg(id));
        scenario.durationChanges.push_back({uint32_t(t), days});
    }
    for (const QString &r : removals) {
        const QStringList ends = r.split(QLatin1Char(':'));
        bool found = false;
        if (ends.size() == 2) {
            const int from = s->taskOf(ends[0]), to = s->taskOf(ends[1]);
            const auto &links = s->network().links();
            for (size_t i = 0; i < links.size(); ++i)
                if (int(links[i].from) == from && int(links[i].to) == to) {
                    scenario.removedLinks.push_back(uint32_t(i));
                    found = true;
                }
        }
        if (!found) return usageError(c, cmd, QStringLiteral("--remove expects FROM:TO naming an existing dependency, got \"%1\"").arg(r));
    }
    an::DelayPropagator propagator(s->network(), s->schedule());
    auto result = propagator.propagate(scenario);
    if (!result) {
        c.err << "riskboard propagate: " << QString::fromStdString(result.error().message) << "\n";
        return ExitUsage;
    }
    const an::PropagationResult &p = *result;

    if (a.has(QStringLiteral("--json"))) {
        OutputStream stream(c.out);
        JsonWriter w(stream);
        w.StartObject();
        w.Key("finishBefore"); writeDate(w, p.finishBefore);
        w.Key("finishAfter"); writeDate(w, p.finishAfter);
        w.Key("programmeSlipDays"); w.Int(p.endExclusiveAfter - p.endExclusiveBefore);
        w.Key("costOfDelay"); w.Double(std::round(p.costOfDelay * 1000) / 1000);
        w.Key("affected");
        w.StartArray();
        for (const an::AffectedTask &t : p.affected) {
            w.StartObject();
            w.Key("id"); writeId(w, *s, t.task);
            w.Key("finishBefore"); writeDate(w, t.oldFinish);
            w.Key("finishAfter"); writeDate(w, t.newFinish);
            w.Key("slipDays"); w.Int(t.slipDays);
            w.Key("via");
            w.StartArray();
            for (uint32_t v : p.via(t.task)) writeId(w, *s, v);
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.Key("absorbed");
        w.StartArray();
        for (const an::AbsorbedTask &t : p.absorbed) writeId(w, *s, t.task);
        w.EndArray();
        w.EndObject();
        endJson(stream);
        return ExitOk;
    }
    c.out << "Programme finish " << isoDate(p.finishBefore) << " → " << isoDate(p.finishAfter)
          << " (" << (p.endExclusiveAfter - p.endExclusiveBefore) << " days)\n";
    c.out << "Cost of delay " << QString::number(p.costOfDelay, 'f', 1) << " k€\n\n";
    c.out << QStringLiteral("%1 %2 %3 %4  %5\n").arg("post", -10).arg("finish before", -13).arg("finish after", -13).arg("slip", 5).arg("via");
    for (const an::AffectedTask &t : p.affected)
        c.out << QStringLiteral("%1 %2 %3 %4  %5\n").arg(s->postId(t.task), -10).arg(isoDate(t.oldFinish), -13)
                     .arg(isoDate(t.newFinish), -13).arg(t.slipDays, 5).arg(s->postIds(p.via(t.task)).join(QStringLiteral(" → ")));
    if (!p.absorbed.empty()) {
        QStringList ids;
        for (const an::AbsorbedTask &t : p.absorbed) ids << s->postId(t.task);
        c.out << "\nAbsorbed by float: " << ids.join(QStringLiteral(", ")) << "\n";
    }
    return ExitOk;
}

// ---- simulate ---------------------------------------------------------------------------------------

int runSimulate(CommandContext &c)
{
    const Command &cmd = *findCommand(QStringLiteral("simulate"));
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--iterations"), QStringLiteral("--seed"), QStringLiteral("--threads")},
                                   {QStringLiteral("--json"), QStringLiteral("--pert")});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one file"));
    bool ok = true;
    const uint iterations = a.has(QStringLiteral("--iterations")) ? a.value(QStringLiteral("--iterations")).toUInt(&ok) : 10000;
    if (!ok || iterations == 0 || iterations > 10'000'000) return usageError(c, cmd, QStringLiteral("--iterations must be a whole number from 1 to 10000000"));
    const qulonglong seed = a.has(QStringLiteral("--seed")) ? a.value(QStringLiteral("--seed")).toULongLong(&ok) : 1;
    if (!ok) return usageError(c, cmd, QStringLiteral("--seed must be a whole number"));
    const uint threads = a.has(QStringLiteral("--threads")) ? a.value(QStringLiteral("--threads")).toUInt(&ok) : 0;
    if (!ok) return usageError(c, cmd, QStringLiteral("--threads must be a whole number"));
    const auto s = loadSchedule(c, a.positional.first());
    if (!s) return ExitInvalid;

    an::MonteCarloOptions options;
    options.iterations = iterations;
    options.seed = seed;
    options.threads = threads;
    const auto kind = a.has(QStringLiteral("--pert")) ? an::DistributionKind::Pert : an::DistributionKind::Triangular;
    const auto model = s->monteCarloModel(kind);
    auto result = an::runMonteCarlo(s->network(), model, options);
    if (!result) {
        c.err << "riskboard simulate: " << QString::fromStdString(result.error().message) << "\n";
        return ExitInvalid;
    }
    const an::MonteCarloResult &r = *result;
    // After mitigation: the same draws with the residual probabilities (only the finish is needed).
    an::MonteCarloOptions finishOnly = options;
    finishOnly.taskPercentiles = false;
    finishOnly.criticality = false;
    const auto mitigated = an::runMonteCarlo(s->network(), s->monteCarloModel(kind, model::PortfolioSchedule::RiskProbability::Residual), finishOnly);
    const auto drivers = an::computeDrivers(s->network(), model, r, s->registerEvents(model), options);
    if (!mitigated || !drivers) {
        c.err << "riskboard simulate: " << QString::fromStdString((!mitigated ? mitigated.error() : drivers.error()).message) << "\n";
        return ExitInvalid;
    }
    auto driverId = [&](const an::FinishDriver &d) { return d.kind == an::DriverKind::Task ? s->postId(d.index) : s->riskId(model, d.index); };
    if (a.has(QStringLiteral("--json"))) {
        OutputStream stream(c.out);
        JsonWriter w(stream);
        w.StartObject();
        w.Key("iterations"); w.Uint(r.iterations);
        w.Key("seed"); w.Uint64(seed);
        auto writeFinish = [&](const an::MonteCarloResult &res) {
            w.StartObject();
            w.Key("p50"); writeDate(w, res.finish.p50);
            w.Key("p80"); writeDate(w, res.finish.p80);
            w.Key("p90"); writeDate(w, res.finish.p90);
            if (const auto end = s->schedule().programmeEnd) {
                w.Key("programmeEnd"); writeDate(w, *end);
                w.Key("probabilityByEnd"); w.Double(res.probabilityBy(*end));
            }
            w.EndObject();
        };
        w.Key("finish"); writeFinish(r);
        w.Key("mitigated"); writeFinish(*mitigated);
        w.Key("deterministicFinish"); writeDate(w, s->schedule().finish);
        w.Key("targets");
        w.StartArray();
        for (const an::TargetRisk &t : r.targets) {
            writeTargetStart(w, *s, t);
            w.Key("probabilityMet"); w.Double(t.probabilityMet);
            w.Key("p50MissDays"); w.Int(t.p50MissDays);
            w.Key("p80MissDays"); w.Int(t.p80MissDays);
            w.EndObject();
        }
        w.EndArray();
        w.Key("posts");
        w.StartArray();
        for (size_t i = 0; i < r.tasks.size(); ++i) {
            w.StartObject();
            w.Key("id"); writeId(w, *s, uint32_t(i));
            w.Key("p50Finish"); writeDate(w, r.tasks[i].finish.p50);
            w.Key("p80Finish"); writeDate(w, r.tasks[i].finish.p80);
            w.Key("p90Finish"); writeDate(w, r.tasks[i].finish.p90);
            w.Key("criticality"); w.Double(r.tasks[i].criticality);
            w.EndObject();
        }
        w.EndArray();
        w.Key("sensitivity");
        w.StartArray();
        for (const an::SensitivityEntry &e : r.sensitivity) {
            w.StartObject();
            w.Key("id"); writeId(w, *s, e.task);
            w.Key("correlation"); w.Double(e.correlation);
            w.EndObject();
        }
        w.EndArray();
        w.Key("drivers");
        w.StartArray();
        for (const an::FinishDriver &d : *drivers) {
            w.StartObject();
            const QByteArray id = driverId(d).toUtf8();
            w.Key("id"); w.String(id.constData(), rapidjson::SizeType(id.size()));
            w.Key("kind"); w.String(d.kind == an::DriverKind::Task ? "post" : "risk");
            w.Key("p80Days"); w.Int(d.p80Days);
            w.EndObject();
        }
        w.EndArray();
        w.Key("histogram");
        w.StartArray();
        for (const an::FinishBin &b : r.finishDistribution) {
            w.StartObject();
            w.Key("date"); writeDate(w, b.day);
            w.Key("count"); w.Uint(b.count);
            w.Key("cumulative"); w.Double(b.cumulative);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        endJson(stream);
        return ExitOk;
    }
    c.out << "Monte Carlo: " << r.iterations << " iterations, seed " << seed << "\n";
    c.out << "Programme finish (deterministic " << isoDate(s->schedule().finish) << "): P50 " << isoDate(r.finish.p50)
          << ", P80 " << isoDate(r.finish.p80) << ", P90 " << isoDate(r.finish.p90) << "\n";
    if (const auto end = s->schedule().programmeEnd)
        c.out << "Probability of finishing by the programme end " << isoDate(*end) << ": "
              << QStringLiteral("%1 %").arg(r.probabilityBy(*end) * 100, 0, 'f', 1) << "\n";
    for (const an::TargetRisk &t : r.targets)
        c.out << "Target: " << s->postId(t.task) << " before " << s->postId(t.target) << " (" << isoDate(t.date) << ", fixed): met in "
              << QStringLiteral("%1 %").arg(t.probabilityMet * 100, 0, 'f', 1) << " of iterations; missed by "
              << t.p80MissDays << " days at P80\n";
    c.out << "\n";
    c.out << "After mitigation (residual risk probabilities): P50 " << isoDate(mitigated->finish.p50) << ", P80 "
          << isoDate(mitigated->finish.p80) << ", P90 " << isoDate(mitigated->finish.p90) << "\n\n";
    c.out << "Top drivers (days of the P80 finish each post's uncertainty or each risk is responsible for):\n";
    for (size_t i = 0; i < drivers->size() && i < 10; ++i)
        c.out << QStringLiteral("  %1 %2 %3 days\n").arg(driverId((*drivers)[i]), -14)
                     .arg((*drivers)[i].kind == an::DriverKind::Task ? QStringLiteral("post") : QStringLiteral("risk"), -5).arg((*drivers)[i].p80Days, 4);
    c.out << "\n" << QStringLiteral("%1 %2 %3 %4\n").arg("post", -10).arg("P50 finish", -11).arg("P80 finish", -11).arg("criticality", 11);
    for (size_t i = 0; i < r.tasks.size(); ++i)
        c.out << QStringLiteral("%1 %2 %3 %4\n").arg(s->postId(uint32_t(i)), -10).arg(isoDate(r.tasks[i].finish.p50), -11)
                     .arg(isoDate(r.tasks[i].finish.p80), -11).arg(QStringLiteral("%1 %").arg(r.tasks[i].criticality * 100, 0, 'f', 1), 11);
    return ExitOk;
}

} // namespace

void registerAnalysisCommands()
{
    registerCommand({QStringLiteral("analyze"), QStringLiteral("critical path: early/late dates and float per post"),
                     QStringLiteral("Usage: riskboard analyze FILE [--json] [--explain ID] [--near-critical DAYS]\n\n"
                                    "Runs the critical path method over all dependencies (FS, SS, FF, SF, with lags),\n"
                                    "planned starts (start no earlier than) and deadlines (finish no later than).\n"
                                    "Dates are inclusive days. The programme finish is that of the programme's own\n"
                                    "posts (not external, not level of effort); a dependency on a fixed date is a\n"
                                    "target, reported with its slack (docs/analysis.md).\n\n"
                                    "  --json         {finish, programmeEnd, endSlackDays, criticalPath, criticalPaths,\n"
                                    "                 nearCriticalDays, nearCritical, targets: [{post, target, date,\n"
                                    "                 slackDays, drivingChain}], notes, posts: [{id, earlyStart,\n"
                                    "                 earlyFinish, lateStart, lateFinish, totalFloatDays, freeFloatDays,\n"
                                    "                 critical, levelOfEffort, variance}]}; variance (with\n"
                                    "                 baselines): {finishVsOriginalDays, finishVsLatestDays,\n"
                                    "                 startVsOriginalDays, startVsLatestDays, budgetVsOriginalK,\n"
                                    "                 budgetVsLatestK} against the first and the last baseline\n"
                                    "  --near-critical DAYS  posts with a total float under DAYS (default 20) are\n"
                                    "                 near-critical\n"
                                    "  --explain ID   why post ID starts when it does: the chain that drives it, and\n"
                                    "                 how many days removing each constraint would gain\n\n"
                                    "Exit status: 0 ok, 1 usage error, 2 the file is invalid.\n"),
                     false, runAnalyze});
    registerCommand({QStringLiteral("propagate"), QStringLiteral("what-if: which posts slip, by how much, at what cost"),
                     QStringLiteral("Usage: riskboard propagate FILE --delay ID=DAYS [--delay ID=DAYS ...] [--json]\n"
                                    "                           [--duration ID=DAYS] [--remove FROM:TO]\n\n"
                                    "Slips posts (DAYS may end in w for weeks: --delay 2A4=6w) and reports every post\n"
                                    "whose finish moves, the chain through which the slip reached it, the posts whose\n"
                                    "float absorbed it, the programme finish before and after, and the cost of delay\n"
                                    "(k€; see docs/analysis.md).\n\n"
                                    "  --duration ID=DAYS   set a post's duration instead\n"
                                    "  --remove FROM:TO     drop a dependency\n"
                                    "  --json               {finishBefore, finishAfter, affected: [{id, finishBefore,\n"
                                    "                       finishAfter, slipDays, via}], absorbed}\n\n"
                                    "Exit status: 0 ok, 1 usage error, 2 the file is invalid.\n"),
                     false, runPropagate});
    registerCommand({QStringLiteral("simulate"), QStringLiteral("Monte Carlo: P50/P80/P90 finish, criticality, drivers"),
                     QStringLiteral("Usage: riskboard simulate FILE [--iterations N] [--seed S] [--threads T] [--pert] [--json]\n\n"
                                    "Samples every post's duration (its estimate, or a spread derived from its success-\n"
                                    "factor scores: docs/uncertainty-model.md) and the register's risk events, and\n"
                                    "reports the distribution of the programme finish. The same seed gives the same\n"
                                    "result on any number of threads.\n\n"
                                    "  --iterations N   default 10000\n"
                                    "  --seed S         default 1\n"
                                    "  --threads T      default: all cores\n"
                                    "  --pert           PERT (beta) instead of triangular distributions\n"
                                    "  --json           {iterations, seed, finish: {p50, p80, p90, programmeEnd,\n"
                                    "                   probabilityByEnd}, deterministicFinish, targets: [{post, target,\n"
                                    "                   date, probabilityMet, p50MissDays, p80MissDays}], posts: [{id,\n"
                                    "                   p50Finish, p80Finish, criticality}], sensitivity: [{id,\n"
                                    "                   correlation}], mitigated: {as finish, with residual risk\n"
                                    "                   probabilities}, drivers: [{id, kind, p80Days}],\n"
                                    "                   histogram: [{date, count}]}\n\n"
                                    "Exit status: 0 ok, 1 usage error, 2 the file is invalid.\n"),
                     false, runSimulate});
}

} // namespace rb::app
