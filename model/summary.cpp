// summary.cpp
#include "model/summary.h"

#include "model/enumnames.h"

#include <QJsonArray>
#include <QTextStream>

namespace rb::model {

namespace {

void add(Budget &sum, const Budget &b)
{
    auto addLine = [](BudgetLine &s, const BudgetLine &l) {
        s.planned += l.planned;
        s.proposed += l.proposed;
        s.carriedOver += l.carriedOver;
    };
    addLine(sum.investment, b.investment);
    addLine(sum.operating, b.operating);
    addLine(sum.oneOff, b.oneOff);
}

QJsonObject budgetJson(const Budget &b)
{
    auto pair = [](const BudgetLine &l, bool oneOff) {
        QJsonObject o{{"planned", l.planned}, {"proposed", l.proposed}};
        if (oneOff) o.insert("carriedOver", l.carriedOver);
        return o;
    };
    return {{"investment", pair(b.investment, false)},
            {"operating", pair(b.operating, false)},
            {"oneOff", pair(b.oneOff, true)}};
}

template <typename K>
QJsonObject countsJson(const QMap<K, int> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it) {
        if constexpr (std::is_same_v<K, int>)
            o.insert(QString::number(it.key()), it.value());
        else
            o.insert(it.key(), it.value());
    }
    return o;
}

QString k(double v) { return QString::number(v, 'f', v == qRound64(v) ? 0 : 1); }

} // namespace

BudgetTotals budgetTotals(const Portfolio &portfolio)
{
    BudgetTotals t;
    for (const Post &p : portfolio.posts) {
        if (!p.budget) continue;
        add(t.total, *p.budget);
        add(t.perTheme[p.theme], *p.budget);
    }
    return t;
}

PortfolioSummary summarize(const Portfolio &portfolio)
{
    PortfolioSummary s;
    s.programme = portfolio.programme.name;
    s.posts = int(portfolio.posts.size());
    for (const auto &e : enumNames<PostKind>()) s.postsPerKind[e.name] = 0;
    for (const auto &e : enumNames<RiskLevel>()) {
        s.risksPerLevel[e.name] = 0;
        s.openRisksPerLevel[e.name] = 0;
    }
    for (const Post &p : portfolio.posts) {
        s.postsPerTheme[p.theme] += 1;
        s.postsPerKind[toString(p.kind)] += 1;
        s.postsPerStatus[toString(p.status)] += 1;
    }
    s.dependencies = int(portfolio.dependencies.size());
    s.risks = int(portfolio.risks.size());
    for (const Risk &r : portfolio.risks) {
        s.risksPerLevel[toString(r.level)] += 1;
        if (r.status == RiskStatus::Open) s.openRisksPerLevel[toString(r.level)] += 1;
    }
    s.assessments = int(portfolio.assessments.size());
    s.budget = budgetTotals(portfolio);
    return s;
}

QJsonObject PortfolioSummary::toJson() const
{
    QJsonObject perTheme;
    for (auto it = budget.perTheme.begin(); it != budget.perTheme.end(); ++it)
        perTheme.insert(QString::number(it.key()), budgetJson(it.value()));
    return {
        {"programme", programme},
        {"posts", posts},
        {"postsPerTheme", countsJson(postsPerTheme)},
        {"postsPerKind", countsJson(postsPerKind)},
        {"postsPerStatus", countsJson(postsPerStatus)},
        {"dependencies", dependencies},
        {"risks", risks},
        {"risksPerLevel", countsJson(risksPerLevel)},
        {"openRisksPerLevel", countsJson(openRisksPerLevel)},
        {"assessments", assessments},
        {"budget", QJsonObject{{"total", budgetJson(budget.total)}, {"perTheme", perTheme}}},
    };
}

QString PortfolioSummary::toText() const
{
    QString out;
    QTextStream t(&out);
    t << "Programme     " << programme << "\n";
    t << "Posts         " << posts << "  (";
    QStringList kinds;
    for (auto it = postsPerKind.begin(); it != postsPerKind.end(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    t << kinds.join(", ") << ")\n";
    t << "Dependencies  " << dependencies << "\n";
    QStringList levels;
    for (auto it = risksPerLevel.begin(); it != risksPerLevel.end(); ++it)
        levels
            << QStringLiteral("%1 %2 (%3 open)").arg(it.value()).arg(it.key()).arg(openRisksPerLevel.value(it.key()));
    t << "Risks         " << risks << "  (" << levels.join(", ") << ")\n";
    t << "Assessments   " << assessments << "\n\n";
    t << "Budget (k€)   investment          operating           one-off\n";
    t << "theme  posts  planned  proposed   planned  proposed   planned  proposed  carried over\n";
    auto row = [&](const QString &label, int count, const Budget &b) {
        t << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(label, -6)
                 .arg(count, 5)
                 .arg(k(b.investment.planned), 8)
                 .arg(k(b.investment.proposed), 9)
                 .arg(k(b.operating.planned), 9)
                 .arg(k(b.operating.proposed), 9)
                 .arg(k(b.oneOff.planned), 9)
                 .arg(k(b.oneOff.proposed), 9)
                 .arg(k(b.oneOff.carriedOver), 13);
    };
    for (auto it = postsPerTheme.begin(); it != postsPerTheme.end(); ++it)
        row(QString::number(it.key()), it.value(), budget.perTheme.value(it.key()));
    row(QStringLiteral("total"), posts, budget.total);
    return out;
}

} // namespace rb::model
