// chartcatalog.h — the charts the command line and the deck know by name, and how each is made from a
// portfolio document.
#pragma once

#include "charts/chart.h"
#include "charts/chartoutput.h"
#include "model/portfolio.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSize>

#include <cstdint>
#include <memory>
#include <optional>

namespace rb::exporting {

enum class ChartKind { Radar, Heatmap, Matrix, Graph, Timeline, Histogram, Tornado, Budget, Reserve, Trend };

QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString &name);
QStringList chartKindNames();

// Monte Carlo defaults for exports: a fixed seed so that the same document gives the same chart.
inline constexpr std::uint64_t kDefaultSeed = 20190101;
inline constexpr std::uint32_t kDefaultIterations = 10000;

struct ChartOptions {
    QString postId;                    // radar: the post (default: the first assessed post)
    QList<QPair<QString, int>> delays; // timeline what-if: post id -> days of slip
    std::uint64_t seed = kDefaultSeed;
    std::uint32_t iterations = kDefaultIterations;
    QString language = QStringLiteral("en"); // "nl" or "en": the texts and dates (exportlanguage.h)
};

enum class ChartProblem {
    Usage,    // the options do not fit the document (unknown post id, ...): exit 1
    Analysis, // the document cannot be analysed (e.g. a dependency cycle): exit 2
};

class PortfolioAnalysis;

// One chart of a document as the bytes of a file, in options.language — what `riskboard export` writes
// and the application's File ▸ Export chart… and Copy chart: the same code for both.
struct ChartFile {
    QByteArray bytes; // empty on failure
    QString error;    // why not, a sentence
    ChartProblem problem = ChartProblem::Usage;
};
ChartFile renderChartFile(const model::Portfolio &portfolio, ChartKind kind, const ChartOptions &options,
                          const QSize &size, ImageFormat format);

// Makes charts of one portfolio; the schedule analysis and the Monte Carlo run are computed once and
// shared by every chart it makes (the deck asks for many).
class ChartFactory {
public:
    explicit ChartFactory(const model::Portfolio &portfolio) : m_portfolio(portfolio) {}
    ~ChartFactory();

    // Makes the chart, or returns null and sets `error` and `problem`.
    std::unique_ptr<Chart> make(ChartKind kind, const ChartOptions &options, QString *error,
                                ChartProblem *problem = nullptr);
    // The schedule analysis (built on first use); null with `error` when the network is invalid.
    PortfolioAnalysis *analysis(QString *error);

private:
    const model::Portfolio &m_portfolio;
    std::shared_ptr<PortfolioAnalysis> m_analysis;
};

} // namespace rb::exporting
