// schedulereports.cpp — analyze, propagate and simulate as a table or as JSON (schedulereports.h).
#include "reports/schedulereports.h"
#include "reports/jsonstream.h"

#include "analysis/drivers.h"
#include "analysis/propagation.h"
#include "model/baselines.h"
#include "model/scheduleadapter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>

namespace rb::reports {

using namespace rb::model;
namespace an = rb::analysis;

namespace {

// A post's id, as the engine holds it (UTF-8 already: no conversion per post).
void writeId(JsonWriter &w, const PortfolioSchedule &s, uint32_t task)
{
    const std::string &id = s.network().id(task);
    w.String(id.data(), rapidjson::SizeType(id.size()));
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

// The JSON result of a command ends with a line break.
void endJson(OutputStream &stream)
{
    stream.Put('\n');
    stream.Flush();
}

// ---- analyze ----------------------------------------------------------------------------------------

// The schedule facts beyond dates and floats (docs/analysis.md "What the critical path means").
struct ScheduleFacts {
    std::vector<std::vector<uint32_t>> paths; // driving chains to the programme finish
    std::vector<an::Target> targets;          // links into fixed dates
    std::vector<uint32_t> nearCritical;       // float under the threshold
    std::vector<uint32_t> fixedWindows;       // end on the finish, nothing drives them
    QStringList notes;                        // honest sentences about the above
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
        f.notes << QStringLiteral(
                       "%1 posts end on the %2 (%3); their windows are fixed by the plan, so none drives another: %4.")
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
    w.Key("post");
    writeId(w, s, target.task);
    w.Key("target");
    writeId(w, s, target.target);
    w.Key("date");
    writeDate(w, target.date);
}

} // namespace

void writeExplanation(QTextStream &out, const PortfolioSchedule &s, uint32_t task)
{
    const an::ScheduleNetwork &net = s.network();
    const an::Schedule &sch = s.schedule();
    const QString id = s.postId(task);
    const auto steps = an::explainStart(net, sch, task);
    const an::TaskDates &d = sch.tasks[size_t(task)];
    out << id << " starts " << isoDate(d.earlyStart) << ", finishes " << isoDate(d.earlyFinish) << ", total float "
        << d.totalFloat << " days" << (d.critical ? " (critical)" : "") << ".\n";
    out << "Why it starts then (from the post back to what drives it):\n";
    for (const an::DrivingStep &st : steps) {
        out << "  " << s.postId(st.task) << " starts " << isoDate(st.earlyStart) << ": ";
        switch (st.driver) {
        case an::Driver::ProjectStart:
            out << "the programme start";
            break;
        case an::Driver::StartConstraint:
            out << "its planned start (start no earlier than)";
            break;
        case an::Driver::Fixed:
            out << "done; keeps its dates";
            break;
        case an::Driver::ActualStart:
            out << "started then (actual start); its remaining work runs from the status date";
            break;
        case an::Driver::StatusDate:
            out << "not started by the status date, so not before it";
            break;
        case an::Driver::Link: {
            const an::Link &l = net.links()[*st.link];
            static const char *types[] = {"FS", "SS", "FF", "SF"};
            out << "driven by " << s.postId(l.from) << " (" << types[int(l.type)]
                << (l.lagDays ? QStringLiteral(", lag %1 d").arg(l.lagDays) : QString()) << ")";
            break;
        }
        }
        if (st.gainDays && st.driver != an::Driver::Fixed && st.driver != an::Driver::ActualStart)
            out << "; removing this constraint gains " << *st.gainDays << " day(s)";
        out << "\n";
    }
}

void writeAnalyzeJson(QTextStream &out, const PortfolioSchedule &s, const QList<Baseline> &baselines, int nearDays)
{
    const an::ScheduleNetwork &net = s.network();
    const an::Schedule &sch = s.schedule();
    const ScheduleFacts facts = scheduleFacts(s, nearDays);
    const auto &paths = facts.paths;
    OutputStream stream(out);
    JsonWriter w(stream);
    w.StartObject();
    w.Key("finish");
    writeDate(w, sch.finish);
    if (sch.programmeEnd) {
        w.Key("programmeEnd");
        writeDate(w, *sch.programmeEnd);
        w.Key("endSlackDays");
        w.Int(*sch.endSlack);
    }
    w.Key("criticalPath");
    w.StartArray();
    if (!paths.empty())
        for (uint32_t t : paths.front()) writeId(w, s, t);
    w.EndArray();
    w.Key("criticalPaths");
    w.StartArray();
    for (const auto &path : paths) {
        w.StartArray();
        for (uint32_t t : path) writeId(w, s, t);
        w.EndArray();
    }
    w.EndArray();
    w.Key("nearCriticalDays");
    w.Int(nearDays);
    w.Key("nearCritical");
    w.StartArray();
    for (uint32_t t : facts.nearCritical) writeId(w, s, t);
    w.EndArray();
    w.Key("targets");
    w.StartArray();
    for (const an::Target &t : facts.targets) {
        writeTargetStart(w, s, t);
        w.Key("slackDays");
        w.Int(t.slackDays);
        w.Key("drivingChain");
        w.StartArray();
        for (uint32_t x : an::drivingChain(net, sch, t.task)) writeId(w, s, x);
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
    const std::vector<PostVariance> variances = postVariances(baselines, s.input().postIds, s.input().budgets, sch);
    w.Key("posts");
    // One row per post, written straight into the stream: the Writer sees the whole array as one
    // value, opened here and closed below. The bytes are the Writer's (tst_cli compares them).
    w.RawValue("[", 1, rapidjson::kArrayType);
    for (size_t i = 0; i < sch.tasks.size(); ++i) {
        const an::TaskDates &d = sch.tasks[i];
        if (i) stream.Put(',');
        stream.Literal("{\"id\":");
        stream.RawString(net.id(uint32_t(i)));
        stream.Literal(",\"earlyStart\":");
        writeRawDate(stream, d.earlyStart);
        stream.Literal(",\"earlyFinish\":");
        writeRawDate(stream, d.earlyFinish);
        stream.Literal(",\"lateStart\":");
        writeRawDate(stream, d.lateStart);
        stream.Literal(",\"lateFinish\":");
        writeRawDate(stream, d.lateFinish);
        stream.Literal(",\"totalFloatDays\":");
        writeRawInt(stream, d.totalFloat);
        stream.Literal(",\"freeFloatDays\":");
        writeRawInt(stream, d.freeFloat);
        if (d.critical)
            stream.Literal(",\"critical\":true");
        else
            stream.Literal(",\"critical\":false");
        if (isLevelOfEffort(s, uint32_t(i)))
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
}

void writeAnalyzeText(QTextStream &out, const PortfolioSchedule &s, int nearDays)
{
    const an::ScheduleNetwork &net = s.network();
    const an::Schedule &sch = s.schedule();
    const ScheduleFacts facts = scheduleFacts(s, nearDays);
    const auto &paths = facts.paths;
    out << "Programme finish " << isoDate(sch.finish);
    if (sch.programmeEnd)
        out << " (target " << isoDate(*sch.programmeEnd) << ", "
            << (*sch.endSlack >= 0 ? QStringLiteral("%1 days to spare").arg(*sch.endSlack)
                                   : QStringLiteral("%1 days late").arg(-*sch.endSlack))
            << ")";
    out << "\n";
    // A post that ends on the finish by its own window is summed up in the note, not listed as a "path".
    const bool noted = facts.fixedWindows.size() >= an::kFixedWindowNoteMinimum;
    for (const auto &path : paths)
        if (!noted || !std::binary_search(facts.fixedWindows.begin(), facts.fixedWindows.end(), path.back())
            || path.size() > 1)
            out << "Critical path: " << s.postIds(path).join(QStringLiteral(" → ")) << "\n";
    for (const QString &note : facts.notes) out << "Note: " << note << "\n";
    for (const an::Target &t : facts.targets)
        out << "Target: " << s.postId(t.task) << " before " << s.postId(t.target) << " (" << isoDate(t.date) << "): "
            << (t.slackDays >= 0 ? QStringLiteral("%1 days to spare").arg(t.slackDays)
                                 : QStringLiteral("missed by %1 days").arg(-t.slackDays))
            << "; driving chain " << s.postIds(an::drivingChain(net, sch, t.task)).join(QStringLiteral(" → ")) << "\n";
    out << "Near-critical (total float under " << nearDays << " days): "
        << (facts.nearCritical.empty() ? QStringLiteral("none")
                                       : s.postIds(facts.nearCritical).join(QStringLiteral(", ")))
        << "\n";
    out << "\n"
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg("post", -10)
               .arg("early start", -11)
               .arg("early finish", -12)
               .arg("late start", -11)
               .arg("late finish", -12)
               .arg("total float", 11)
               .arg("free float", 10)
               .arg("");
    for (size_t i = 0; i < sch.tasks.size(); ++i) {
        const an::TaskDates &d = sch.tasks[i];
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(s.postId(uint32_t(i)), -10)
                   .arg(isoDate(d.earlyStart), -11)
                   .arg(isoDate(d.earlyFinish), -12)
                   .arg(isoDate(d.lateStart), -11)
                   .arg(isoDate(d.lateFinish), -12)
                   .arg(d.totalFloat, 11)
                   .arg(d.freeFloat, 10)
                   .arg(d.critical                                         ? QStringLiteral("critical")
                            : isLevelOfEffort(s, uint32_t(i))              ? QStringLiteral("level of effort")
                            : net.fixedDateAt()[net.position(uint32_t(i))] ? QStringLiteral("fixed date")
                            : std::binary_search(facts.nearCritical.begin(), facts.nearCritical.end(), uint32_t(i))
                            ? QStringLiteral("near-critical")
                            : QString());
    }
}

// ---- propagate --------------------------------------------------------------------------------------

void writePropagationJson(QTextStream &out, const PortfolioSchedule &s, const an::PropagationResult &p)
{
    OutputStream stream(out);
    JsonWriter w(stream);
    w.StartObject();
    w.Key("finishBefore");
    writeDate(w, p.finishBefore);
    w.Key("finishAfter");
    writeDate(w, p.finishAfter);
    w.Key("programmeSlipDays");
    w.Int(p.endExclusiveAfter - p.endExclusiveBefore);
    w.Key("costOfDelay");
    w.Double(std::round(p.costOfDelay * 1000) / 1000);
    w.Key("affected");
    w.StartArray();
    for (const an::AffectedTask &t : p.affected) {
        w.StartObject();
        w.Key("id");
        writeId(w, s, t.task);
        w.Key("finishBefore");
        writeDate(w, t.oldFinish);
        w.Key("finishAfter");
        writeDate(w, t.newFinish);
        w.Key("slipDays");
        w.Int(t.slipDays);
        w.Key("via");
        w.StartArray();
        for (uint32_t v : p.via(t.task)) writeId(w, s, v);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.Key("absorbed");
    w.StartArray();
    for (const an::AbsorbedTask &t : p.absorbed) writeId(w, s, t.task);
    w.EndArray();
    w.EndObject();
    endJson(stream);
}

void writePropagationText(QTextStream &out, const PortfolioSchedule &s, const an::PropagationResult &p)
{
    out << "Programme finish " << isoDate(p.finishBefore) << " → " << isoDate(p.finishAfter) << " ("
        << (p.endExclusiveAfter - p.endExclusiveBefore) << " days)\n";
    out << "Cost of delay " << QString::number(p.costOfDelay, 'f', 1) << " k€\n\n";
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg("post", -10)
               .arg("finish before", -13)
               .arg("finish after", -13)
               .arg("slip", 5)
               .arg("via");
    for (const an::AffectedTask &t : p.affected)
        out << QStringLiteral("%1 %2 %3 %4  %5\n")
                   .arg(s.postId(t.task), -10)
                   .arg(isoDate(t.oldFinish), -13)
                   .arg(isoDate(t.newFinish), -13)
                   .arg(t.slipDays, 5)
                   .arg(s.postIds(p.via(t.task)).join(QStringLiteral(" → ")));
    if (!p.absorbed.empty()) {
        QStringList ids;
        for (const an::AbsorbedTask &t : p.absorbed) ids << s.postId(t.task);
        out << "\nAbsorbed by float: " << ids.join(QStringLiteral(", ")) << "\n";
    }
}

// ---- simulate ---------------------------------------------------------------------------------------

std::optional<Simulation> simulate(const PortfolioSchedule &s, const SimulationOptions &o, QString *error)
{
    an::MonteCarloOptions options;
    options.iterations = o.iterations;
    options.seed = o.seed;
    options.threads = o.threads;
    const auto kind = o.pert ? an::DistributionKind::Pert : an::DistributionKind::Triangular;
    Simulation sim;
    sim.seed = o.seed;
    sim.model = s.monteCarloModel(kind);
    auto result = an::runMonteCarlo(s.network(), sim.model, options);
    if (!result) {
        *error = QString::fromStdString(result.error().message);
        return std::nullopt;
    }
    // After mitigation: the same draws with the residual probabilities (only the finish is needed).
    an::MonteCarloOptions finishOnly = options;
    finishOnly.taskPercentiles = false;
    finishOnly.criticality = false;
    auto mitigated = an::runMonteCarlo(
        s.network(), s.monteCarloModel(kind, model::PortfolioSchedule::RiskProbability::Residual), finishOnly);
    auto drivers = an::computeDrivers(s.network(), sim.model, *result, s.registerEvents(sim.model), options);
    if (!mitigated || !drivers) {
        *error = QString::fromStdString((!mitigated ? mitigated.error() : drivers.error()).message);
        return std::nullopt;
    }
    sim.result = std::move(*result);
    sim.mitigated = std::move(*mitigated);
    sim.drivers = std::move(*drivers);
    return sim;
}

namespace {

// The names of a simulation's parts, for the JSON and the text alike.
struct SimulationView {
    const an::MonteCarloResult &r;
    const an::MonteCarloResult *mitigated;
    const std::vector<an::FinishDriver> *drivers;
    unsigned long long seed;
    std::function<QString(const an::FinishDriver &)> driverId;
};
SimulationView view(const PortfolioSchedule &s, const Simulation &sim)
{
    return {sim.result, &sim.mitigated, &sim.drivers, sim.seed, [&s, &sim](const an::FinishDriver &d) {
                return d.kind == an::DriverKind::Task ? s.postId(d.index) : s.riskId(sim.model, d.index);
            }};
}

} // namespace

void writeSimulationJson(QTextStream &out, const PortfolioSchedule &s, const Simulation &sim)
{
    const auto [r, mitigated, drivers, seed, driverId] = view(s, sim);
    OutputStream stream(out);
    JsonWriter w(stream);
    w.StartObject();
    w.Key("iterations");
    w.Uint(r.iterations);
    w.Key("seed");
    w.Uint64(seed);
    auto writeFinish = [&](const an::MonteCarloResult &res) {
        w.StartObject();
        w.Key("p50");
        writeDate(w, res.finish.p50);
        w.Key("p80");
        writeDate(w, res.finish.p80);
        w.Key("p90");
        writeDate(w, res.finish.p90);
        if (const auto end = s.schedule().programmeEnd) {
            w.Key("programmeEnd");
            writeDate(w, *end);
            w.Key("probabilityByEnd");
            w.Double(res.probabilityBy(*end));
        }
        w.EndObject();
    };
    w.Key("finish");
    writeFinish(r);
    w.Key("mitigated");
    writeFinish(*mitigated);
    w.Key("deterministicFinish");
    writeDate(w, s.schedule().finish);
    w.Key("targets");
    w.StartArray();
    for (const an::TargetRisk &t : r.targets) {
        writeTargetStart(w, s, t);
        w.Key("probabilityMet");
        w.Double(t.probabilityMet);
        w.Key("p50MissDays");
        w.Int(t.p50MissDays);
        w.Key("p80MissDays");
        w.Int(t.p80MissDays);
        w.EndObject();
    }
    w.EndArray();
    w.Key("posts");
    w.StartArray();
    for (size_t i = 0; i < r.tasks.size(); ++i) {
        w.StartObject();
        w.Key("id");
        writeId(w, s, uint32_t(i));
        w.Key("p50Finish");
        writeDate(w, r.tasks[i].finish.p50);
        w.Key("p80Finish");
        writeDate(w, r.tasks[i].finish.p80);
        w.Key("p90Finish");
        writeDate(w, r.tasks[i].finish.p90);
        w.Key("criticality");
        w.Double(r.tasks[i].criticality);
        w.EndObject();
    }
    w.EndArray();
    w.Key("sensitivity");
    w.StartArray();
    for (const an::SensitivityEntry &e : r.sensitivity) {
        w.StartObject();
        w.Key("id");
        writeId(w, s, e.task);
        w.Key("correlation");
        w.Double(e.correlation);
        w.EndObject();
    }
    w.EndArray();
    w.Key("drivers");
    w.StartArray();
    for (const an::FinishDriver &d : *drivers) {
        w.StartObject();
        const QByteArray id = driverId(d).toUtf8();
        w.Key("id");
        w.String(id.constData(), rapidjson::SizeType(id.size()));
        w.Key("kind");
        w.String(d.kind == an::DriverKind::Task ? "post" : "risk");
        w.Key("p80Days");
        w.Int(d.p80Days);
        w.EndObject();
    }
    w.EndArray();
    w.Key("histogram");
    w.StartArray();
    for (const an::FinishBin &b : r.finishDistribution) {
        w.StartObject();
        w.Key("date");
        writeDate(w, b.day);
        w.Key("count");
        w.Uint(b.count);
        w.Key("cumulative");
        w.Double(b.cumulative);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    endJson(stream);
}

void writeSimulationText(QTextStream &out, const PortfolioSchedule &s, const Simulation &sim)
{
    const auto [r, mitigated, drivers, seed, driverId] = view(s, sim);
    out << "Monte Carlo: " << r.iterations << " iterations, seed " << seed << "\n";
    out << "Programme finish (deterministic " << isoDate(s.schedule().finish) << "): P50 " << isoDate(r.finish.p50)
        << ", P80 " << isoDate(r.finish.p80) << ", P90 " << isoDate(r.finish.p90) << "\n";
    if (const auto end = s.schedule().programmeEnd)
        out << "Probability of finishing by the programme end " << isoDate(*end) << ": "
            << QStringLiteral("%1 %").arg(r.probabilityBy(*end) * 100, 0, 'f', 1) << "\n";
    for (const an::TargetRisk &t : r.targets)
        out << "Target: " << s.postId(t.task) << " before " << s.postId(t.target) << " (" << isoDate(t.date)
            << ", fixed): met in " << QStringLiteral("%1 %").arg(t.probabilityMet * 100, 0, 'f', 1)
            << " of iterations; missed by " << t.p80MissDays << " days at P80\n";
    out << "\n";
    out << "After mitigation (residual risk probabilities): P50 " << isoDate(mitigated->finish.p50) << ", P80 "
        << isoDate(mitigated->finish.p80) << ", P90 " << isoDate(mitigated->finish.p90) << "\n\n";
    out << "Top drivers (days of the P80 finish each post's uncertainty or each risk is responsible for):\n";
    for (size_t i = 0; i < drivers->size() && i < 10; ++i)
        out << QStringLiteral("  %1 %2 %3 days\n")
                   .arg(driverId((*drivers)[i]), -14)
                   .arg((*drivers)[i].kind == an::DriverKind::Task ? QStringLiteral("post") : QStringLiteral("risk"),
                        -5)
                   .arg((*drivers)[i].p80Days, 4);
    out << "\n"
        << QStringLiteral("%1 %2 %3 %4\n")
               .arg("post", -10)
               .arg("P50 finish", -11)
               .arg("P80 finish", -11)
               .arg("criticality", 11);
    for (size_t i = 0; i < r.tasks.size(); ++i)
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(s.postId(uint32_t(i)), -10)
                   .arg(isoDate(r.tasks[i].finish.p50), -11)
                   .arg(isoDate(r.tasks[i].finish.p80), -11)
                   .arg(QStringLiteral("%1 %").arg(r.tasks[i].criticality * 100, 0, 'f', 1), 11);
}

} // namespace rb::reports
