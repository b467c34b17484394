// summary.h — the programme at a glance: counts and budget totals (for `riskboard summary` and the
// overview tiles).
#pragma once

#include "model/portfolio.h"

#include <QJsonObject>
#include <QMap>

namespace rb::model {

struct BudgetTotals {
    Budget total;
    QMap<int, Budget> perTheme; // theme number -> sums
};

struct PortfolioSummary {
    QString programme;
    int posts = 0;
    QMap<int, int> postsPerTheme;
    QMap<QString, int> postsPerKind; // "project", "activity", "external"
    QMap<QString, int> postsPerStatus;
    int dependencies = 0;
    int risks = 0;
    QMap<QString, int> risksPerLevel; // all risks
    QMap<QString, int> openRisksPerLevel;
    int assessments = 0;
    BudgetTotals budget;

    QJsonObject toJson() const;
    QString toText() const; // a readable table for the terminal
};

BudgetTotals budgetTotals(const Portfolio &portfolio);
PortfolioSummary summarize(const Portfolio &portfolio);

} // namespace rb::model
