// tst_trends.cpp — the trend series, the risk burn-down and "since last time" (model/trends.h) on small
// hand-made documents, each expected figure worked out by hand in the test.
#include "model/trends.h"

#include <QTest>

using namespace rb::model;

namespace {

Post post(const QString &id, const QDate &start, const QDate &finish)
{
    Post p;
    p.id = id;
    p.title = QStringLiteral("Post ") + id;
    p.start = start;
    p.finish = finish;
    return p;
}

Risk risk(const QString &id, int p, int i, RiskStatus status = RiskStatus::Open)
{
    Risk r;
    r.id = id;
    r.title = QStringLiteral("Risk ") + id;
    r.probability = p;
    r.impact = i;
    r.status = status;
    return r;
}

Assessment assessment(const QString &post, const QDate &date, QList<QPair<QString, int>> scores)
{
    Assessment a;
    a.post = post;
    a.date = date;
    for (const auto &s : scores) a.scores << qMakePair(s.first, FactorScore{s.second, {}, {}});
    return a;
}

// Three posts, two risks, one assessment, at status date 2019-03-01.
Portfolio older()
{
    Portfolio d;
    d.programme.statusDate = QDate(2019, 3, 1);
    d.programme.end = QDate(2019, 12, 31);
    d.posts << post(QStringLiteral("A"), QDate(2019, 1, 1), QDate(2019, 3, 31))  // running
            << post(QStringLiteral("B"), QDate(2019, 4, 1), QDate(2019, 6, 30))  // not started
            << post(QStringLiteral("C"), QDate(2019, 5, 1), QDate(2019, 9, 30)); // not started
    d.posts[0].status = PostStatus::Running;
    d.posts[0].actualStart = QDate(2019, 1, 1);
    d.posts[0].remainingDays = 31; // 2019-03-01 + 30 = 2019-03-31: on plan
    d.risks << risk(QStringLiteral("R1"), 4, 4) << risk(QStringLiteral("R2"), 2, 2) << risk(QStringLiteral("R3"), 3, 3);
    d.assessments << assessment(QStringLiteral("A"), QDate(2019, 1, 15),
                                {{QStringLiteral("planning"), 3}, {QStringLiteral("scope"), 2}});
    return d;
}

} // namespace

class TestTrends : public QObject {
    Q_OBJECT
private slots:
    void forecastFinishUsesProgress()
    {
        const Portfolio d = older();
        QCOMPARE(forecastFinish(d.posts[0], d.programme.statusDate), QDate(2019, 3, 31)); // 1 March + 31 − 1
        QCOMPARE(forecastFinish(d.posts[1], d.programme.statusDate), QDate(2019, 6, 30)); // planned
        Post done = d.posts[0];
        done.actualFinish = QDate(2019, 2, 20);
        QCOMPARE(forecastFinish(done, d.programme.statusDate), QDate(2019, 2, 20));
    }

    void sinceLastTimeComparesTwoVersions()
    {
        const Portfolio o = older();
        Portfolio n = o;
        n.programme.statusDate = QDate(2019, 5, 1);
        // A finished 10 days late; B started and now runs until 2019-07-20 (20 days late); C re-planned.
        n.posts[0].status = PostStatus::Done;
        n.posts[0].actualFinish = QDate(2019, 4, 10);
        n.posts[0].remainingDays.reset();
        n.posts[1].status = PostStatus::Running;
        n.posts[1].actualStart = QDate(2019, 4, 3);
        n.posts[1].remainingDays = 81; // 2019-05-01 + 80 = 2019-07-20
        n.posts[2].start = QDate(2019, 6, 1);
        n.posts[2].finish = QDate(2019, 10, 31);
        // R1 re-scored 4×4 → 5×4, R2 closed, R3 removed, R4 new; A's assessment: planning 3 → 4.
        n.risks[0].probability = 5;
        n.risks[1].status = RiskStatus::Closed;
        n.risks.removeAt(2);
        n.risks << risk(QStringLiteral("R4"), 3, 2);
        n.assessments << assessment(QStringLiteral("A"), QDate(2019, 4, 20),
                                    {{QStringLiteral("planning"), 4}, {QStringLiteral("scope"), 2}});

        const SinceLastTime s = sinceLastTime(o, n);
        QCOMPARE(s.since, QDate(2019, 3, 1));
        QCOMPARE(s.started.size(), 1);
        QCOMPARE(s.started[0].post, QStringLiteral("B"));
        QCOMPARE(s.started[0].after, QDate(2019, 4, 3));
        QCOMPARE(s.finished.size(), 1);
        QCOMPARE(s.finished[0].post, QStringLiteral("A"));
        // Slipped, largest first: C by 31 days (re-planned 30 Sep → 31 Oct), B by 20, A by 10.
        QCOMPARE(s.slipped.size(), 3);
        QCOMPARE(s.slipped[0].post, QStringLiteral("C"));
        QCOMPARE(s.slipped[0].days, 31);
        QCOMPARE(s.slipped[1].post, QStringLiteral("B"));
        QCOMPARE(s.slipped[1].days, 20);
        QCOMPARE(s.slipped[1].before, QDate(2019, 6, 30));
        QCOMPARE(s.slipped[1].after, QDate(2019, 7, 20));
        QCOMPARE(s.slipped[2].post, QStringLiteral("A"));
        QCOMPARE(s.slipped[2].days, 10);
        QCOMPARE(s.replanned.size(), 1);
        QCOMPARE(s.replanned[0].post, QStringLiteral("C"));
        QCOMPARE(s.newRisks.size(), 1);
        QCOMPARE(s.newRisks[0].risk, QStringLiteral("R4"));
        QCOMPARE(s.closedRisks.size(), 2);
        QCOMPARE(s.closedRisks[0].risk, QStringLiteral("R2"));
        QCOMPARE(s.closedRisks[0].after, QStringLiteral("closed"));
        QCOMPARE(s.closedRisks[1].risk, QStringLiteral("R3"));
        QCOMPARE(s.rescoredRisks.size(), 1);
        QCOMPARE(s.rescoredRisks[0].before, QStringLiteral("4×4"));
        QCOMPARE(s.rescoredRisks[0].after, QStringLiteral("5×4"));
        QCOMPARE(s.assessments.size(), 1);
        QCOMPARE(s.assessments[0].post, QStringLiteral("A"));
        QCOMPARE(s.assessments[0].scores.size(), 1);
        QCOMPARE(s.assessments[0].scores[0].first, QStringLiteral("planning"));
        QCOMPARE(s.assessments[0].scores[0].second, qMakePair(3, 4));
        QVERIFY(!s.isEmpty());
    }

    void sameDocumentHasNoChanges()
    {
        const Portfolio o = older();
        QVERIFY(sinceLastTime(o, o).isEmpty());
    }

    void scheduleFinishesWinOverTheDocumentsOwn()
    {
        // The caller's CPM finish for B moves 5 days, though B's own fields did not change.
        const Portfolio o = older();
        Portfolio n = o;
        const SinceLastTime s = sinceLastTime(o, n, {{QStringLiteral("B"), QDate(2019, 6, 30)}},
                                              {{QStringLiteral("B"), QDate(2019, 7, 5)}});
        QCOMPARE(s.slipped.size(), 1);
        QCOMPARE(s.slipped[0].days, 5);
    }

    void undatedPostsDoNotSlipWithTheStatusDate()
    {
        // An external post without dates sits at the status date in the schedule; a later status date
        // moves it, which is no slip.
        Portfolio o = older();
        Post x;
        x.id = QStringLiteral("X");
        x.kind = PostKind::External;
        o.posts << x;
        Portfolio n = o;
        n.programme.statusDate = QDate(2019, 5, 1);
        const SinceLastTime s = sinceLastTime(o, n, {{QStringLiteral("X"), QDate(2019, 3, 1)}},
                                              {{QStringLiteral("X"), QDate(2019, 5, 1)}});
        for (const PostMove &m : s.slipped) QVERIFY2(m.post != QStringLiteral("X"), "an undated post slipped");
        QCOMPARE(s.slipped.size(), 1); // A only: its 31 remaining days now count from 1 May
        QCOMPARE(s.slipped[0].post, QStringLiteral("A"));
    }

    void newBaselineThatMovesAPostIsAReplan()
    {
        Portfolio o = older();
        Baseline b1{QStringLiteral("Plan"),
                    QDate(2019, 1, 1),
                    {},
                    {},
                    {},
                    {},
                    {{QStringLiteral("B"), QDate(2019, 4, 1), QDate(2019, 6, 30), {}}}};
        o.baselines << b1;
        Portfolio n = o;
        Baseline b2 = b1;
        b2.name = QStringLiteral("Herijking");
        b2.date = QDate(2019, 4, 1);
        b2.posts[0].finish = QDate(2019, 8, 31);
        n.baselines << b2;
        const SinceLastTime s = sinceLastTime(o, n);
        QCOMPARE(s.replanned.size(), 1);
        QCOMPARE(s.replanned[0].post, QStringLiteral("B"));
        QCOMPARE(s.replanned[0].before, QDate(2019, 6, 30));
        QCOMPARE(s.replanned[0].after, QDate(2019, 8, 31));
    }

    void sinceTheLatestBaseline()
    {
        Portfolio d = older();
        QVERIFY(!sinceLatestBaseline(d));
        d.baselines << Baseline{QStringLiteral("Plan"),
                                QDate(2018, 12, 1),
                                {},
                                {},
                                {},
                                {},
                                {{QStringLiteral("A"), QDate(2019, 1, 1), QDate(2019, 3, 20), {}},
                                 {QStringLiteral("B"), QDate(2019, 4, 1), QDate(2019, 6, 30), {}}}};
        const auto s = sinceLatestBaseline(d);
        QVERIFY(s);
        QCOMPARE(s->against, SinceLastTime::Against::Baseline);
        QVERIFY(!s->risksKnown);
        QCOMPARE(s->started.size(), 1); // A started 2019-01-01, after 2018-12-01
        QCOMPARE(s->slipped.size(), 1); // A: 2019-03-20 → 2019-03-31; B on plan
        QCOMPARE(s->slipped[0].post, QStringLiteral("A"));
        QCOMPARE(s->slipped[0].days, 11);
        QCOMPARE(s->assessments.size(), 1); // A assessed 2019-01-15, after the baseline
        QCOMPARE(s->assessments[0].before, QDate());
    }

    void trendSeriesInDateOrder()
    {
        Portfolio d = older();
        d.baselines << Baseline{QStringLiteral("Plan"),
                                QDate(2018, 10, 18),
                                QStringLiteral("original"),
                                {},
                                QDate(2019, 11, 1),
                                QDate(2019, 12, 1),
                                {}}
                    << Baseline{QStringLiteral("Herijking"),
                                QDate(2019, 2, 1),
                                QStringLiteral("DSO late"),
                                {},
                                QDate(2020, 1, 1),
                                QDate(2020, 2, 1),
                                {}};
        Portfolio snap = older();
        snap.programme.statusDate = QDate(2019, 1, 15);
        Portfolio future = older();
        future.programme.statusDate = QDate(2019, 6, 1); // after the current status date: left out
        const QList<TrendPoint> t
            = trendSeries(d, Forecast{QDate(2020, 1, 10), QDate(2020, 3, 1), 0.25},
                          {Snapshot{&future, {}}, Snapshot{&snap, Forecast{{}, QDate(2019, 12, 20), 0.6}}});
        QCOMPARE(t.size(), 4);
        QCOMPARE(t[0].name, QStringLiteral("Plan"));
        QCOMPARE(t[0].forecast.p80, QDate(2019, 12, 1));
        QVERIFY(!t[0].forecast.probabilityByEnd);
        QCOMPARE(t[1].kind, TrendPoint::Kind::Snapshot);
        QCOMPARE(t[1].date, QDate(2019, 1, 15));
        QCOMPARE(t[2].reason, QStringLiteral("DSO late"));
        QCOMPARE(t[3].kind, TrendPoint::Kind::Current);
        QCOMPARE(t[3].date, QDate(2019, 3, 1));
        QCOMPARE(*t[3].forecast.probabilityByEnd, 0.25);
    }

    void burnDownCountsOpenRisksPerBand()
    {
        // Bands (palette::exposureStep): 16 → 4, 4 → 2, 9 → 3; residual wins when given.
        Portfolio o = older();
        Portfolio n = o;
        n.programme.statusDate = QDate(2019, 5, 1);
        n.risks[0].residualProbability = 2;
        n.risks[0].residualImpact = 2; // 4 → band 2
        n.risks[1].status = RiskStatus::Closed;
        Risk unscored;
        unscored.id = QStringLiteral("R9");
        n.risks << unscored;
        const QList<BurnDownPoint> b = riskBurnDown({&n, &o});
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0].date, QDate(2019, 3, 1));
        QCOMPARE(b[0].open[4], 1);
        QCOMPARE(b[0].open[2], 1);
        QCOMPARE(b[0].open[3], 1);
        QCOMPARE(b[0].total(), 3);
        QCOMPARE(b[1].open[4], 0);
        QCOMPARE(b[1].open[2], 1); // R1 residual 2×2; R2 closed
        QCOMPARE(b[1].open[3], 1);
        QCOMPARE(b[1].open[0], 1);
        QCOMPARE(b[1].total(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTrends)
#include "tst_trends.moc"
