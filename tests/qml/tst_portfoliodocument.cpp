// tst_portfoliodocument.cpp — every edit kind is one undo step, undo and redo restore the exact
// values, and the fine-grained signals the models rely on are emitted.
#include "model/portfoliodocument.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace rb::model;

class TestPortfolioDocument : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_doc = std::make_unique<PortfolioDocument>();
        m_doc->setAuthor(QStringLiteral("tester"));
        m_doc->setToday(QDate(2019, 3, 1));
        m_doc->reset(rb::test::load(rb::test::samplePath()));
        m_original = m_doc->portfolio();
    }

    void resetClearsHistoryAndIsClean()
    {
        QVERIFY(m_doc->undoStack()->isClean());
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void editRiskIsOneUndoStepWithHistory()
    {
        QSignalSpy changed(m_doc.get(), &PortfolioDocument::riskChanged);
        Risk r = m_doc->portfolio().risks[0];
        r.probability = 5;
        QVERIFY(m_doc->editRisk(0, r, QStringLiteral("probability 4 → 5")));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 0);
        const Risk &after = m_doc->portfolio().risks[0];
        QCOMPARE(after.probability, std::optional<int>(5));
        QCOMPARE(after.history.size(), m_original.risks[0].history.size() + 1);
        QCOMPARE(after.history.last().author, QStringLiteral("tester"));
        QCOMPARE(after.history.last().date, QDate(2019, 3, 1));
        QCOMPARE(after.history.last().change, QStringLiteral("probability 4 → 5"));

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->portfolio(), m_original);
        QCOMPARE(changed.count(), 2);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->portfolio().risks[0], after);
    }

    void editRiskWithoutChangeIsNoStep()
    {
        QVERIFY(!m_doc->editRisk(0, m_doc->portfolio().risks[0], QStringLiteral("nothing")));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!m_doc->editRisk(7, Risk{}, QString()));
    }

    void addAndRemoveRisk()
    {
        QSignalSpy aboutInsert(m_doc.get(), &PortfolioDocument::riskAboutToBeInserted);
        QSignalSpy inserted(m_doc.get(), &PortfolioDocument::riskInserted);
        QSignalSpy removed(m_doc.get(), &PortfolioDocument::riskRemoved);
        Risk r;
        r.id = m_doc->newRiskId(QStringLiteral("5C3"));
        QCOMPARE(r.id, QStringLiteral("R-5C3-1"));
        r.title = QStringLiteral("new");
        const int row = m_doc->addRisk(r, QStringLiteral("created"));
        QCOMPARE(row, 1);
        QCOMPARE(aboutInsert.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_doc->portfolio().risks.size(), 2);
        QCOMPARE(m_doc->portfolio().risks[1].history.size(), 1);
        QVERIFY(m_doc->removeRisk(0));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_doc->portfolio().risks.size(), 1);
        QCOMPARE(m_doc->portfolio().risks[0].id, r.id);
        m_doc->undoStack()->undo(); // remove undone: R-5C back at row 0
        QCOMPARE(m_doc->portfolio().risks[0], m_original.risks[0]);
        m_doc->undoStack()->undo(); // add undone
        QCOMPARE(m_doc->portfolio(), m_original);
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->portfolio().risks.size(), 1);
        QCOMPARE(m_doc->portfolio().risks[0].id, r.id);
    }

    void addAssessmentNeverOverwrites()
    {
        QSignalSpy spy(m_doc.get(), &PortfolioDocument::assessmentsChanged);
        Assessment a;
        a.post = QStringLiteral("5C3");
        a.date = QDate(2019, 3, 1);
        a.assessor = QStringLiteral("tester");
        a.scores = {{QStringLiteral("capacity"), FactorScore{2, {}, {}}}};
        m_doc->addAssessment(a);
        QCOMPARE(m_doc->portfolio().assessments.size(), m_original.assessments.size() + 1);
        QCOMPARE(m_doc->portfolio().assessments.first(), m_original.assessments.first());
        QCOMPARE(m_doc->portfolio().latestAssessment(QStringLiteral("5C3"))->date, QDate(2019, 3, 1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("5C3"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->portfolio(), m_original);
        QCOMPARE(spy.count(), 2);
    }

    void editPost()
    {
        QSignalSpy spy(m_doc.get(), &PortfolioDocument::postChanged);
        Post p = m_doc->portfolio().posts[1];
        p.owner = QStringLiteral("Directeur");
        QVERIFY(m_doc->editPost(1, p, QString()));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_doc->portfolio().posts[1].owner, QStringLiteral("Directeur"));
        QVERIFY(m_doc->undoStack()->undoText().contains(p.id));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->portfolio(), m_original);
        QVERIFY(!m_doc->editPost(1, m_doc->portfolio().posts[1], QString()));
    }

private:
    std::unique_ptr<PortfolioDocument> m_doc;
    Portfolio m_original;
};

QTEST_GUILESS_MAIN(TestPortfolioDocument)
#include "tst_portfoliodocument.moc"
