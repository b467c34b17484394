// tst_progresseditor.cpp — the "Update progress" form's draft (ProgressEditor: values from the document,
// validation messages per field, apply as one undoable edit with the status following the actuals),
// "Take baseline…" (BaselineEditor: the same baseline as `riskboard baseline`, undoable, date order)
// and the Overview's variances against the original and the latest baseline (ProgrammeVariances).
#include "model/baselines.h"
#include "qml/baselineeditor.h"
#include "qml/documentcontroller.h"
#include "qml/progresseditor.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace rb::model;
using rb::ui::BaselineEditor;
using rb::ui::DocumentController;
using rb::ui::ProgrammeVariances;
using rb::ui::ProgressEditor;

namespace {
QString progressSample() { return QStringLiteral(RISKBOARD_TEST_DATA "/valid/progress-sample.json"); }
} // namespace

class TestProgressEditor : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_controller = rb::test::openDocument(progressSample());
        m_editor = std::make_unique<ProgressEditor>();
        m_editor->setDocument(m_controller.get());
    }
    void cleanup()
    {
        m_editor.reset();
        m_controller.reset();
    }

    void startsFromTheDocument()
    {
        m_editor->setPostId(QStringLiteral("B"));
        QVERIFY(m_editor->valid());
        QCOMPARE(m_editor->actualStart(), QStringLiteral("2019-04-11"));
        QCOMPARE(m_editor->actualFinish(), QString());
        QCOMPARE(m_editor->remainingDays(), QStringLiteral("60"));
        QCOMPARE(m_editor->statusDate(), QStringLiteral("2019-05-15"));
        QCOMPARE(m_editor->plannedStart(), QStringLiteral("2019-04-01"));
        QCOMPARE(m_editor->plannedFinish(), QStringLiteral("2019-06-30"));
        QCOMPARE(m_editor->resultingStatus(), QStringLiteral("running"));
        QVERIFY(m_editor->problems().isEmpty());
        QVERIFY(!m_editor->dirty());
        QVERIFY(!m_editor->canApply()); // nothing to apply
        QVERIFY(!m_editor->apply());
        QVERIFY(!m_controller->canUndo());
    }

    void validationSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("remaining");
        QTest::addColumn<QString>("statusDate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("finish before start") << "B"
                                             << "2019-04-11"
                                             << "2019-04-01"
                                             << ""
                                             << "2019-05-15"
                                             << "finish"
                                             << "before the actual start";
        QTest::newRow("finish without start") << "C"
                                              << ""
                                              << "2019-05-01"
                                              << ""
                                              << "2019-05-15"
                                              << "finish"
                                              << "needs an actual start";
        QTest::newRow("start after status date") << "C"
                                                 << "2019-05-20"
                                                 << ""
                                                 << ""
                                                 << "2019-05-15"
                                                 << "start"
                                                 << "after the status date";
        QTest::newRow("finish after status date") << "B"
                                                  << "2019-04-11"
                                                  << "2019-06-01"
                                                  << ""
                                                  << "2019-05-15"
                                                  << "finish"
                                                  << "after the status date";
        QTest::newRow("remaining without start") << "C"
                                                 << ""
                                                 << ""
                                                 << "20"
                                                 << "2019-05-15"
                                                 << "remaining"
                                                 << "fill in the actual start";
        QTest::newRow("remaining on a finished post") << "B"
                                                      << "2019-04-11"
                                                      << "2019-05-10"
                                                      << "5"
                                                      << "2019-05-15"
                                                      << "remaining"
                                                      << "finished post has no remaining work";
        QTest::newRow("remaining not a number") << "B"
                                                << "2019-04-11"
                                                << ""
                                                << "lots"
                                                << "2019-05-15"
                                                << "remaining"
                                                << "whole number of days";
        QTest::newRow("negative remaining") << "B"
                                            << "2019-04-11"
                                            << ""
                                            << "-3"
                                            << "2019-05-15"
                                            << "remaining"
                                            << "whole number of days";
        QTest::newRow("start not a date") << "B"
                                          << "11-04-2019"
                                          << ""
                                          << "60"
                                          << "2019-05-15"
                                          << "start"
                                          << "YYYY-MM-DD";
        QTest::newRow("impossible date") << "B"
                                         << "2019-02-30"
                                         << ""
                                         << "60"
                                         << "2019-05-15"
                                         << "start"
                                         << "not a date";
        QTest::newRow("status date not a date") << "B"
                                                << "2019-04-11"
                                                << ""
                                                << "60"
                                                << "mei"
                                                << "status"
                                                << "not a date";
        QTest::newRow("status date before another post's actuals") << "C"
                                                                   << ""
                                                                   << ""
                                                                   << ""
                                                                   << "2019-04-05"
                                                                   << "status"
                                                                   << "Post A";
        QTest::newRow("progress without a status date") << "C"
                                                        << "2019-05-01"
                                                        << ""
                                                        << ""
                                                        << ""
                                                        << "status"
                                                        << "status date";
    }
    void validationSaysWhatIsWrong()
    {
        QFETCH(QString, post);
        QFETCH(QString, start);
        QFETCH(QString, finish);
        QFETCH(QString, remaining);
        QFETCH(QString, statusDate);
        QFETCH(QString, field);
        QFETCH(QString, words);
        m_editor->setPostId(post);
        m_editor->setActualStart(start);
        m_editor->setActualFinish(finish);
        m_editor->setRemainingDays(remaining);
        m_editor->setStatusDate(statusDate);
        const QString message = field == "start" ? m_editor->actualStartProblem()
            : field == "finish"                  ? m_editor->actualFinishProblem()
            : field == "remaining"               ? m_editor->remainingDaysProblem()
                                                 : m_editor->statusDateProblem();
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY(m_editor->problems().contains(message));
        QVERIFY(!m_editor->canApply());
        const Portfolio before = m_controller->portfolio();
        QVERIFY(!m_editor->apply());
        QCOMPARE(m_controller->portfolio(), before);
        QVERIFY(!m_controller->canUndo());
    }

    void startingAPostIsOneUndoableEdit()
    {
        m_editor->setPostId(QStringLiteral("C"));
        QCOMPARE(m_editor->resultingStatus(), QStringLiteral("planned"));
        QSignalSpy changed(m_editor.get(), &ProgressEditor::draftChanged);
        m_editor->setActualStart(QStringLiteral("2019-05-02"));
        m_editor->setRemainingDays(QStringLiteral(" 20 "));
        QVERIFY(changed.count() >= 2);
        QVERIFY(m_editor->dirty());
        QCOMPARE(m_editor->resultingStatus(), QStringLiteral("running"));
        QVERIFY2(m_editor->canApply(), qPrintable(m_editor->problems().join('\n')));
        const Portfolio before = m_controller->portfolio();
        QVERIFY(m_editor->apply());
        const Post &c = m_controller->portfolio().posts[m_controller->portfolio().postIndex("C")];
        QCOMPARE(c.actualStart, QDate(2019, 5, 2));
        QCOMPARE(c.remainingDays, std::optional<int>(20));
        QVERIFY(c.status == PostStatus::Running);
        QVERIFY(m_controller->isModified());
        QVERIFY(!m_editor->dirty()); // the form now shows the document
        // The schedule follows: C's remaining 20 days run from the status date.
        const auto s = m_controller->schedule();
        QVERIFY(s);
        const int ci = int(s->input().postIds.indexOf("C"));
        QCOMPARE(fromDayNumber(s->schedule().tasks[size_t(ci)].earlyFinish), QDate(2019, 5, 15).addDays(19));
        // One step back restores the document exactly, and forward again.
        QCOMPARE(m_controller->undoText(), QStringLiteral("Update progress of C"));
        m_controller->undo();
        QCOMPARE(m_controller->portfolio(), before);
        QVERIFY(!m_controller->canUndo());
        QCOMPARE(m_editor->actualStart(), QString());
        m_controller->redo();
        QVERIFY(m_controller->portfolio().posts[m_controller->portfolio().postIndex("C")].status
                == PostStatus::Running);
    }

    void finishingAndUnstartingFollowTheActuals()
    {
        m_editor->setPostId(QStringLiteral("B"));
        m_editor->setActualFinish(QStringLiteral("2019-05-10"));
        m_editor->setRemainingDays(QString());
        QCOMPARE(m_editor->resultingStatus(), QStringLiteral("done"));
        QVERIFY(m_editor->apply());
        const auto b = [&] { return m_controller->portfolio().posts[m_controller->portfolio().postIndex("B")]; };
        QVERIFY(b().status == PostStatus::Done);
        QCOMPARE(b().actualFinish, QDate(2019, 5, 10));
        QVERIFY(!b().remainingDays);
        // Clearing every actual makes it planned again (a mistaken start).
        m_editor->setActualStart(QString());
        m_editor->setActualFinish(QString());
        QCOMPARE(m_editor->resultingStatus(), QStringLiteral("planned"));
        QVERIFY(m_editor->apply());
        QVERIFY(b().status == PostStatus::Planned);
        QVERIFY(!hasProgress(b()));
    }

    void statusDateAndPostChangeInOneStep()
    {
        m_editor->setPostId(QStringLiteral("C"));
        m_editor->setStatusDate(QStringLiteral("2019-05-31"));
        m_editor->setActualStart(QStringLiteral("2019-05-20"));
        QVERIFY2(m_editor->canApply(), qPrintable(m_editor->problems().join('\n')));
        const Portfolio before = m_controller->portfolio();
        QVERIFY(m_editor->apply());
        QCOMPARE(m_controller->portfolio().programme.statusDate, QDate(2019, 5, 31));
        QCOMPARE(m_controller->statusDate(), QStringLiteral("2019-05-31"));
        m_controller->undo();
        QCOMPARE(m_controller->portfolio(), before);
        // Only the status date (no post chosen): the form still works.
        m_editor->setPostId(QString());
        QVERIFY(!m_editor->valid());
        m_editor->setStatusDate(QStringLiteral("2019-06-01"));
        QVERIFY(m_editor->apply());
        QCOMPARE(m_controller->portfolio().programme.statusDate, QDate(2019, 6, 1));
        QCOMPARE(m_controller->portfolio().posts, before.posts);
    }

    void baselineIsTheCommandLinesAndUndoable()
    {
        m_controller->document()->setToday(QDate(2019, 6, 3));
        BaselineEditor taker;
        taker.setDocument(m_controller.get());
        QCOMPARE(taker.date(), QStringLiteral("2019-05-15")); // the status date
        QCOMPARE(taker.baselineCount(), 2);
        QCOMPARE(taker.originalName(), QStringLiteral("Plan"));
        QVERIFY(!taker.canTake()); // no name, no reason
        QVERIFY(taker.problems().join(' ').contains("name"));
        QVERIFY(!taker.take());
        taker.setName(QStringLiteral("Herijking mei 2019"));
        taker.setReason(QStringLiteral("B loopt uit"));
        taker.setDecidedBy(QStringLiteral("IV-Raad"));
        taker.setDate(QStringLiteral("2019-04-01"));
        QVERIFY(taker.problems().join(' ').contains("before the latest baseline"));
        taker.setDate(QStringLiteral("2019-05-15"));
        QVERIFY2(taker.canTake(), qPrintable(taker.problems().join('\n')));
        const Portfolio before = m_controller->portfolio();
        QVERIFY(taker.take());
        QCOMPARE(m_controller->portfolio().baselines.size(), 3);
        const Baseline &b = m_controller->portfolio().baselines.last();
        // Exactly what `riskboard baseline` records (the same function, 10,000 iterations, seed 1).
        const auto expected
            = baselineOfPortfolio(before, "Herijking mei 2019", QDate(2019, 5, 15), "B loopt uit", "IV-Raad");
        QVERIFY(expected);
        QCOMPARE(b, *expected);
        QVERIFY(b.p50.isValid() && b.p80.isValid() && b.p50 <= b.p80);
        QCOMPARE(b.posts.size(), 4);
        QCOMPARE(b.decidedBy, QStringLiteral("IV-Raad"));
        QVERIFY(taker.name().isEmpty()); // the form is reset after taking
        m_controller->undo();
        QCOMPARE(m_controller->portfolio(), before);
        m_controller->redo();
        QCOMPARE(m_controller->portfolio().baselines.size(), 3);
    }

    void overviewVariancesAgainstBoth()
    {
        ProgrammeVariances v;
        QSignalSpy changed(&v, &ProgrammeVariances::changed);
        v.setDocument(m_controller.get());
        QCOMPARE(v.baselineCount(), 2);
        QCOMPARE(v.originalName(), QStringLiteral("Plan"));
        QCOMPARE(v.latestName(), QStringLiteral("Herijking"));
        // docs/analysis.md's worked example: D, the last post, finishes 2019-08-12; the original plan
        // ended with D on 2019-07-30 (+13), the re-plan on 2019-08-13 (-1).
        QCOMPARE(v.finish(), QStringLiteral("2019-08-12"));
        QCOMPARE(v.originalFinish(), QStringLiteral("2019-07-30"));
        QCOMPARE(v.latestFinish(), QStringLiteral("2019-08-13"));
        QVERIFY(v.hasVsOriginal() && v.hasVsLatest());
        QCOMPARE(v.finishVsOriginalDays(), 13);
        QCOMPARE(v.finishVsLatestDays(), -1);
        // Every post finishes later than the original; against the re-plan B (+3) and C (+14) slip.
        QCOMPARE(v.slippedVsOriginal(), 4);
        QCOMPARE(v.slippedVsLatest(), 2);
        // An edit moves them: B finishing early pulls D (and the programme) forward.
        m_editor->setPostId(QStringLiteral("B"));
        m_editor->setRemainingDays(QStringLiteral("30"));
        changed.clear();
        QVERIFY(m_editor->apply());
        QVERIFY(changed.count() > 0);
        QCOMPARE(v.finishVsLatestDays(), -30); // C (2019-07-14) is now the last post
        QCOMPARE(v.slippedVsLatest(), 1);      // C only
    }

private:
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<ProgressEditor> m_editor;
};

QTEST_MAIN(TestProgressEditor)
#include "tst_progresseditor.moc"
