// analysiscommands.cpp — `analyze`, `propagate` and `simulate`: parse the options, load the schedule,
// and write the report (reports/schedulereports.h: the table, or the fixed JSON shapes).
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "model/scheduleadapter.h"
#include "reports/schedulereports.h"

namespace rb::app {

using namespace rb::model;
using namespace Qt::Literals::StringLiterals;
namespace an = rb::analysis;

int runAnalyze(CommandContext &c)
{
    const auto a = parseCommand(c, {{u"--explain"_s, u"--near-critical"_s}, {u"--json"_s}});
    if (!a) return ExitUsage;
    const auto nearDays = a->number(u"--near-critical"_s, 20, 0, 100000);
    if (!nearDays) return usageError(c, u"--near-critical must be a whole number of days from 0"_s);
    QList<Baseline> baselines;
    const auto s = loadSchedule(c, a->positional.first(), &baselines);
    if (!s) return ExitInvalid;
    if (a->has(u"--explain"_s)) {
        const int task = s->taskOf(a->value(u"--explain"_s));
        if (task < 0) return usageError(c, u"unknown post \"%1\""_s.arg(a->value(u"--explain"_s)));
        reports::writeExplanation(c.out, *s, uint32_t(task));
    } else if (a->has(u"--json"_s)) {
        reports::writeAnalyzeJson(c.out, *s, baselines, int(*nearDays));
    } else {
        reports::writeAnalyzeText(c.out, *s, int(*nearDays));
    }
    return ExitOk;
}

int runPropagate(CommandContext &c)
{
    const auto a = parseCommand(c, {{u"--delay"_s, u"--duration"_s, u"--remove"_s}, {u"--json"_s}});
    if (!a) return ExitUsage;
    const QStringList delays = a->values(u"--delay"_s), durations = a->values(u"--duration"_s),
                      removals = a->values(u"--remove"_s);
    if (delays.isEmpty() && durations.isEmpty() && removals.isEmpty())
        return usageError(c, u"give at least one --delay ID=DAYS (or --duration / --remove)"_s);
    const auto s = loadSchedule(c, a->positional.first());
    if (!s) return ExitInvalid;

    // "ID=DAYS" parsed as export --delay and the what-if panel do ("10", "10d", "6w").
    an::DelayScenario scenario;
    for (const QString &d : delays) {
        const auto delay = parseDelayAssignment(d);
        if (!delay) return usageError(c, u"--delay expects ID=DAYS, got \"%1\""_s.arg(d));
        const int t = s->taskOf(delay->first);
        if (t < 0) return usageError(c, u"unknown post \"%1\""_s.arg(delay->first));
        scenario.slips.push_back({uint32_t(t), delay->second});
    }
    for (const QString &d : durations) {
        const auto duration = parseDelayAssignment(d);
        if (!duration || duration->second < 0)
            return usageError(c, u"--duration expects ID=DAYS (≥ 0), got \"%1\""_s.arg(d));
        const int t = s->taskOf(duration->first);
        if (t < 0) return usageError(c, u"unknown post \"%1\""_s.arg(duration->first));
        scenario.durationChanges.push_back({uint32_t(t), duration->second});
    }
    for (const QString &r : removals) {
        const QStringList ends = r.split(QLatin1Char(':'));
        const auto links = ends.size() == 2 ? s->linksBetween(ends[0], ends[1]) : std::vector<uint32_t>{};
        if (links.empty())
            return usageError(c, u"--remove expects FROM:TO naming an existing dependency, got \"%1\""_s.arg(r));
        scenario.removedLinks.insert(scenario.removedLinks.end(), links.begin(), links.end());
    }
    an::DelayPropagator propagator(s->network(), s->schedule());
    auto result = propagator.propagate(scenario);
    if (!result) {
        c.err << "riskboard propagate: " << QString::fromStdString(result.error().message) << "\n";
        return ExitUsage;
    }
    if (a->has(u"--json"_s))
        reports::writePropagationJson(c.out, *s, *result);
    else
        reports::writePropagationText(c.out, *s, *result);
    return ExitOk;
}

int runSimulate(CommandContext &c)
{
    const auto a = parseCommand(c, {{u"--iterations"_s, u"--seed"_s, u"--threads"_s}, {u"--json"_s, u"--pert"_s}});
    if (!a) return ExitUsage;
    const auto iterations = a->number(u"--iterations"_s, 10000, 1, 10'000'000);
    if (!iterations) return usageError(c, u"--iterations must be a whole number from 1 to 10000000"_s);
    const auto seed = a->number(u"--seed"_s, 1);
    if (!seed) return usageError(c, u"--seed must be a whole number"_s);
    const auto threads = a->number(u"--threads"_s, 0, 0, 0xffffffffULL);
    if (!threads) return usageError(c, u"--threads must be a whole number"_s);
    const auto s = loadSchedule(c, a->positional.first());
    if (!s) return ExitInvalid;

    reports::SimulationOptions options;
    options.iterations = uint32_t(*iterations);
    options.seed = *seed;
    options.threads = uint32_t(*threads);
    options.pert = a->has(u"--pert"_s);
    QString error;
    const auto simulation = reports::simulate(*s, options, &error);
    if (!simulation) {
        c.err << "riskboard simulate: " << error << "\n";
        return ExitInvalid;
    }
    if (a->has(u"--json"_s))
        reports::writeSimulationJson(c.out, *s, *simulation);
    else
        reports::writeSimulationText(c.out, *s, *simulation);
    return ExitOk;
}

} // namespace rb::app
