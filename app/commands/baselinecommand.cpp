// baselinecommand.cpp — `riskboard baseline FILE --name … --reason …`: takes a baseline of the current
// plan (per post its scheduled start and finish and its budget, plus the programme's P50/P80 finish)
// and appends it to the document's `baselines` (docs/format.md), saved atomically.
#include "app/commands/argparse.h"
#include "app/commands/commands.h"
#include "app/commands/commandsupport.h"

#include "model/baselines.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"

namespace rb::app {

using namespace rb::model;

int runBaseline(CommandContext &c)
{
    const ParsedArgs a = parseArgs(
        c.args,
        {QStringLiteral("--name"), QStringLiteral("--reason"), QStringLiteral("--decided-by"), QStringLiteral("--date"),
         QStringLiteral("--iterations"), QStringLiteral("--seed"), QStringLiteral("--output")},
        {}, {{QStringLiteral("-o"), QStringLiteral("--output")}});
    if (!a.error.isEmpty()) return usageError(c, a.error);
    if (a.positional.size() != 1) return usageError(c, QStringLiteral("expected exactly one file"));
    const QString name = a.value(QStringLiteral("--name")).trimmed(),
                  reason = a.value(QStringLiteral("--reason")).trimmed();
    if (name.isEmpty()) return usageError(c, QStringLiteral("--name is required (e.g. --name \"Herijking mei 2019\")"));
    if (reason.isEmpty()) return usageError(c, QStringLiteral("--reason is required: why this baseline"));
    QDate date;
    if (a.has(QStringLiteral("--date"))) {
        date = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
        if (!date.isValid() || a.value(QStringLiteral("--date")).size() != 10)
            return usageError(c, QStringLiteral("--date must be a date YYYY-MM-DD"));
    }
    bool ok = true;
    const uint iterations = a.has(QStringLiteral("--iterations")) ? a.value(QStringLiteral("--iterations")).toUInt(&ok)
                                                                  : kBaselineIterations;
    if (!ok || iterations > 10'000'000)
        return usageError(c, QStringLiteral("--iterations must be a whole number from 0 to 10000000"));
    const qulonglong seed
        = a.has(QStringLiteral("--seed")) ? a.value(QStringLiteral("--seed")).toULongLong(&ok) : kBaselineSeed;
    if (!ok) return usageError(c, QStringLiteral("--seed must be a whole number"));

    const QString file = a.positional.first();
    const QString out = a.value(QStringLiteral("--output"), file);
    LoadResult r = DocumentReader::readFile(file);
    if (!r.ok()) {
        printDiagnostics(c, r.diagnostics);
        c.err << "riskboard baseline: " << file << " is not valid; no baseline taken\n";
        return ExitInvalid;
    }
    Portfolio &p = *r.portfolio;
    if (!date.isValid()) date = p.programme.statusDate.isValid() ? p.programme.statusDate : QDate::currentDate();
    if (!p.baselines.isEmpty() && p.baselines.last().date.isValid() && date < p.baselines.last().date)
        return usageError(
            c,
            QStringLiteral("--date %1 is before the latest baseline \"%2\" (%3); baselines are in date order")
                .arg(date.toString(Qt::ISODate), p.baselines.last().name,
                     p.baselines.last().date.toString(Qt::ISODate)));
    QString error;
    const std::optional<Baseline> taken = baselineOfPortfolio(
        p, name, date, reason, a.value(QStringLiteral("--decided-by")).trimmed(), iterations, seed, &error);
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
    c.out << "Baseline \"" << b.name << "\" (" << b.date.toString(Qt::ISODate) << ") written to " << out << ": "
          << b.posts.size() << " posts";
    if (b.p50.isValid()) c.out << ", P50 " << b.p50.toString(Qt::ISODate) << ", P80 " << b.p80.toString(Qt::ISODate);
    c.out << "; baseline " << p.baselines.size() << " of " << p.baselines.size() << " (the original is \""
          << p.baselines.first().name << "\").\n";
    return ExitOk;
}

} // namespace rb::app
