// schedulecheck.h — is the schedule fit to be analysed? Checks in the spirit of the DCMA 14-point
// assessment (DCMA-EA PAM 200.1, section 4), adapted to programme portfolios: posts instead of
// activities, level-of-effort roles and external posts left out where a programme plan rightly has no
// logic for them, calendar days instead of working days. The rules, their thresholds and the sources
// are in docs/analysis.md ("Schedule check").
//
// The engine knows the network, the constraints, level of effort, fixed dates, done tasks and the CPM
// floats; what only the document knows (an estimate or an assessment, a deadline the user typed, the
// progress status, the status date) comes in plainly as CheckFacts and CheckOptions.
#pragma once

#include "analysis/cpm.h"
#include "analysis/network.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace rb::analysis {

/// One rule of the check. The order is the order of the report.
enum class CheckRule : std::uint8_t {
    ActualAfterStatusDate,   ///< error: a started post starts, or a done post finishes, after the status date
    NoPredecessor,           ///< a programme post (not level of effort, not external) without predecessor
    NoSuccessor,             ///< … without successor
    LevelOfEffortLogic,      ///< a level-of-effort post with a link (one finding per link)
    HardConstraint,          ///< a post with a deadline (finish no later than)
    NegativeLag,             ///< a link with a lead (negative lag)
    LongLag,                 ///< a link with a lag longer than CheckOptions::longLagDays
    FixedDateUnused,         ///< a fixed external date no post has to be ready for
    NoEstimateNorAssessment, ///< a post whose spread comes from nothing: no estimate, no assessment
    ForecastBeforeStatusDate, ///< a post not started whose forecast start (or a running post's finish) is before the status date
    NegativeFloat,            ///< a post whose total float is negative: its logic misses a deadline or date
    HighFloat,                ///< a programme post with total float above CheckOptions::highFloatDays
};
inline constexpr std::size_t kCheckRuleCount = 12;

enum class CheckSeverity : std::uint8_t { Error, Warning };

/// Stable, untranslated id of a rule ("no-predecessor", …), for --json and tests.
const char *checkRuleId(CheckRule rule) noexcept;
CheckSeverity checkSeverity(CheckRule rule) noexcept;
/// The DCMA 14-point check a rule adapts ("1 Logic", "2 Leads", …), or nullptr.
const char *checkDcmaPoint(CheckRule rule) noexcept;
/// DCMA's limit on the share of the population with this finding (0.05 = 5 %), when it sets one.
std::optional<double> checkDcmaLimit(CheckRule rule) noexcept;

/// What the document knows about a post and the engine does not (by task index).
struct CheckFacts {
    bool hasEstimate = false;           ///< a three-point estimate
    bool hasAssessment = false;         ///< at least one success-factor assessment
    bool hasDeadline = false;           ///< a deadline typed by the user (not the window an external post gets)
    bool started = false;               ///< running or done
    bool cancelled = false;             ///< cancelled posts are left out of every rule
    std::optional<std::int32_t> start;  ///< the document's start, day number
    std::optional<std::int32_t> finish; ///< the document's (planned) finish, day number
};

struct CheckOptions {
    /// A lag longer than this is a finding. Default 62 calendar days: DCMA's yardstick for "long" (44
    /// working days, two months) in calendar days (44 × 7 / 5 = 61.6).
    std::int32_t longLagDays = 62;
    /// Total float above this is a finding. Default 62 calendar days = DCMA check 6's 44 working days.
    std::int32_t highFloatDays = 62;
    /// The date the progress (status) was recorded; without it the two status-date rules are skipped.
    std::optional<std::int32_t> statusDate;
};

struct CheckFinding {
    CheckRule rule = CheckRule::NoPredecessor;
    std::vector<std::uint32_t> tasks;  ///< the posts it names; for a link: predecessor, successor
    std::optional<std::uint32_t> link; ///< the link, for the link rules
    /// The number behind it: the lag (lag rules), the total float (float rules), days before/after the
    /// status date (status-date rules); 0 otherwise.
    std::int32_t days = 0;
};

/// One rule's count against its population (as DCMA states its limits: a share of the incomplete tasks,
/// or of the relationships).
struct CheckRuleSummary {
    CheckRule rule = CheckRule::NoPredecessor;
    std::size_t count = 0;
    std::size_t population = 0;
};

struct CheckReport {
    std::vector<CheckFinding> findings;  ///< by rule (enum order), then by task or link index
    std::vector<CheckRuleSummary> rules; ///< every rule, in enum order
    std::size_t errors = 0;
    std::size_t warnings = 0;
};

/// Runs every rule. `facts` is by task index (missing entries count as default facts). O(tasks + links).
CheckReport checkSchedule(const ScheduleNetwork &net, const Schedule &schedule, std::span<const CheckFacts> facts,
                          const CheckOptions &options = {});

} // namespace rb::analysis
