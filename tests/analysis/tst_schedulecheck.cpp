// tst_schedulecheck.cpp — each rule of the schedule check on a small hand-made network whose findings
// are worked out by hand in the comments, and a clean chain that has none.
#include "analysis/schedulecheck.h"

#include <QtTest>

#include <algorithm>

using namespace rb::analysis;

namespace {

Task task(const char *id, int start, int duration)
{
    Task t;
    t.id = id;
    t.startNoEarlierThan = start;
    t.durationDays = duration;
    return t;
}

Link link(std::uint32_t from, std::uint32_t to, int lag = 0, LinkType type = LinkType::FS)
{
    return Link{from, to, type, lag};
}

struct Checked {
    CheckReport report;
    std::vector<std::string> ids;
    // The findings of `rule` as "A" or "A>B" (links), in report order.
    std::vector<std::string> of(CheckRule rule) const
    {
        std::vector<std::string> out;
        for (const CheckFinding &f : report.findings)
            if (f.rule == rule) {
                std::string s = ids[f.tasks[0]];
                if (f.tasks.size() > 1) s += ">" + ids[f.tasks[1]];
                out.push_back(s);
            }
        return out;
    }
    const CheckFinding &first(CheckRule rule) const
    {
        return *std::find_if(report.findings.begin(), report.findings.end(),
                             [&](const CheckFinding &f) { return f.rule == rule; });
    }
    const CheckRuleSummary &summary(CheckRule rule) const { return report.rules[std::size_t(rule)]; }
};

Checked run(NetworkInput in, std::vector<CheckFacts> facts, CheckOptions options = {})
{
    auto net = ScheduleNetwork::build(std::move(in));
    if (!net) qFatal("network: %s", net.error().message.c_str());
    Checked c;
    for (const Task &t : net->tasks()) c.ids.push_back(t.id);
    c.report = checkSchedule(*net, computeSchedule(*net), facts, options);
    return c;
}

// Every task estimated, so that only the rule under test fires.
std::vector<CheckFacts> estimated(std::size_t n)
{
    CheckFacts f;
    f.hasEstimate = true;
    return std::vector<CheckFacts>(n, f);
}

using Ids = std::vector<std::string>;

} // namespace

class TestScheduleCheck : public QObject {
    Q_OBJECT
private slots:
    void chainHasOnlyItsOpenEnds()
    {
        // A → B → C, back to back: no float, no lags; only the chain's two ends lack logic (DCMA
        // excuses the project's start and finish milestones only; a portfolio has none).
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("B", 0, 10), task("C", 0, 10)};
        in.links = {link(0, 1), link(1, 2)};
        const Checked c = run(in, estimated(3));
        QCOMPARE(c.of(CheckRule::NoPredecessor), (Ids{"A"}));
        QCOMPARE(c.of(CheckRule::NoSuccessor), (Ids{"C"}));
        QCOMPARE(c.report.findings.size(), std::size_t(2));
        QCOMPARE(c.report.errors, std::size_t(0));
        QCOMPARE(c.report.warnings, std::size_t(2));
        QCOMPARE(c.report.rules.size(), kCheckRuleCount);
        // Logic is measured against the three open programme posts, lags against the two links.
        QCOMPARE(c.summary(CheckRule::NoPredecessor).population, std::size_t(3));
        QCOMPARE(c.summary(CheckRule::NegativeLag).population, std::size_t(2));
    }

    void missingLogicSkipsLevelOfEffortExternalsAndDone()
    {
        // A → B; C alone; R a role (level of effort) alone; X external alone; D done alone.
        // Open programme posts: A, B, C. No predecessor: A (the start of a chain) and C; no successor: B and C.
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("B", 0, 10), task("C", 0, 20),
                    task("R", 0, 20), task("X", 0, 5),  task("D", 0, 5)};
        in.tasks[3].levelOfEffort = true;
        in.tasks[4].external = true;
        in.tasks[5].done = true;
        in.tasks[5].fixedStart = 0;
        in.tasks[5].fixedFinish = 4;
        in.links = {link(0, 1)};
        const Checked c = run(in, estimated(6));
        QCOMPARE(c.of(CheckRule::NoPredecessor), (Ids{"A", "C"}));
        QCOMPARE(c.of(CheckRule::NoSuccessor), (Ids{"B", "C"}));
        QCOMPARE(c.summary(CheckRule::NoPredecessor).population, std::size_t(3));
        QCOMPARE(checkSeverity(CheckRule::NoPredecessor), CheckSeverity::Warning);
    }

    void levelOfEffortWithLogic()
    {
        // R (a role) → A and A → B: only the link that touches R.
        NetworkInput in;
        in.tasks = {task("R", 0, 100), task("A", 0, 10), task("B", 0, 10)};
        in.tasks[0].levelOfEffort = true;
        in.links = {link(1, 2), link(0, 1)};
        const Checked c = run(in, estimated(3));
        QCOMPARE(c.of(CheckRule::LevelOfEffortLogic), (Ids{"R>A"}));
        QCOMPARE(*c.first(CheckRule::LevelOfEffortLogic).link, std::uint32_t(1));
    }

    void hardConstraintsFromTheDocumentOnly()
    {
        // A and B carry deadlines typed in the document; X is external (its window is not the user's
        // deadline) and is left out; C has none.
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("B", 0, 10), task("C", 0, 10), task("X", 0, 10)};
        in.tasks[3].external = true;
        in.links = {link(0, 1), link(1, 2), link(2, 3)};
        auto facts = estimated(4);
        facts[0].hasDeadline = facts[1].hasDeadline = facts[3].hasDeadline = true;
        const Checked c = run(in, facts);
        QCOMPARE(c.of(CheckRule::HardConstraint), (Ids{"A", "B"}));
        QCOMPARE(c.summary(CheckRule::HardConstraint).population, std::size_t(3));
    }

    void negativeAndLongLags()
    {
        // A →(-5) B →(62) C →(63) D: a lead on the first link; only the third is longer than 62 days;
        // with a threshold of 30 the second is long too.
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("B", 0, 10), task("C", 0, 10), task("D", 0, 10)};
        in.links = {link(0, 1, -5), link(1, 2, 62), link(2, 3, 63)};
        const Checked c = run(in, estimated(4));
        QCOMPARE(c.of(CheckRule::NegativeLag), (Ids{"A>B"}));
        QCOMPARE(c.first(CheckRule::NegativeLag).days, -5);
        QCOMPARE(c.of(CheckRule::LongLag), (Ids{"C>D"}));
        QCOMPARE(c.first(CheckRule::LongLag).days, 63);
        CheckOptions o;
        o.longLagDays = 30;
        QCOMPARE(run(in, estimated(4), o).of(CheckRule::LongLag), (Ids{"B>C", "C>D"}));
    }

    void fixedDateWithoutDependentPost()
    {
        // LAW1 has A leading up to it (a target); LAW2 only has a successor, nobody has to meet it.
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("LAW1", 0, 0), task("LAW2", 0, 0), task("B", 0, 10)};
        for (int i : {1, 2}) {
            in.tasks[i].fixedDate = true;
            in.tasks[i].fixedStart = in.tasks[i].fixedFinish = 50;
        }
        in.links = {link(0, 1), link(2, 3), link(0, 3)};
        const Checked c = run(in, estimated(4));
        QCOMPARE(c.of(CheckRule::FixedDateUnused), (Ids{"LAW2"}));
        QCOMPARE(c.summary(CheckRule::FixedDateUnused).population, std::size_t(2));
    }

    void neitherEstimateNorAssessment()
    {
        // A: estimate; B: assessment; C: neither; R: level of effort (no spread needed); X: external
        // work without either (it can slip too, so it counts).
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("B", 0, 10), task("C", 0, 10), task("R", 0, 10), task("X", 0, 10)};
        in.tasks[3].levelOfEffort = true;
        in.tasks[4].external = true;
        in.links = {link(0, 1), link(1, 2)};
        std::vector<CheckFacts> facts(5);
        facts[0].hasEstimate = true;
        facts[1].hasAssessment = true;
        const Checked c = run(in, facts);
        QCOMPARE(c.of(CheckRule::NoEstimateNorAssessment), (Ids{"C", "X"}));
    }

    void datesAgainstTheStatusDate()
    {
        // Status date 100. A not started, starts at 90: forecast 10 days in the past. B running since
        // 80, forecast finish 80+10-1 = 89: 11 days in the past. C running but starting at 105: an actual
        // start 5 days after the status date (error). D done, finished at 120 per its dates: 20 days after
        // (error). E not started, starts at 110: fine.
        NetworkInput in;
        in.tasks = {task("A", 90, 10), task("B", 80, 10), task("C", 105, 10), task("D", 0, 0), task("E", 110, 5)};
        in.tasks[3].done = true;
        in.tasks[3].fixedStart = 100;
        in.tasks[3].fixedFinish = 120;
        in.tasks[3].startNoEarlierThan.reset();
        in.links = {link(0, 4), link(1, 4), link(2, 4)};
        auto facts = estimated(5);
        facts[1].started = facts[2].started = facts[3].started = true;
        facts[1].start = 80;
        facts[2].start = 105;
        facts[3].start = 100;
        facts[3].finish = 120;
        CheckOptions o;
        o.statusDate = 100;
        const Checked c = run(in, facts, o);
        QCOMPARE(c.of(CheckRule::ForecastBeforeStatusDate), (Ids{"A", "B"}));
        QCOMPARE(c.first(CheckRule::ForecastBeforeStatusDate).days, 10);
        QCOMPARE(c.report
                     .findings[size_t(std::find_if(c.report.findings.begin(), c.report.findings.end(),
                                                   [](const CheckFinding &f) {
                                                       return f.rule == CheckRule::ForecastBeforeStatusDate
                                                           && f.tasks[0] == 1;
                                                   })
                                      - c.report.findings.begin())]
                     .days,
                 11);
        QCOMPARE(c.of(CheckRule::ActualAfterStatusDate), (Ids{"C", "D"}));
        QCOMPARE(c.first(CheckRule::ActualAfterStatusDate).days, 5);
        QCOMPARE(c.report.errors, std::size_t(2));
        QCOMPARE(checkSeverity(CheckRule::ActualAfterStatusDate), CheckSeverity::Error);
        // Without a status date neither rule can say anything.
        const Checked none = run(in, facts);
        QVERIFY(none.of(CheckRule::ForecastBeforeStatusDate).empty());
        QVERIFY(none.of(CheckRule::ActualAfterStatusDate).empty());
        QCOMPARE(none.report.errors, std::size_t(0));
    }

    void negativeAndHighFloat()
    {
        // A (0..9) → B (10..19), B must finish by day 15: B's float -4 (late finish 15, early 19), and
        // A's too. C (0..9) is alone while the programme runs to day 199 (D, 0..199): its float is
        // 199 - 9 = 190 > 62. D itself is the finish (float 0).
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("B", 0, 10), task("C", 0, 10), task("D", 0, 200)};
        in.tasks[1].finishNoLaterThan = 15;
        in.links = {link(0, 1)};
        const Checked c = run(in, estimated(4));
        QCOMPARE(c.of(CheckRule::NegativeFloat), (Ids{"A", "B"}));
        QCOMPARE(c.first(CheckRule::NegativeFloat).days, -4);
        QCOMPARE(c.of(CheckRule::HighFloat), (Ids{"C"}));
        QCOMPARE(c.first(CheckRule::HighFloat).days, 190);
        CheckOptions o;
        o.highFloatDays = 190; // "above", not "at"
        QVERIFY(run(in, estimated(4), o).of(CheckRule::HighFloat).empty());
    }

    void cancelledPostsAreLeftOut()
    {
        // C is cancelled: neither its missing logic nor its lead counts.
        NetworkInput in;
        in.tasks = {task("A", 0, 10), task("B", 0, 10), task("C", 0, 0)};
        in.links = {link(0, 1), link(2, 1, -3)};
        auto facts = estimated(3);
        facts[2].cancelled = true;
        facts[2].hasEstimate = false;
        const Checked c = run(in, facts);
        QVERIFY(c.of(CheckRule::NegativeLag).empty());
        QVERIFY(c.of(CheckRule::NoEstimateNorAssessment).empty());
        QCOMPARE(c.of(CheckRule::NoPredecessor), (Ids{"A"}));
    }

    void ruleIdsAreStableAndUnique()
    {
        QSet<QString> ids;
        for (std::size_t r = 0; r < kCheckRuleCount; ++r) ids.insert(QString::fromLatin1(checkRuleId(CheckRule(r))));
        QCOMPARE(ids.size(), qsizetype(kCheckRuleCount));
        QCOMPARE(QString::fromLatin1(checkRuleId(CheckRule::HighFloat)), QStringLiteral("high-float"));
        QCOMPARE(*checkDcmaLimit(CheckRule::HighFloat), 0.05);
        QCOMPARE(QString::fromLatin1(checkDcmaPoint(CheckRule::NegativeLag)), QStringLiteral("2 Leads"));
    }
};

QTEST_GUILESS_MAIN(TestScheduleCheck)
#include "tst_schedulecheck.moc"
