// tst_gui_progress.cpp — the programme manager's fortnightly update on the MAB status example, by
// keyboard: Ctrl+U opens "Update progress" on the selected post with the cursor in the first field,
// Tab moves through the fields, a wrong date is said in words and blocks Enter, Enter applies (one
// undoable edit, the post becomes done), Ctrl+Z takes it back; Ctrl+Shift+B (Edit ▸ Take baseline…) records a re-plan
// typed into the dialog.
#include "guitest.h"

#include "qml/baselineeditor.h"
#include "qml/progresseditor.h"

using rb::test::GuiFixture;
using rb::test::isOpen;

namespace {
QString statusExample() { return QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/examples/mab-status-2019-05.json"); }
} // namespace

class TestGuiProgress : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    void updateProgressByKeyboard()
    {
        GuiFixture fx(rb::test::GuiOptions{.path = statusExample(), .today = QDate(2019, 6, 3)});
        QVERIFY(fx.ok());
        const auto post = [&] { return fx.document().portfolio().posts[fx.document().portfolio().postIndex("2A1")]; };
        QVERIFY(post().status == rb::model::PostStatus::Running);
        fx.state().setSelectedPostId(QStringLiteral("2A1"));
        GuiFixture::settle();
        fx.key(Qt::Key_U, Qt::ControlModifier);
        QObject *dialog = fx.find(QStringLiteral("progressDialog"));
        QVERIFY(dialog);
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        auto *editor = fx.find<rb::ui::ProgressEditor>(QStringLiteral("progressEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->postId(), QStringLiteral("2A1"));
        QCOMPARE(editor->actualStart(), QStringLiteral("2019-01-01"));
        // The cursor is in the actual start, its text selected: Tab goes on to the actual finish.
        QVERIFY(GuiFixture::waitFor([&] {
            return fx.window()->activeFocusItem()
                && fx.window()->activeFocusItem()->property("text").toString() == "2019-01-01";
        }));
        fx.key(Qt::Key_Tab);
        fx.type(QStringLiteral("2019-06-20")); // after the status date (2019-05-31)
        QVERIFY(GuiFixture::waitFor([&] { return editor->actualFinish() == "2019-06-20"; }));
        QVERIFY(editor->actualFinishProblem().contains(QStringLiteral("after the status date")));
        QVERIFY(editor->remainingDaysProblem().contains(QStringLiteral("no remaining work")));
        fx.key(Qt::Key_Return); // refused: the dialog stays, nothing changes
        GuiFixture::settle();
        QVERIFY(isOpen(dialog));
        QVERIFY(!fx.document().canUndo());
        // Correct the date, clear the remaining days, Enter applies.
        fx.key(Qt::Key_A, Qt::ControlModifier);
        fx.type(QStringLiteral("2019-05-20"));
        fx.key(Qt::Key_Tab);
        fx.key(Qt::Key_A, Qt::ControlModifier);
        fx.key(Qt::Key_Backspace);
        QVERIFY(GuiFixture::waitFor([&] { return editor->remainingDays().isEmpty(); }));
        QVERIFY2(editor->canApply(), qPrintable(editor->problems().join('\n')));
        QCOMPARE(editor->resultingStatus(), QStringLiteral("done"));
        fx.key(Qt::Key_Return);
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(dialog); }));
        QVERIFY(post().status == rb::model::PostStatus::Done);
        QCOMPARE(post().actualFinish, QDate(2019, 5, 20));
        QVERIFY(!post().remainingDays);
        QVERIFY(fx.document().isModified());
        // One undo takes the whole update back.
        fx.key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(GuiFixture::waitFor([&] { return post().status == rb::model::PostStatus::Running; }));
        QCOMPARE(post().remainingDays, std::optional<int>(31));
        RB_VERIFY_NO_WARNINGS();
    }

    void takeBaselineThroughTheDialog()
    {
        GuiFixture fx(rb::test::GuiOptions{.path = statusExample(), .today = QDate(2019, 6, 3)});
        QVERIFY(fx.ok());
        QObject *dialog = fx.find(QStringLiteral("baselineDialog"));
        QVERIFY(dialog);
        fx.key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier); // Edit ▸ Take baseline…
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        auto *editor = fx.find<rb::ui::BaselineEditor>(QStringLiteral("baselineEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->date(), QStringLiteral("2019-05-31"));
        QVERIFY(!editor->canTake());
        fx.type(QStringLiteral("Herijking juni 2019"));
        fx.key(Qt::Key_Tab);
        fx.type(QStringLiteral("Uitloop"));
        fx.key(Qt::Key_Tab);
        fx.type(QStringLiteral("IV-Raad"));
        QVERIFY(GuiFixture::waitFor([&] { return editor->decidedBy() == "IV-Raad"; }));
        QVERIFY2(editor->canTake(), qPrintable(editor->problems().join('\n')));
        const qsizetype before = fx.document().portfolio().baselines.size();
        fx.key(Qt::Key_Return);
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(dialog); }, 30000));
        QCOMPARE(fx.document().portfolio().baselines.size(), before + 1);
        const rb::model::Baseline &b = fx.document().portfolio().baselines.last();
        QCOMPARE(b.name, QStringLiteral("Herijking juni 2019"));
        QCOMPARE(b.reason, QStringLiteral("Uitloop"));
        QCOMPARE(b.decidedBy, QStringLiteral("IV-Raad"));
        QVERIFY(b.p80.isValid());
        RB_VERIFY_NO_WARNINGS();
    }
};

QTEST_MAIN(TestGuiProgress)
#include "tst_gui_progress.moc"
