// tst_postlistmodel.cpp — the post list model behaves as a Qt model must.
#include "document/documentreader.h"
#include "qml/postlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace rb::model;

class TestPostListModel : public QObject {
    Q_OBJECT
private slots:
    void rolesAndReset()
    {
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const LoadResult r = DocumentReader::readFile(QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"));
        QVERIFY(r.ok());
        model.setPosts(r.portfolio->posts);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex second = model.index(1);
        QCOMPARE(model.data(second, PostListModel::IdRole).toString(), QStringLiteral("2A1"));
        QCOMPARE(model.data(second, PostListModel::ThemeRole).toInt(), 2);
        QCOMPARE(model.data(second, PostListModel::KindRole).toString(), QStringLiteral("project"));
        QCOMPARE(model.data(second, PostListModel::FinishRole).toDate(), QDate(2019, 6, 30));
        // 5C3 has a start and durationDays 181: the finish is derived, inclusive.
        QCOMPARE(model.data(model.index(2), PostListModel::FinishRole).toDate(), QDate(2019, 6, 30));
        QVERIFY(model.roleNames().values().contains("postId"));
        QVERIFY(!model.data(model.index(0, 0).siblingAtRow(5), PostListModel::IdRole).isValid());
    }
};

QTEST_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
