// timelinechart.h — the Gantt chart of the timeline view, painted in one item (cheap at 1,000 posts):
// posts grouped by theme, the baseline ghosted under the what-if dates, float as a thin bar after the
// task, the critical path, deadlines, dependency arrows and a today line. All geometry is computed
// here; QML only sizes it, scrolls it and forwards clicks, keys and wheel turns.
//
// The visible window of days opens on the current plateau (the programme's start..end, widened to the
// status date) and zooms (zoomBy, resetZoom) and pans (panBy); the axis picks month, quarter, half-year,
// year or multi-year ticks by the pixels each label needs, so labels never overlap.
#pragma once

#include <QQuickPaintedItem>
#include <QDate>
#include <QVector>

#include <cmath>
#include <vector>

namespace rb::ui {

class TimelineChart : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString selectedPostId READ selectedPostId WRITE setSelectedPostId NOTIFY selectedPostIdChanged)
    Q_PROPERTY(qreal contentY READ contentY WRITE setContentY NOTIFY layoutChanged)
    Q_PROPERTY(qreal contentHeight READ contentHeight NOTIFY layoutChanged)
    Q_PROPERTY(QString accessibleSummary READ accessibleSummary NOTIFY layoutChanged)
    Q_PROPERTY(int visibleDays READ visibleDays NOTIFY layoutChanged)
    Q_PROPERTY(qreal barHeight READ barHeight NOTIFY layoutChanged) // px
    Q_PROPERTY(QDate windowStart READ windowStart NOTIFY layoutChanged)
    Q_PROPERTY(QDate windowEnd READ windowEnd NOTIFY layoutChanged)
    Q_PROPERTY(QString windowText READ windowText NOTIFY layoutChanged) // "1-1-2024 – 31-12-2026"
public:
    explicit TimelineChart(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

    QString selectedPostId() const { return m_selected; }
    void setSelectedPostId(const QString &id);
    qreal contentY() const { return m_contentY; }
    void setContentY(qreal y);
    qreal contentHeight() const;
    QString accessibleSummary() const;

    int visibleDays() const { return int(std::lround(m_viewLast - m_viewFirst)); }
    qreal barHeight() const;
    QDate windowStart() const;
    QDate windowEnd() const;
    QString windowText() const;

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
    void selectedPostIdChanged();
    void layoutChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Row {
        int theme = 0;     // header rows: the theme; post rows: the post's theme
        int task = -1;     // -1 for a theme header
        QString label;
    };
    struct Tick {
        qreal x = 0;      // the grid line
        bool major = false; // a year boundary
        QString label;    // empty: a grid line without a label
        QRectF labelRect;
    };
    void rebuildRows();
    void setWindow(double first, double last);
    qreal rowHeight() const;
    qreal xOf(double day) const;
    std::vector<Tick> ticks() const;

    QVector<Row> m_rows;
    QHash<int, int> m_rowOfTask;
    int m_firstDay = 0, m_lastDay = 1;       // the whole plan (whole months), day numbers
    int m_plateauFirst = 0, m_plateauLast = 1; // the default window
    double m_viewFirst = 0, m_viewLast = 1;    // the visible window: [first, last) in days
    bool m_userWindow = false;                // zoomed or panned: a rebuild keeps the window
    QString m_selected;
    QString m_fileName; // of the document shown
    qreal m_contentY = 0;
};

} // namespace rb::ui
