// tst_scheduleadapter.cpp — how a portfolio becomes the engine's network: the inclusive date
// convention, planned starts, done posts, costs of delay, register risk events, uncertainty profiles, and
// the analysis commands' reader, which must build the very same input straight from a document.
#include "fuzz/documentproperties.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/scheduleadapter.h"

#include <QtTest>

#include <algorithm>

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
    // The one parser of a typed slip: the what-if panel, propagate --delay and export --delay.
    void parseDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days"); // -999999: refused
        QTest::newRow("days") << "10" << 10;
        QTest::newRow("d suffix") << "10d" << 10;
        QTest::newRow("weeks") << "8w" << 56;
        QTest::newRow("upper case, spaces") << " 6 W " << 42;
        QTest::newRow("negative") << "-3" << -3;
        QTest::newRow("negative weeks") << "-1w" << -7;
        QTest::newRow("empty") << "" << -999999;
        QTest::newRow("unit only") << "w" << -999999;
        QTest::newRow("months") << "2m" << -999999;
        QTest::newRow("fraction") << "1.5w" << -999999;
        QTest::newRow("out of range") << "20000w" << -999999;
    }
    void parseDays()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        const auto parsed = rb::model::parseDays(text);
        QCOMPARE(parsed.value_or(-999999), days);
    }
    void parseDelayAssignment()
    {
        const auto a = rb::model::parseDelayAssignment(QStringLiteral("3A0=8w"));
        QVERIFY(a);
        QCOMPARE(a->first, QStringLiteral("3A0"));
        QCOMPARE(a->second, 56);
        QCOMPARE(rb::model::parseDelayAssignment(QStringLiteral("X-HFA-EDEPOT=10d"))->second, 10);
        QVERIFY(!rb::model::parseDelayAssignment(QStringLiteral("3A0")));
        QVERIFY(!rb::model::parseDelayAssignment(QStringLiteral("=5")));
        QVERIFY(!rb::model::parseDelayAssignment(QStringLiteral("3A0=5x")));
    }
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
        p.posts << post(QStringLiteral("A"), 10, d0) << post(QStringLiteral("B"), 5, d0)
                << post(QStringLiteral("C"), 20, d0) << post(QStringLiteral("D"), 3, d0);
        p.dependencies << link(QStringLiteral("A"), QStringLiteral("B"))
                       << link(QStringLiteral("B"), QStringLiteral("D"))
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
        QVERIFY(s->network().task(0).done);
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
        QCOMPARE(m.riskEvents[0].probability, probabilityOfScore(4)); // the headline: before mitigation
        QCOMPARE(m.riskEvents[0].delayDays, 20);
        const an::MonteCarloModel after
            = s->monteCarloModel(an::DistributionKind::Triangular, PortfolioSchedule::RiskProbability::Residual);
        QCOMPARE(after.riskEvents.size(), size_t(1));
        QCOMPARE(after.riskEvents[0].probability, probabilityOfScore(2)); // the mitigation in place
        QCOMPARE(s->registerEvents(m), std::vector<uint32_t>{0});
        QCOMPARE(s->riskId(m, 0), QStringLiteral("R1"));
        QCOMPARE(s->riskId(m, 1), QString());
    }

    // A register risk that names a post and a factor replaces that factor's delay event for that post;
    // a risk without a factor adds to the factor model; other posts keep the factor's event.
    void registerRiskReplacesItsFactorsEvent()
    {
        Portfolio p;
        p.posts << post(QStringLiteral("A"), 100, QDate(2019, 1, 1))
                << post(QStringLiteral("B"), 100, QDate(2019, 1, 1));
        for (const QString &id : {QStringLiteral("A"), QStringLiteral("B")}) {
            Assessment a;
            a.post = id;
            a.date = QDate(2019, 1, 1);
            a.assessor = QStringLiteral("x");
            a.scores.append({QStringLiteral("ownership"), FactorScore{5, {}, {}}});
            p.assessments << a;
        }
        const auto eventsOn = [](const an::MonteCarloModel &m, uint32_t task) {
            std::vector<double> probabilities;
            for (const an::RiskEvent &e : m.riskEvents)
                if (std::find(e.tasks.begin(), e.tasks.end(), task) != e.tasks.end())
                    probabilities.push_back(e.probability);
            return probabilities;
        };
        // Without register risks: the factor model's ownership event (0.15, calibrated) on both posts.
        const auto plain = PortfolioSchedule::build(p)->monteCarloModel();
        QCOMPARE(eventsOn(plain, 0), std::vector<double>{0.15});
        Risk owned;
        owned.id = QStringLiteral("R-OWN");
        owned.posts << QStringLiteral("A");
        owned.factor = QStringLiteral("ownership");
        owned.probability = 3;
        owned.delayDays = 30;
        Risk general = owned;
        general.id = QStringLiteral("R-ANY");
        general.factor.clear();
        general.posts = {QStringLiteral("B")};
        p.risks << owned << general;
        const auto m = PortfolioSchedule::build(p)->monteCarloModel();
        QCOMPARE(eventsOn(m, 0), std::vector<double>{probabilityOfScore(3)});         // replaced
        QCOMPARE(eventsOn(m, 1), (std::vector<double>{0.15, probabilityOfScore(3)})); // added
    }

    void cycleIsAReadableError()
    {
        Portfolio p;
        p.posts << post(QStringLiteral("2A2"), 5) << post(QStringLiteral("5C3"), 5);
        p.dependencies << link(QStringLiteral("2A2"), QStringLiteral("5C3"))
                       << link(QStringLiteral("5C3"), QStringLiteral("2A2"));
        QString error;
        QVERIFY(!PortfolioSchedule::build(p, &error));
        QVERIFY2(error.contains(QStringLiteral("2A2 → 5C3 → 2A2")) || error.contains(QStringLiteral("5C3 → 2A2 → 5C3")),
                 qPrintable(error));
    }

    // A post's profile comes from its latest assessment; on equal dates the later one in the list.
    void latestAssessmentGivesTheProfile()
    {
        Portfolio p;
        p.posts << post(QStringLiteral("A"), 10) << post(QStringLiteral("B"), 10) << post(QStringLiteral("C"), 10);
        const auto assessment = [](const QString &post, const QDate &date, int planning) {
            Assessment a;
            a.post = post;
            a.date = date;
            a.assessor = QStringLiteral("x");
            a.scores.append({QStringLiteral("planning"), FactorScore{planning, {}, {}}});
            return a;
        };
        p.assessments << assessment(QStringLiteral("A"), QDate(2020, 5, 1), 5)
                      << assessment(QStringLiteral("B"), QDate(2020, 1, 1), 2)
                      << assessment(QStringLiteral("A"), QDate(2020, 1, 1), 1)
                      << assessment(QStringLiteral("B"), QDate(2020, 1, 1), 4)
                      << assessment(QStringLiteral("nobody"), QDate(2021, 1, 1), 3);
        const AnalysisInput in = buildAnalysisInput(p);
        const size_t planning = size_t(an::SuccessFactor::Planning);
        QVERIFY(in.profiles[0] && in.profiles[1]);
        QCOMPARE(int(in.profiles[0]->scores[planning]), 5); // the later date, though earlier in the list
        QCOMPARE(int(in.profiles[1]->scores[planning]), 4); // same date: the later in the list
        QVERIFY(!in.profiles[2]);                           // never assessed
    }

    // DocumentReader::readSchedule builds, straight from the document, exactly what buildAnalysisInput
    // builds from the loaded Portfolio, on a portfolio that uses every field the schedule reads.
    void scheduleReaderMatchesTheFullReader()
    {
        Portfolio p;
        p.programme.name = QStringLiteral("Generated");
        p.programme.start = QDate(2020, 1, 6);
        p.programme.end = QDate(2023, 12, 31);
        const PostStatus statuses[]
            = {PostStatus::Planned, PostStatus::Running, PostStatus::Done, PostStatus::Deferred, PostStatus::Cancelled};
        const PostKind kinds[] = {PostKind::Project, PostKind::Activity, PostKind::External};
        const int n = 600;
        for (int i = 0; i < n; ++i) {
            Post x = post(QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0'))
                              + (i % 7 == 0 ? QStringLiteral("-with-a-long-identifier") : QString()),
                          5 + i % 40);
            x.title = QStringLiteral("Post ") + QString::number(i);
            x.kind = kinds[i % 3];
            x.status = statuses[i % 5];
            if (i % 2) x.start = QDate(2019, 12, 1).addDays(i % 97);
            if (i % 11 == 0) x.deadline = QDate(2021, 3, 1).addDays(i);
            if (i % 4 == 0) x.estimate = Estimate{3 + i % 5, 8 + i % 40, 48 + i % 60};
            if (i % 6 == 0) x.costOfDelayPerMonth = 2.5 * (i % 9);
            if (i % 5 == 1) {
                Budget b;
                b.oneOff.proposed = i;
                b.oneOff.carriedOver = 3;
                x.budget = b;
            }
            x.note = QStringLiteral("note ") + QString::number(i);
            p.posts << x;
            if (i > 0) p.dependencies << link(p.posts[i - 1].id, x.id, LinkType(i % 4), i % 9 - 3);
            if (i > 20 && i % 3 == 0) p.dependencies << link(p.posts[i - 17].id, x.id);
            for (int k = 0; k < 1 + i % 3; ++k) {
                Assessment a;
                a.post = x.id;
                a.date = QDate(2020, 1, 1).addDays((i * 7 + k * 13) % 30);
                a.assessor = QStringLiteral("leader");
                a.scores.append({QStringLiteral("planning"), FactorScore{1 + (i + k) % 5, QStringLiteral("why"), {}}});
                if (k % 2) a.scores.append({QStringLiteral("capacity"), FactorScore{1 + k, {}, QStringLiteral("how")}});
                p.assessments << a;
            }
        }
        for (int r = 0; r < 30; ++r) {
            Risk k;
            k.id = QStringLiteral("R%1").arg(r);
            k.title = QStringLiteral("risk");
            k.posts << p.posts[r * 17].id << p.posts[r * 5 + 1].id;
            k.probability = 1 + r % 5;
            if (r % 2) k.residualProbability = 1 + r % 3;
            if (r % 3) k.delayDays = 10 * r;
            k.status = r % 4 ? RiskStatus::Open : RiskStatus::Closed;
            p.risks << k;
        }
        const QByteArray bytes = DocumentWriter::toJson(p);
        const LoadResult full = DocumentReader::readBytes(bytes, QStringLiteral("input.json"));
        QVERIFY2(full.ok(), qPrintable(full.errorText()));
        const QString problem = rb::fuzz::checkScheduleReader(bytes, full);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ScheduleLoadResult lean = DocumentReader::readScheduleBytes(bytes, QStringLiteral("generated.json"));
        QCOMPARE(lean.input->network.tasks.size(), size_t(n));
        QVERIFY(std::any_of(lean.input->profiles.begin(), lean.input->profiles.end(),
                            [](const auto &pr) { return pr.has_value(); }));

        // A document with a problem is refused by both, with the same message.
        QByteArray broken = bytes;
        broken.replace("\"from\": \"P0010\"", "\"from\": \"P9999\"");
        QVERIFY(broken != bytes);
        const LoadResult brokenFull = DocumentReader::readBytes(broken, QStringLiteral("input.json"));
        QVERIFY(!brokenFull.ok());
        QVERIFY2(rb::fuzz::checkScheduleReader(broken, brokenFull).isEmpty(),
                 qPrintable(rb::fuzz::checkScheduleReader(broken, brokenFull)));
        QVERIFY(!DocumentReader::readScheduleBytes(broken, QStringLiteral("generated.json")).ok());
    }

    void mabPortfolioSchedules()
    {
        const LoadResult r
            = DocumentReader::readFile(QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"));
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
