// tst_gui_largeportfolio.cpp — the real window on a generated 2,000-post portfolio (issue 12, point 11):
// the graph finds a post by typing, shows its neighbourhood, collapses themes and never draws a label
// below the readable size; the timeline opens on the plateau, zooms with + and Ctrl+wheel and keeps its
// axis labels apart; the heatmap keeps long codes off the titles; the what-if takes weeks.
//
// RB_SCREENSHOT_DIR=/tmp/x renders the graph, the neighbourhood and the timeline to PNGs there, on this
// portfolio and on MAB, to look at.
#include "guitest.h"

#include "document/documentwriter.h"
#include "model/palette.h"
#include "qml/whatifcontroller.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QWheelEvent>

using rb::test::GuiFixture;
using rb::test::GuiOptions;

namespace {

// A layered random programme like scripts/generate-portfolio.py: 2,000 posts over ~45 layers, each
// depending on about three posts of the layers before; five named themes; a plateau 2019–2021 with
// a status date in it; some external posts with long codes (X-HFA-EDEPOT) among the first rows.
rb::model::Portfolio layeredPortfolio(int n)
{
    using namespace rb::model;
    Portfolio p;
    p.programme.name = QStringLiteral("Generated %1 posts").arg(n);
    p.programme.start = QDate(2019, 1, 1);
    p.programme.end = QDate(2021, 12, 31);
    p.programme.statusDate = QDate(2020, 6, 1);
    const QStringList themeNames{QStringLiteral("Digitale werkplek"), QStringLiteral("Huisvesting"),
                                 QStringLiteral("Informatievoorziening"), QStringLiteral("Organisatie en mensen"),
                                 QStringLiteral("Keteninfrastructuur")};
    for (int t = 0; t < themeNames.size(); ++t) p.programme.themes.append({t + 1, themeNames[t], QString()});
    p.successFactors = defaultSuccessFactors();
    QRandomGenerator rng(20190101);
    const int layers = std::max(2, int(std::sqrt(double(n))));
    const QStringList longCodes{QStringLiteral("X-HFA-EDEPOT"), QStringLiteral("X-KPN-NETWERK"),
                                QStringLiteral("X-RWS-BRUGGEN")};
    for (int i = 0; i < n; ++i) {
        Post post;
        post.id = i < longCodes.size() ? longCodes[i] : QStringLiteral("P%1").arg(i);
        post.title = QStringLiteral("Kademuur herstel %1 met een lange omschrijving").arg(i);
        post.theme = 1 + i % 5;
        post.kind = i < longCodes.size() ? PostKind::External : i % 7 == 0 ? PostKind::Project : PostKind::Activity;
        post.start = p.programme.start;
        post.durationDays = 5 + int(rng.bounded(60));
        p.posts.append(post);
    }
    const int perLayer = n / layers;
    for (int to = perLayer; to < n; ++to) {
        const int layer = to / perLayer;
        const int links = 1 + int(rng.bounded(4));
        for (int k = 0; k < links; ++k) {
            const int back = 1 + int(rng.bounded(std::min(layer, 3)));
            const int from = (layer - back) * perLayer + int(rng.bounded(perLayer));
            Dependency d;
            d.from = p.posts[from].id;
            d.to = p.posts[to].id;
            d.type = rng.bounded(10) < 8 ? LinkType::FS : LinkType::SS;
            if (!std::any_of(p.dependencies.cbegin(), p.dependencies.cend(),
                             [&](const Dependency &e) { return e.from == d.from && e.to == d.to; }))
                p.dependencies.append(d);
        }
    }
    return p;
}

// Delegates of views and repeaters have no QObject parent: search the item tree.
QList<QQuickItem *> itemsNamed(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    if (!root) return found;
    if (root->objectName() == name) found << root;
    for (QQuickItem *child : root->childItems()) found << itemsNamed(child, name);
    return found;
}

QQuickItem *visibleItem(GuiFixture &fx, const QString &name)
{
    for (QQuickItem *item : itemsNamed(fx.window()->contentItem(), name))
        if (item->isVisible()) return item;
    return nullptr;
}

void sendWheel(QQuickWindow *window, QQuickItem *item, int delta, Qt::KeyboardModifiers mods)
{
    // QTest::wheelEvent is not available for a QWindow in Qt 6.4.
    const QPointF local(item->width() * 0.7, item->height() / 2);
    const QPointF scene = item->mapToScene(local);
    QWheelEvent event(scene, window->mapToGlobal(scene.toPoint()), QPoint(), QPoint(0, delta), Qt::NoButton, mods,
                      Qt::NoScrollPhase, false);
    QGuiApplication::sendEvent(window, &event);
    GuiFixture::settle();
}

// The axis labels, left to right, never touch.
bool labelsApart(QObject *chart, QString *why)
{
    QVariantList rects;
    QMetaObject::invokeMethod(chart, "axisLabelRects", Q_RETURN_ARG(QVariantList, rects));
    if (rects.size() < 2) {
        *why = QStringLiteral("fewer than two axis labels");
        return false;
    }
    for (int i = 1; i < rects.size(); ++i) {
        const QRectF a = rects[i - 1].toRectF(), b = rects[i].toRectF();
        if (a.intersects(b) || b.left() < a.right()) {
            *why = QStringLiteral("label %1 [%2..%3] overlaps label %4 [%5..%6]")
                       .arg(i - 1)
                       .arg(a.left())
                       .arg(a.right())
                       .arg(i)
                       .arg(b.left())
                       .arg(b.right());
            return false;
        }
    }
    return true;
}

// Opens another document as File ▸ Open does. Qt 6.4 reports a binding loop in UnsavedChangesDialog
// (Main.qml, not part of these views) when the document's name changes; that one line is let through
// here, every other warning still fails the test.
bool openOther(GuiFixture &fx, const QString &path)
{
    const bool opened = fx.session().open(path);
    fx.settle(100);
    QStringList warnings = GuiFixture::takeWarnings();
    warnings.removeIf([](const QString &w) {
        return w.contains(QLatin1String("UnsavedChangesDialog: Binding loop detected for property \"implicitWidth\""));
    });
    if (!warnings.isEmpty()) qWarning("%s", qPrintable(warnings.join(QLatin1Char('\n'))));
    return opened;
}

void saveShot(GuiFixture &fx, const QString &name)
{
    const QString dir = qEnvironmentVariable("RB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    fx.settle(200);
    QVERIFY(fx.grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestGuiLargePortfolio : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("large.json"));
        QString error;
        QVERIFY2(rb::model::DocumentWriter::save(layeredPortfolio(2000), m_path, &error), qPrintable(error));
    }
    void init() { GuiFixture::takeWarnings(); }

    void heatmapKeepsLongCodesOffTheTitles()
    {
        GuiFixture fx(GuiOptions{.path = m_path, .today = QDate(2020, 6, 1)});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_1, Qt::ControlModifier);
        QVERIFY(GuiFixture::waitFor([&] { return visibleItem(fx, QStringLiteral("heatmapCode")) != nullptr; }));
        // Sorted by code, the external X-… posts come last.
        QQuickItem *list
            = visibleItem(fx, QStringLiteral("heatmapCode"))->parentItem()->parentItem()->parentItem()->parentItem();
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
        fx.settle(100);
        const auto codes = itemsNamed(fx.window()->contentItem(), QStringLiteral("heatmapCode"));
        bool sawLong = false;
        for (QQuickItem *code : codes) {
            if (!code->isVisible()) continue;
            sawLong = sawLong || code->property("text").toString() == QLatin1String("X-HFA-EDEPOT");
            const qreal drawn = code->property("contentWidth").toReal();
            QVERIFY2(drawn <= code->width() + 0.5,
                     qPrintable(QStringLiteral("%1 is %2 px wide in a %3 px column")
                                    .arg(code->property("text").toString())
                                    .arg(drawn)
                                    .arg(code->width())));
        }
        QVERIFY(sawLong);
        saveShot(fx, QStringLiteral("heatmap-2000-end.png"));
        RB_VERIFY_NO_WARNINGS();
    }

    void graphSearchNeighbourhoodAndThemes()
    {
        GuiFixture fx(GuiOptions{.path = m_path, .today = QDate(2020, 6, 1)});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_4, Qt::ControlModifier);
        auto *graph = fx.item(QStringLiteral("dependencyGraph"));
        QVERIFY(graph);
        // 2,000 posts open as five theme boxes, not a hairball.
        QCOMPARE(graph->property("visiblePostCount").toInt(), 0);
        QCOMPARE(graph->property("themes").toList().size(), 5);
        saveShot(fx, QStringLiteral("graph-2000-collapsed.png"));
        // No post box to walk to: Page Down keeps the selection.
        fx.state().setSelectedPostId(QStringLiteral("P5"));
        QVERIFY(fx.focus(graph));
        fx.key(Qt::Key_PageDown);
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("P5"));

        // Find a post by typing its code, Enter: selected, its theme opened, centred at a readable size.
        fx.key(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(fx.item(QStringLiteral("graphSearch"))->hasActiveFocus());
        fx.type(QStringLiteral("p1234"));
        fx.key(Qt::Key_Return);
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("P1234"));
        QCOMPARE(graph->property("visiblePostCount").toInt(), 400); // theme 5 opened
        QPointF centre;
        QMetaObject::invokeMethod(graph, "postCentre", Q_RETURN_ARG(QPointF, centre),
                                  Q_ARG(QString, QStringLiteral("P1234")));
        QVERIFY(qAbs(centre.x() - graph->width() / 2) < 2 && qAbs(centre.y() - graph->height() / 2) < 2);
        QVERIFY(graph->property("zoom").toReal() >= 1.0);
        saveShot(fx, QStringLiteral("graph-2000-found.png"));
        // By part of a title.
        fx.key(Qt::Key_F, Qt::ControlModifier);
        fx.item(QStringLiteral("graphSearch"))->setProperty("text", QString());
        fx.type(QStringLiteral("herstel 1717 "));
        fx.key(Qt::Key_Return);
        QCOMPARE(fx.state().selectedPostId(), QStringLiteral("P1717"));

        // Every theme open: labels at every zoom are readable or absent, never shrunk.
        QVERIFY(fx.click(QStringLiteral("graphExpandAll")));
        QCOMPARE(graph->property("visiblePostCount").toInt(), 2000);
        fx.focus(graph);
        for (int step = 0; step < 8; ++step) {
            fx.grab(); // paints
            const qreal pt = graph->property("smallestLabelPointSize").toReal();
            QVERIFY2(
                pt == 0 || pt >= rb::palette::kSmallPt,
                qPrintable(QStringLiteral("a %1 pt label at zoom %2").arg(pt).arg(graph->property("zoom").toReal())));
            fx.key(Qt::Key_Minus);
        }
        fx.key(Qt::Key_0);
        saveShot(fx, QStringLiteral("graph-2000-whole.png"));
        // Collapse one theme with its check box: its 400 posts become one box.
        QVERIFY(fx.click(visibleItem(fx, QStringLiteral("graphTheme2"))));
        QCOMPARE(graph->property("visiblePostCount").toInt(), 1600);
        QCOMPARE(graph->property("collapsedThemes").value<QList<int>>(), QList<int>{2});
        QVERIFY(
            visibleItem(fx, QStringLiteral("graphTheme2"))->hasActiveFocus()); // the check box stays, with its focus

        // The neighbourhood of the selected post: a handful of posts, its driving chain named.
        QVERIFY(fx.click(QStringLiteral("graphNeighbourhoodButton")));
        QCOMPARE(graph->property("mode").toInt(), 1);
        const int near = graph->property("visiblePostCount").toInt();
        QVERIFY2(near > 1 && near < 200, qPrintable(QString::number(near)));
        QVERIFY(!graph->property("drivingChain").toStringList().isEmpty());
        QMetaObject::invokeMethod(graph, "postCentre", Q_RETURN_ARG(QPointF, centre),
                                  Q_ARG(QString, QStringLiteral("P1717")));
        QVERIFY(graph->contains(centre));
        auto *depth = fx.item(QStringLiteral("graphDepth"));
        QVERIFY(fx.focus(depth));
        fx.key(Qt::Key_Up);
        QCOMPARE(graph->property("depth").toInt(), 3);
        QVERIFY(graph->property("visiblePostCount").toInt() >= near);
        fx.grab();
        saveShot(fx, QStringLiteral("graph-2000-neighbourhood.png"));
        QCOMPARE(graph->property("smallestLabelPointSize").toReal(),
                 qreal(rb::palette::kSmallPt)); // codes and titles drawn
        // Another document starts afresh: MAB is small, every theme open.
        QVERIFY(fx.click(QStringLiteral("graphWholeButton")));
        QVERIFY(openOther(fx, rb::test::mabPath()));
        QVERIFY(graph->property("collapsedThemes").value<QList<int>>().isEmpty());
        QCOMPARE(graph->property("visiblePostCount").toInt(), fx.document().portfolio().posts.size());
        RB_VERIFY_NO_WARNINGS();
    }

    void timelineZoomsAndKeepsLabelsApart()
    {
        GuiFixture fx(GuiOptions{.path = m_path, .today = QDate(2020, 6, 1)});
        QVERIFY(fx.ok());
        fx.state().setSelectedPostId(QStringLiteral("P40"));
        fx.key(Qt::Key_5, Qt::ControlModifier);
        auto *chart = fx.item(QStringLiteral("timelineChart"));
        QVERIFY(chart);
        // The default window is the plateau around the status date, not the whole plan.
        QCOMPARE(chart->property("windowStart").toDate(), QDate(2019, 1, 1));
        QCOMPARE(chart->property("windowEnd").toDate(), QDate(2021, 12, 31));
        QVERIFY2(chart->property("barHeight").toReal() >= 18,
                 qPrintable(QString::number(chart->property("barHeight").toReal())));
        auto *scrollBar = fx.item(QStringLiteral("timelineScrollBar"));
        QVERIFY(scrollBar && scrollBar->isVisible() && scrollBar->opacity() > 0.5 && scrollBar->width() >= 6);
        QString why;
        QVERIFY2(labelsApart(chart, &why), qPrintable(why));
        saveShot(fx, QStringLiteral("timeline-2000.png"));

        QVERIFY(fx.focus(chart));
        const int plateau = chart->property("visibleDays").toInt();
        fx.key(Qt::Key_Plus);
        const int zoomed = chart->property("visibleDays").toInt();
        QVERIFY2(zoomed < plateau, qPrintable(QStringLiteral("%1 → %2").arg(plateau).arg(zoomed)));
        QVERIFY2(labelsApart(chart, &why), qPrintable(why));
        sendWheel(fx.window(), chart, 120, Qt::ControlModifier);
        QVERIFY(chart->property("visibleDays").toInt() < zoomed);
        QVERIFY2(labelsApart(chart, &why), qPrintable(why));
        saveShot(fx, QStringLiteral("timeline-2000-zoomed.png"));
        for (int i = 0; i < 6; ++i) { // out to the whole plan, labels apart at every step
            fx.key(Qt::Key_Minus);
            QVERIFY2(labelsApart(chart, &why),
                     qPrintable(QStringLiteral("%1 days: %2").arg(chart->property("visibleDays").toInt()).arg(why)));
        }
        QVERIFY(chart->property("visibleDays").toInt() > plateau);
        fx.key(Qt::Key_0);
        QCOMPARE(chart->property("visibleDays").toInt(), plateau);
        // A zoomed window stays while the plan changes, not for another document.
        fx.key(Qt::Key_Plus);
        QVERIFY(openOther(fx, rb::test::mabPath()));
        QCOMPARE(chart->property("windowStart").toDate(), QDate(2018, 10, 18)); // MAB's status date, before its start
        QCOMPARE(chart->property("windowEnd").toDate(), QDate(2019, 12, 31));
        QVERIFY(openOther(fx, m_path));
        fx.state().setSelectedPostId(QStringLiteral("P40"));

        // The what-if slip typed in weeks.
        auto *slip = fx.item(QStringLiteral("whatIfSlipField"));
        QVERIFY(fx.focus(slip));
        slip->setProperty("text", QString());
        fx.type(QStringLiteral("8w"));
        fx.key(Qt::Key_Return);
        QCOMPARE(fx.session().whatIf().slipOf(QStringLiteral("P40")), 56);
        RB_VERIFY_NO_WARNINGS();
    }

    // MAB in both languages: the same views, screenshots to look at (RB_SCREENSHOT_DIR), and the
    // what-if's absorbed posts named.
    void mabViews_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl");
    }
    void mabViews()
    {
        QFETCH(QString, language);
        GuiFixture fx(GuiOptions{.language = language});
        QVERIFY(fx.ok());
        fx.state().setSelectedPostId(QStringLiteral("5C4"));
        fx.key(Qt::Key_4, Qt::ControlModifier);
        auto *graph = fx.item(QStringLiteral("dependencyGraph"));
        QVERIFY(graph);
        QVERIFY(graph->property("visiblePostCount").toInt() > 20); // small: every theme open
        fx.grab();
        saveShot(fx, QStringLiteral("graph-mab-%1.png").arg(language));
        // Readable on opening, even since the second MAB review made the first layer 23 posts tall: a tall
        // graph opens at the readable zoom from the top (DependencyGraph::fitToView).
        QVERIFY(graph->property("smallestLabelPointSize").toReal() >= rb::palette::kSmallPt);
        QVERIFY(fx.click(QStringLiteral("graphNeighbourhoodButton")));
        saveShot(fx, QStringLiteral("graph-mab-neighbourhood-%1.png").arg(language));
        fx.grab();
        QCOMPARE(graph->property("visiblePostCount").toInt(), 2); // 5C4 → 5A (SS), nothing else
        QCOMPARE(graph->property("paintedEdgeCount").toInt(), 1); // a straight edge was culled once
        fx.key(Qt::Key_5, Qt::ControlModifier);
        QString why;
        QVERIFY2(labelsApart(fx.item(QStringLiteral("timelineChart")), &why), qPrintable(why));

        // A slip that float absorbs somewhere, typed in weeks: the panel names where.
        rb::ui::WhatIfController &whatIf = fx.session().whatIf();
        const auto sched = whatIf.schedule();
        QString slipped;
        for (int t = 0; t < int(sched->network().taskCount()) && slipped.isEmpty(); ++t) {
            whatIf.setSlip(sched->postId(std::uint32_t(t)), 14);
            if (whatIf.absorbedCount() > 0) slipped = sched->postId(std::uint32_t(t));
            whatIf.clear();
        }
        QVERIFY(!slipped.isEmpty());
        fx.state().setSelectedPostId(slipped);
        auto *slip = fx.item(QStringLiteral("whatIfSlipField"));
        QVERIFY(fx.focus(slip));
        slip->setProperty("text", QString());
        fx.type(QStringLiteral("2w"));
        fx.key(Qt::Key_Return);
        QCOMPARE(whatIf.slipOf(slipped), 14);
        auto *absorbed = fx.item(QStringLiteral("whatIfAbsorbedList"));
        QVERIFY(absorbed && absorbed->isVisible());
        const QString names = absorbed->property("text").toString();
        QVERIFY2(names.contains(whatIf.absorbedPosts().first()), qPrintable(names));
        saveShot(fx, QStringLiteral("timeline-mab-whatif-%1.png").arg(language));
        RB_VERIFY_NO_WARNINGS();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestGuiLargePortfolio)
#include "tst_gui_largeportfolio.moc"
