// scheduleadapter.h — a portfolio's network and schedule in the analysis engine, and the way back from
// task indices to post ids. The input itself is built by analysisinput.h (rules in
// docs/portfolio-to-network.md).
#pragma once

#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "analysis/network.h"
#include "model/analysisinput.h"
#include "model/portfolio.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rb::model {

// A portfolio's network and baseline schedule, built once and shared (immutable).
class PortfolioSchedule {
public:
    // Null and `error` set when the network cannot be built (a cycle: "dependency cycle: A → B → A").
    static std::shared_ptr<const PortfolioSchedule> build(const Portfolio &portfolio, QString *error = nullptr);
    // The same from an input already built (DocumentReader::readSchedule) and the risk register.
    static std::shared_ptr<const PortfolioSchedule> build(AnalysisInput input, const QList<Risk> &risks,
                                                          QString *error = nullptr);

    // The post ids and the profiles; its network (tasks and links) moved into network().
    const AnalysisInput &input() const { return m_input; }
    const rb::analysis::ScheduleNetwork &network() const { return *m_network; }
    const rb::analysis::Schedule &schedule() const { return m_schedule; }
    int taskOf(const QString &postId) const; // -1: not a post
    // The network's links from post `from` to post `to` (their indices in network().links()); empty when none.
    std::vector<uint32_t> linksBetween(const QString &from, const QString &to) const;
    QString postId(uint32_t task) const { return m_input.postIds.value(int(task)); }
    QStringList postIds(const std::vector<uint32_t> &tasks) const;
    // Every critical path as its post ids ("5C3 → 2D3"), in analysis::criticalPaths' order: what the app's
    // graph view, the exported graph and `analyze` list.
    QStringList criticalPathTexts() const;
    // Which of a register risk's two probability scores the simulation uses: before mitigation
    // (`probability`) or after it (`residualProbability`, the inherent one when not given).
    enum class RiskProbability { Inherent, Residual };
    // Risk events from the register plus the factor-based model for posts without an estimate. Both
    // variants hold the same events at the same indices (only probabilities differ), so on one seed
    // they draw the same random numbers and their difference is the mitigations' alone.
    rb::analysis::MonteCarloModel monteCarloModel(rb::analysis::DistributionKind kind
                                                  = rb::analysis::DistributionKind::Triangular,
                                                  RiskProbability which = RiskProbability::Inherent) const;
    // The indices in monteCarloModel()'s riskEvents of the register's risks, and the risk id of one.
    std::vector<uint32_t> registerEvents(const rb::analysis::MonteCarloModel &model) const;
    QString riskId(const rb::analysis::MonteCarloModel &model, uint32_t event) const;

private:
    PortfolioSchedule() = default;
    AnalysisInput m_input;
    std::optional<rb::analysis::ScheduleNetwork> m_network;
    rb::analysis::Schedule m_schedule;
    std::vector<rb::analysis::RiskEvent> m_registerEvents; // with the inherent probabilities
    std::vector<double> m_residualProbabilities;           // by register event
    QStringList m_registerRiskIds;                         // by register event
};

// A slip or duration typed by a user, in days: "10", "10d", "8w" (weeks of 7 days), "-3"; spaces are
// allowed around the number and the unit. The one parser of the what-if panel and of the command line's
// --delay (propagate, export). nullopt for anything else or beyond ±100,000 days.
std::optional<int> parseDays(QStringView text);
// "POST=DAYS" with DAYS as parseDays() reads it: {post, days}, nullopt when malformed.
std::optional<std::pair<QString, int>> parseDelayAssignment(const QString &text);

} // namespace rb::model
