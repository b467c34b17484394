// dependencygraph.h — the dependency graph view, painted in one item so that 1,000 posts and their
// links cost one texture, not thousands of QML items. The layered layout comes from the analysis
// engine (layeredLayout: layers by longest path, grouped by theme, crossing reduction); this item
// adds zoom and pan, the critical path, link-type styles and the selected post's neighbourhood.
#pragma once

#include "analysis/layout.h"
#include "model/scheduleadapter.h"

#include <QQuickPaintedItem>

namespace rb::ui {

class DependencyGraph : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString selectedPostId READ selectedPostId WRITE setSelectedPostId NOTIFY selectedPostIdChanged)
    Q_PROPERTY(qreal zoom READ zoom NOTIFY viewChanged)
    Q_PROPERTY(QStringList predecessors READ predecessors NOTIFY selectionInfoChanged)
    Q_PROPERTY(QStringList successors READ successors NOTIFY selectionInfoChanged)
    Q_PROPERTY(QStringList drivingChain READ drivingChain NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString selectedTitle READ selectedTitle NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString floatText READ floatText NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString datesText READ datesText NOTIFY selectionInfoChanged)
    Q_PROPERTY(QString criticalPathText READ criticalPathText NOTIFY layoutChanged)
    Q_PROPERTY(QString accessibleSummary READ accessibleSummary NOTIFY layoutChanged)
public:
    explicit DependencyGraph(QQuickItem *parent = nullptr);
    void paint(QPainter *painter) override;

    QString selectedPostId() const { return m_selected; }
    void setSelectedPostId(const QString &id);
    qreal zoom() const { return m_zoom; }

    Q_INVOKABLE void fitToView();
    // Zooms by `factor` keeping the point (x, y) of the item where it is.
    Q_INVOKABLE void zoomAt(qreal factor, qreal x, qreal y);
    Q_INVOKABLE void panBy(qreal dx, qreal dy);
    Q_INVOKABLE QString postAt(qreal x, qreal y) const;
    // The next post in layout order (layer, then position) for keyboard selection.
    Q_INVOKABLE QString neighbour(int delta) const;

    QStringList predecessors() const { return m_preds; }
    QStringList successors() const { return m_succs; }
    QStringList drivingChain() const { return m_chain; }
    QString selectedTitle() const { return m_title; }
    QString floatText() const { return m_float; }
    QString datesText() const { return m_dates; }
    QString criticalPathText() const;
    QString accessibleSummary() const;

signals:
    void selectedPostIdChanged();
    void viewChanged();
    void selectionInfoChanged();
    void layoutChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void relayout();
    void updateSelectionInfo();
    QPointF toView(qreal x, qreal y) const { return {x * m_zoom + m_panX, y * m_zoom + m_panY}; }

    std::shared_ptr<const rb::model::PortfolioSchedule> m_schedule;
    rb::analysis::GraphLayout m_layout;
    std::vector<std::uint8_t> m_onCriticalPath; // by task
    std::vector<std::uint32_t> m_visitOrder;    // tasks by (layer, order)
    QString m_selected;
    qreal m_zoom = 1, m_panX = 0, m_panY = 0;
    bool m_fitted = false;
    QStringList m_preds, m_succs, m_chain;
    QString m_title, m_float, m_dates;
};

} // namespace rb::ui
