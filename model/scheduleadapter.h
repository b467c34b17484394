// scheduleadapter.h — turns a portfolio into the analysis engine's input and back.
//
// The engine (analysis/) knows tasks by index and days by number; this adapter owns the mapping:
// task index == index in Portfolio::posts, day number == days since 1970-01-01. The rules that turn
// document fields into engine input are documented in docs/analysis.md ("From portfolio to network").
#pragma once

#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "analysis/network.h"
#include "analysis/uncertainty.h"
#include "model/idindex.h"
#include "model/portfolio.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rb::model {

int32_t toDayNumber(const QDate &date);
QDate fromDayNumber(int32_t day);
// "YYYY-MM-DD" of a day number, without going through QDate and a format string (the analysis
// commands write hundreds of thousands of dates). Years 0..9999.
void formatIsoDate(int32_t day, char out[10]);

// The probability (0..1) a risk's 1..5 probability score stands for: the middle of its band
// (docs/format.md: 1 < 10 %, 2 10–30 %, 3 30–50 %, 4 50–80 %, 5 > 80 %).
double probabilityOfScore(int score);

// Cost of delay of a post in k€ per day of slip: costOfDelayPerMonth / 30.4375 when given; otherwise
// the one-off budget (proposed + carried over — mostly hired capacity, per the plan) spread over the
// planned duration, since hired capacity keeps being paid while the post runs longer. 0 without either.
double costOfDelayPerDay(const Post &post);

struct AnalysisInput {
    rb::analysis::NetworkInput network;
    // By task index: the latest assessment's scores of the seven factors (none when not assessed).
    std::vector<std::optional<rb::analysis::UncertaintyProfile>> profiles;
    QStringList postIds; // by task index
    // The task index of a post id, over postIds (whose strings it may view: moving the input keeps
    // them where they are).
    IdIndex taskOf;
};

AnalysisInput buildAnalysisInput(const Portfolio &portfolio);

// The pieces of buildAnalysisInput, shared with DocumentReader::readSchedule (which builds the same
// input straight from a document, without a Portfolio):
// a post's task in the engine (all but its id);
rb::analysis::Task scheduleTask(const Post &post, const QDate &programmeStart);
// the network's project start (the earliest start anywhere) and programme end;
void setProgrammeDates(AnalysisInput &input, const Programme &programme);
// the uncertainty profile of each task, from its post's latest assessment (latest date; ties: the later
// one in the list), found for all posts in one pass over the assessments (input.taskOf must be set).
void setProfiles(AnalysisInput &input, const QList<Assessment> &assessments);

// A portfolio's network and baseline schedule, built once and shared (immutable).
class PortfolioSchedule {
public:
    // Null and `error` set when the network cannot be built (a cycle: "dependency cycle: A → B → A").
    static std::shared_ptr<const PortfolioSchedule> build(const Portfolio &portfolio, QString *error = nullptr);
    // The same from an input already built (DocumentReader::readSchedule) and the risk register.
    static std::shared_ptr<const PortfolioSchedule> build(AnalysisInput input, const QList<Risk> &risks, QString *error = nullptr);

    // The post ids, their index and the profiles; its network (tasks and links) moved into network().
    const AnalysisInput &input() const { return m_input; }
    const rb::analysis::ScheduleNetwork &network() const { return *m_network; }
    const rb::analysis::Schedule &schedule() const { return m_schedule; }
    int taskOf(const QString &postId) const { return m_input.taskOf.find(postId); } // -1: not a post
    QString postId(uint32_t task) const { return m_input.postIds.value(int(task)); }
    QStringList postIds(const std::vector<uint32_t> &tasks) const;
    // Risk events from the register plus the factor-based model for posts without an estimate.
    rb::analysis::MonteCarloModel monteCarloModel(rb::analysis::DistributionKind kind = rb::analysis::DistributionKind::Triangular) const;

private:
    PortfolioSchedule() = default;
    AnalysisInput m_input;
    std::optional<rb::analysis::ScheduleNetwork> m_network;
    rb::analysis::Schedule m_schedule;
    std::vector<rb::analysis::RiskEvent> m_registerEvents;
};

} // namespace rb::model
