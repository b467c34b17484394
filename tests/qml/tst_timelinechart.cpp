// tst_timelinechart.cpp — the Gantt chart item without a window: it opens on the plateau around the
// status date, zooms about a point and pans, and its axis labels never overlap at any width or zoom
// (the first always names the year).
#include "qml/sessionobjects.h"
#include "qml/timelinechart.h"
#include "qml/whatifcontroller.h"
#include "testsupport.h"

#include <QRegularExpression>

using rb::ui::TimelineChart;

namespace {

QString overlap(const TimelineChart &chart)
{
    const QVariantList rects = chart.axisLabelRects();
    if (rects.isEmpty()) return QStringLiteral("no label");
    static const QRegularExpression year(QStringLiteral("\\b\\d{4}\\b"));
    if (!chart.axisLabels().first().contains(year))
        return QStringLiteral("the first label has no year: %1").arg(chart.axisLabels().join(QLatin1Char('|')));
    for (int i = 0; i < rects.size(); ++i) {
        const QRectF r = rects[i].toRectF();
        if (r.left() < TimelineChart::kLabelWidth || r.right() > chart.width())
            return QStringLiteral("label %1 (%2) outside the chart").arg(i).arg(chart.axisLabels().value(i));
        if (i > 0 && r.left() < rects[i - 1].toRectF().right())
            return QStringLiteral("\"%1\" over \"%2\"")
                .arg(chart.axisLabels().value(i), chart.axisLabels().value(i - 1));
    }
    return {};
}

} // namespace

class TestTimelineChart : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_controller = rb::test::openDocument(rb::test::mabPath());
        m_whatIf = std::make_unique<rb::ui::WhatIfController>(m_controller.get(), nullptr);
        m_chart = std::make_unique<TimelineChart>();
        m_chart->setDocument(m_controller.get());
        m_chart->setWhatIf(m_whatIf.get());
        m_chart->setSize(QSizeF(1200, 800));
    }
    void cleanup()
    {
        m_chart.reset();
        m_whatIf.reset();
        m_controller.reset();
    }

    // MAB plateau 4: 2019, with the status date of October 2018 in view.
    void opensOnThePlateau()
    {
        QCOMPARE(m_chart->windowStart(), QDate(2018, 10, 18));
        QCOMPARE(m_chart->windowEnd(), QDate(2019, 12, 31));
        QVERIFY(m_chart->barHeight() >= 18);
    }

    void zoomKeepsTheDayUnderThePointer()
    {
        const qreal x = 900;
        const int before = m_chart->visibleDays();
        auto dayAt = [&](qreal px) {
            const double span = m_chart->visibleDays();
            return m_chart->windowStart().addDays(qint64(
                (px - TimelineChart::kLabelWidth) / (m_chart->width() - TimelineChart::kLabelWidth - 24) * span));
        };
        const QDate anchor = dayAt(x);
        m_chart->zoomBy(2, x);
        QVERIFY(qAbs(m_chart->visibleDays() - before / 2) <= 1);
        QVERIFY(qAbs(dayAt(x).daysTo(anchor)) <= 2);
        for (int i = 0; i < 20; ++i) m_chart->zoomBy(2);
        QCOMPARE(m_chart->visibleDays(), 28); // never narrower than about a month
        const QDate start = m_chart->windowStart();
        m_chart->panBy(200);
        QVERIFY(m_chart->windowStart() > start);
        QCOMPARE(m_chart->visibleDays(), 28);
        m_chart->resetZoom();
        QCOMPARE(m_chart->windowStart(), QDate(2018, 10, 18));
        for (int i = 0; i < 20; ++i) m_chart->zoomBy(0.5);
        const int widest = m_chart->visibleDays(); // the whole plan
        m_chart->zoomBy(0.5);
        QCOMPARE(m_chart->visibleDays(), widest);
        QVERIFY(m_chart->windowStart() <= QDate(2018, 10, 18) && m_chart->windowEnd() >= QDate(2019, 12, 31));
    }

    void axisLabelsNeverOverlap_data()
    {
        QTest::addColumn<int>("width");
        for (int w : {700, 860, 1000, 1200, 1500, 1900, 2500}) QTest::addRow("%d px", w) << w;
    }
    void axisLabelsNeverOverlap()
    {
        QFETCH(int, width);
        m_chart->setWidth(width);
        m_chart->resetZoom();
        for (int i = 0; i < 12; ++i) {
            const QString why = overlap(*m_chart);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("%1 days: %2").arg(m_chart->visibleDays()).arg(why)));
            m_chart->zoomBy(1.5);
        }
        m_chart->resetZoom();
        for (int i = 0; i < 8; ++i) {
            m_chart->zoomBy(1 / 1.5);
            const QString why = overlap(*m_chart);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("%1 days: %2").arg(m_chart->visibleDays()).arg(why)));
        }
    }

    // Months when there is room, coarser when not; a year is always named.
    void ticksFollowTheRoom()
    {
        m_chart->setWidth(1900);
        m_chart->resetZoom();
        QVERIFY2(m_chart->axisLabels().size() >= 12, qPrintable(m_chart->axisLabels().join(QLatin1Char(' '))));
        m_chart->setWidth(700);
        const QStringList narrow = m_chart->axisLabels();
        QVERIFY2(narrow.size() >= 2 && narrow.size() < 12, qPrintable(narrow.join(QLatin1Char(' '))));
        QVERIFY(narrow.join(QLatin1Char(' ')).contains(QLatin1String("2019")));
        // Zoomed in to a month: weeks, and the month named at the left.
        m_chart->setWidth(1200);
        for (int i = 0; i < 20; ++i) m_chart->zoomBy(2);
        const QStringList weeks = m_chart->axisLabels();
        QVERIFY2(weeks.size() >= 3, qPrintable(weeks.join(QLatin1Char('|'))));
        QVERIFY2(weeks.first().contains(QString::number(m_chart->windowStart().year())),
                 qPrintable(weeks.join(QLatin1Char('|'))));
    }

private:
    std::unique_ptr<rb::ui::DocumentController> m_controller;
    std::unique_ptr<rb::ui::WhatIfController> m_whatIf;
    std::unique_ptr<TimelineChart> m_chart;
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
