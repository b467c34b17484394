// trendinputs.cpp — the trend chart's input and the deck's trend and "since last time" pages.
#include "export/trendinputs.h"

#include "export/deckpages.h"
#include "export/scheduleinputs.h"
#include "charts/exportlanguage.h"
#include "model/analysisinput.h"

namespace rb::exporting {

using namespace rb::model;

std::optional<Forecast> forecastOf(PortfolioAnalysis &analysis, const ChartOptions &options, QString *error)
{
    const analysis::MonteCarloResult *mc = analysis.monteCarlo(options, error);
    if (!mc) return std::nullopt;
    Forecast f;
    f.p50 = fromDayNumber(mc->finish.p50);
    f.p80 = fromDayNumber(mc->finish.p80);
    if (const auto end = analysis.schedule().schedule().programmeEnd) f.probabilityByEnd = mc->probabilityBy(*end);
    return f;
}

FinishDates finishDatesOf(const PortfolioAnalysis &analysis)
{
    FinishDates out;
    const auto &s = analysis.schedule();
    for (const Post &p : analysis.portfolio().posts)
        if (const int t = s.taskOf(p.id); t >= 0 && size_t(t) < s.schedule().tasks.size())
            out.insert(p.id, fromDayNumber(s.schedule().tasks[size_t(t)].earlyFinish));
    return out;
}

TrendChart::Input trendInput(const Portfolio &current, const Forecast &currentForecast, const QList<Portfolio> &earlier,
                             const ChartOptions &options)
{
    QList<Forecast> forecasts;
    QList<Snapshot> snapshots;
    const QDate now = current.programme.statusDate;
    const auto isEarlier = [&](const Portfolio &e) { return !now.isValid() || e.programme.statusDate < now; };
    for (const Portfolio &e : earlier) {
        if (!isEarlier(e)) continue; // the same day (the document itself in the folder) or later
        QString ignored;
        const auto analysis = PortfolioAnalysis::build(e, &ignored);
        const auto f = analysis ? forecastOf(*analysis, options, &ignored) : std::nullopt;
        snapshots << Snapshot{&e, f.value_or(Forecast{})};
    }
    TrendChart::Input in;
    in.programmeEnd = current.programme.end;
    in.points = TrendChart::pointsOf(trendSeries(current, currentForecast, snapshots));
    QList<const Portfolio *> versions;
    for (const Portfolio &e : earlier)
        if (isEarlier(e)) versions << &e;
    versions << &current;
    for (const BurnDownPoint &b : riskBurnDown(versions)) {
        TrendChart::BurnDown d;
        d.date = b.date;
        d.open = b.open;
        in.burnDown << d;
    }
    return in;
}

namespace {

QString days(int n)
{
    return n > 0 ? translate("rb::exporting::Deck", "%n day(s) later", nullptr, n)
                 : translate("rb::exporting::Deck", "%n day(s) earlier", nullptr, -n);
}

QString statusName(const QString &status)
{
    if (status == QLatin1String("closed")) return translate("rb::exporting::Deck", "closed");
    if (status == QLatin1String("occurred")) return translate("rb::exporting::Deck", "occurred");
    if (status == QLatin1String("open")) return translate("rb::exporting::Deck", "open");
    return translate("rb::exporting::Deck", "removed from the register");
}

QString factorName(const Portfolio &portfolio, const QString &id)
{
    for (const SuccessFactor &f : portfolio.successFactors)
        if (f.id == id) return localName(f.nameNl, f.nameEn);
    return id;
}

} // namespace

TableChart::Input sinceLastTimeTable(const SinceLastTime &s, const Portfolio &current)
{
    TableChart::Input t;
    t.title = s.against == SinceLastTime::Against::Baseline
        ? translate("rb::exporting::Deck", "Since the baseline “%1” (%2)").arg(s.baselineName, longDate(s.since))
        : translate("rb::exporting::Deck", "Since last time (%1)").arg(longDate(s.since));
    t.headers = {translate("rb::exporting::Deck", "What"), translate("rb::exporting::Deck", "Id"),
                 translate("rb::exporting::Deck", "Title"), translate("rb::exporting::Deck", "Change")};
    t.widths = {1.6, 0.9, 3.5, 4.0};
    t.empty = translate("rb::exporting::Deck",
                        "Nothing started, finished, slipped or was re-planned; no risk or assessment changed");
    const auto row = [&](const QString &what, const QString &id, const QString &title, const QString &change) {
        t.rows << QStringList{what, id, title, change};
    };
    for (const PostMove &m : s.started)
        row(translate("rb::exporting::Deck", "Started"), m.post, m.title, longDate(m.after));
    for (const PostMove &m : s.finished)
        row(translate("rb::exporting::Deck", "Finished"), m.post, m.title, longDate(m.after));
    for (const PostMove &m : s.slipped)
        row(m.days > 0 ? translate("rb::exporting::Deck", "Slipped") : translate("rb::exporting::Deck", "Gained"),
            m.post, m.title,
            translate("rb::exporting::Deck", "finish %1 → %2 (%3)")
                .arg(shortDate(m.before), shortDate(m.after), days(m.days)));
    for (const PostMove &m : s.replanned)
        row(translate("rb::exporting::Deck", "Re-planned"), m.post, m.title,
            translate("rb::exporting::Deck", "planned finish %1 → %2").arg(shortDate(m.before), shortDate(m.after)));
    for (const RiskMove &r : s.newRisks)
        row(translate("rb::exporting::Deck", "New risk"), r.risk, r.title,
            translate("rb::exporting::Deck", "scored %1").arg(r.after));
    for (const RiskMove &r : s.closedRisks)
        row(translate("rb::exporting::Deck", "Risk closed"), r.risk, r.title, statusName(r.after));
    for (const RiskMove &r : s.rescoredRisks)
        row(translate("rb::exporting::Deck", "Re-scored"), r.risk, r.title,
            QStringLiteral("%1 → %2").arg(r.before, r.after));
    for (const AssessmentMove &a : s.assessments) {
        QStringList changes;
        for (const auto &f : a.scores)
            changes << (f.second.first > 0 ? QStringLiteral("%1 %2 → %3")
                                                 .arg(factorName(current, f.first))
                                                 .arg(f.second.first)
                                                 .arg(f.second.second)
                                           : translate("rb::exporting::Deck", "%1 scored %2 (new)")
                                                 .arg(factorName(current, f.first))
                                                 .arg(f.second.second));
        row(translate("rb::exporting::Deck", "Assessment"), a.post, a.title,
            translate("rb::exporting::Deck", "assessed %1").arg(shortDate(a.after))
                + (changes.isEmpty() ? QString() : QStringLiteral(": ") + changes.join(QStringLiteral(", "))));
    }
    int slipped = 0;
    for (const PostMove &m : s.slipped)
        if (m.days > 0) ++slipped;
    t.note = translate("rb::exporting::Deck", "%1 started, %2 finished, %3 slipped, %4 re-planned.")
                 .arg(s.started.size())
                 .arg(s.finished.size())
                 .arg(slipped)
                 .arg(s.replanned.size());
    if (s.risksKnown)
        t.note += QLatin1Char(' ')
            + translate("rb::exporting::Deck", "Risks: %1 new, %2 closed, %3 re-scored.")
                  .arg(s.newRisks.size())
                  .arg(s.closedRisks.size())
                  .arg(s.rescoredRisks.size());
    else
        t.note += QLatin1Char(' ')
            + translate("rb::exporting::Deck", "Risks: a baseline does not record them (compare with --since).");
    return t;
}

bool appendTrendPages(std::vector<std::unique_ptr<Chart>> &pages, const Portfolio &current, PortfolioAnalysis &analysis,
                      const std::optional<Portfolio> &older, const QList<Portfolio> &earlier,
                      const ChartOptions &options, QString *error)
{
    const auto forecast = forecastOf(analysis, options, error);
    if (!forecast) return false;
    QList<Portfolio> versions = earlier;
    if (older && !versions.contains(*older)) versions << *older;
    pages.push_back(std::make_unique<TrendChart>(trendInput(current, *forecast, versions, options)));

    const FinishDates now = finishDatesOf(analysis);
    std::optional<SinceLastTime> since;
    if (older) {
        QString ignored;
        const auto before = PortfolioAnalysis::build(*older, &ignored);
        since = sinceLastTime(*older, current, before ? finishDatesOf(*before) : FinishDates{}, now);
    } else {
        since = sinceLatestBaseline(current, now);
    }
    if (!since) {
        TableChart::Input t;
        t.title = translate("rb::exporting::Deck", "Since last time");
        t.empty = translate("rb::exporting::Deck",
                            "There is no earlier version: the document has no baseline and no --since was given");
        pages.push_back(std::make_unique<TableChart>(t));
        return true;
    }
    for (const TableChart::Input &page : paginate(sinceLastTimeTable(*since, current)))
        pages.push_back(std::make_unique<TableChart>(page));
    return true;
}

} // namespace rb::exporting
