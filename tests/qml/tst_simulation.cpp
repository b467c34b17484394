// tst_simulation.cpp — the Monte Carlo runs in a worker thread: progress arrives, the result fills the
// distribution, marker and ranked models, a fixed seed reproduces it, cancel keeps the old result,
// and an edit marks the result stale.
#include "qml/documentcontroller.h"
#include "qml/simulationcontroller.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using rb::ui::DocumentController;
using rb::ui::SimulationController;

class TestSimulation : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_controller = rb::test::openDocument(rb::test::mabPath());
        m_sim = std::make_unique<SimulationController>(m_controller.get(), nullptr);
        m_sim->setIterations(2000);
        m_sim->setSeed(7);
    }
    void cleanup()
    {
        m_sim.reset();
        m_controller.reset();
    }

    void runFillsTheModels()
    {
        QAbstractItemModelTester t1(m_sim->distribution(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(m_sim->drivers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(m_sim->criticality(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy result(m_sim.get(), &SimulationController::resultChanged);
        QSignalSpy progress(m_sim.get(), &SimulationController::progressChanged);
        m_sim->run();
        QVERIFY(m_sim->running());
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->running() && result.count() == 1, 120000);
        QVERIFY(progress.count() >= 1);
        QVERIFY(m_sim->hasResult());
        QVERIFY(!m_sim->stale());
        QVERIFY(m_sim->p50() <= m_sim->p80());
        QVERIFY(m_sim->p80() <= m_sim->p90());
        QVERIFY(m_sim->distribution()->rowCount() >= 1);
        int total = 0;
        for (const auto &b : m_sim->distribution()->bins()) total += b.count;
        QCOMPARE(total, 2000);
        QCOMPARE(m_sim->distribution()->index(m_sim->distribution()->rowCount() - 1, 2).data().toDouble(), 100.0);
        QCOMPARE(m_sim->markers()->rowCount(), 6);
        QVERIFY(m_sim->criticality()->rowCount() >= 1);
        QVERIFY(m_sim->summary().contains(m_sim->p80()));
        // After mitigation: the same draws with lower risk probabilities never finish later, and the
        // curve reaches 100 %.
        QVERIFY(!m_sim->mitigatedP80().isEmpty());
        QVERIFY(m_sim->mitigatedP80() <= m_sim->p80());
        QVERIFY(m_sim->mitigated()->rowCount() >= 1);
        QCOMPARE(m_sim->mitigated()->index(m_sim->mitigated()->rowCount() - 1, 2).data().toDouble(), 100.0);
        // The tornado in days, largest first; MAB's 4A (the DSO) is among the three largest (with the
        // register risks on it: docs/uncertainty-model.md), and no role (1A..1E) is in it.
        QVERIFY(m_sim->drivers()->rowCount() >= 3);
        bool fourA = false;
        for (int i = 0; i < 3; ++i) fourA |= m_sim->drivers()->rows()[i].postId == QLatin1String("4A");
        QVERIFY(fourA);
        for (int i = 0; i < m_sim->drivers()->rowCount(); ++i) {
            const auto &row = m_sim->drivers()->rows()[i];
            QVERIFY(!row.postId.startsWith(QLatin1String("1")));
            QVERIFY(row.value != 0 && row.value == double(int(row.value)));
            if (i) QVERIFY(m_sim->drivers()->rows()[i - 1].value >= row.value);
        }
        // The programme end and each fixed-date target in words: MAB's two (4A by the Omgevingswet,
        // 3B1 by the EU e-invoicing date), each with its chance.
        const QStringList targets = m_sim->targets();
        QCOMPARE(targets.size(), 3);
        QVERIFY2(targets[0].startsWith(QStringLiteral("Chance to finish by the programme end (2019-12-31): ")),
                 qPrintable(targets[0]));
        QVERIFY(std::any_of(targets.begin(), targets.end(), [](const QString &t) {
            return t.startsWith(QStringLiteral("4A ready by X-OMGEVINGSWET (2021-01-01): "))
                && t.contains(QStringLiteral("% chance"));
        }));
        QVERIFY(std::any_of(targets.begin(), targets.end(), [](const QString &t) {
            return t.startsWith(QStringLiteral("3B1 ready by X-EU-EFACTUREN (2019-04-18): "));
        }));
        const QString p80 = m_sim->p80();

        // The same seed gives the same answer.
        m_sim->run();
        m_sim->waitForFinished();
        QCOMPARE(m_sim->p80(), p80);

        // An edit makes the result stale until the next run.
        auto r = m_controller->portfolio().risks[0];
        r.title += QLatin1String(" (edited)");
        m_controller->document()->editRisk(0, r, QStringLiteral("title"));
        QVERIFY(m_sim->stale());
    }

    void cancelKeepsThePreviousResult()
    {
        m_sim->run();
        m_sim->waitForFinished();
        const QString p80 = m_sim->p80();
        m_sim->setIterations(1000000);
        m_sim->run();
        m_sim->cancel();
        m_sim->waitForFinished();
        QVERIFY(!m_sim->running());
        QCOMPARE(m_sim->p80(), p80);
    }

private:
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<SimulationController> m_sim;
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
