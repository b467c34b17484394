// tst_scheduleadapter.cpp — how a portfolio becomes the engine's network: the inclusive date
// convention, planned starts, done posts, costs of delay and register risk events.
#include "model/documentreader.h"
#include "model/scheduleadapter.h"

#include <QtTest>

using namespace rb::model;
namespace an = rb::analysis;

class TestScheduleAdapter : public QObject {
    Q_OBJECT
private:
    static Post post(const QString &id, int days, const QDate &start = {})
    {
        Post p;
        p.id = id;
        p.title = id;
        p.durationDays = days;
        p.start = start;
        return p;
    }
    static Dependency link(const QString &from, const QString &to, LinkType type = LinkType::FS, int lag = 0)
    {
        Dependency d;
        d.from = from;
        d.to = to;
        d.type = type;
        d.lagDays = lag;
        return d;
    }

private slots:
    void dayNumbers()
    {
        QCOMPARE(toDayNumber(QDate(1970, 1, 1)), 0);
        QCOMPARE(toDayNumber(QDate(2019, 1, 1)), 17897);
        QCOMPARE(fromDayNumber(17897), QDate(2019, 1, 1));
        QCOMPARE(fromDayNumber(toDayNumber(QDate(1900, 3, 1))), QDate(1900, 3, 1));
    }

    // The fast formatter agrees with QDate on every day of four centuries (leap years included).
    void formatIsoDateAgreesWithQDate()
    {
        char text[10];
        for (QDate d(1900, 1, 1); d <= QDate(2300, 12, 31); d = d.addDays(1)) {
            formatIsoDate(toDayNumber(d), text);
            if (QLatin1String(text, 10) != d.toString(Qt::ISODate))
                QFAIL(qPrintable(d.toString(Qt::ISODate) + QStringLiteral(" formatted as ") + QLatin1String(text, 10)));
        }
    }

    // start and finish are inclusive: one day of work starts and finishes on the same date.
    void inclusiveDurations()
    {
        Post p = post(QStringLiteral("A"), 0);
        p.durationDays.reset();
        p.start = QDate(2019, 1, 1);
        p.finish = QDate(2019, 1, 1);
        QCOMPARE(p.plannedDurationDays(), 1);
        p.finish = QDate(2019, 6, 30);
        QCOMPARE(p.plannedDurationDays(), 181);
        Post q = post(QStringLiteral("B"), 31, QDate(2019, 1, 1));
        QCOMPARE(q.plannedFinish(), QDate(2019, 1, 31));
    }

    // All posts start 2019-01-01, FS links, lag 0: the programme finishes on the start plus the
    // longest chain of durations minus one day, and each successor starts the day after.
    void chainFinishesOnLongestChainMinusOneDay()
    {
        Portfolio p;
        const QDate d0(2019, 1, 1);
        p.posts << post(QStringLiteral("A"), 10, d0) << post(QStringLiteral("B"), 5, d0) << post(QStringLiteral("C"), 20, d0)
                << post(QStringLiteral("D"), 3, d0);
        p.dependencies << link(QStringLiteral("A"), QStringLiteral("B")) << link(QStringLiteral("B"), QStringLiteral("D"))
                       << link(QStringLiteral("C"), QStringLiteral("D"));
        QString error;
        const auto s = PortfolioSchedule::build(p, &error);
        QVERIFY2(s, qPrintable(error));
        // Longest chain: C (20) → D (3) = 23 days.
        QCOMPARE(fromDayNumber(s->schedule().finish), d0.addDays(23 - 1));
        const an::TaskDates &b = s->schedule().tasks[size_t(s->taskOf(QStringLiteral("B")))];
        QCOMPARE(fromDayNumber(b.earlyStart), QDate(2019, 1, 11)); // the day after A's finish (01-10)
        QCOMPARE(fromDayNumber(b.earlyFinish), QDate(2019, 1, 15));
        QCOMPARE(b.totalFloat, 5);
        QVERIFY(s->schedule().tasks[size_t(s->taskOf(QStringLiteral("C")))].critical);
    }

    void postsWithoutStartBeginAtTheProgrammeStart()
    {
        Portfolio p;
        p.programme.start = QDate(2019, 1, 1);
        p.posts << post(QStringLiteral("OLD"), 30, QDate(2018, 3, 1)) << post(QStringLiteral("NEW"), 10);
        const auto s = PortfolioSchedule::build(p);
        QVERIFY(s);
        QCOMPARE(fromDayNumber(s->schedule().tasks[0].earlyStart), QDate(2018, 3, 1)); // earlier work keeps its date
        QCOMPARE(fromDayNumber(s->schedule().tasks[1].earlyStart), QDate(2019, 1, 1));
    }

    void donePostsKeepTheirDates()
    {
        Portfolio p;
        Post done = post(QStringLiteral("E"), 0, QDate(2018, 2, 1));
        done.durationDays.reset();
        done.finish = QDate(2018, 10, 31);
        done.status = PostStatus::Done;
        p.posts << done << post(QStringLiteral("F"), 10, QDate(2018, 1, 1));
        p.dependencies << link(QStringLiteral("F"), QStringLiteral("E")); // would push E later if it were not done
        const auto s = PortfolioSchedule::build(p);
        QVERIFY(s);
        QVERIFY(s->input().network.tasks[0].done);
        QCOMPARE(fromDayNumber(s->schedule().tasks[0].earlyStart), QDate(2018, 2, 1));
        QCOMPARE(fromDayNumber(s->schedule().tasks[0].earlyFinish), QDate(2018, 10, 31));
    }

    void costOfDelay()
    {
        Post p = post(QStringLiteral("A"), 100, QDate(2019, 1, 1));
        QCOMPARE(costOfDelayPerDay(p), 0.0);
        p.budget = Budget{{}, {}, {0, 150, 50}};
        QCOMPARE(costOfDelayPerDay(p), 2.0); // (150 + 50) k€ over 100 days
        p.costOfDelayPerMonth = 30.4375;
        QCOMPARE(costOfDelayPerDay(p), 1.0); // an explicit figure wins
    }

    void registerRisksBecomeEvents()
    {
        Portfolio p;
        p.posts << post(QStringLiteral("A"), 10, QDate(2019, 1, 1));
        Risk open;
        open.id = QStringLiteral("R1");
        open.posts << QStringLiteral("A");
        open.probability = 4;
        open.residualProbability = 2;
        open.delayDays = 20;
        Risk closed = open;
        closed.id = QStringLiteral("R2");
        closed.status = RiskStatus::Closed;
        p.risks << open << closed;
        const auto s = PortfolioSchedule::build(p);
        const an::MonteCarloModel m = s->monteCarloModel();
        QCOMPARE(m.riskEvents.size(), size_t(1));
        QCOMPARE(m.riskEvents[0].probability, probabilityOfScore(2)); // residual: the mitigation is in place
        QCOMPARE(m.riskEvents[0].delayDays, 20);
    }

    void cycleIsAReadableError()
    {
        Portfolio p;
        p.posts << post(QStringLiteral("2A2"), 5) << post(QStringLiteral("5C3"), 5);
        p.dependencies << link(QStringLiteral("2A2"), QStringLiteral("5C3")) << link(QStringLiteral("5C3"), QStringLiteral("2A2"));
        QString error;
        QVERIFY(!PortfolioSchedule::build(p, &error));
        QVERIFY2(error.contains(QStringLiteral("2A2 → 5C3 → 2A2")) || error.contains(QStringLiteral("5C3 → 2A2 → 5C3")), qPrintable(error));
    }

    void mabPortfolioSchedules()
    {
        const LoadResult r = DocumentReader::readFile(QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QString error;
        const auto s = PortfolioSchedule::build(*r.portfolio, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->network().taskCount(), size_t(r.portfolio->posts.size()));
        QCOMPARE(s->network().linkCount(), size_t(r.portfolio->dependencies.size()));
    }
};

QTEST_APPLESS_MAIN(TestScheduleAdapter)
#include "tst_scheduleadapter.moc"
