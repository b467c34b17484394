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
using namespace Qt::Literals::StringLiterals;

int runBaseline(CommandContext &c)
{
    const auto a = parseCommand(
        c,
        {{u"--name"_s, u"--reason"_s, u"--decided-by"_s, u"--date"_s, u"--iterations"_s, u"--seed"_s, u"--output"_s},
         {}});
    if (!a) return ExitUsage;
    const QString name = a->value(u"--name"_s).trimmed(), reason = a->value(u"--reason"_s).trimmed();
    if (name.isEmpty()) return usageError(c, u"--name is required (e.g. --name \"Herijking mei 2019\")"_s);
    if (reason.isEmpty()) return usageError(c, u"--reason is required: why this baseline"_s);
    QDate date;
    if (a->has(u"--date"_s)) {
        date = QDate::fromString(a->value(u"--date"_s), Qt::ISODate);
        if (!date.isValid() || a->value(u"--date"_s).size() != 10)
            return usageError(c, u"--date must be a date YYYY-MM-DD"_s);
    }
    const auto iterations = a->number(u"--iterations"_s, kBaselineIterations, 0, 10'000'000);
    if (!iterations) return usageError(c, u"--iterations must be a whole number from 0 to 10000000"_s);
    const auto seed = a->number(u"--seed"_s, kBaselineSeed);
    if (!seed) return usageError(c, u"--seed must be a whole number"_s);

    const QString file = a->positional.first();
    const QString out = a->value(u"--output"_s, file);
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
            u"--date %1 is before the latest baseline \"%2\" (%3); baselines are in date order"_s.arg(
                date.toString(Qt::ISODate), p.baselines.last().name, p.baselines.last().date.toString(Qt::ISODate)));
    QString error;
    const std::optional<Baseline> taken = baselineOfPortfolio(
        p, name, date, reason, a->value(u"--decided-by"_s).trimmed(), uint(*iterations), *seed, &error);
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
