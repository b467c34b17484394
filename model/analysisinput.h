// analysisinput.h — a portfolio's fields as the analysis engine's input.
//
// The engine (analysis/) knows tasks by index and days by number; these functions own the mapping:
// task index == index in Portfolio::posts, day number == days since 1970-01-01. The rules are documented
// in docs/portfolio-to-network.md. Only the engine's plain input types are needed here (no engine code),
// so the document reader and its fuzzer can build an input without linking the engine.
#pragma once

#include "analysis/types.h"
#include "analysis/uncertainty.h"
#include "model/idindex.h"
#include "model/portfolio.h"

#include <QString>
#include <QStringList>

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
    QStringList postIds;         // by task index (the network's ids are the same in UTF-8)
    std::vector<double> budgets; // by task index: the post's whole budget in k€ (postBudgetTotal), for variances
};

AnalysisInput buildAnalysisInput(const Portfolio &portfolio);

// The programme as the analysis sees it: the status date is the data date only when the document
// records progress (some post has actualStart, actualFinish or remainingDays). A document without any
// progress is a plan: its status date is only "as of", and nothing is moved to it (documents written
// before progress existed analyse as they did). Pass the result to addPost and completeInput.
Programme analysisProgramme(const Programme &programme, bool recordsProgress);

// The engine's index of one of the seven main factor ids ("ownership" → 1); none for other ids.
std::optional<size_t> successFactorIndex(const QString &factorId);

// The steps of buildAnalysisInput, which DocumentReader::readSchedule takes too (it builds the same
// input straight from a document, without a Portfolio), so the two cannot drift apart:
// 1. each post in turn becomes the next task;
//    (the programme's start and status date decide where it may start: docs/portfolio-to-network.md);
void addPost(AnalysisInput &input, const Post &post, const Programme &programme);
// 2. each dependency, its ends resolved to task indices, becomes the next link;
void addLink(AnalysisInput &input, uint32_t from, uint32_t to, LinkType type, int lagDays);
// 3. once every post is in: the project start (the earliest start anywhere) and programme end, and
//    each task's uncertainty profile from its post's latest assessment (latest date; ties: the later
//    one in the list), found for all posts in one pass. `postIndex` is the caller's index of
//    input.postIds, if it has one; otherwise one is made when there are assessments.
void completeInput(AnalysisInput &input, const Programme &programme, const QList<Assessment> &assessments,
                   const IdIndex *postIndex = nullptr);

} // namespace rb::model
