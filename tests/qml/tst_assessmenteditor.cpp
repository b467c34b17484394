// tst_assessmenteditor.cpp — the kick-off assessment view-model: the draft model (tester, exact
// signals), the radar table, the detailed-analysis switch, saving as a new assessment (undoable), the
// linked-risk proposal, drafts kept per post as pending edits, the comparison that survives a save,
// opening history entries, factor names in the user's language, the assessor and type-ahead.
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
        m_editor->setDocument(m_controller.get());
        m_editor->setAssessor(QStringLiteral("pl"));
        m_editor->setPostId(QStringLiteral("5C3"));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_editor->factors(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_radarTester = std::make_unique<QAbstractItemModelTester>(
            m_editor->radar(), QAbstractItemModelTester::FailureReportingMode::QtTest);
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
        QCOMPARE(f->index(capacity).data(AssessmentDraftModel::MitigationRole).toString(),
                 QStringLiteral("Reserve capacity at ICT"));
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

    void draftKeptPerPostAsPendingEdit()
    {
        auto *f = m_editor->factors();
        const int planning = f->rowOf(QStringLiteral("planning"));
        const int ambition = f->rowOf(QStringLiteral("ambition"));
        m_editor->setScore(planning, 5);
        m_editor->setRationale(ambition, QStringLiteral("Long text. Two sentences."));
        QVERIFY(m_editor->dirty());
        // A text on an unscored factor cannot be saved (a score is required): saving says so.
        QCOMPARE(m_editor->unscoredNotes(),
                 QStringLiteral(
                     "Score Realistic ambition/objective or clear its text: a factor without a score is not saved."));
        QString error;
        QVERIFY(!m_editor->saveDraftOf(QStringLiteral("5C3"), &error));
        QCOMPARE(error, m_editor->unscoredNotes());
        QVERIFY(!m_editor->save());
        m_editor->setScore(ambition, 2);
        QVERIFY(m_editor->unscoredNotes().isEmpty());
        QCOMPARE(m_editor->draftPosts(), QStringList{QStringLiteral("5C3")});
        QCOMPARE(m_controller->pendingEdits(), QStringList{QStringLiteral("Assessment draft of 5C3")});
        QCOMPARE(m_controller->pendingEditViews(), QStringList{QStringLiteral("assessment")});
        // Another post: its own (empty) draft; the first one is kept.
        m_editor->setPostId(QStringLiteral("2A4"));
        QVERIFY(!m_editor->dirty());
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 0);
        m_editor->setScore(planning, 2);
        QCOMPARE(m_editor->draftPosts(), (QStringList{QStringLiteral("5C3"), QStringLiteral("2A4")}));
        QCOMPARE(m_controller->pendingEdits().size(), 2);
        // Back: the draft as left.
        m_editor->setPostId(QStringLiteral("5C3"));
        QVERIFY(m_editor->dirty());
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 5);
        QCOMPARE(f->index(ambition).data(AssessmentDraftModel::RationaleRole).toString(),
                 QStringLiteral("Long text. Two sentences."));
        QCOMPARE(f->index(f->rowOf(QStringLiteral("capacity"))).data(AssessmentDraftModel::ScoreRole).toInt(),
                 4); // untouched rows kept too
        // Apply all (the quit guard's "save"): both drafts become assessments, nothing pending.
        const int before = int(m_controller->portfolio().assessments.size());
        QVERIFY(m_controller->applyPendingEdits());
        QCOMPARE(m_controller->portfolio().assessments.size(), before + 2);
        QVERIFY(m_controller->pendingEdits().isEmpty());
        QVERIFY(m_editor->draftPosts().isEmpty());
        const Assessment *other = m_controller->portfolio().latestAssessment(QStringLiteral("2A4"));
        QVERIFY(other && other->score(QStringLiteral("planning")));
        QCOMPARE(other->score(QStringLiteral("planning"))->score, 2);
        const Assessment *latest = m_controller->portfolio().latestAssessment(QStringLiteral("5C3"));
        QVERIFY(latest && latest->score(QStringLiteral("planning")) && latest->score(QStringLiteral("ambition")));
        QCOMPARE(latest->score(QStringLiteral("planning"))->score, 5);
        QCOMPARE(latest->score(QStringLiteral("ambition"))->rationale, QStringLiteral("Long text. Two sentences."));
        QVERIFY(!m_editor->dirty());
    }

    void draftDiscardedAndChangedBack()
    {
        auto *f = m_editor->factors();
        const int planning = f->rowOf(QStringLiteral("planning"));
        m_editor->setScore(planning, 1);
        m_editor->setScore(planning, 3); // back to the latest assessment: nothing to keep
        QVERIFY(!m_editor->dirty());
        QVERIFY(m_controller->pendingEdits().isEmpty());
        m_editor->setScore(planning, 1);
        m_editor->setPostId(QStringLiteral("2A4"));
        m_controller->discardPendingEdits(); // the quit guard's "discard"
        QVERIFY(m_editor->draftPosts().isEmpty());
        m_editor->setPostId(QStringLiteral("5C3"));
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 3);
        m_editor->setScore(planning, 1);
        m_editor->discardDraft(); // the view's "Discard draft"
        QVERIFY(!m_editor->dirty());
        QVERIFY(m_controller->pendingEdits().isEmpty());
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 3);
        QCOMPARE(m_controller->portfolio().assessments.size(), 1);
    }

    void comparisonStaysThePreviousAfterSave()
    {
        auto *f = m_editor->factors();
        const int planning = f->rowOf(QStringLiteral("planning"));
        QCOMPARE(m_editor->comparisonAssessment(), 0);
        m_editor->setScore(planning, 1);
        QVERIFY(m_editor->save());
        // The new assessment is shown; "was" and the grey line are still the one before.
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 1);
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::PreviousScoreRole).toInt(), 3);
        QCOMPARE(m_editor->radar()->index(planning, 2).data().toInt(), 3);
        QCOMPARE(m_editor->comparisonAssessment(), 0);
        // Also after going to another post and back.
        m_editor->setPostId(QStringLiteral("2A4"));
        m_editor->setPostId(QStringLiteral("5C3"));
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::PreviousScoreRole).toInt(), 3);
        // Any entry can be the comparison, nothing too.
        const QVariantList entries = m_editor->historyEntries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toMap().value("assessment").toInt(), 1); // newest first
        QVERIFY(entries.at(1).toMap().value("compared").toBool());
        QSignalSpy rows(f, &QAbstractItemModel::dataChanged);
        m_editor->setComparisonAssessment(1);
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::PreviousScoreRole).toInt(), 1);
        QVERIFY(!m_editor->dirty()); // a comparison is no edit
        QVERIFY(rows.count() > 0);
        m_editor->setComparisonAssessment(-1);
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::PreviousScoreRole).toInt(), 0);
        // A fresh look at the post (another editor, as after reopening the file): the latest
        // against the one before it.
        AssessmentEditor fresh;
        fresh.setDocument(m_controller.get());
        fresh.setPostId(QStringLiteral("5C3"));
        QCOMPARE(fresh.comparisonAssessment(), 0);
        QCOMPARE(fresh.factors()->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 1);
        QCOMPARE(fresh.factors()->index(planning).data(AssessmentDraftModel::PreviousScoreRole).toInt(), 3);
    }

    void historyEntryOpensReadOnly()
    {
        auto *f = m_editor->factors();
        const int planning = f->rowOf(QStringLiteral("planning"));
        m_editor->setScore(planning, 1);
        QVERIFY(m_editor->save());
        m_editor->setScore(planning, 2); // a new draft on top
        m_editor->viewAssessment(0);     // the first, derived assessment
        QVERIFY(!m_editor->editable());
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 3);
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::PreviousScoreRole).toInt(), 3);
        QVERIFY(!(f->flags(f->index(planning)) & Qt::ItemIsEditable));
        m_editor->setScore(planning, 5);
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 3);
        QVERIFY(!m_editor->save());
        QVERIFY(m_editor->viewedLabel().contains(QLatin1String("derived from programme plan")));
        QVERIFY(m_editor->historyEntries().at(1).toMap().value("viewed").toBool());
        m_editor->setComparisonAssessment(1); // two history entries side by side on the radar
        QCOMPARE(m_editor->radar()->index(planning, 1).data().toInt(), 3);
        QCOMPARE(m_editor->radar()->index(planning, 2).data().toInt(), 1);
        m_editor->viewDraft();
        QVERIFY(m_editor->editable());
        QCOMPARE(f->index(planning).data(AssessmentDraftModel::ScoreRole).toInt(), 2); // the draft, kept
    }

    void factorNamesInTheUsersLanguage()
    {
        SuccessFactor f{QStringLiteral("nationalDependency"),
                        QStringLiteral("Afhankelijkheid landelijke bouwsteen"),
                        QStringLiteral("Dependency on national building block"),
                        {},
                        false,
                        {},
                        {}};
        QCOMPARE(AssessmentDraftModel::displayName(f, QStringLiteral("nl")), f.nameNl);
        QCOMPARE(AssessmentDraftModel::displayName(f, QStringLiteral("en")), f.nameEn);
        f.nameEn.clear();
        QCOMPARE(AssessmentDraftModel::displayName(f, QStringLiteral("en")), f.nameNl);
        auto *m = m_editor->factors();
        const QModelIndex i = m->index(m->rowOf(QStringLiteral("nationalDependency")));
        QCOMPARE(i.data(AssessmentDraftModel::NameRole).toString(),
                 QStringLiteral("Dependency on national building block"));
        QCOMPARE(i.data(AssessmentDraftModel::PlanNameRole).toString(),
                 QStringLiteral("Afhankelijkheid landelijke bouwsteen"));
        QSignalSpy names(m, &QAbstractItemModel::dataChanged);
        m->setLanguage(QStringLiteral("nl"));
        QCOMPARE(names.count(), 1);
        QCOMPARE(i.data(AssessmentDraftModel::NameRole).toString(),
                 QStringLiteral("Afhankelijkheid landelijke bouwsteen"));
        QCOMPARE(i.data(AssessmentDraftModel::PlanNameRole).toString(), QString());
        QVERIFY(!m_editor->dirty()); // a language switch is no edit
        m->setLanguage(QStringLiteral("en"));
        m_editor->setScore(m->rowOf(QStringLiteral("nationalDependency")), 5);
        QVERIFY(m_editor->radarSummary().contains(QLatin1String("Dependency on national building block scores 5")));
        QVERIFY(!m_editor->radarSummary().contains(QLatin1String("nationalDependency")));
    }

    void assessorIsTheUsersName()
    {
        AssessmentEditor editor;
        editor.setDocument(m_controller.get());
        m_controller->document()->setAuthor(QStringLiteral("Anna de Vries"));
        QCOMPARE(editor.assessor(), QStringLiteral("Anna de Vries"));
        editor.setPostId(QStringLiteral("2A4"));
        editor.setScore(0, 2);
        QVERIFY(editor.save());
        QCOMPARE(m_controller->portfolio().latestAssessment(QStringLiteral("2A4"))->assessor,
                 QStringLiteral("Anna de Vries"));
    }

    void typeAheadOnWholeCodes()
    {
        QVERIFY(m_controller->open(rb::test::mabPath()));
        AssessmentEditor editor;
        editor.setDocument(m_controller.get());
        const auto &posts = m_controller->posts()->posts();
        const auto code = [&](int row) { return row < 0 ? QString() : posts[row].id; };
        QCOMPARE(code(editor.postRowForTyped(QStringLiteral("5"))), QStringLiteral("5A"));
        QCOMPARE(code(editor.postRowForTyped(QStringLiteral("5C"))), QStringLiteral("5C1"));
        QCOMPARE(code(editor.postRowForTyped(QStringLiteral("5C4"))), QStringLiteral("5C4"));
        QCOMPARE(code(editor.postRowForTyped(QStringLiteral("5c4"))), QStringLiteral("5C4"));
        QCOMPARE(code(editor.postRowForTyped(QStringLiteral("x-hfa"))), QStringLiteral("X-HFA-EDEPOT"));
        QCOMPARE(editor.postRowForTyped(QStringLiteral("5C9")), -1);
    }

private:
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<AssessmentEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester, m_radarTester;
};

QTEST_GUILESS_MAIN(TestAssessmentEditor)
#include "tst_assessmenteditor.moc"
