// baselinecommand.cpp — `riskboard baseline FILE --name … --reason …`: takes a baseline of the current
// plan (per post its scheduled start and finish and its budget, plus the programme's P50/P80 finish)
// and appends it to the document's `baselines` (docs/format.md), saved atomically.
#include "app/cli.h"
#include "app/commands/argparse.h"

#include "model/baselines.h"
#include "model/documentreader.h"
#include "model/documentwriter.h"

namespace rb::app {

using namespace rb::model;
namespace {

int runBaseline(CommandContext &c)
{
    const Command &cmd = *findCommand(QStringLiteral("baseline"));
    const ParsedArgs a = parseArgs(c.args,
                                   {QStringLiteral("--name"), QStringLiteral("--reason"), QStringLiteral("--decided-by"), QStringLiteral("--date"),
                                    QStringLiteral("--iterations"), QStringLiteral("--seed"), QStringLiteral("--output")},
                                   {}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one file"));
    const QString name = a.value(QStringLiteral("--name")).trimmed(), reason = a.value(QStringLiteral("--reason")).trimmed();
    if (name.isEmpty()) return usageError(c, cmd, QStringLiteral("--name is required (e.g. --name \"Herijking mei 2019\")"));
    if (reason.isEmpty()) return usageError(c, cmd, QStringLiteral("--reason is required: why this baseline"));
    QDate date;
    if (a.has(QStringLiteral("--date"))) {
        date = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
        if (!date.isValid() || a.value(QStringLiteral("--date")).size() != 10)
            return usageError(c, cmd, QStringLiteral("--date must be a date YYYY-MM-DD"));
    }
    bool ok = true;
    const uint iterations = a.has(QStringLiteral("--iterations")) ? a.value(QStringLiteral("--iterations")).toUInt(&ok) : kBaselineIterations;
    if (!ok || iterations > 10'000'000) return usageError(c, cmd, QStringLiteral("--iterations must be a whole number from 0 to 10000000"));
    const qulonglong seed = a.has(QStringLiteral("--seed")) ? a.value(QStringLiteral("--seed")).toULongLong(&ok) : kBaselineSeed;
    if (!ok) return usageError(c, cmd, QStringLiteral("--seed must be a whole number"));

    const QString file = a.positional.first();
    const QString out = a.value(QStringLiteral("--output"), file);
    LoadResult r = DocumentReader::readFile(file);
    if (!r.ok()) {
        for (const Diagnostic &d : r.diagnostics)
            c.err << d.toString() << "\n";
        c.err << "riskboard baseline: " << file << " is not valid; no baseline taken\n";
        return ExitInvalid;
    }
    Portfolio &p = *r.portfolio;
    if (!date.isValid())
        date = p.programme.statusDate.isValid() ? p.programme.statusDate : QDate::currentDate();
    if (!p.baselines.isEmpty() && p.baselines.last().date.isValid() && date < p.baselines.last().date)
        return usageError(c, cmd, QStringLiteral("--date %1 is before the latest baseline \"%2\" (%3); baselines are in date order")
                                      .arg(date.toString(Qt::ISODate), p.baselines.last().name, p.baselines.last().date.toString(Qt::ISODate)));
    QString error;
    const std::optional<Baseline> taken = baselineOfPortfolio(p, name, date, reason, a.value(QStringLiteral("--decided-by")).trimmed(),
                                                              iterations, seed, &error);
    if (!taken) {
        c.err << file << ": error: " << error << "\n";
        return ExitInvalid;
    }
    p.baselines << *taken;
    if (!DocumentWriter::save(p, out, &error)) {
        c.err << "riskboard baseline: " << error << "\n";
        return ExitOutput;
    }
    const Baseline &b = p.baselines.last();
    c.out << "Baseline \"" << b.name << "\" (" << b.date.toString(Qt::ISODate) << ") written to " << out << ": " << b.posts.size()
          << " posts";
    if (b.p50.isValid())
        c.out << ", P50 " << b.p50.toString(Qt::ISODate) << ", P80 " << b.p80.toString(Qt::ISODate);
    c.out << "; baseline " << p.baselines.size() << " of " << p.baselines.size() << " (the original is \"" << p.baselines.first().name
          << "\").\n";
    return ExitOk;
}

} // namespace

void registerBaselineCommand()
{
    registerCommand({QStringLiteral("baseline"), QStringLiteral("record the current plan as a baseline (the original or a re-plan)"),
                     QStringLiteral("Usage: riskboard baseline FILE --name NAME --reason TEXT [--decided-by WHO] [--date YYYY-MM-DD]\n"
                                    "                          [--iterations N] [--seed S] [-o OUT]\n\n"
                                    "Appends a baseline to the document's baselines (docs/format.md): per post its\n"
                                    "scheduled start and finish (the critical path method's early dates, from the\n"
                                    "status date) and its whole budget in k€, and the programme's P50 and P80 finish\n"
                                    "(Monte Carlo, as `simulate`). The first baseline is the original promise, the last\n"
                                    "the latest re-plan; `analyze --json` reports each post's variance against both.\n"
                                    "The document is saved atomically; an invalid document is refused unchanged.\n\n"
                                    "  --name NAME        e.g. \"Herijking mei 2019\" (required)\n"
                                    "  --reason TEXT      why this baseline (required)\n"
                                    "  --decided-by WHO   who decided it, e.g. IV-Raad\n"
                                    "  --date DATE        the baseline's moment (default: the status date, else today);\n"
                                    "                     not before the latest baseline\n"
                                    "  --iterations N     Monte Carlo iterations for P50/P80 (default 10000; 0: none)\n"
                                    "  --seed S           default 1\n"
                                    "  -o, --output OUT   write to OUT instead of FILE\n\n"
                                    "Exit status: 0 ok, 1 usage error, 2 the file is invalid, 3 cannot write.\n"),
                     false, runBaseline});
}

} // namespace rb::app
