// tst_riskregister.cpp — the risk register's view-model: editing through the typed draft (one undo
// step, a change-log entry that names the changed fields, in words when shown), validation, the
// selection by risk id across sort, filter, undo, add, remove and a document reset, the question
// before leaving a changed risk, the pending edit it registers, matrix counts, options and labels.
#include "qml/documentcontroller.h"
#include "qml/riskregister.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rb::model;
using rb::ui::DocumentController;
using rb::ui::RiskDraft;
using rb::ui::RiskRegister;

class TestRiskRegister : public QObject {
    Q_OBJECT
private slots:
    void init() { open(rb::test::samplePath()); }
    void cleanup()
    {
        m_tester.reset();
        m_register.reset();
        m_controller.reset();
    }

    void editAppendsChangeLogAndUndoes()
    {
        RiskDraft *d = m_register->draft();
        QCOMPARE(m_register->currentId(), QStringLiteral("R-5C"));
        QCOMPARE(d->riskId(), QStringLiteral("R-5C"));
        QCOMPARE(d->property("probability").toInt(), 4);
        QVERIFY(!d->dirty());
        d->setProperty("probability", 5);
        d->setProperty("status", QStringLiteral("closed"));
        d->setProperty("nextReview", QStringLiteral("2019-05-01"));
        QVERIFY(d->dirty());
        QVERIFY(m_register->apply());
        QVERIFY(!d->dirty());
        const Risk &r = m_controller->portfolio().risks[0];
        QCOMPARE(r.probability, std::optional<int>(5));
        QVERIFY(r.status == RiskStatus::Closed);
        QCOMPARE(r.nextReview, QDate(2019, 5, 1));
        QCOMPARE(r.history.size(), 1);
        QCOMPARE(r.history[0].author, QStringLiteral("pm"));
        QCOMPARE(r.history[0].date, QDate(2019, 4, 1));
        // Stored with the format's names (the file reads the same in every language) ...
        QVERIFY(r.history[0].change.contains(QStringLiteral("probability 4 → 5")));
        QVERIFY(r.history[0].change.contains(QStringLiteral("status open → closed")));
        // ... shown in words.
        QCOMPARE(
            m_register->history(),
            QStringList{QStringLiteral(
                "2019-04-01 · pm · Inherent probability 4 → 5; Status Open → Closed; Next review – → 2019-05-01")});
        QVERIFY(m_controller->isModified());
        QVERIFY(m_register->apply()); // nothing changed: no second entry
        QCOMPARE(m_controller->portfolio().risks[0].history.size(), 1);
        m_controller->undo();
        QCOMPARE(m_controller->portfolio().risks[0].history.size(), 0);
        QCOMPARE(m_controller->portfolio().risks[0].probability, std::optional<int>(4));
        QCOMPARE(d->property("probability").toInt(), 4); // the form follows the undo
        QVERIFY(!m_controller->isModified());
    }

    void changeLogInWords()
    {
        QCOMPARE(m_register->describeChange(QStringLiteral("residualProbability 3 → 2")),
                 QStringLiteral("Residual probability 3 → 2"));
        QCOMPARE(m_register->describeChange(QStringLiteral("factor – → nationalDependency; mitigation changed")),
                 QStringLiteral(
                     "Success factor – → Afhankelijkheid landelijke bouwsteen; Mitigation changed")); // the plan's name
        QCOMPARE(m_register->describeChange(QStringLiteral("response none → reduce")),
                 QStringLiteral("Response none → Reduce"));
        QCOMPARE(m_register->describeChange(QStringLiteral("created")), QStringLiteral("created"));
        QCOMPARE(m_register->describeChange(QStringLiteral("reviewed with the supplier")),
                 QStringLiteral("reviewed with the supplier"));
    }

    void invalidInputIsRefused()
    {
        RiskDraft *d = m_register->draft();
        d->setProperty("nextReview", QStringLiteral("2019-02-30"));
        QVERIFY(!m_register->apply());
        QVERIFY(m_register->lastError().contains(QLatin1String("2019-02-30")));
        QVERIFY(d->dirty()); // the user's input stays to be corrected
        m_register->revert();
        QVERIFY(m_register->lastError().isEmpty());
        d->setProperty("posts", QStringLiteral("5C3, NOPE"));
        QVERIFY(!m_register->apply());
        QVERIFY(m_register->lastError().contains(QLatin1String("NOPE")));
        d->setProperty("posts", QStringLiteral("5C3"));
        d->setProperty("title", QStringLiteral("  "));
        QVERIFY(!m_register->apply());
        QCOMPARE(m_controller->document()->undoStack()->count(), 0);
    }

    void changedDraftIsAPendingEdit()
    {
        RiskDraft *d = m_register->draft();
        d->setProperty("mitigation", QStringLiteral("Extra capacity from the supplier"));
        QCOMPARE(m_controller->pendingEdits(), QStringList{QStringLiteral("Changes to risk R-5C not applied")});
        QCOMPARE(m_controller->pendingEditViews(), QStringList{QStringLiteral("risks")});
        QVERIFY(m_controller->hasUnsavedWork());
        QVERIFY(m_controller->applyPendingEdits()); // as the quit guard's "apply all" does
        QCOMPARE(m_controller->portfolio().risks[0].mitigation, QStringLiteral("Extra capacity from the supplier"));
        QVERIFY(m_controller->pendingEdits().isEmpty());
        d->setProperty("owner", QStringLiteral("someone"));
        QCOMPARE(m_controller->pendingEdits().size(), 1);
        m_controller->discardPendingEdits();
        QVERIFY(!d->dirty());
        QCOMPARE(d->property("owner").toString(), m_controller->portfolio().risks[0].owner);
        d->setProperty("owner", QStringLiteral("someone"));
        d->setProperty("owner", m_controller->portfolio().risks[0].owner); // typed back: unchanged
        QVERIFY(m_controller->pendingEdits().isEmpty());
        d->setProperty("owner", QStringLiteral("someone"));
        m_register.reset(); // the view goes: its draft cannot be applied any more
        QVERIFY(m_controller->pendingEdits().isEmpty());
    }

    void leavingAChangedRiskAsks()
    {
        open(rb::test::mabPath());
        RiskDraft *d = m_register->draft();
        QVERIFY(m_register->select(QStringLiteral("R-P1")));
        d->setProperty("residualProbability", 3);
        QSignalSpy asked(m_register.get(), &RiskRegister::leaveQuestionChanged);
        QVERIFY(!m_register->select(QStringLiteral("R-P2")));
        QCOMPARE(asked.count(), 1);
        QVERIFY(m_register->leaveQuestion().contains(QLatin1String("R-P1")));
        QCOMPARE(m_register->currentId(), QStringLiteral("R-P1")); // nothing moves before the answer
        m_register->answerLeave(RiskRegister::Cancel);
        QVERIFY(m_register->leaveQuestion().isEmpty());
        QCOMPARE(m_register->currentId(), QStringLiteral("R-P1"));
        QVERIFY(d->dirty());

        QVERIFY(!m_register->select(QStringLiteral("R-P2")));
        m_register->answerLeave(RiskRegister::Apply);
        QCOMPARE(m_register->currentId(), QStringLiteral("R-P2"));
        QCOMPARE(risk(QStringLiteral("R-P1")).residualProbability, std::optional<int>(3));
        QCOMPARE(risk(QStringLiteral("R-P2")).residualProbability, std::optional<int>(2));
        QCOMPARE(d->riskId(), QStringLiteral("R-P2"));

        d->setProperty("title", QStringLiteral("Something else"));
        QVERIFY(!m_register->addRisk());
        m_register->answerLeave(RiskRegister::Discard);
        QVERIFY(risk(QStringLiteral("R-P2")).title != QStringLiteral("Something else"));
        QCOMPARE(m_register->totalCount(), 16);
        QCOMPARE(d->riskId(), m_register->currentId());
        QCOMPARE(risk(m_register->currentId()).title, QStringLiteral("New risk"));
    }

    void filterHidingAChangedRiskAsks()
    {
        open(rb::test::mabPath());
        RiskDraft *d = m_register->draft();
        QVERIFY(m_register->select(QStringLiteral("R-P3")));
        d->setProperty("owner", QStringLiteral("programme manager"));
        m_register->risks()->setLevel(QStringLiteral("activity"));
        QVERIFY(!m_register->leaveQuestion().isEmpty());
        m_register->answerLeave(RiskRegister::Cancel); // stays on the changed, now hidden risk
        QCOMPARE(m_register->currentId(), QStringLiteral("R-P3"));
        QVERIFY(m_register->currentHidden());
        QCOMPARE(m_register->currentRow(), -1);
        m_register->risks()->setLevel(QString());
        QCOMPARE(m_register->currentId(), QStringLiteral("R-P3"));
        QVERIFY(m_register->currentRow() >= 0);
        m_register->risks()->setLevel(QStringLiteral("activity"));
        m_register->answerLeave(RiskRegister::Apply);
        QCOMPARE(risk(QStringLiteral("R-P3")).owner, QStringLiteral("programme manager"));
        QVERIFY(m_register->currentRow() >= 0); // a visible risk: the table and the form agree again
        QVERIFY(risk(m_register->currentId()).level == RiskLevel::Activity);
        // Without changes the selection simply moves to a visible risk.
        m_register->risks()->setSearchText(QStringLiteral("zzz-nothing"));
        QCOMPARE(m_register->leaveQuestion(), QString());
    }

    void selectionFollowsTheRiskById()
    {
        open(rb::test::mabPath());
        RiskFilterModel *f = m_register->risks();
        auto shown = [&] { return f->index(m_register->currentRow(), 0).data(RiskListModel::IdRole).toString(); };
        QVERIFY(m_register->select(QStringLiteral("R-P1")));
        QCOMPARE(shown(), QStringLiteral("R-P1"));
        f->sortBy(QStringLiteral("exposure"), false); // R-P1 (5 × 4) moves to the bottom
        QCOMPARE(m_register->currentId(), QStringLiteral("R-P1"));
        QCOMPARE(shown(), QStringLiteral("R-P1"));
        QCOMPARE(m_register->currentRow(), f->rowCount() - 1);
        QCOMPARE(m_register->draft()->riskId(), QStringLiteral("R-P1"));

        // Edit, then undo and redo: still R-P1, and the draft shows the document's value.
        m_register->draft()->setProperty("probability", 1);
        QVERIFY(m_register->apply());
        QCOMPARE(shown(), QStringLiteral("R-P1"));
        QVERIFY(m_register->currentRow() <= 1); // 1 × 4 sorts near the top now (a tie with 2 × 2)
        m_controller->undo();
        QCOMPARE(shown(), QStringLiteral("R-P1"));
        QCOMPARE(m_register->draft()->property("probability").toInt(), 5);
        m_controller->redo();
        QCOMPARE(shown(), QStringLiteral("R-P1"));

        // A risk removed before it in the document; the selected one removed: its neighbour.
        QVERIFY(m_register->select(QStringLiteral("R-P2")));
        const int row = m_register->currentRow();
        QVERIFY(m_register->removeCurrent());
        QVERIFY(m_register->currentId() != QStringLiteral("R-P2"));
        QCOMPARE(m_register->currentRow(), std::min(row, f->rowCount() - 1));
        QCOMPARE(m_register->draft()->riskId(), m_register->currentId());
        m_controller->undo(); // R-P2 is back; the selection stays where the user is
        QCOMPARE(shown(), m_register->currentId());

        // A new risk, and undoing its creation.
        QVERIFY(m_register->select(QStringLiteral("R-A3C")));
        QVERIFY(m_register->addRisk());
        const QString added = m_register->currentId();
        QVERIFY(added.startsWith(QLatin1String("R-N")) || added.contains(QLatin1Char('N')));
        QCOMPARE(shown(), added);
        m_controller->undo();
        QVERIFY(!m_register->currentId().isEmpty());
        QCOMPARE(shown(), m_register->currentId());
        QCOMPARE(m_register->draft()->riskId(), m_register->currentId());

        // Another document (or a restore): the same id when it is still there.
        QVERIFY(m_register->select(QStringLiteral("R-A4D")));
        QVERIFY(m_controller->open(rb::test::mabPath()));
        QCOMPARE(m_register->currentId(), QStringLiteral("R-A4D"));
        QCOMPARE(shown(), QStringLiteral("R-A4D"));
        QVERIFY(m_controller->open(rb::test::samplePath()));
        QCOMPARE(m_register->currentId(), QStringLiteral("R-5C"));
        QCOMPARE(m_register->draft()->riskId(), QStringLiteral("R-5C"));
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
        m_register->draft()->setProperty("nextReview", QStringLiteral("2019-03-31"));
        QVERIFY(m_register->apply());
        QCOMPARE(m_register->overdueCount(), 1);
    }

    void addAndRemove()
    {
        QVERIFY(m_register->addRisk());
        QCOMPARE(m_register->totalCount(), 2);
        QCOMPARE(m_register->draft()->property("status").toString(), QStringLiteral("open"));
        QCOMPARE(m_register->history(), QStringList{QStringLiteral("2019-04-01 · pm · created")});
        QVERIFY(m_register->select(QStringLiteral("R-5C")));
        QVERIFY(m_register->removeCurrent());
        QCOMPARE(m_register->totalCount(), 1);
        m_controller->undo();
        m_controller->undo();
        QCOMPARE(m_register->totalCount(), 1);
        QCOMPARE(m_register->currentId(), QStringLiteral("R-5C"));
    }

    void optionsAndLabelsAreWords()
    {
        open(rb::test::mabPath());
        const QVariantList factors = m_register->factorOptions();
        QVERIFY(factors.size() > 7);
        bool found = false;
        for (const QVariant &v : factors) {
            const QVariantMap m = v.toMap();
            if (m.value("value").toString() == QLatin1String("nationalDependency")) {
                found = true;
                QCOMPARE(m.value("label").toString(), QStringLiteral("Afhankelijkheid landelijke bouwsteen"));
            }
            QVERIFY(!m.value("label").toString().isEmpty());
        }
        QVERIFY(found);
        QCOMPARE(m_register->labels().value("level.activity").toString(), QStringLiteral("Activity"));
        QCOMPARE(m_register->labels().value("status.closed").toString(), QStringLiteral("Closed"));
        QCOMPARE(m_register->levelOptions().first().toMap().value("label").toString(), QStringLiteral("All levels"));
        QCOMPARE(m_register->responseOptions().at(2).toMap().value("value").toString(), QStringLiteral("reduce"));
        QVERIFY(m_register->select(QStringLiteral("R-P1")));
        m_register->draft()->setProperty("factor", QStringLiteral("capacity"));
        QVERIFY(m_register->apply());
        QVERIFY(m_register->history().first().contains(
            QStringLiteral("Success factor Afhankelijkheid landelijke bouwsteen → ")));
    }

    // The register works on the document it is given, not on whichever controller came first: empty
    // without one, the sample's risks with it, MAB's after switching, and a draft of the first
    // document's risk is no pending edit of it any more.
    void followsTheDocumentItIsGiven()
    {
        auto mab = rb::test::openDocument(rb::test::mabPath()); // a second controller, made later
        RiskRegister loose;
        QCOMPARE(loose.totalCount(), 0);
        QCOMPARE(loose.risks()->rowCount(), 0);
        QVERIFY(loose.currentId().isEmpty());
        loose.addRisk(); // nothing to add a risk to
        QCOMPARE(loose.totalCount(), 0);
        loose.setDocument(m_controller.get());
        QCOMPARE(loose.totalCount(), int(m_controller->portfolio().risks.size()));
        QCOMPARE(loose.currentId(), QStringLiteral("R-5C"));
        loose.draft()->setProperty("probability", 5);
        QCOMPARE(m_controller->pendingEdits().size(), 1);
        loose.setDocument(mab.get());
        QVERIFY(m_controller->pendingEdits().isEmpty());
        QCOMPARE(loose.totalCount(), int(mab->portfolio().risks.size()));
        QVERIFY(loose.totalCount() != int(m_controller->portfolio().risks.size()));
        QCOMPARE(loose.risks()->rowCount(), loose.totalCount());
        QVERIFY(!loose.currentId().isEmpty());
    }

private:
    void open(const QString &path)
    {
        cleanup();
        m_controller = rb::test::openDocument(path);
        m_controller->document()->setAuthor(QStringLiteral("pm"));
        m_controller->document()->setToday(QDate(2019, 4, 1));
        m_register = std::make_unique<RiskRegister>();
        m_register->setDocument(m_controller.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_register->risks(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    Risk risk(const QString &id) const
    {
        for (const Risk &r : m_controller->portfolio().risks)
            if (r.id == id) return r;
        return {};
    }

    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<RiskRegister> m_register;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestRiskRegister)
#include "tst_riskregister.moc"
