// tst_assessmentrules.cpp — the detailed-analysis rule of docs/assessment-rules.md, case by case.
#include "model/assessmentrules.h"

#include <QTest>

using namespace rb::model;

class TestAssessmentRules : public QObject {
    Q_OBJECT
private slots:
    void rule_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<int>("reason");
        QTest::newRow("nothing scored") << QList<int>{0, 0, 0, 0, 0, 0, 0} << int(DetailedReason::None);
        QTest::newRow("all low") << QList<int>{1, 2, 2, 1, 3, 2, 1} << int(DetailedReason::None);
        QTest::newRow("one five") << QList<int>{1, 1, 5, 1, 1, 1, 1} << int(DetailedReason::AnyFive);
        QTest::newRow("one four") << QList<int>{1, 1, 4, 1, 1, 1, 1} << int(DetailedReason::None);
        QTest::newRow("two fours") << QList<int>{4, 1, 4, 1, 1, 1, 1} << int(DetailedReason::TwoFours);
        QTest::newRow("five beats two fours") << QList<int>{4, 4, 5, 1, 1, 1, 1} << int(DetailedReason::AnyFive);
        QTest::newRow("seven threes") << QList<int>{3, 3, 3, 3, 3, 3, 3} << int(DetailedReason::HighMean);
        QTest::newRow("threes and one four") << QList<int>{3, 3, 3, 4, 0, 0, 0} << int(DetailedReason::HighMean);
        QTest::newRow("mean just below 3") << QList<int>{3, 3, 3, 3, 3, 3, 2} << int(DetailedReason::None);
        QTest::newRow("mean needs four scores") << QList<int>{3, 4, 3, 0, 0, 0, 0} << int(DetailedReason::None);
    }
    void rule()
    {
        QFETCH(QList<int>, scores);
        QFETCH(int, reason);
        QCOMPARE(int(detailedAnalysisReason(scores)), reason);
        QCOMPARE(detailedAnalysisRequired(scores), reason != int(DetailedReason::None));
    }
    void mitigation()
    {
        QVERIFY(!mitigationRequired(3));
        QVERIFY(mitigationRequired(4));
        QVERIFY(mitigationRequired(5));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentRules)
#include "tst_assessmentrules.moc"
