// tst_risklistmodel.cpp — the register's list and filter models: QAbstractItemModelTester, exact
// signals for edit/insert/remove, filters, search, matrix cell, overdue with an injected today.
#include "qml/risklistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rb::model;

class TestRiskListModel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = std::make_unique<PortfolioDocument>();
        m_doc->setToday(QDate(2019, 6, 1));
        m_doc->reset(rb::test::load(rb::test::mabPath()));
        m_model = std::make_unique<RiskListModel>(m_doc.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter = std::make_unique<RiskFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_filterTester.reset();
        m_filter.reset();
        m_tester.reset();
        m_model.reset();
    }

    void rowsAndRoles()
    {
        QCOMPARE(m_model->rowCount(), m_doc->portfolio().risks.size());
        QVERIFY(m_model->rowCount() > 5);
        const Risk &r = m_doc->portfolio().risks[0];
        const QModelIndex i = m_model->index(0);
        QCOMPARE(i.data(RiskListModel::IdRole).toString(), r.id);
        QCOMPARE(i.data(RiskListModel::ExposureRole).toInt(), r.probability.value_or(0) * r.impact.value_or(0));
        QCOMPARE(m_model->roleNames().value(RiskListModel::IdRole), QByteArray("riskId"));
        QVERIFY(!m_model->index(m_model->rowCount()).data(RiskListModel::IdRole).isValid());
    }

    void editEmitsOneRowDataChanged()
    {
        QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        Risk r = m_doc->portfolio().risks[2];
        r.title = QStringLiteral("changed");
        QVERIFY(m_doc->editRisk(2, r, QStringLiteral("title")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(spy.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->index(2).data(RiskListModel::TitleRole).toString(), QStringLiteral("changed"));
    }

    void insertAndRemoveSignalRows()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const int n = m_model->rowCount();
        Risk r;
        r.id = QStringLiteral("R-X");
        r.title = QStringLiteral("x");
        m_doc->addRisk(r, QStringLiteral("created"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), n);
        QCOMPARE(m_model->rowCount(), n + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(), n);
    }

    void filtersCombine()
    {
        int programme = 0;
        for (const Risk &r : m_doc->portfolio().risks) programme += r.level == RiskLevel::Programme ? 1 : 0;
        QSignalSpy spy(m_filter.get(), &RiskFilterModel::filterChanged);
        m_filter->setLevel(QStringLiteral("programme"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_filter->rowCount(), programme);
        m_filter->setLevel(QStringLiteral("programme")); // unchanged: no signal
        QCOMPARE(spy.count(), 1);
        m_filter->setLevel(QString());
        m_filter->setSearchText(QStringLiteral("zzzz-not-there"));
        QCOMPARE(m_filter->rowCount(), 0);
        m_filter->setSearchText(m_doc->portfolio().risks[0].id.toLower());
        QVERIFY(m_filter->rowCount() >= 1);
    }

    void matrixCellFilter()
    {
        const Risk &r = m_doc->portfolio().risks[0];
        QVERIFY(r.probability && r.impact);
        int expected = 0;
        for (const Risk &x : m_doc->portfolio().risks)
            expected += x.probability == r.probability && x.impact == r.impact ? 1 : 0;
        m_filter->setMatrixCell(*r.probability, *r.impact);
        QCOMPARE(m_filter->rowCount(), expected);
        m_filter->setMatrixCell(0, 0);
        QCOMPARE(m_filter->rowCount(), m_model->rowCount());
    }

    void overdueUsesInjectedToday()
    {
        Risk r = m_doc->portfolio().risks[0];
        r.status = RiskStatus::Open;
        r.nextReview = QDate(2019, 5, 31);
        m_doc->editRisk(0, r, QStringLiteral("review"));
        QVERIFY(m_model->index(0).data(RiskListModel::OverdueRole).toBool());
        m_doc->setToday(QDate(2019, 5, 31));
        QVERIFY(!m_model->index(0).data(RiskListModel::OverdueRole).toBool()); // due today is not overdue
        m_doc->setToday(QDate(2019, 6, 1));
        m_filter->setOverdueOnly(true);
        QVERIFY(m_filter->rowCount() >= 1);
        for (int i = 0; i < m_filter->rowCount(); ++i)
            QVERIFY(m_filter->index(i, 0).data(RiskListModel::OverdueRole).toBool());
    }

    void sortByExposureDescending()
    {
        m_filter->sortBy(QStringLiteral("exposure"), true);
        for (int i = 1; i < m_filter->rowCount(); ++i)
            QVERIFY(m_filter->index(i - 1, 0).data(RiskListModel::ExposureRole).toInt()
                    >= m_filter->index(i, 0).data(RiskListModel::ExposureRole).toInt());
        QCOMPARE(m_filter->sourceRow(m_filter->proxyRow(3)), 3);
    }

private:
    std::unique_ptr<PortfolioDocument> m_doc;
    std::unique_ptr<RiskListModel> m_model;
    std::unique_ptr<RiskFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester, m_filterTester;
};

QTEST_GUILESS_MAIN(TestRiskListModel)
#include "tst_risklistmodel.moc"
