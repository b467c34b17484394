// tst_assessmenteditor.cpp — the kick-off assessment view-model: the draft model (tester, exact
// signals), the radar table, the detailed-analysis switch, saving as a new assessment (undoable) and
// the linked-risk proposal.
#include "qml/assessmenteditor.h"
#include "qml/documentcontroller.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rb::model;
using rb::ui::AssessmentEditor;
using rb::ui::DocumentController;

class TestAssessmentEditor : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_controller = rb::test::openDocument(rb::test::samplePath());
        m_controller->document()->setToday(QDate(2019, 2, 1));
        m_editor = std::make_unique<AssessmentEditor>();
        m_editor->setAssessor(QStringLiteral("pl"));
        m_editor->setPostId(QStringLiteral("5C3"));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_editor->factors(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_radarTester = std::make_unique<QAbstractItemModelTester>(m_editor->radar(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_radarTester.reset();
        m_tester.reset();
        m_editor.reset();
        m_controller.reset();
    }

    void draftStartsFromLatestAssessment()
    {
        auto *f = m_editor->factors();
        QCOMPARE(m_editor->mainFactorCount(), 7);
        const int capacity = f->rowOf(QStringLiteral("capacity"));
        QCOMPARE(f->index(capacity).data(AssessmentDraftModel::ScoreRole).toInt(), 4);
        QCOMPARE(f->index(capacity).data(AssessmentDraftModel::PreviousScoreRole).toInt(), 4);
        QCOMPARE(f->index(capacity).data(AssessmentDraftModel::MitigationRole).toString(), QStringLiteral("Reserve capacity at ICT"));
        QVERIFY(!f->index(capacity).data(AssessmentDraftModel::NeedsMitigationRole).toBool());
        QVERIFY(!m_editor->dirty());
        QCOMPARE(m_editor->history().size(), 1);
        // Radar: 7 factors + the closing point; column 1 the draft, column 2 the previous scores.
        auto *radar = m_editor->radar();
        QCOMPARE(radar->rowCount(), 8);
        QCOMPARE(radar->index(capacity, 1).data().toInt(), 4);
        QCOMPARE(radar->index(7, 0).data().toDouble(), 360.0);
    }

    void scoringEmitsPreciseSignals()
    {
        auto *f = m_editor->factors();
        QSignalSpy rows(f, &QAbstractItemModel::dataChanged);
        QSignalSpy radar(m_editor->radar(), &QAbstractItemModel::dataChanged);
        QSignalSpy draft(m_editor.get(), &AssessmentEditor::draftChanged);
        m_editor->setScore(0, 5);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.at(0).at(0).toModelIndex().row(), 0);
        const auto roles = rows.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(AssessmentDraftModel::ScoreRole));
        QVERIFY(roles.contains(AssessmentDraftModel::NeedsMitigationRole));
        QCOMPARE(radar.count(), 2); // row 0 and the closing row
        QCOMPARE(draft.count(), 1);
        QVERIFY(m_editor->dirty());
        QVERIFY(f->index(0).data(AssessmentDraftModel::NeedsMitigationRole).toBool());
        QCOMPARE(m_editor->missingMitigations(), 1);
        m_editor->setScore(0, 5); // unchanged: nothing
        QCOMPARE(rows.count(), 1);
        m_editor->setMitigation(0, QStringLiteral("Scope in two steps"));
        QCOMPARE(m_editor->missingMitigations(), 0);
    }

    void detailedFactorsUnlockByRule()
    {
        QVERIFY(!m_editor->detailedRequired()); // capacity 4, planning 3
        m_editor->setScore(m_editor->factors()->rowOf(QStringLiteral("ownership")), 4);
        QVERIFY(m_editor->detailedRequired());
        QVERIFY(m_editor->detailedReason().contains(QLatin1String("Two or more")));
    }

    void saveCreatesNewDatedAssessmentAndUndoes()
    {
        const auto &doc = m_controller->portfolio();
        const int before = int(doc.assessments.size());
        m_editor->setScore(m_editor->factors()->rowOf(QStringLiteral("planning")), 2);
        QVERIFY(m_editor->save());
        QCOMPARE(doc.assessments.size(), before + 1);
        const Assessment *latest = doc.latestAssessment(QStringLiteral("5C3"));
        QCOMPARE(latest->date, QDate(2019, 2, 1));
        QCOMPARE(latest->assessor, QStringLiteral("pl"));
        QCOMPARE(latest->score(QStringLiteral("planning"))->score, 2);
        QCOMPARE(latest->score(QStringLiteral("capacity"))->score, 4);
        QCOMPARE(doc.assessments.first().score(QStringLiteral("planning"))->score, 3); // history kept
        QCOMPARE(m_editor->history().size(), 2);
        QVERIFY(!m_editor->dirty());
        m_controller->undo();
        QCOMPARE(doc.assessments.size(), before);
        QCOMPARE(m_editor->history().size(), 1);
    }

    void riskProposalAcceptAndReject()
    {
        auto *f = m_editor->factors();
        const int capacity = f->rowOf(QStringLiteral("capacity"));
        QVERIFY(!m_editor->canProposeRisk(capacity)); // R-5C is already the open capacity risk of 5C3
        const int ownership = f->rowOf(QStringLiteral("ownership"));
        QVERIFY(!m_editor->canProposeRisk(ownership)); // not scored badly
        m_editor->setScore(ownership, 5);
        m_editor->setRationale(ownership, QStringLiteral("Geen eigenaar voor het datacenter"));
        QVERIFY(m_editor->canProposeRisk(ownership));
        QSignalSpy spy(m_editor.get(), &AssessmentEditor::riskProposalChanged);
        m_editor->proposeRisk(ownership);
        QCOMPARE(spy.count(), 1);
        const QVariantMap p = m_editor->riskProposal();
        QCOMPARE(p.value("cause").toString(), QStringLiteral("Geen eigenaar voor het datacenter"));
        QCOMPARE(p.value("factor").toString(), QStringLiteral("ownership"));
        QCOMPARE(p.value("post").toString(), QStringLiteral("5C3"));
        QCOMPARE(p.value("status").toString(), QStringLiteral("open"));
        m_editor->rejectRiskProposal();
        QVERIFY(m_editor->riskProposal().isEmpty());
        const int risks = int(m_controller->portfolio().risks.size());
        QVERIFY(!m_editor->acceptRiskProposal());
        m_editor->proposeRisk(ownership);
        QVERIFY(m_editor->acceptRiskProposal());
        QCOMPARE(m_controller->portfolio().risks.size(), risks + 1);
        const Risk &r = m_controller->portfolio().risks.last();
        QCOMPARE(r.factor, QStringLiteral("ownership"));
        QCOMPARE(r.posts, QStringList{QStringLiteral("5C3")});
        QVERIFY(r.status == RiskStatus::Open);
        QVERIFY(!m_editor->canProposeRisk(ownership)); // now linked
        m_controller->undo();
        QCOMPARE(m_controller->portfolio().risks.size(), risks);
    }

private:
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<AssessmentEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester, m_radarTester;
};

QTEST_GUILESS_MAIN(TestAssessmentEditor)
#include "tst_assessmenteditor.moc"
