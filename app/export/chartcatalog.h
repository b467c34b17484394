// chartcatalog.h — the charts the command line and the deck know by name, and how each is made from a
// portfolio document.
#pragma once

#include "app/export/chart.h"
#include "model/portfolio.h"

#include <QList>
#include <QPair>

#include <cstdint>
#include <memory>
#include <optional>

namespace rb::exporting {

enum class ChartKind { Radar, Heatmap, Matrix, Graph, Timeline, Histogram, Tornado, Budget, Reserve };

QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);
QStringList chartKindNames();

// Monte Carlo defaults for exports: a fixed seed so that the same document gives the same chart.
inline constexpr std::uint64_t kDefaultSeed = 20190101;
inline constexpr std::uint32_t kDefaultIterations = 10000;

struct ChartOptions {
    QString postId;                      // radar: the post (default: the first assessed post)
    QList<QPair<QString, int>> delays;   // timeline what-if: post id -> days of slip
    std::uint64_t seed = kDefaultSeed;
    std::uint32_t iterations = kDefaultIterations;
};

enum class ChartProblem {
    Usage,    // the options do not fit the document (unknown post id, ...): exit 1
    Analysis, // the document cannot be analysed (e.g. a dependency cycle): exit 2
};

class PortfolioAnalysis;

// Makes charts of one portfolio; the schedule analysis and the Monte Carlo run are computed once and
// shared by every chart it makes (the deck asks for many).
class ChartFactory {
public:
    explicit ChartFactory(const model::Portfolio &portfolio) : m_portfolio(portfolio) {}
    ~ChartFactory();

    // Makes the chart, or returns null and sets `error` and `problem`.
    std::unique_ptr<Chart> make(ChartKind kind, const ChartOptions &options, QString *error, ChartProblem *problem = nullptr);
    // The schedule analysis (built on first use); null with `error` when the network is invalid.
    PortfolioAnalysis *analysis(QString *error);

private:
    const model::Portfolio &m_portfolio;
    std::shared_ptr<PortfolioAnalysis> m_analysis;
};

} // namespace rb::exporting
