// tst_whatif.cpp — the what-if controller: a slip propagates to successors, the programme finish and
// the cost of delay follow, absorbed slips are reported, and clearing restores the baseline.
#include "qml/documentcontroller.h"
#include "qml/whatifcontroller.h"
#include "testsupport.h"

#include <QSignalSpy>

using rb::ui::DocumentController;
using rb::ui::WhatIfController;

class TestWhatIf : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_controller = rb::test::openDocument(rb::test::samplePath());
        m_whatIf = std::make_unique<WhatIfController>(m_controller.get(), nullptr);
    }
    void cleanup()
    {
        m_whatIf.reset();
        m_controller.reset();
    }

    void slipMovesSuccessors()
    {
        QSignalSpy spy(m_whatIf.get(), &WhatIfController::scenarioChanged);
        const auto sched = m_whatIf->schedule();
        QVERIFY(sched);
        const auto t2A1 = std::uint32_t(sched->taskOf(QStringLiteral("2A1")));
        const auto t5C3 = std::uint32_t(sched->taskOf(QStringLiteral("5C3")));
        const auto base2A1 = m_whatIf->datesOf(t2A1);
        const auto base5C3 = m_whatIf->datesOf(t5C3);
        QCOMPARE(m_whatIf->programmeSlipDays(), 0);
        m_whatIf->setSlip(QStringLiteral("2A1"), 40);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_whatIf->slipOf(QStringLiteral("2A1")), 40);
        QCOMPARE(m_whatIf->slippedPosts(), QStringList{QStringLiteral("2A1")});
        // 2A1 keeps its start and finishes 40 days later.
        QCOMPARE(m_whatIf->datesOf(t2A1).first, base2A1.first);
        QCOMPARE(m_whatIf->datesOf(t2A1).second, base2A1.second + 40);
        QVERIFY(m_whatIf->isAffected(t2A1));
        // 5C3 hangs on 2A1 start-to-start: a longer 2A1 does not move it.
        QCOMPARE(m_whatIf->datesOf(t5C3), base5C3);
        m_whatIf->setSlip(QStringLiteral("2A1"), 40); // unchanged: no signal
        QCOMPARE(spy.count(), 1);
        // The panel's list: a new value when only the days change (the same posts), so the view redraws.
        const QVariantList before = m_whatIf->slipList();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().toMap().value(QStringLiteral("post")).toString(), QStringLiteral("2A1"));
        QCOMPARE(before.first().toMap().value(QStringLiteral("days")).toInt(), 40);
        m_whatIf->setSlip(QStringLiteral("2A1"), 54);
        QCOMPARE(m_whatIf->slipList().first().toMap().value(QStringLiteral("days")).toInt(), 54);
        QVERIFY(m_whatIf->slipList() != before);
        m_whatIf->setSlip(QStringLiteral("2A1"), 40);
        QCOMPARE(spy.count(), 3);
        m_whatIf->clear();
        QCOMPARE(spy.count(), 4);
        QCOMPARE(m_whatIf->datesOf(t2A1), base2A1);
        QVERIFY(m_whatIf->slippedPosts().isEmpty());
    }

    void programmeFinishAndCost()
    {
        m_whatIf->setSlip(QStringLiteral("5C3"), 30);
        QVERIFY(m_whatIf->programmeSlipDays() > 0);
        QVERIFY(m_whatIf->finishAfter() > m_whatIf->finishBefore());
        QVERIFY(m_whatIf->costOfDelay() > 0); // 5C3 has a budget: its cost of delay is derived from it
        QVERIFY(m_whatIf->summary().contains(QLatin1String("5C3"))
                || m_whatIf->summary().contains(QLatin1String("1 post")));
        m_whatIf->setSlip(QStringLiteral("unknown"), 10);
        QCOMPARE(m_whatIf->slippedPosts().size(), 1);
    }

    void scenarioSurvivesEdits()
    {
        m_whatIf->setSlip(QStringLiteral("5C3"), 30);
        Assessment a;
        a.post = QStringLiteral("2A1");
        a.date = QDate(2019, 1, 2);
        a.assessor = QStringLiteral("x");
        a.scores = {{QStringLiteral("ambition"), rb::model::FactorScore{2, {}, {}}}};
        m_controller->document()->addAssessment(a);
        QCOMPARE(m_whatIf->slipOf(QStringLiteral("5C3")), 30);
        QVERIFY(m_whatIf->programmeSlipDays() > 0);
    }

    // The typed slip: days or weeks, the same parser as --delay on the command line.
    void typedSlipTakesDaysAndWeeks()
    {
        QCOMPARE(m_whatIf->parseSlip(QStringLiteral("10")), 10);
        QCOMPARE(m_whatIf->parseSlip(QStringLiteral("10d")), 10);
        QCOMPARE(m_whatIf->parseSlip(QStringLiteral("8w")), 56);
        QCOMPARE(m_whatIf->parseSlip(QStringLiteral(" 6 W ")), 42);
        QCOMPARE(m_whatIf->parseSlip(QStringLiteral("-3")), -1); // a slip is never negative
        QCOMPARE(m_whatIf->parseSlip(QStringLiteral("six weeks")), -1);
        QVERIFY(m_whatIf->setSlipText(QStringLiteral("2A1"), QStringLiteral("6w")));
        QCOMPARE(m_whatIf->slipOf(QStringLiteral("2A1")), 42);
        QVERIFY(!m_whatIf->setSlipText(QStringLiteral("2A1"), QStringLiteral("6x")));
        QCOMPARE(m_whatIf->slipOf(QStringLiteral("2A1")), 42);
    }

    // "N absorbed by float" names the posts and the slip each absorbed.
    void absorbedPostsAreNamed()
    {
        const auto sched = m_whatIf->schedule();
        QVERIFY(sched);
        QStringList ids;
        for (int t = 0; t < int(sched->network().taskCount()) && m_whatIf->absorbedCount() == 0; ++t) {
            m_whatIf->clear();
            m_whatIf->setSlip(sched->postId(std::uint32_t(t)), 5);
        }
        QVERIFY2(m_whatIf->absorbedCount() > 0, "no slip of MAB is absorbed by float");
        const QStringList names = m_whatIf->absorbedPosts();
        QCOMPARE(names.size(), m_whatIf->absorbedCount());
        const QString slipped = m_whatIf->slippedPosts().first();
        for (const QString &n : names) {
            const QString id = n.section(QLatin1Char(':'), 0, 0);
            QVERIFY2(sched->taskOf(id) >= 0, qPrintable(n));
            QVERIFY(m_whatIf->isAbsorbed(std::uint32_t(sched->taskOf(id))));
        }
        QVERIFY2(names.join(QLatin1Char(' ')).contains(slipped) || m_whatIf->affectedCount() > 1,
                 qPrintable(names.join(QLatin1Char('|'))));
    }

private:
    using Assessment = rb::model::Assessment;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<WhatIfController> m_whatIf;
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
