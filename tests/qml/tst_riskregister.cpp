// tst_riskregister.cpp — editing a risk through the register: one undo step, a change-log entry that
// names the changed fields, validation, matrix counts (inherent/residual), add and remove.
#include "qml/documentcontroller.h"
#include "qml/riskregister.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rb::model;
using rb::ui::DocumentController;
using rb::ui::RiskRegister;

class TestRiskRegister : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_controller = rb::test::openDocument(rb::test::samplePath());
        m_controller->document()->setAuthor(QStringLiteral("pm"));
        m_controller->document()->setToday(QDate(2019, 4, 1));
        m_register = std::make_unique<RiskRegister>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_register->risks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_register.reset();
        m_controller.reset();
    }

    void editAppendsChangeLogAndUndoes()
    {
        QVariantMap f = m_register->riskAt(0);
        QCOMPARE(f.value("id").toString(), QStringLiteral("R-5C"));
        QCOMPARE(f.value("probability").toInt(), 4);
        f["probability"] = 5;
        f["status"] = QStringLiteral("closed");
        f["nextReview"] = QStringLiteral("2019-05-01");
        QVERIFY(m_register->applyEdit(0, f));
        const Risk &r = m_controller->portfolio().risks[0];
        QCOMPARE(r.probability, std::optional<int>(5));
        QVERIFY(r.status == RiskStatus::Closed);
        QCOMPARE(r.nextReview, QDate(2019, 5, 1));
        QCOMPARE(r.history.size(), 1);
        QCOMPARE(r.history[0].author, QStringLiteral("pm"));
        QCOMPARE(r.history[0].date, QDate(2019, 4, 1));
        QVERIFY(r.history[0].change.contains(QStringLiteral("probability 4 → 5")));
        QVERIFY(r.history[0].change.contains(QStringLiteral("status open → closed")));
        QCOMPARE(m_register->historyOf(0).size(), 1);
        QVERIFY(m_controller->isModified());
        QVERIFY(!m_register->applyEdit(0, m_register->riskAt(0))); // nothing changed
        m_controller->undo();
        QCOMPARE(m_controller->portfolio().risks[0].history.size(), 0);
        QCOMPARE(m_controller->portfolio().risks[0].probability, std::optional<int>(4));
        QVERIFY(!m_controller->isModified());
    }

    void invalidInputIsRefused()
    {
        QVariantMap f = m_register->riskAt(0);
        f["nextReview"] = QStringLiteral("2019-02-30");
        QVERIFY(!m_register->applyEdit(0, f));
        QVERIFY(m_register->lastError().contains(QLatin1String("2019-02-30")));
        f = m_register->riskAt(0);
        f["posts"] = QStringLiteral("5C3, NOPE");
        QVERIFY(!m_register->applyEdit(0, f));
        QVERIFY(m_register->lastError().contains(QLatin1String("NOPE")));
        QCOMPARE(m_controller->document()->undoStack()->count(), 0);
    }

    void matrixCountsInherentAndResidual()
    {
        QSignalSpy spy(m_register.get(), &RiskRegister::matrixChanged);
        QVariantList c = m_register->matrixCounts();
        QCOMPARE(c.size(), 25);
        QCOMPARE(c[(4 - 1) * 5 + (3 - 1)].toInt(), 1); // R-5C: probability 4, impact 3
        m_register->risks()->setResidual(true);
        QVERIFY(spy.count() >= 1);
        c = m_register->matrixCounts();
        QCOMPARE(c[(3 - 1) * 5 + (2 - 1)].toInt(), 1); // residual 3 × 2
        QCOMPARE(c[(4 - 1) * 5 + (3 - 1)].toInt(), 0);
        m_register->risks()->setMatrixCell(3, 2);
        QCOMPARE(m_register->risks()->rowCount(), 1);
        m_register->risks()->setMatrixCell(4, 3);
        QCOMPARE(m_register->risks()->rowCount(), 0);
    }

    void overdueCount()
    {
        QCOMPARE(m_register->overdueCount(), 0);
        QVariantMap f = m_register->riskAt(0);
        f["nextReview"] = QStringLiteral("2019-03-31");
        QVERIFY(m_register->applyEdit(0, f));
        QCOMPARE(m_register->overdueCount(), 1);
    }

    void addAndRemove()
    {
        const int row = m_register->addRisk();
        QCOMPARE(row, 1);
        QCOMPARE(m_register->totalCount(), 2);
        QCOMPARE(m_register->riskAt(row).value("status").toString(), QStringLiteral("open"));
        QVERIFY(m_register->removeRisk(0));
        QCOMPARE(m_register->totalCount(), 1);
        m_controller->undo();
        m_controller->undo();
        QCOMPARE(m_register->totalCount(), 1);
        QCOMPARE(m_register->riskAt(0).value("id").toString(), QStringLiteral("R-5C"));
    }

private:
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<RiskRegister> m_register;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestRiskRegister)
#include "tst_riskregister.moc"
