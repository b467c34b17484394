// timelinechart.h — the Timeline view's Gantt chart item: it builds the timeline plan of the open
// document (model/timelineplan.h, under the what-if scenario) and paints it with the one timeline
// painter (charts/timelinepainter.h) that the exported chart and the deck use too. The item adds only
// interaction: scrolling, the selection, zoom and pan of the time axis, hit tests for clicks and keys.
//
// The visible window of days opens on the current plateau (the programme's start..end, widened to the
// status date) and zooms (zoomBy, resetZoom) and pans (panBy); the painter's axis picks week, month,
// quarter, half-year or year labels by the room each needs, so labels never overlap.
//
// Its collaborators are set from QML (`document: DocumentController`, `appState: AppState`, `whatIf:
// WhatIfController`); without them it paints an empty chart.
#pragma once

#include "model/timelineplan.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/whatifcontroller.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QQuickPaintedItem>

#include <cmath>

namespace rb::exporting {
struct TimelineView;
}

namespace rb::ui {

class TimelineChart : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY collaboratorsChanged)
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY collaboratorsChanged)
    Q_PROPERTY(rb::ui::WhatIfController *whatIf READ whatIf WRITE setWhatIf NOTIFY collaboratorsChanged)
    Q_PROPERTY(QString selectedPostId READ selectedPostId WRITE setSelectedPostId NOTIFY selectedPostIdChanged)
    Q_PROPERTY(qreal contentY READ contentY WRITE setContentY NOTIFY layoutChanged)
    Q_PROPERTY(qreal contentHeight READ contentHeight NOTIFY layoutChanged)
    Q_PROPERTY(
        qreal viewportHeight READ viewportHeight NOTIFY layoutChanged) // rows area below the axis, above the legend
    Q_PROPERTY(QString accessibleSummary READ accessibleSummary NOTIFY layoutChanged)
    Q_PROPERTY(QString legendText READ legendText NOTIFY layoutChanged)
    Q_PROPERTY(int visibleDays READ visibleDays NOTIFY layoutChanged)
    Q_PROPERTY(qreal barHeight READ barHeight NOTIFY layoutChanged) // px
    Q_PROPERTY(QDate windowStart READ windowStart NOTIFY layoutChanged)
    Q_PROPERTY(QDate windowEnd READ windowEnd NOTIFY layoutChanged)
    Q_PROPERTY(QString windowText READ windowText NOTIFY layoutChanged) // "1-1-2024 – 31-12-2026"
public:
    explicit TimelineChart(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);
    WhatIfController *whatIf() const { return m_whatIf; }
    void setWhatIf(WhatIfController *whatIf);

    QString selectedPostId() const { return m_selected; }
    void setSelectedPostId(const QString &id);
    qreal contentY() const { return m_contentY; }
    void setContentY(qreal y);
    qreal contentHeight() const;
    qreal viewportHeight() const;
    QString accessibleSummary() const;
    QString legendText() const;

    int visibleDays() const { return int(std::lround(m_viewLast - m_viewFirst)); }
    qreal barHeight() const;
    QDate windowStart() const;
    QDate windowEnd() const;
    QString windowText() const;
    // The plan drawn (for tests).
    const rb::model::TimelinePlan &plan() const { return m_plan; }

    // Zooms the time axis by `factor` (> 1: in) keeping the day under x (item coordinates; < 0: the
    // middle of the chart) in place. Between a month and the whole plan.
    Q_INVOKABLE void zoomBy(qreal factor, qreal x = -1);
    // Back to the default window: the current plateau.
    Q_INVOKABLE void resetZoom();
    // Moves the window by dx pixels (> 0: later dates come in from the right).
    Q_INVOKABLE void panBy(qreal dx);
    // The axis labels as drawn (item coordinates), for tests and the accessible summary: QRectF list.
    Q_INVOKABLE QVariantList axisLabelRects() const;
    Q_INVOKABLE QStringList axisLabels() const;

    // The post drawn at a point of the item, "" for none.
    Q_INVOKABLE QString postAt(qreal x, qreal y) const;
    // The post `delta` rows from the selected one (keyboard navigation).
    Q_INVOKABLE QString neighbour(int delta) const;

    static constexpr qreal kHeaderHeight = 44;
    static constexpr qreal kLabelWidth = 420;

signals:
    void collaboratorsChanged();
    void selectedPostIdChanged();
    void layoutChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void rebuild();
    void setWindow(double first, double last);
    qreal rowHeight() const;
    qreal legendHeight() const;
    rb::exporting::TimelineView view() const;
    QString language() const;

    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    QPointer<WhatIfController> m_whatIf;
    QList<QMetaObject::Connection> m_documentConnections, m_stateConnections, m_whatIfConnections;
    rb::model::TimelinePlan m_plan;
    double m_firstDay = 0, m_lastDay = 1;         // the whole plan (whole months), Julian days
    double m_plateauFirst = 0, m_plateauLast = 1; // the default window, Julian days (last inclusive)
    double m_viewFirst = 0, m_viewLast = 1;       // the visible window: [first, last) in Julian days
    bool m_userWindow = false;                    // zoomed or panned: a rebuild keeps the window
    bool m_hasSchedule = false;
    QString m_selected;
    QString m_fileName; // of the document shown
    qreal m_contentY = 0;
    mutable qreal m_legendHeight = -1, m_legendWidth = -1; // measured for the current plan and width
};

} // namespace rb::ui
