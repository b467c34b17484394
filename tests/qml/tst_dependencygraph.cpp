// tst_dependencygraph.cpp — the dependency graph item without a window (painted into an image): the
// search finds a post by code or title, the neighbourhood shows predecessors and successors N steps
// out, themes collapse into one box each (a large portfolio opens collapsed), and no label is ever
// painted below the readable size at any zoom.
#include "../robustness/generate.h"
#include "document/documentwriter.h"
#include "model/palette.h"
#include "qml/dependencygraph.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using rb::ui::DependencyGraph;

namespace {

void paint(DependencyGraph &graph)
{
    QImage image(graph.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    graph.paint(&p);
}

} // namespace

class TestDependencyGraph : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_controller = rb::test::openDocument(rb::test::mabPath());
        m_graph = std::make_unique<DependencyGraph>();
        m_graph->setDocument(m_controller.get());
        m_graph->setSize(QSizeF(1100, 800));
    }
    void cleanup()
    {
        m_graph.reset();
        m_controller.reset();
    }

    void findsByCodeThenTitle()
    {
        QCOMPARE(m_graph->findPost(QStringLiteral("5c4")), QStringLiteral("5C4")); // the code itself first
        QVERIFY(m_graph->findPost(QStringLiteral("5C")).startsWith(QLatin1String("5C")));
        QCOMPARE(m_graph->findPost(QStringLiteral("identity")), QStringLiteral("5C4")); // part of the title
        QCOMPARE(m_graph->findPost(QStringLiteral("  5C4 ")), QStringLiteral("5C4"));
        QCOMPARE(m_graph->findPost(QStringLiteral("no such post")), QString());
        QCOMPARE(m_graph->findPost(QString()), QString());
        QVERIFY(m_graph->matchCount(QStringLiteral("5C")) >= 4);
        QCOMPARE(m_graph->matchCount(QStringLiteral("no such post")), 0);
    }

    // The view lists every critical path, as the exported graph and `analyze` do, not only the first:
    // MAB has several (posts whose window the plan ties to the end date).
    void criticalPathTextListsEveryPath()
    {
        const auto schedule = m_controller->schedule();
        QVERIFY(schedule);
        const QStringList paths = m_graph->criticalPathText().split(QStringLiteral("; "));
        QVERIFY2(paths.size() > 1, qPrintable(m_graph->criticalPathText()));
        QSet<QString> listed;
        const auto &tasks = schedule->schedule().tasks;
        for (const QString &path : paths) {
            const QStringList ids = path.split(QStringLiteral(" → "));
            for (const QString &id : ids) listed.insert(id);
            // A path ends in a critical post (it may start at the external that drives it).
            const int last = schedule->taskOf(ids.last());
            QVERIFY2(last >= 0 && tasks[size_t(last)].critical, qPrintable(path));
        }
        // Independently of the path search: every critical task that ends on the programme finish is listed.
        for (size_t t = 0; t < tasks.size(); ++t)
            if (tasks[t].critical && tasks[t].earlyFinish == schedule->schedule().finish)
                QVERIFY2(listed.contains(schedule->postId(uint32_t(t))), qPrintable(schedule->postId(uint32_t(t))));
        QVERIFY(m_graph->accessibleSummary().contains(m_graph->criticalPathText()));
    }

    void neighbourhoodIsPredecessorsAndSuccessors()
    {
        QCOMPARE(m_graph->visiblePostCount(), int(m_controller->portfolio().posts.size())); // MAB: every theme open
        m_graph->setMode(DependencyGraph::Neighbourhood);
        QCOMPARE(m_graph->visiblePostCount(), 0); // nothing selected
        m_graph->setSelectedPostId(QStringLiteral("5C4"));
        QCOMPARE(m_graph->visiblePostCount(), 2); // 5C4 → 5A (SS)
        QVERIFY(m_graph->postCentre(QStringLiteral("5A")).x() > m_graph->postCentre(QStringLiteral("5C4")).x());
        QCOMPARE(m_graph->postCentre(QStringLiteral("1A")), QPointF(-1, -1)); // not in it
        m_graph->setSelectedPostId(QStringLiteral("3A0"));
        const int one = [&] {
            m_graph->setDepth(1);
            return m_graph->visiblePostCount();
        }();
        QCOMPARE(one, 1 + m_graph->predecessors().size() + m_graph->successors().size());
        m_graph->setDepth(3);
        QVERIFY(m_graph->visiblePostCount() >= one);
        QVERIFY(m_graph->visiblePostCount() < int(m_controller->portfolio().posts.size()));
        m_graph->setDepth(0);
        QCOMPARE(m_graph->depth(), 1);
        paint(*m_graph);
        QVERIFY(m_graph->smallestLabelPointSize() >= rb::palette::kSmallPt);
        m_graph->setMode(DependencyGraph::WholeGraph);
        QCOMPARE(m_graph->visiblePostCount(), int(m_controller->portfolio().posts.size()));
    }

    void themesCollapseIntoOneBox()
    {
        const auto &posts = m_controller->portfolio().posts;
        const int inTheme5 = int(std::count_if(posts.begin(), posts.end(), [](const auto &p) { return p.theme == 5; }));
        QVERIFY(inTheme5 > 1);
        m_graph->setThemeCollapsed(5, true);
        QCOMPARE(m_graph->visiblePostCount(), int(posts.size()) - inTheme5);
        bool sawBox = false;
        for (qreal x = 0; x < m_graph->width() && !sawBox; x += 8)
            for (qreal y = 0; y < m_graph->height() && !sawBox; y += 8) sawBox = m_graph->themeAt(x, y) == 5;
        QVERIFY(sawBox);
        QCOMPARE(m_graph->collapsedThemes(), QList<int>{5});
        QCOMPARE(m_graph->themes().size(), 5);
        m_graph->centreOn(QStringLiteral("5C4")); // a post of a collapsed theme: the theme opens
        QCOMPARE(m_graph->visiblePostCount(), int(posts.size()));
        const QPointF c = m_graph->postCentre(QStringLiteral("5C4"));
        QVERIFY(qAbs(c.x() - 550) < 1 && qAbs(c.y() - 400) < 1);
        QCOMPARE(m_graph->postAt(c.x(), c.y()), QStringLiteral("5C4"));
        m_graph->setAllThemesCollapsed(true);
        QCOMPARE(m_graph->visiblePostCount(), 0);
        m_graph->setAllThemesCollapsed(false);
        QCOMPARE(m_graph->visiblePostCount(), int(posts.size()));
    }

    // Hide rather than shrink: at every zoom a label is at least palette::kSmallPt, or absent.
    void labelsNeverBelowTheReadableSize()
    {
        m_graph->setSelectedPostId(QStringLiteral("3A0"));
        for (int step = 0; step < 24; ++step) {
            paint(*m_graph);
            const qreal pt = m_graph->smallestLabelPointSize();
            QVERIFY2(pt == 0 || pt >= rb::palette::kSmallPt,
                     qPrintable(QStringLiteral("%1 pt at zoom %2").arg(pt).arg(m_graph->zoom())));
            m_graph->zoomAt(step < 12 ? 0.8 : 1.6, 550, 400);
        }
        m_graph->fitToView();
        paint(*m_graph);
        QCOMPARE(m_graph->smallestLabelPointSize(), qreal(rb::palette::kSmallPt)); // MAB fitted: codes readable
    }

    void largePortfolioOpensCollapsed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.json"));
        QVERIFY(rb::model::DocumentWriter::save(rb::test::generatePortfolio(DependencyGraph::kLargePortfolio + 1, 2),
                                                path));
        QVERIFY(m_controller->open(path));
        QCOMPARE(m_graph->visiblePostCount(), 0);
        QCOMPARE(m_graph->collapsedThemes(), (QList<int>{1, 2, 3, 4, 5}));
        m_graph->centreOn(QStringLiteral("P7")); // theme 3
        QCOMPARE(m_graph->visiblePostCount(), 60);
        QVERIFY(m_graph->zoom() >= 1.0);
        // Back to a small document: everything open again.
        QVERIFY(m_controller->open(rb::test::mabPath()));
        QCOMPARE(m_graph->visiblePostCount(), int(m_controller->portfolio().posts.size()));
    }

private:
    std::unique_ptr<rb::ui::DocumentController> m_controller;
    std::unique_ptr<DependencyGraph> m_graph;
};

QTEST_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
