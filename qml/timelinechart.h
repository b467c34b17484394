// timelinechart.h — the Gantt chart of the timeline view, painted in one item (cheap at 1,000 posts):
// posts grouped by theme, the baseline ghosted under the what-if dates, float as a thin bar after the
// task, the critical path, deadlines, dependency arrows and a today line. All geometry is computed
// here; QML only sizes it, scrolls it and forwards clicks and keys.
#pragma once

#include <QQuickPaintedItem>
#include <QVector>

namespace rb::ui {

class TimelineChart : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString selectedPostId READ selectedPostId WRITE setSelectedPostId NOTIFY selectedPostIdChanged)
    Q_PROPERTY(qreal contentY READ contentY WRITE setContentY NOTIFY layoutChanged)
    Q_PROPERTY(qreal contentHeight READ contentHeight NOTIFY layoutChanged)
    Q_PROPERTY(QString accessibleSummary READ accessibleSummary NOTIFY layoutChanged)
public:
    explicit TimelineChart(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

    QString selectedPostId() const { return m_selected; }
    void setSelectedPostId(const QString &id);
    qreal contentY() const { return m_contentY; }
    void setContentY(qreal y);
    qreal contentHeight() const;
    QString accessibleSummary() const;

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
    void rebuildRows();
    qreal rowHeight() const;
    qreal xOf(int day) const;

    QVector<Row> m_rows;
    QHash<int, int> m_rowOfTask;
    int m_firstDay = 0, m_lastDay = 1;
    QString m_selected;
    qreal m_contentY = 0;
};

} // namespace rb::ui
