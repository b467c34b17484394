// tst_gui_session.cpp — the window as a whole: unsaved work is marked and guarded (drafts included),
// results never come from another portfolio, a cancelled simulation says so, a truncated file says
// it ends early and never leaves an empty "Untitled" portfolio behind (issue 12, points 2, 4, 12).
#include "guitest.h"

#include <QTemporaryDir>

#include <algorithm>

using rb::test::GuiFixture;
using rb::test::GuiOptions;
using rb::test::isOpen;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
    return path;
}

QRectF sceneRect(QQuickItem *item)
{
    return item ? item->mapRectToScene(QRectF(0, 0, item->width(), item->height())) : QRectF();
}

} // namespace

class TestGuiSession : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    void draftsAreMarkedAndGuardedOnQuit()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QVERIFY(!fx.window()->title().startsWith(QStringLiteral("•")));
        bool applied = false;
        fx.document().setPendingEdit({QStringLiteral("assessment:5C4"), QStringLiteral("assessment"),
                                      QStringLiteral("Assessment draft of 5C4"),
                                      [&](QString *) {
                                          applied = true;
                                          return true;
                                      },
                                      [] {}});
        fx.settle();
        QVERIFY(fx.window()->title().startsWith(QStringLiteral("• ")));
        QVERIFY(fx.text(QStringLiteral("tab_assessment")).startsWith(QStringLiteral("• ")));
        QVERIFY(fx.text(QStringLiteral("tab_risks")).startsWith(QStringLiteral("Risks")));

        // Quitting asks, and lists the draft; the window stays.
        fx.window()->close();
        fx.settle();
        QObject *dialog = fx.find(QStringLiteral("unsavedDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        QVERIFY(fx.window()->isVisible());
        std::function<bool(QQuickItem *)> lists = [&](QQuickItem *item) {
            if (item->property("text").toString().contains(QStringLiteral("Assessment draft of 5C4"))) return true;
            const auto children = item->childItems();
            return std::any_of(children.begin(), children.end(), lists);
        };
        QVERIFY(lists(dialog->property("contentItem").value<QQuickItem *>()));
        // Discard drops the draft and lets the window close.
        QMetaObject::invokeMethod(dialog, "discarded");
        QVERIFY(GuiFixture::waitFor([&] { return !fx.window()->isVisible(); }));
        QVERIFY(!applied);
        QVERIFY(fx.document().pendingEdits().isEmpty());
        RB_VERIFY_NO_WARNINGS();
    }

    void savingFromTheGuardAppliesDrafts()
    {
        QTemporaryDir dir;
        const QString path = rb::test::mabCopy(dir, QStringLiteral("mab.json"));
        QVERIFY(!path.isEmpty());
        GuiFixture fx({.path = path});
        QVERIFY(fx.ok());
        bool applied = false;
        fx.document().setPendingEdit({QStringLiteral("risk:R-P1"), QStringLiteral("risks"),
                                      QStringLiteral("Changes to risk R-P1"),
                                      [&](QString *) {
                                          applied = true;
                                          return true;
                                      },
                                      [] {}});
        fx.window()->close();
        QObject *dialog = fx.find(QStringLiteral("unsavedDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        QMetaObject::invokeMethod(dialog, "accept");
        QVERIFY(GuiFixture::waitFor([&] { return !fx.window()->isVisible(); }));
        QVERIFY(applied);
        RB_VERIFY_NO_WARNINGS();
    }

    void switchingLanguageKeepsTheViewAndSpeaksDutch()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        fx.key(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(fx.state().currentView(), int(rb::ui::AppState::Risks));
        auto menuBarImage = [&] {
            QQuickItem *bar = fx.item(QStringLiteral("menuBar"));
            return bar ? fx.grab().copy(sceneRect(bar).toRect()) : QImage();
        };
        const QImage englishMenus = menuBarImage();
        QVERIFY(!englishMenus.isNull());
        fx.state().setLanguage(QStringLiteral("nl"));
        fx.settle(100);
        QCOMPARE(fx.state().currentView(), int(rb::ui::AppState::Risks)); // not back to the overview
        QVERIFY2(fx.text(QStringLiteral("tab_risks")).startsWith(QStringLiteral("Risico")),
                 qPrintable(fx.text(QStringLiteral("tab_risks"))));
        fx.state().setLanguage(QStringLiteral("en"));
        fx.settle(100);
        QCOMPARE(fx.state().currentView(), int(rb::ui::AppState::Risks));
        // Back in English the menu bar looks as it did, mnemonic underlines (Alt+F …) included.
        QCOMPARE(menuBarImage(), englishMenus);
        // A click on a tab still switches the view.
        QVERIFY(fx.click(QStringLiteral("tab_graph")));
        QCOMPARE(fx.state().currentView(), int(rb::ui::AppState::Graph));
        RB_VERIFY_NO_WARNINGS();
    }

    void theMenuBarAnswersAfterEscape()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        auto *bar = fx.item(QStringLiteral("menuBar"));
        QVERIFY(bar);
        auto title = [&](int i) {
            QQuickItem *item = nullptr;
            QMetaObject::invokeMethod(bar, "itemAt", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, i));
            return item;
        };
        auto pointAt = [&](int i) {
            return title(i)->mapToScene(QPointF(title(i)->width() / 2, title(i)->height() / 2)).toPoint();
        };
        QObject *file = fx.find(QStringLiteral("menuFile"));
        QObject *edit = fx.find(QStringLiteral("menuEdit"));
        QTest::mouseMove(fx.window(), pointAt(0));
        QTest::mouseClick(fx.window(), Qt::LeftButton, {}, pointAt(0));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(file); }));
        fx.key(Qt::Key_Escape); // the pointer still rests on "File"
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(file); }));
        QTest::mouseMove(fx.window(), pointAt(1));
        fx.settle(50);
        QTest::mouseClick(fx.window(), Qt::LeftButton, {}, pointAt(1));
        fx.settle(100);
        QVERIFY(isOpen(edit)); // the click opens "Edit" (it closed it again before)
        fx.key(Qt::Key_Escape);
        RB_VERIFY_NO_WARNINGS();
    }

    void heatmapHeadsShowWholeFactorNames()
    {
        GuiFixture fx({.language = QStringLiteral("nl")});
        QVERIFY(fx.ok());
        for (int i = 0; i < 7; ++i) {
            QQuickItem *head = fx.item(QStringLiteral("heatmapHeaderText%1").arg(i));
            QVERIFY(head);
            QVERIFY2(!head->property("truncated").toBool(), qPrintable(head->property("text").toString()));
            // The head wraps at word boundaries only (WordWrap) and nothing is elided.
            QVERIFY(head->property("lineCount").toInt() <= 3);
        }
        RB_VERIFY_NO_WARNINGS();
    }

    void overviewCombosChangeOnlyOnCommit()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        QQuickItem *sort = fx.item(QStringLiteral("overviewSort"));
        QVERIFY(fx.focus(sort));
        const int before = sort->property("currentIndex").toInt();
        auto *popup = sort->property("popup").value<QObject *>();
        fx.key(Qt::Key_Down); // opens the list; the sort stays
        QVERIFY(popup->property("visible").toBool());
        QCOMPARE(sort->property("currentIndex").toInt(), before);
        fx.key(Qt::Key_Escape); // keeps the old choice
        QVERIFY(GuiFixture::waitFor([&] { return !popup->property("visible").toBool(); }));
        QCOMPARE(sort->property("currentIndex").toInt(), before);
        fx.key(Qt::Key_Down);
        fx.key(Qt::Key_Down); // the highlight moves in the open list …
        QCOMPARE(sort->property("currentIndex").toInt(), before);
        fx.key(Qt::Key_Return); // … and Enter commits it
        QVERIFY(GuiFixture::waitFor([&] { return sort->property("currentIndex").toInt() == before + 1; }));
        RB_VERIFY_NO_WARNINGS();
    }

    void resultsNeverComeFromAnotherPortfolio()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        auto &sim = fx.session().simulation();
        sim.setSeed(7);
        sim.setIterations(2000);
        sim.run();
        QVERIFY(GuiFixture::waitFor([&] { return sim.hasResult() && !sim.running(); }, 60000));
        const QString mabP80 = sim.p80();
        QVERIFY(!mabP80.isEmpty());

        QMetaObject::invokeMethod(fx.window(), "openFile",
                                  Q_ARG(QVariant, QUrl::fromLocalFile(rb::test::samplePath()).toString()));
        QCOMPARE(fx.document().fileName(), rb::test::samplePath());
        // At once: no P80 of MAB on the tile, and no empty chart with 1970 axes.
        QVERIFY(fx.item(QStringLiteral("p80Tile"))->property("value").toString() != mabP80);
        QVERIFY(!fx.item(QStringLiteral("distributionChart"))->isVisible());
        // Then a fresh run of the new portfolio, equal to a run of it opened on its own.
        QVERIFY(GuiFixture::waitFor([&] { return sim.hasResult() && !sim.running(); }, 60000));
        const QString sampleP80 = sim.p80();
        QVERIFY(!sim.stale());

        rb::ui::SimulationController fresh(&fx.document(), nullptr); // the same engine on the sample alone
        fresh.setSeed(7);
        fresh.setIterations(2000);
        fresh.run();
        fresh.waitForFinished();
        QCOMPARE(sampleP80, fresh.p80());
        RB_VERIFY_NO_WARNINGS();
    }

    // The Simulation view's trend panel: the shipped plan's baseline, then the P80 of a run beside it.
    void theTrendPanelShowsTheBaselinesAndTheRun()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        fx.key(Qt::Key_6, Qt::ControlModifier);
        QQuickItem *trend = fx.item(QStringLiteral("trendView"));
        QVERIFY(trend);
        QVERIFY(!trend->isVisible()); // the distribution is shown first
        fx.item(QStringLiteral("showTrend"))->setProperty("checked", true);
        fx.settle(100);
        QVERIFY(trend->isVisible());
        QVERIFY(!fx.item(QStringLiteral("distributionChart"))->isVisible());
        const int baselines = int(fx.document().portfolio().baselines.size());
        auto &sim = fx.session().simulation();
        sim.setIterations(1000);
        sim.run();
        QVERIFY(GuiFixture::waitFor([&] { return sim.hasResult() && !sim.running(); }, 60000));
        fx.settle(100);
        QCOMPARE(trend->property("pointCount").toInt(), baselines + 1);
        QVERIFY(trend->property("accessibleSummary").toString().contains(sim.p80())); // ISO, as the P80 tile
        RB_VERIFY_NO_WARNINGS();
    }

    void aCancelledRunSaysSoBesideTheControls()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        fx.key(Qt::Key_6, Qt::ControlModifier);
        auto &sim = fx.session().simulation();
        sim.setIterations(200000);
        sim.run();
        QVERIFY(sim.running());
        sim.cancel();
        QVERIFY(GuiFixture::waitFor([&] { return !sim.running(); }, 60000));
        fx.settle(100);
        QQuickItem *status = fx.item(QStringLiteral("simulationStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY(status->property("text").toString().contains(QStringLiteral("cancelled")));
        // The message has a line of its own: it overlaps none of the controls above it.
        for (QQuickItem *control : status->parentItem()->childItems().first()->childItems())
            QVERIFY(!sceneRect(control).intersects(sceneRect(status)));
        RB_VERIFY_NO_WARNINGS();
    }

    void aTruncatedFileSaysItEndsEarly()
    {
        QTemporaryDir dir;
        QFile mab(rb::test::mabPath());
        QVERIFY(mab.open(QIODevice::ReadOnly));
        const QByteArray whole = mab.readAll();
        const QString cut = writeFile(dir, QStringLiteral("cut.json"), whole.left(whole.size() / 2));
        GuiFixture fx;
        QVERIFY(fx.ok());
        QMetaObject::invokeMethod(fx.window(), "openFile", Q_ARG(QVariant, QUrl::fromLocalFile(cut).toString()));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(fx.find(QStringLiteral("diagnosticsDialog"))); }));
        QVERIFY2(fx.document().errorText().contains(QStringLiteral("ends early")),
                 qPrintable(fx.document().errorText()));
        QVERIFY(fx.document().errorText().contains(QStringLiteral("cut.json:")));
        QCOMPARE(fx.document().fileName(), rb::test::mabPath()); // the open portfolio stays
        RB_VERIFY_NO_WARNINGS();
    }

    void aBadFileAtStartLeavesNoUntitledPortfolio()
    {
        QTemporaryDir dir;
        const QString cut = writeFile(dir, QStringLiteral("cut.json"), "{\n  \"schemaVersion\": 1,\n  \"posts\": [\n");
        GuiFixture fx({.path = cut});
        QVERIFY(!fx.ok()); // the document could not be opened …
        QVERIFY(fx.window());
        QVERIFY(!fx.document().hasDocument());
        QCOMPARE(fx.window()->title(), QStringLiteral("Riskboard"));
        QVERIFY(fx.item(QStringLiteral("noDocument"))->isVisible()); // … and the window says so
        QObject *problems = fx.find(QStringLiteral("diagnosticsDialog"));
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(problems); })); // with the problems on top
        fx.key(Qt::Key_Escape);
        QVERIFY(!isOpen(problems));
        fx.key(Qt::Key_S, Qt::ControlModifier); // nothing to save: no dialog, no file
        QVERIFY(!isOpen(fx.find(QStringLiteral("saveDialog"))));
        QVERIFY(fx.click(QStringLiteral("noDocumentOpenExample")));
        QVERIFY(GuiFixture::waitFor([&] { return fx.document().hasDocument(); }));
        QVERIFY(!fx.item(QStringLiteral("noDocument"))->isVisible());
        GuiFixture::takeWarnings(); // the diagnostics dialog was open at start: fine
    }
};

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
