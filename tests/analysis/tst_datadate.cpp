// tst_datadate.cpp — scheduling from the status date (data date): work not started cannot start before
// it, done work keeps its actual dates, a started task's remaining work starts on it; the same in the
// what-if and in every Monte Carlo iteration (docs/analysis.md "Data date").
#include "analysis/cpm.h"
#include "analysis/montecarlo.h"
#include "analysis/propagation.h"

#include <QtTest>

using namespace rb::analysis;

namespace {

enum : std::uint32_t { A, B, B2, C, D, E };

// Status date 100. Hand-worked expectations (inclusive days):
//   A  done, actual 80..95                                  → 80..95 whatever its links
//   B  started on 90, 10 days left                          → 90..109 (remainder 100..109)
//   B2 started on 95, planned 10 days, no remaining given   → remainder max(0, 95 + 10 − 100) = 5: 95..104
//   C  not started, planned from 50, 5 days                 → 100..104 (not before the status date)
//   D  FS after B, 3 days                                   → 110..112
//   E  FS after A (done, ends 95), 2 days                   → 100..101 (the status date, not 96)
//   link C → B (FS): B has started, so C finishing on 104 no longer holds it (progress override)
NetworkInput statusNetwork()
{
    NetworkInput in;
    in.statusDate = 100;
    auto add = [&](const char *id, std::int32_t d) {
        Task t;
        t.id = id;
        t.durationDays = d;
        in.tasks.push_back(t);
        return &in.tasks.back();
    };
    Task *a = add("A", 16);
    a->done = true;
    a->fixedStart = 80;
    a->fixedFinish = 95;
    Task *b = add("B", 20);
    b->actualStart = 90;
    b->remainingDays = 10;
    b->startNoEarlierThan = 85;
    add("B2", 10)->actualStart = 95;
    add("C", 5)->startNoEarlierThan = 50;
    add("D", 3);
    add("E", 2);
    in.links = {{A, B, LinkType::FS, 0}, {B, D, LinkType::FS, 0}, {A, E, LinkType::FS, 0}, {C, B, LinkType::FS, 0}};
    return in;
}

ScheduleNetwork built(NetworkInput in)
{
    auto net = ScheduleNetwork::build(std::move(in));
    if (!net) qFatal("%s", net.error().message.c_str());
    return std::move(*net);
}

} // namespace

class TestDataDate : public QObject {
    Q_OBJECT
private slots:
    void schedulesFromTheStatusDate()
    {
        const ScheduleNetwork net = built(statusNetwork());
        const Schedule s = computeSchedule(net);
        const auto dates = [&](std::uint32_t t) { return std::pair(s.tasks[t].earlyStart, s.tasks[t].earlyFinish); };
        QCOMPARE(dates(A), std::pair(80, 95));
        QCOMPARE(dates(B), std::pair(90, 109));
        QCOMPARE(dates(B2), std::pair(95, 104));
        QCOMPARE(dates(C), std::pair(100, 104));
        QCOMPARE(dates(D), std::pair(110, 112));
        QCOMPARE(dates(E), std::pair(100, 101));
        QCOMPARE(s.finish, 112);
        // B drives D, which ends the programme: the started task's remainder is critical.
        QVERIFY(s.tasks[B].critical);
        QCOMPARE(s.tasks[B].totalFloat, 0);
        QVERIFY(!s.tasks[A].critical);
        // C's late dates are not bound by its link into the started B: it may finish on 112.
        QCOMPARE(s.tasks[C].lateFinish, 112);
        QCOMPARE(s.tasks[C].totalFloat, 8);
        QCOMPARE(s.tasks[C].freeFloat, 8);
    }

    void explainsTheDataDate()
    {
        const ScheduleNetwork net = built(statusNetwork());
        const Schedule s = computeSchedule(net);
        const auto c = explainStart(net, s, C);
        QCOMPARE(c.size(), size_t(1));
        QCOMPARE(c[0].driver, Driver::StatusDate);
        QCOMPARE(c[0].gainDays, std::optional<std::int32_t>(50)); // planned from 50
        QCOMPARE(explainStart(net, s, B)[0].driver, Driver::ActualStart);
        const auto d = explainStart(net, s, D);
        QCOMPARE(d.size(), size_t(2));
        QCOMPARE(d[1].driver, Driver::ActualStart);
    }

    // Without a status date nothing changes: the actual start needs one.
    void startedTaskNeedsAStatusDate()
    {
        NetworkInput in = statusNetwork();
        in.statusDate.reset();
        const auto net = ScheduleNetwork::build(std::move(in));
        QVERIFY(!net);
        QCOMPARE(net.error().code, ErrorCode::InvalidArgument);
        NetworkInput late = statusNetwork();
        late.tasks[B].actualStart = 101;
        QVERIFY(!ScheduleNetwork::build(std::move(late)));
    }

    // A status date before every planned start changes nothing (a plan is its own status).
    void earlyStatusDateChangesNothing()
    {
        NetworkInput in = statusNetwork();
        for (Task &t : in.tasks) t.actualStart.reset(), t.remainingDays.reset();
        NetworkInput plain = in;
        plain.statusDate.reset();
        in.statusDate = 10;
        const Schedule s = computeSchedule(built(in)), p = computeSchedule(built(plain));
        for (std::uint32_t t = 0; t < s.tasks.size(); ++t) {
            QCOMPARE(s.tasks[t].earlyStart, p.tasks[t].earlyStart);
            QCOMPARE(s.tasks[t].lateFinish, p.tasks[t].lateFinish);
        }
    }

    void whatIfRespectsProgress()
    {
        const ScheduleNetwork net = built(statusNetwork());
        const Schedule s = computeSchedule(net);
        DelayPropagator prop(net, s);
        // Done work does not slip.
        auto r = prop.propagate({{{A, 30}}, {}, {}});
        QVERIFY(r);
        QVERIFY(r->affected.empty());
        // More remaining work in B: B ends 5 days later, and D with it; B keeps its actual start.
        r = prop.propagate({{{B, 5}}, {}, {}});
        QVERIFY(r);
        QCOMPARE(r->finishAfter, 117);
        QCOMPARE(r->affected.size(), size_t(2));
        QCOMPARE(r->affected[0].task, std::uint32_t(B));
        QCOMPARE(r->affected[0].newFinish, 114);
        // C slipping does not move the started B (its link no longer binds).
        r = prop.propagate({{{C, 10}}, {}, {}});
        QVERIFY(r);
        QCOMPARE(r->affected.size(), size_t(1));
        QCOMPARE(r->finishAfter, 114); // C itself now ends the programme
    }

    // Monte Carlo: done work never varies, started work keeps its actual start and varies only in its
    // remainder (the estimate scaled to the remaining days), and nothing unstarted starts before the
    // status date in any iteration.
    void monteCarloRespectsProgress()
    {
        NetworkInput in = statusNetwork();
        in.tasks[A].estimate = Estimate{10, 16, 40}; // ignored: done
        in.tasks[B].estimate = Estimate{15, 20, 30}; // remainder: 10 × (0.75, 1, 1.5) = 7.5, 10, 15 days
        in.tasks[C].estimate = Estimate{1, 5, 9};
        const ScheduleNetwork net = built(in);
        const MonteCarloModel model = buildMonteCarloModel(net);
        QCOMPARE(int(model.durations[A].kind), int(DistributionKind::Fixed));
        // B's duration in the network is 10 elapsed days + the remainder.
        QCOMPARE(model.durations[B].optimistic, 17.5);
        QCOMPARE(model.durations[B].mostLikely, 20.0);
        QCOMPARE(model.durations[B].pessimistic, 25.0);
        MonteCarloOptions opt;
        opt.iterations = 2000;
        opt.threads = 1;
        const auto r = runMonteCarlo(net, model, opt);
        QVERIFY(r);
        const TaskRisk &a = r->tasks[A];
        QCOMPARE(a.finish.p50, 95);
        QCOMPARE(a.finish.p90, 95);
        QCOMPARE(a.sensitivity, 0.0);
        // B finishes between 90 + 18 − 1 and 90 + 25 − 1 (samples rounded to whole days).
        QVERIFY(r->tasks[B].finish.p50 >= 107 && r->tasks[B].finish.p90 <= 114);
        // C (1..9 days from the status date) finishes on 100..108, never before the status date.
        QVERIFY(r->tasks[C].finish.p50 >= 100 && r->tasks[C].finish.p90 <= 108);
        // B ends on 107 at the earliest, so D (3 days after it) ends the programme on 110 at the earliest.
        for (const FinishBin &bin : r->finishDistribution) QVERIFY(bin.day >= 110);
    }
};

QTEST_GUILESS_MAIN(TestDataDate)
#include "tst_datadate.moc"
