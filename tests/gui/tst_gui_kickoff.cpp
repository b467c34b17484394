// tst_gui_kickoff.cpp — the project leader's kick-off assessment of 5C4, played on the real window with
// keys and clicks: Ctrl+2, choose the post by typing its code, score with the keyboard, write a long
// rationale and mitigation, visit another post and come back (the draft is kept), save as a new
// assessment (the comparison stays the assessment before), save the file, reopen it and find the
// assessment whole, with the user's name as assessor (issue 12, points 2, 5, 7, 8 and 9).
#include "guitest.h"

#include "qml/assessmenteditor.h"

#include <QDir>
#include <QTemporaryDir>

using rb::test::GuiFixture;
using rb::test::GuiOptions;
using rb::ui::AssessmentEditor;

namespace {

const QString kUser = QStringLiteral("Pieter Jansen");
const QString kRationale = QStringLiteral(
    "The ambition grew at kick-off: besides the archive, the department now wants the workflow for permits in scope. "
    "The supplier has not yet delivered a platform of this size for a province. "
    "Without a phased scope the plateau deadline of December is not realistic.");
const QString kMitigation
    = QStringLiteral("Split the scope in two phases; decide on phase 2 in the IV-Raad after the proof of concept. "
                     "Ask the supplier for a reference visit before the contract is signed.");

// Items made by a Repeater are not QObject children of the window: search the item tree.
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root) return nullptr;
    if (root->objectName() == name) return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name)) return found;
    return nullptr;
}
QQuickItem *itemNamed(GuiFixture &fx, const QString &name)
{
    if (QQuickItem *item = fx.item(name)) return item;
    return findItem(fx.window()->contentItem(), name);
}

QString focusName(GuiFixture &fx)
{
    QQuickItem *item = fx.window()->activeFocusItem();
    return item ? item->objectName() : QString();
}

// Presses Tab until the item called `name` has the focus (at most `steps` presses).
bool tabTo(GuiFixture &fx, const QString &name, int steps = 8)
{
    for (int i = 0; i < steps && focusName(fx) != name; ++i) fx.key(Qt::Key_Tab);
    return focusName(fx) == name;
}

// The item lies inside the visible part of the factor list.
bool visibleInList(GuiFixture &fx, QQuickItem *item)
{
    QQuickItem *list = fx.item(QStringLiteral("factorList"));
    if (!list || !item) return false;
    const QRectF r = item->mapRectToItem(list, QRectF(0, 0, item->width(), item->height()));
    return r.top() >= -1 && r.bottom() <= list->height() + 1;
}

QString text(GuiFixture &fx, const QString &name)
{
    QQuickItem *item = itemNamed(fx, name);
    return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(name);
}

// Every text of the seven factors is shown whole: each field is as tall as its wrapped text.
bool textsShownWhole(GuiFixture &fx)
{
    for (int row = 0; row < 7; ++row)
        for (const QString &field : {QStringLiteral("rationale_%1"), QStringLiteral("mitigation_%1")}) {
            QQuickItem *area = itemNamed(fx, field.arg(row));
            const qreal needed = area ? area->property("contentHeight").toReal() + area->property("topPadding").toReal()
                    + area->property("bottomPadding").toReal()
                                      : 0;
            if (!area || area->height() + 0.5 < needed) {
                qWarning("%s is %g px high, its text needs %g", qPrintable(field.arg(row)), area ? area->height() : 0.0,
                         needed);
                return false;
            }
        }
    return true;
}

void choosePost(GuiFixture &fx, const QString &code)
{
    fx.focus(fx.item(QStringLiteral("postChooser")));
    fx.type(code);
    fx.key(Qt::Key_Return);
}

} // namespace

class TestGuiKickoff : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    void kickoffAssessmentOf5C4()
    {
        GuiFixture fx({.userName = kUser});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(fx.state().currentView(), int(rb::ui::AppState::Assessment));
        auto *editor = fx.find<AssessmentEditor>(QStringLiteral("assessmentEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->assessor(), kUser);

        // Type-ahead on the whole code; the post changes on Enter, not on each key.
        const QString before = fx.state().selectedPostId();
        QQuickItem *chooser = fx.item(QStringLiteral("postChooser"));
        QVERIFY(fx.focus(chooser));
        fx.type(QStringLiteral("5C4"));
        QCOMPARE(chooser->property("currentText").toString(), QStringLiteral("5C4"));
        QCOMPARE(fx.state().selectedPostId(), before);
        fx.key(Qt::Key_Down);
        QCOMPARE(chooser->property("currentText").toString(), QStringLiteral("5C5"));
        QCOMPARE(fx.state().selectedPostId(), before);
        fx.key(Qt::Key_Up);
        fx.key(Qt::Key_Return);
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("5C4"));
        QCOMPARE(editor->postId(), QStringLiteral("5C4"));
        QCOMPARE(text(fx, QStringLiteral("was_0")), QStringLiteral("was 3"));

        // Score with the keyboard; a long rationale and mitigation for the first factor.
        QVERIFY(tabTo(fx, QStringLiteral("score_0")));
        fx.key(Qt::Key_4);
        QVERIFY(tabTo(fx, QStringLiteral("rationale_0")));
        fx.key(Qt::Key_A, Qt::ControlModifier); // rewrites the plan's derived rationale
        fx.type(kRationale);
        QVERIFY(tabTo(fx, QStringLiteral("mitigation_0")));
        fx.key(Qt::Key_A, Qt::ControlModifier);
        fx.type(kMitigation);
        // The whole text is shown: the field grew to several lines.
        QQuickItem *rationale = itemNamed(fx, QStringLiteral("rationale_0"));
        QCOMPARE(rationale->property("text").toString(), kRationale);
        QVERIFY2(rationale->property("lineCount").toInt() >= 3,
                 qPrintable(rationale->property("lineCount").toString()));
        QVERIFY(rationale->height() >= rationale->property("contentHeight").toReal());
        QVERIFY(tabTo(fx, QStringLiteral("score_1")));
        fx.key(Qt::Key_Left); // 3 -> 2
        QVERIFY(tabTo(fx, QStringLiteral("score_2")));
        fx.key(Qt::Key_5); // a 5: the detailed factors appear, the list gets long
        auto *factors = editor->factors();
        QCOMPARE(factors->index(0).data(rb::model::AssessmentDraftModel::ScoreRole).toInt(), 4);
        QCOMPARE(factors->index(1).data(rb::model::AssessmentDraftModel::ScoreRole).toInt(), 2);
        QCOMPARE(factors->index(2).data(rb::model::AssessmentDraftModel::ScoreRole).toInt(), 5);
        QVERIFY(editor->detailedRequired());
        // Tabbing down the list scrolls each field into view.
        for (int row = 3; row < 7; ++row) {
            const QString score = QStringLiteral("score_%1").arg(row);
            QVERIFY(tabTo(fx, score));
            QVERIFY2(visibleInList(fx, itemNamed(fx, score)), qPrintable(score));
        }
        QVERIFY(tabTo(fx, QStringLiteral("mitigation_6")));
        QVERIFY(visibleInList(fx, itemNamed(fx, QStringLiteral("mitigation_6"))));
        QVERIFY(tabTo(fx, QStringLiteral("score_7"))); // the first detailed factor, below the seven
        QVERIFY(visibleInList(fx, itemNamed(fx, QStringLiteral("score_7"))));
        fx.key(Qt::Key_3);
        QVERIFY(editor->dirty());
        QCOMPARE(fx.document().pendingEdits(), QStringList{QStringLiteral("Assessment draft of 5C4")});

        // Another post and back: the draft is kept (and marked in the chooser and the view).
        choosePost(fx, QStringLiteral("3A0"));
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("3A0"));
        QCOMPARE(text(fx, QStringLiteral("rationale_0")).left(20), QStringLiteral("Part 2 is a new, bro"));
        QCOMPARE(editor->draftPosts(), QStringList{QStringLiteral("5C4")});
        QVERIFY(text(fx, QStringLiteral("draftPostsLabel")).contains(QLatin1String("5C4")));
        QVERIFY(fx.focus(chooser)); // back by typing and leaving the box with Tab (a commit too)
        fx.type(QStringLiteral("5c4"));
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("3A0"));
        fx.key(Qt::Key_Tab);
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("5C4"));
        QCOMPARE(text(fx, QStringLiteral("rationale_0")), kRationale);
        QCOMPARE(text(fx, QStringLiteral("mitigation_0")), kMitigation);
        QCOMPARE(chooser->property("displayText").toString(), QStringLiteral("5C4  ●"));
        QVERIFY(textsShownWhole(fx));

        // Save as new assessment: the comparison stays the assessment before.
        // Save is in view and three Tab stops from the post box; Space presses it.
        QQuickItem *save = fx.item(QStringLiteral("saveAssessmentButton"));
        QVERIFY(save && save->isEnabled() && save->isVisible());
        const QRectF saveRect = save->mapRectToScene(QRectF(0, 0, save->width(), save->height()));
        QVERIFY(QRectF(0, 0, fx.window()->width(), fx.window()->height()).contains(saveRect));
        QVERIFY(fx.focus(chooser));
        QVERIFY(tabTo(fx, QStringLiteral("saveAssessmentButton"), 3));
        fx.key(Qt::Key_Space);
        QVERIFY(!editor->dirty());
        QVERIFY(fx.document().pendingEdits().isEmpty());
        QCOMPARE(editor->history().size(), 2);
        QCOMPARE(text(fx, QStringLiteral("was_0")), QStringLiteral("was 3"));
        QCOMPARE(text(fx, QStringLiteral("was_2")), QStringLiteral("was 2"));
        QCOMPARE(editor->radar()->index(0, 1).data().toInt(), 4);
        QCOMPARE(editor->radar()->index(0, 2).data().toInt(), 3);
        QCOMPARE(editor->radar()->index(2, 2).data().toInt(), 2);

        // Save the file, reopen it: the assessment whole, with the user's name.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kickoff.json"));
        QCOMPARE(fx.document().saveAs(path), rb::ui::DocumentController::SaveOutcome::Saved);
        QVERIFY(fx.document().open(QStringLiteral(":/portfolios/mab-plateau4.json")));
        QCOMPARE(editor->history().size(), 1);
        fx.key(Qt::Key_O, Qt::ControlModifier); // reopen through the file dialog
        QObject *dialog = fx.find(QStringLiteral("openDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return dialog && dialog->property("visible").toBool(); }));
        QVERIFY(rb::test::chooseFile(fx, dialog, path));
        QVERIFY(GuiFixture::waitFor([&] { return fx.document().fileName() == path; }));
        fx.settle();
        const rb::model::Assessment *latest = fx.document().portfolio().latestAssessment(QStringLiteral("5C4"));
        QVERIFY(latest);
        QCOMPARE(latest->assessor, kUser);
        QCOMPARE(latest->score(QStringLiteral("ambition"))->rationale, kRationale);
        QCOMPARE(latest->score(QStringLiteral("ambition"))->mitigation, kMitigation);
        QCOMPARE(editor->history().size(), 2);
        QVERIFY(editor->history().first().contains(kUser));
        QCOMPARE(text(fx, QStringLiteral("rationale_0")), kRationale);
        QCOMPARE(text(fx, QStringLiteral("was_0")), QStringLiteral("was 3")); // reopened: still before vs after
        QCOMPARE(editor->radar()->index(0, 2).data().toInt(), 3);

        // The overview's detail panel shows the full texts, wrapped inside the window.
        fx.key(Qt::Key_1, Qt::ControlModifier);
        QQuickItem *panel = itemNamed(fx, QStringLiteral("postDetailScroll"));
        QQuickItem *block = itemNamed(fx, QStringLiteral("postDetailAssessment"));
        QVERIFY(panel && block);
        QVERIFY(text(fx, QStringLiteral("postDetailAssessment")).contains(kRationale));
        QVERIFY(text(fx, QStringLiteral("postDetailAssessment")).contains(kMitigation));
        const QRectF inWindow = panel->mapRectToScene(QRectF(0, 0, panel->width(), panel->height()));
        QVERIFY2(inWindow.right() <= fx.window()->width(), qPrintable(QString::number(inWindow.right())));
        QVERIFY(block->width() <= panel->width());
        RB_VERIFY_NO_WARNINGS();
    }

    // With the mouse: the list opens on a click, a click on a post chooses it; the arrow keys in the
    // open list only move the highlight.
    void postChooserByMouse()
    {
        GuiFixture fx({.userName = kUser});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_2, Qt::ControlModifier);
        QQuickItem *chooser = itemNamed(fx, QStringLiteral("postChooser"));
        QVERIFY(fx.click(chooser));
        auto *popup = chooser->property("popup").value<QObject *>();
        QVERIFY(GuiFixture::waitFor([&] { return popup->property("opened").toBool(); }));
        const QString before = fx.state().selectedPostId();
        fx.key(Qt::Key_Down);
        QCOMPARE(fx.state().selectedPostId(), before);
        // Find the 3A0 entry in the open list and click it.
        QQuickItem *entry = nullptr;
        QVERIFY(GuiFixture::waitFor([&] {
            QList<QQuickItem *> todo{fx.window()->contentItem()};
            while (!todo.isEmpty() && !entry) {
                QQuickItem *i = todo.takeFirst();
                if (i->inherits("QQuickItemDelegate")
                    && i->property("text").toString().startsWith(QLatin1String("3A0 ")) && i->isVisible())
                    entry = i;
                todo << i->childItems();
            }
            if (!entry) { // scroll the list down a little until 3A0 is made
                fx.key(Qt::Key_Down);
            }
            return entry != nullptr;
        }));
        QVERIFY(fx.click(entry));
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("3A0"));
        QVERIFY(GuiFixture::waitFor([&] { return !popup->property("visible").toBool(); }));
        RB_VERIFY_NO_WARNINGS();
    }

    // The view in English and Dutch at 1600 × 1000: texts whole, a detailed factor scrolled into view,
    // Ctrl+Enter saves, a history entry opened; images written to $RB_SHOTS when set (to look at).
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        GuiFixture fx({.language = language, .userName = kUser});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_2, Qt::ControlModifier);
        choosePost(fx, QStringLiteral("5C4"));
        QVERIFY(tabTo(fx, QStringLiteral("score_0")));
        fx.key(Qt::Key_5);
        QVERIFY(tabTo(fx, QStringLiteral("rationale_0")));
        fx.key(Qt::Key_A, Qt::ControlModifier);
        fx.type(kRationale);
        fx.settle(300);
        const QString dir = qEnvironmentVariable("RB_SHOTS");
        const auto shot = [&](const QString &name) {
            fx.settle(300);
            if (!dir.isEmpty())
                QVERIFY(fx.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
        };
        shot(QStringLiteral("assessment"));
        QVERIFY(textsShownWhole(fx));
        QVERIFY(tabTo(fx, QStringLiteral("score_8"), 40)); // a detailed factor, scrolled into view
        QVERIFY(visibleInList(fx, itemNamed(fx, QStringLiteral("score_8"))));
        shot(QStringLiteral("assessment-detailed"));
        fx.key(Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves
        auto *editor = fx.find<AssessmentEditor>(QStringLiteral("assessmentEditor"));
        QCOMPARE(editor->history().size(), 2);
        editor->viewAssessment(editor->historyEntries().last().toMap().value("assessment").toInt());
        fx.focus(itemNamed(fx, QStringLiteral("postChooser")));
        shot(QStringLiteral("assessment-history"));
        fx.key(Qt::Key_1, Qt::ControlModifier);
        shot(QStringLiteral("overview"));
        RB_VERIFY_NO_WARNINGS();
    }
};

QTEST_MAIN(TestGuiKickoff)
#include "tst_gui_kickoff.moc"
