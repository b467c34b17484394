// tst_heatmapmodel.cpp — posts × factors: the latest assessment's scores, one row's dataChanged when
// a post is assessed, sorting (worst first, ties by post code) and filters.
#include "qml/heatmapmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rb::model;

class TestHeatmapModel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = std::make_unique<PortfolioDocument>();
        m_doc->reset(rb::test::load(rb::test::samplePath()));
        m_model = std::make_unique<HeatmapModel>(m_doc.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void scoresFollowTheFactorCatalogue()
    {
        QCOMPARE(m_model->factors().size(), 7);
        const int row = m_doc->portfolio().postIndex(QStringLiteral("5C3"));
        const QVariantList scores = m_model->index(row).data(HeatmapModel::ScoresRole).toList();
        QCOMPARE(scores.size(), 7);
        // capacity 4, planning 3 (small-sample.json); the others are not assessed (0).
        QCOMPARE(scores[3].toInt(), 3); // planning is the fourth factor
        QCOMPARE(scores[5].toInt(), 4); // capacity the sixth
        QCOMPARE(scores[0].toInt(), 0);
        QCOMPARE(m_model->index(row).data(HeatmapModel::WorstRole).toInt(), 4);
        QCOMPARE(m_model->index(row).data(HeatmapModel::TotalRole).toInt(), 7);
        const int unassessed = m_doc->portfolio().postIndex(QStringLiteral("2A1"));
        QCOMPARE(m_model->index(unassessed).data(HeatmapModel::WorstRole).toInt(), 0);
        QCOMPARE(m_model->index(unassessed).data(HeatmapModel::AssessedOnRole).toString(), QString());
    }

    void newAssessmentChangesOneRow()
    {
        QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
        Assessment a;
        a.post = QStringLiteral("2A1");
        a.date = QDate(2019, 1, 10);
        a.assessor = QStringLiteral("t");
        a.scores = {{QStringLiteral("ambition"), FactorScore{5, {}, {}}}};
        m_doc->addAssessment(a);
        const int row = m_doc->portfolio().postIndex(QStringLiteral("2A1"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(spy.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(m_model->index(row).data(HeatmapModel::WorstRole).toInt(), 5);
    }

    void sortAndFilter()
    {
        HeatmapFilterModel filter;
        filter.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSortKey(QStringLiteral("worst"));
        QCOMPARE(filter.postIdAt(0), QStringLiteral("5C3"));
        filter.setSortKey(QStringLiteral("id"));
        QCOMPARE(filter.postIdAt(0), QStringLiteral("2A1")); // 2A1 < 2A4 < 5C3
        QCOMPARE(filter.postIdAt(1), QStringLiteral("2A4"));
        filter.setTheme(5);
        QCOMPARE(filter.rowCount(), 1);
        filter.setTheme(0);
        filter.setKind(QStringLiteral("project"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setStatus(QStringLiteral("done"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.postIdAt(0), QStringLiteral("2A4"));
    }

    void naturalPostOrder()
    {
        QVERIFY(postIdLess(QStringLiteral("2A4"), QStringLiteral("2A10")));
        QVERIFY(postIdLess(QStringLiteral("3A2"), QStringLiteral("3A2-4")));
        QVERIFY(!postIdLess(QStringLiteral("5C3"), QStringLiteral("5C3")));
    }

private:
    std::unique_ptr<PortfolioDocument> m_doc;
    std::unique_ptr<HeatmapModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestHeatmapModel)
#include "tst_heatmapmodel.moc"
