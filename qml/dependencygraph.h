// dependencygraph.h — the dependency graph view, painted in one item so that 2,000 posts and their
// links cost one texture, not thousands of QML items. The layered layout comes from the analysis
// engine (layeredLayout: layers by longest path, grouped by theme, crossing reduction); this item
// adds zoom and pan, the critical path, link-type styles and the selected post's driving chain.
//
// Two views of the same network: the whole graph, where any theme can be collapsed into one box
// (large portfolios open with every theme collapsed), and the neighbourhood of the selected post (its
// predecessors and successors `depth` steps out; its driving chain highlighted, listed in full by
// drivingChain). Labels are never drawn below the readable minimum (palette::kSmallPt): when a box is
// too small for that they are left out.
#pragma once

#include "analysis/layout.h"
#include "charts/dependencygraphpainter.h"
#include "model/scheduleadapter.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantList>

#include <set>

namespace rb::ui {

class DependencyGraph : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    // The session's objects (set from QML: `document: DocumentController`); an empty graph until set.
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY appStateChanged)
    Q_PROPERTY(QString selectedPostId READ selectedPostId WRITE setSelectedPostId NOTIFY selectedPostIdChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(int depth READ depth WRITE setDepth NOTIFY modeChanged) // neighbourhood: steps out, 1..9
    Q_PROPERTY(qreal zoom READ zoom NOTIFY viewChanged)
    // [{theme, name, posts}] in theme order, for the collapse controls: changes only with the document,
    // so that toggling a theme does not rebuild (and unfocus) the controls.
    Q_PROPERTY(QVariantList themes READ themes NOTIFY themesChanged)
    Q_PROPERTY(QList<int> collapsedThemes READ collapsedThemes NOTIFY collapsedThemesChanged)
    Q_PROPERTY(int visiblePostCount READ visiblePostCount NOTIFY layoutChanged) // post boxes drawn
    Q_PROPERTY(QStringList predecessors READ predecessors NOTIFY selectionInfoChanged)
    Q_PROPERTY(QStringList successors READ successors NOTIFY selectionInfoChanged)
    Q_PROPERTY(QStringList drivingChain READ drivingChain NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString floatText READ floatText NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString datesText READ datesText NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString criticalPathText READ criticalPathText NOTIFY layoutChanged)
    Q_PROPERTY(QString accessibleSummary READ accessibleSummary NOTIFY layoutChanged)
    // The smallest font (points) of the last paint: never below palette::kSmallPt; 0 before a paint.
    Q_PROPERTY(qreal smallestLabelPointSize READ smallestLabelPointSize NOTIFY painted)
    Q_PROPERTY(int paintedEdgeCount READ paintedEdgeCount NOTIFY painted) // links drawn by the last paint
public:
    enum Mode { WholeGraph, Neighbourhood };
    Q_ENUM(Mode)

    explicit DependencyGraph(QQuickItem *parent = nullptr);
    void paint(QPainter *painter) override;

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);

    QString selectedPostId() const { return m_selected; }
    void setSelectedPostId(const QString &id);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    int depth() const { return m_depth; }
    void setDepth(int depth);
    qreal zoom() const { return m_zoom; }
    QVariantList themes() const { return m_themes; }
    QList<int> collapsedThemes() const { return QList<int>(m_collapsed.begin(), m_collapsed.end()); }
    int visiblePostCount() const;
    qreal smallestLabelPointSize() const { return m_smallestPt; }
    int paintedEdgeCount() const { return m_paintedEdges; }

    Q_INVOKABLE void fitToView();
    // Zooms by `factor` keeping the point (x, y) of the item where it is.
    Q_INVOKABLE void zoomAt(qreal factor, qreal x, qreal y);
    Q_INVOKABLE void panBy(qreal dx, qreal dy);
    Q_INVOKABLE QString postAt(qreal x, qreal y) const;
    // The collapsed theme drawn at (x, y), -1 for none.
    Q_INVOKABLE int themeAt(qreal x, qreal y) const;
    // The next post in layout order (layer, then position) for keyboard selection.
    Q_INVOKABLE QString neighbour(int delta) const;
    // The best match for typed text: the code itself, a code starting with it, a code containing it,
    // then a title containing it (case-insensitive); "" when nothing matches.
    Q_INVOKABLE QString findPost(const QString &text) const;
    // How many posts match the text (for "12 matches").
    Q_INVOKABLE int matchCount(const QString &text) const;
    // Shows the post: expands its theme when collapsed, zooms to a readable size, centres it.
    Q_INVOKABLE void centreOn(const QString &postId);
    Q_INVOKABLE void setThemeCollapsed(int theme, bool collapsed);
    Q_INVOKABLE void setAllThemesCollapsed(bool collapsed);
    // Centre of the post's box in item coordinates (for tests: where to click); (-1, -1) when not drawn.
    Q_INVOKABLE QPointF postCentre(const QString &postId) const;

    QStringList predecessors() const { return m_preds; }
    QStringList successors() const { return m_succs; }
    QStringList drivingChain() const { return m_chain; }
    QString selectedTitle() const { return m_title; }
    QString floatText() const { return m_float; }
    QString datesText() const { return m_dates; }
    QString criticalPathText() const;
    QString accessibleSummary() const;

    static constexpr int kLargePortfolio = 300; // posts: above this the whole graph opens with themes collapsed

signals:
    void selectedPostIdChanged();
    void modeChanged();
    void viewChanged();
    void selectionInfoChanged();
    void layoutChanged();
    void themesChanged();
    void collapsedThemesChanged();
    void painted();
    void documentChanged();
    void appStateChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void reload();   // a new schedule: themes, critical path, then relayout()
    void relayout(); // the view graph of the mode and the collapsed themes, laid out
    void updateSelectionInfo();
    QVariantList themeList() const;
    void setCollapsed(std::set<int> themes);
    QPointF toView(qreal x, qreal y) const { return {x * m_zoom + m_panX, y * m_zoom + m_panY}; }
    int viewNodeAt(qreal x, qreal y) const;
    QRectF nodeRect(int viewNode) const;
    // The view as the chart painter draws it (device units of this item).
    rb::exporting::GraphScene scene(int selectedNode) const;

    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    std::shared_ptr<const rb::model::PortfolioSchedule> m_schedule;
    rb::analysis::LayoutInput m_input;          // the whole network, grouped by theme
    rb::analysis::ViewGraph m_view;             // what is drawn
    rb::analysis::GraphLayout m_layout;         // by view node / view edge
    std::vector<std::uint8_t> m_onCriticalPath; // by task
    std::vector<std::uint32_t> m_visitOrder;    // view nodes of posts by (layer, order)
    std::set<int> m_collapsed;                  // theme ids
    QVariantList m_themes;                      // themeList() of the document
    std::set<std::uint32_t> m_chainTasks;       // the selected post's driving chain
    std::set<std::uint32_t> m_chainLinks;       // its binding links
    Mode m_mode = WholeGraph;
    int m_depth = 2;
    QString m_selected;
    QString m_fileName; // of the document laid out
    qreal m_zoom = 1, m_panX = 0, m_panY = 0;
    bool m_fitted = false;
    qreal m_smallestPt = 0;
    int m_paintedEdges = 0;
    QStringList m_preds, m_succs, m_chain;
    QString m_title, m_float, m_dates;
};

} // namespace rb::ui
