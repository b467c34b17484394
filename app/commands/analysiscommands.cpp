// analysiscommands.cpp — `analyze`, `propagate` and `simulate`: parse the options, load the schedule,
// and write the report (reports/schedulereports.h: the table, or the fixed JSON shapes).
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "model/scheduleadapter.h"
#include "reports/schedulereports.h"

namespace rb::app {

using namespace rb::model;
namespace an = rb::analysis;

int runAnalyze(CommandContext &c)
{
    const ParsedArgs a = parseArgs(c.args, {QStringLiteral("--explain"), QStringLiteral("--near-critical")},
                                   {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one file"));
    bool ok = true;
    const int nearDays
        = a.has(QStringLiteral("--near-critical")) ? a.value(QStringLiteral("--near-critical")).toInt(&ok) : 20;
    if (!ok || nearDays < 0 || nearDays > 100000)
        return usageError(c, QStringLiteral("--near-critical must be a whole number of days from 0"));
    QList<Baseline> baselines;
    const auto s = loadSchedule(c, a.positional.first(), &baselines);
    if (!s) return ExitInvalid;
    if (a.has(QStringLiteral("--explain"))) {
        const QString id = a.value(QStringLiteral("--explain"));
        const int task = s->taskOf(id);
        if (task < 0) return usageError(c, QStringLiteral("unknown post \"%1\"").arg(id));
        reports::writeExplanation(c.out, *s, uint32_t(task));
    } else if (a.has(QStringLiteral("--json"))) {
        reports::writeAnalyzeJson(c.out, *s, baselines, nearDays);
    } else {
        reports::writeAnalyzeText(c.out, *s, nearDays);
    }
    return ExitOk;
}

int runPropagate(CommandContext &c)
{
    const ParsedArgs a
        = parseArgs(c.args, {QStringLiteral("--delay"), QStringLiteral("--duration"), QStringLiteral("--remove")},
                    {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one file"));
    const QStringList delays = a.options.values(QStringLiteral("--delay"));
    const QStringList durations = a.options.values(QStringLiteral("--duration"));
    const QStringList removals = a.options.values(QStringLiteral("--remove"));
    if (delays.isEmpty() && durations.isEmpty() && removals.isEmpty())
        return usageError(c, QStringLiteral("give at least one --delay ID=DAYS (or --duration / --remove)"));
    const auto s = loadSchedule(c, a.positional.first());
    if (!s) return ExitInvalid;

    // "ID=DAYS" parsed as export --delay and the what-if panel do ("10", "10d", "6w").
    an::DelayScenario scenario;
    for (const QString &d : delays) {
        const auto delay = parseDelayAssignment(d);
        if (!delay) return usageError(c, QStringLiteral("--delay expects ID=DAYS, got \"%1\"").arg(d));
        const int t = s->taskOf(delay->first);
        if (t < 0) return usageError(c, QStringLiteral("unknown post \"%1\"").arg(delay->first));
        scenario.slips.push_back({uint32_t(t), delay->second});
    }
    for (const QString &d : durations) {
        const auto duration = parseDelayAssignment(d);
        if (!duration || duration->second < 0)
            return usageError(c, QStringLiteral("--duration expects ID=DAYS (≥ 0), got \"%1\"").arg(d));
        const int t = s->taskOf(duration->first);
        if (t < 0) return usageError(c, QStringLiteral("unknown post \"%1\"").arg(duration->first));
        scenario.durationChanges.push_back({uint32_t(t), duration->second});
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
        if (!found)
            return usageError(
                c, QStringLiteral("--remove expects FROM:TO naming an existing dependency, got \"%1\"").arg(r));
    }
    an::DelayPropagator propagator(s->network(), s->schedule());
    auto result = propagator.propagate(scenario);
    if (!result) {
        c.err << "riskboard propagate: " << QString::fromStdString(result.error().message) << "\n";
        return ExitUsage;
    }
    if (a.has(QStringLiteral("--json")))
        reports::writePropagationJson(c.out, *s, *result);
    else
        reports::writePropagationText(c.out, *s, *result);
    return ExitOk;
}

int runSimulate(CommandContext &c)
{
    const ParsedArgs a
        = parseArgs(c.args, {QStringLiteral("--iterations"), QStringLiteral("--seed"), QStringLiteral("--threads")},
                    {QStringLiteral("--json"), QStringLiteral("--pert")});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one file"));
    reports::SimulationOptions options;
    bool ok = true;
    options.iterations
        = a.has(QStringLiteral("--iterations")) ? a.value(QStringLiteral("--iterations")).toUInt(&ok) : 10000;
    if (!ok || options.iterations == 0 || options.iterations > 10'000'000)
        return usageError(c, QStringLiteral("--iterations must be a whole number from 1 to 10000000"));
    options.seed = a.has(QStringLiteral("--seed")) ? a.value(QStringLiteral("--seed")).toULongLong(&ok) : 1;
    if (!ok) return usageError(c, QStringLiteral("--seed must be a whole number"));
    options.threads = a.has(QStringLiteral("--threads")) ? a.value(QStringLiteral("--threads")).toUInt(&ok) : 0;
    if (!ok) return usageError(c, QStringLiteral("--threads must be a whole number"));
    options.pert = a.has(QStringLiteral("--pert"));
    const auto s = loadSchedule(c, a.positional.first());
    if (!s) return ExitInvalid;

    QString error;
    const auto simulation = reports::simulate(*s, options, &error);
    if (!simulation) {
        c.err << "riskboard simulate: " << error << "\n";
        return ExitInvalid;
    }
    if (a.has(QStringLiteral("--json")))
        reports::writeSimulationJson(c.out, *s, *simulation);
    else
        reports::writeSimulationText(c.out, *s, *simulation);
    return ExitOk;
}

} // namespace rb::app
