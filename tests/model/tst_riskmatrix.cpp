// tst_riskmatrix.cpp — the one rule for the risk matrix (model/riskmatrix.h): open risks are counted,
// closed and occurred ones are left out; cells are (probability − 1) × 5 + (impact − 1).
#include "model/riskmatrix.h"

#include <QtTest>

using namespace rb::model;

namespace {
Risk risk(const char *id, RiskStatus status, std::optional<int> p, std::optional<int> i, std::optional<int> rp,
          std::optional<int> ri)
{
    Risk r;
    r.id = QString::fromLatin1(id);
    r.status = status;
    r.probability = p;
    r.impact = i;
    r.residualProbability = rp;
    r.residualImpact = ri;
    return r;
}
} // namespace

class TestRiskMatrix : public QObject {
    Q_OBJECT
private slots:
    void cells()
    {
        QCOMPARE(riskMatrixCell(1, 1), std::optional<int>(0));
        QCOMPARE(riskMatrixCell(1, 5), std::optional<int>(4));
        QCOMPARE(riskMatrixCell(2, 1), std::optional<int>(5));
        QCOMPARE(riskMatrixCell(5, 5), std::optional<int>(24));
        QVERIFY(!riskMatrixCell(std::nullopt, 3));
        QVERIFY(!riskMatrixCell(3, std::nullopt));
        QVERIFY(!riskMatrixCell(0, 3));
        QVERIFY(!riskMatrixCell(3, 6));
    }

    void onlyOpenRisksAreCounted()
    {
        Portfolio p;
        p.risks << risk("R1", RiskStatus::Open, 4, 3, 2, 3)                       // inherent cell 17, residual 7
                << risk("R2", RiskStatus::Open, 4, 3, std::nullopt, std::nullopt) // no residual scores
                << risk("R3", RiskStatus::Closed, 5, 5, 5, 5) << risk("R4", RiskStatus::Occurred, 5, 5, 5, 5);
        QVERIFY(isOnRiskMatrix(p.risks[0]));
        QVERIFY(!isOnRiskMatrix(p.risks[2]));
        QVERIFY(!isOnRiskMatrix(p.risks[3]));
        const RiskMatrixCounts c = riskMatrixCounts(p);
        QCOMPARE(c.shown, 2);
        QCOMPARE(c.leftOut, 2);
        QCOMPARE(c.inherent[17], 2);
        QCOMPARE(c.inherent[24], 0);
        QCOMPARE(c.residual[7], 1);
        QCOMPARE(c.residual[24], 0);
        QCOMPARE(std::accumulate(c.inherent.begin(), c.inherent.end(), 0), 2);
        QCOMPARE(std::accumulate(c.residual.begin(), c.residual.end(), 0), 1);
    }
};

QTEST_GUILESS_MAIN(TestRiskMatrix)
#include "tst_riskmatrix.moc"
