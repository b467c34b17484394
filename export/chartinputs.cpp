// chartinputs.cpp — document → chart inputs.
#include "export/chartinputs.h"

#include "charts/exportlanguage.h"
#include "model/assessmentrules.h"
#include "model/riskmatrix.h"
#include "model/summary.h"

#include <QLocale>

namespace rb::exporting {

using namespace rb::model;

FrameInfo frameInfo(const Portfolio &portfolio)
{
    FrameInfo f;
    f.programme = portfolio.programme.organisation.isEmpty()
        ? portfolio.programme.name
        : QStringLiteral("%1 — %2").arg(portfolio.programme.name, portfolio.programme.organisation);
    const QDate d = portfolio.programme.statusDate;
    f.dateText = d.isValid() ? translate("rb::exporting::Charts", "Status %1").arg(longDate(d))
                             : translate("rb::exporting::Charts", "No status date");
    return f;
}

QString themeName(const Portfolio &portfolio, int theme)
{
    for (const Theme &t : portfolio.programme.themes)
        if (t.id == theme) return QStringLiteral("%1 %2").arg(theme).arg(localName(t.name, t.nameEn));
    return translate("rb::exporting::Charts", "Theme %1").arg(theme);
}

QList<SuccessFactor> mainFactors(const Portfolio &portfolio) { return model::mainFactors(portfolio.successFactors); }

const Assessment *previousAssessment(const Portfolio &portfolio, const QString &postId)
{
    const Assessment *latest = portfolio.latestAssessment(postId);
    const Assessment *best = nullptr;
    for (const Assessment &a : portfolio.assessments)
        if (&a != latest && a.post == postId && (!best || a.date >= best->date) && latest && a.date <= latest->date)
            best = &a;
    return best;
}

QStringList assessablePosts(const Portfolio &portfolio)
{
    QStringList ids;
    for (const Post &p : portfolio.posts)
        if (p.kind == PostKind::Project || portfolio.latestAssessment(p.id)) ids << p.id;
    return ids;
}

namespace {

QString assessmentLabel(const Assessment &a)
{
    return a.assessor.isEmpty() ? a.date.toString(Qt::ISODate)
                                : QStringLiteral("%1 (%2)").arg(a.date.toString(Qt::ISODate), a.assessor);
}

int scoreOf(const Assessment *a, const QString &factor)
{
    if (!a) return 0;
    const FactorScore *s = a->score(factor);
    return s ? s->score : 0;
}

} // namespace

RadarChart::Input radarInput(const Portfolio &portfolio, const QString &postId)
{
    RadarChart::Input in;
    in.postId = postId;
    const int index = portfolio.postIndex(postId);
    if (index >= 0) in.postTitle = portfolio.posts[index].title;
    const Assessment *latest = portfolio.latestAssessment(postId);
    const Assessment *previous = previousAssessment(portfolio, postId);
    in.currentLabel = latest ? assessmentLabel(*latest) : translate("rb::exporting::Charts", "(not assessed)");
    if (previous) in.previousLabel = assessmentLabel(*previous);
    for (const SuccessFactor &f : mainFactors(portfolio))
        in.factors << RadarChart::Factor{localName(f.nameNl, f.nameEn), scoreOf(latest, f.id), scoreOf(previous, f.id)};
    return in;
}

HeatmapChart::Input heatmapInput(const Portfolio &portfolio)
{
    HeatmapChart::Input in;
    const QList<SuccessFactor> factors = mainFactors(portfolio);
    for (const SuccessFactor &f : factors) in.factors << (localName(f.nameNl, f.nameEn));
    for (const QString &id : assessablePosts(portfolio)) {
        const Post &p = portfolio.posts[portfolio.postIndex(id)];
        const Assessment *a = portfolio.latestAssessment(id);
        HeatmapChart::Row row{p.id, p.title, p.theme, {}, a ? a->date.toString(Qt::ISODate) : QString()};
        for (const SuccessFactor &f : factors) row.scores << scoreOf(a, f.id);
        in.rows << row;
    }
    return in;
}

RiskMatrixChart::Input riskMatrixInput(const Portfolio &portfolio)
{
    RiskMatrixChart::Input in;
    for (const Risk &r : portfolio.risks) {
        if (!isOnRiskMatrix(r)) { // the one rule for the app and the deck (model/riskmatrix.h)
            ++in.leftOutRisks;
            continue;
        }
        in.risks << RiskMatrixChart::Item{r.id, r.probability.value_or(0), r.impact.value_or(0),
                                          r.residualProbability.value_or(0), r.residualImpact.value_or(0)};
    }
    return in;
}

BudgetChart::Input budgetInput(const Portfolio &portfolio)
{
    BudgetChart::Input in;
    const BudgetTotals totals = budgetTotals(portfolio);
    for (auto it = totals.perTheme.begin(); it != totals.perTheme.end(); ++it) {
        const Budget &b = it.value();
        in.themes << BudgetChart::Theme{
            themeName(portfolio, it.key()), b.investment.planned + b.operating.planned + b.oneOff.planned,
            b.investment.proposed + b.operating.proposed + b.oneOff.proposed, b.oneOff.carriedOver};
    }
    return in;
}

ReserveChart::Input reserveInput(const Portfolio &portfolio)
{
    ReserveChart::Input in;
    for (const ReserveEntry &e : portfolio.programme.reserve)
        in.plateaus << ReserveChart::Plateau{e.plateau, e.opening, e.spending, e.closing};
    return in;
}

} // namespace rb::exporting
