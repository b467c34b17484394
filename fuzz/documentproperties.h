// documentproperties.h — the properties every input to the document loader must satisfy. Shared by
// the libFuzzer target (fuzz_document.cpp) and the regression test that replays the inputs it found
// (tests/robustness/tst_regressions.cpp), so both check exactly the same thing.
#pragma once

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace rb::fuzz {

// Empty when two analysis inputs are the same, else the first difference.
inline QString differenceOf(const rb::model::AnalysisInput &a, const rb::model::AnalysisInput &b)
{
    const auto &ta = a.network.tasks, &tb = b.network.tasks;
    if (ta.size() != tb.size() || a.network.links.size() != b.network.links.size())
        return QStringLiteral("different numbers of tasks or links");
    if (a.postIds != b.postIds) return QStringLiteral("different post ids");
    for (size_t i = 0; i < ta.size(); ++i) {
        const auto &x = ta[i], &y = tb[i];
        const auto estimate = [](const auto &t) {
            return t.estimate
                ? std::optional(std::array{t.estimate->optimistic, t.estimate->mostLikely, t.estimate->pessimistic})
                : std::nullopt;
        };
        if (x.id != y.id || x.durationDays != y.durationDays || x.startNoEarlierThan != y.startNoEarlierThan
            || x.finishNoLaterThan != y.finishNoLaterThan || x.done != y.done || x.fixedStart != y.fixedStart
            || x.fixedFinish != y.fixedFinish || estimate(x) != estimate(y) || x.costPerDay != y.costPerDay
            || x.external != y.external || x.levelOfEffort != y.levelOfEffort || x.fixedDate != y.fixedDate
            || x.actualStart != y.actualStart || x.remainingDays != y.remainingDays)
            return QStringLiteral("task %1 differs").arg(i);
    }
    for (size_t i = 0; i < a.network.links.size(); ++i) {
        const auto &x = a.network.links[i], &y = b.network.links[i];
        if (x.from != y.from || x.to != y.to || x.type != y.type || x.lagDays != y.lagDays)
            return QStringLiteral("link %1 differs").arg(i);
    }
    if (a.budgets != b.budgets) return QStringLiteral("different post budgets");
    if (a.network.projectStart != b.network.projectStart || a.network.programmeEnd != b.network.programmeEnd
        || a.network.statusDate != b.network.statusDate)
        return QStringLiteral("different project start or programme end");
    if (a.profiles.size() != b.profiles.size()) return QStringLiteral("different numbers of profiles");
    for (size_t i = 0; i < a.profiles.size(); ++i)
        if (a.profiles[i].has_value() != b.profiles[i].has_value()
            || (a.profiles[i] && a.profiles[i]->scores != b.profiles[i]->scores))
            return QStringLiteral("the profile of task %1 differs").arg(i);
    return {};
}

// Empty when the analysis commands' reader (DocumentReader::readScheduleBytes) agrees with the full
// one on `bytes` (read by `full` under the name input.json): the same diagnostics, and when it loads,
// the same engine input and risk register.
inline QString checkScheduleReader(const QByteArray &bytes, const rb::model::LoadResult &full)
{
    using namespace rb::model;
    const ScheduleLoadResult lean = DocumentReader::readScheduleBytes(bytes, QStringLiteral("input.json"));
    QStringList a, b;
    for (const Diagnostic &d : full.diagnostics) a << d.toString();
    for (const Diagnostic &d : lean.diagnostics) b << d.toString();
    if (a != b)
        return QStringLiteral("the schedule reader reports otherwise:\n%1\n----\n%2")
            .arg(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')));
    if (full.ok() != lean.ok())
        return QStringLiteral("the schedule reader loads what the full reader does not, or the other way round");
    if (!full.ok()) return {};
    if (const QString d = differenceOf(*lean.input, buildAnalysisInput(*full.portfolio)); !d.isEmpty())
        return QStringLiteral("the schedule reader's input differs from buildAnalysisInput's: ") + d;
    if (lean.baselines != full.portfolio->baselines) return QStringLiteral("the schedule reader's baselines differ");
    if (lean.risks.size() != full.portfolio->risks.size())
        return QStringLiteral("the schedule reader's register has another number of risks");
    for (qsizetype i = 0; i < lean.risks.size(); ++i) {
        const Risk &x = lean.risks[i], &y = full.portfolio->risks[i];
        if (x.id != y.id || x.posts != y.posts || x.status != y.status || x.delayDays != y.delayDays
            || x.probability != y.probability || x.residualProbability != y.residualProbability)
            return QStringLiteral("the schedule reader's risk %1 differs").arg(y.id);
    }
    return {};
}

// Empty when `bytes` behaves: the schedule reader agrees with the full one (checkScheduleReader), and
// the document is rejected with at least one located diagnostic, or loaded such that its canonical
// form (DocumentWriter::toJson) loads again to an equal Portfolio and is a fixpoint of load → toJson.
// Otherwise a description of what went wrong.
inline QString checkDocumentProperties(const QByteArray &bytes)
{
    using namespace rb::model;
    const LoadResult first = DocumentReader::readBytes(bytes, QStringLiteral("input.json"));
    if (const QString problem = checkScheduleReader(bytes, first); !problem.isEmpty()) return problem;
    if (!first.ok()) {
        if (first.diagnostics.isEmpty()) return QStringLiteral("rejected without a diagnostic");
        for (const Diagnostic &d : first.diagnostics)
            if (d.message.isEmpty() || d.line < 0 || d.column < 0)
                return QStringLiteral("diagnostic without a message or with a negative position: ") + d.toString();
        return {};
    }
    const QByteArray canonical = DocumentWriter::toJson(*first.portfolio);
    const LoadResult second = DocumentReader::readBytes(canonical, QStringLiteral("canonical.json"));
    if (!second.ok())
        return QStringLiteral("the canonical form of a loaded document does not load:\n%1\n%2")
            .arg(second.errorText(), QString::fromUtf8(canonical));
    if (!(*second.portfolio == *first.portfolio))
        return QStringLiteral("the canonical form loads as a different portfolio:\n") + QString::fromUtf8(canonical);
    const QByteArray again = DocumentWriter::toJson(*second.portfolio);
    if (again != canonical)
        return QStringLiteral("toJson is not a fixpoint:\n%1\n----\n%2")
            .arg(QString::fromUtf8(canonical), QString::fromUtf8(again));
    return {};
}

} // namespace rb::fuzz
