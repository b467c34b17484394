// deck.cpp — the storyboard deck as one multi-page PDF.
#include "export/deck.h"

#include "export/chartinputs.h"
#include "charts/chartoutput.h"
#include "export/deckpages.h"
#include "export/programmepage.h"
#include "charts/exportlanguage.h"
#include "export/scheduleinputs.h"
#include "export/scheduledeckpage.h"
#include "export/trendinputs.h"
#include "model/assessmentrules.h"
#include "model/enumnames.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace rb::exporting {

using namespace rb::model;

QString detailedAnalysisReason(const Portfolio &portfolio, const QString &postId)
{
    // The rule is the model's (model/assessmentrules.h, docs/assessment-rules.md), on the main factors of
    // the latest assessment; this adds which factors make it fire, for the slide.
    const Assessment *a = portfolio.latestAssessment(postId);
    if (!a) return {};
    QList<int> scores;
    QStringList fives, fours;
    for (const SuccessFactor &f : mainFactors(portfolio)) {
        const FactorScore *s = a->score(f.id);
        scores << (s ? s->score : 0);
        const QString name = localName(f.nameNl, f.nameEn);
        if (s && s->score >= 5)
            fives << name;
        else if (s && s->score >= 4)
            fours << name;
    }
    switch (model::detailedAnalysisReason(scores)) {
    case DetailedReason::None:
        return {};
    case DetailedReason::AnyFive:
        return translate("rb::exporting::Deck", "%1 scored 5").arg(fives.join(QStringLiteral(", ")));
    case DetailedReason::TwoFours:
        return translate("rb::exporting::Deck", "%1 scored 4").arg(fours.join(QStringLiteral(", ")));
    case DetailedReason::HighMean:
        break;
    }
    int scored = 0, sum = 0;
    for (int s : scores)
        if (s > 0) {
            ++scored;
            sum += s;
        }
    return translate("rb::exporting::Deck", "mean score %1 over %2 factors")
        .arg(exportLocale().toString(double(sum) / scored, 'f', 1))
        .arg(scored);
}

namespace {

QString levelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Programme:
        return translate("rb::exporting::Deck", "programme");
    case RiskLevel::Project:
        return translate("rb::exporting::Deck", "project");
    case RiskLevel::Activity:
        return translate("rb::exporting::Deck", "activity");
    }
    return {};
}

StatusSummaryPage::Input summaryInput(const Portfolio &portfolio, PortfolioAnalysis &analysis,
                                      const analysis::MonteCarloResult &mc)
{
    StatusSummaryPage::Input in;
    in.plannedFinish = fromDayNumber(analysis.schedule().schedule().finish);
    in.targetEnd = portfolio.programme.end;
    in.p50 = fromDayNumber(mc.finish.p50);
    in.p80 = fromDayNumber(mc.finish.p80);
    in.p90 = fromDayNumber(mc.finish.p90);
    in.iterations = int(mc.iterations);
    for (const QString &id : analysis.criticalPosts())
        in.criticalPosts << QStringLiteral("%1  %2").arg(id, portfolio.posts[portfolio.postIndex(id)].title);
    for (const auto &level : enumNames<RiskLevel>()) {
        int open = 0;
        for (const Risk &r : portfolio.risks)
            if (r.level == level.value && r.status == RiskStatus::Open) ++open;
        in.openRisks << qMakePair(levelName(level.value), open);
    }
    for (const Post &p : portfolio.posts)
        if (const QString why = detailedAnalysisReason(portfolio, p.id); !why.isEmpty())
            in.detailedAnalysis << QStringLiteral("%1  %2 — %3").arg(p.id, p.title, why);
    // Posts that end on the finish by their own window: "critical" only because the plan fixes them.
    const auto &sch = analysis.schedule().schedule();
    if (const auto windows = analysis::fixedWindowEnds(analysis.schedule().network(), sch);
        windows.size() >= analysis::kFixedWindowNoteMinimum) {
        const bool onEnd = sch.programmeEnd && *sch.programmeEnd == sch.finish;
        in.criticalNote = (onEnd ? translate("rb::exporting::Deck",
                                             "%1 posts end on the programme end date; their windows are fixed by the "
                                             "plan, so none drives another: %2.")
                                 : translate("rb::exporting::Deck",
                                             "%1 posts end on the programme finish; their windows are fixed by the "
                                             "plan, so none drives another: %2."))
                              .arg(windows.size())
                              .arg(analysis.schedule().postIds(windows).join(QStringLiteral(", ")));
    }
    // The P80 explained: after mitigation, the chance of the target end, the drivers in days, the targets.
    if (analysis.mitigated()) in.p80Mitigated = fromDayNumber(analysis.mitigated()->finish.p80);
    if (const auto end = analysis.schedule().schedule().programmeEnd) in.probabilityByEnd = mc.probabilityBy(*end);
    for (size_t k = 0; k < analysis.drivers().size(); ++k)
        if (analysis.drivers()[k].p80Days > 0) // computeDrivers ranks them, largest first
            in.drivers << qMakePair(analysis.driverIds().value(int(k)), int(analysis.drivers()[k].p80Days));
    const auto &net = analysis.schedule().network();
    for (const analysis::TargetRisk &t : mc.targets) {
        StatusSummaryPage::Input::Target target;
        target.post = QString::fromStdString(net.id(t.task));
        target.target = QString::fromStdString(net.id(t.target));
        target.date = fromDayNumber(t.date);
        target.probabilityMet = t.probabilityMet;
        target.p80MissDays = t.p80MissDays;
        in.targets << target;
    }
    return in;
}

} // namespace

DeckResult renderDeck(const Portfolio &portfolio, const std::optional<Portfolio> &older, const ChartOptions &options,
                      const QList<Portfolio> &earlier)
{
    const ExportLanguage language(options.language);
    DeckResult result;
    ChartFactory factory(portfolio);
    PortfolioAnalysis *analysis = factory.analysis(&result.error);
    if (!analysis) return result;
    const analysis::MonteCarloResult *mc = analysis->monteCarlo(options, &result.error);
    if (!mc) return result;

    // Every page after the title page is a Chart painted in the common frame.
    std::vector<std::unique_ptr<Chart>> pages;
    if (!portfolio.programme.charter.isEmpty())
        pages.push_back(std::make_unique<ProgrammePage>(portfolio.programme)); // the charter first
    pages.push_back(std::make_unique<StatusSummaryPage>(summaryInput(portfolio, *analysis, *mc)));
    for (ChartKind kind : {ChartKind::Timeline, ChartKind::Graph, ChartKind::Histogram, ChartKind::Tornado,
                           ChartKind::Heatmap, ChartKind::Matrix, ChartKind::Budget, ChartKind::Reserve}) {
        auto chart = factory.make(kind, options, &result.error);
        if (!chart) return result;
        pages.push_back(std::move(chart));
    }
    // A radar for each post whose latest assessment calls for a detailed analysis: those are the ones
    // to discuss.
    for (const Post &p : portfolio.posts)
        if (!detailedAnalysisReason(portfolio, p.id).isEmpty())
            pages.push_back(std::make_unique<RadarChart>(radarInput(portfolio, p.id)));
    pages.push_back(std::make_unique<TableChart>(topRisksTable(portfolio, 10)));
    appendScheduleCheckPages(pages, portfolio);
    // The programme over time and "since last time" (export/trendinputs.h).
    if (!appendTrendPages(pages, portfolio, *analysis, older, earlier, options, &result.error)) return result;

    const FrameInfo frame = frameInfo(portfolio);
    const QString since = older
        ? translate("rb::exporting::Deck", "Changes since %1").arg(longDate(older->programme.statusDate))
        : QString();
    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPdfWriter(writer, kDeckPageSize,
                   translate("rb::exporting::Deck", "%1 — storyboard").arg(portfolio.programme.name));
    QPainter painter(&writer);
    const QSizeF device(writer.width(), writer.height());
    paintScaled(painter, device, kDeckPageSize,
                [&](QPainter &p, const QRectF &canvas) { paintTitlePage(p, canvas, portfolio, since); });
    result.pages = 1;
    for (const auto &page : pages) {
        writer.newPage();
        paintScaled(painter, device, kDeckPageSize,
                    [&](QPainter &p, const QRectF &canvas) { paintChartPage(p, canvas, *page, frame); });
        ++result.pages;
    }
    painter.end();
    return result;
}

} // namespace rb::exporting
