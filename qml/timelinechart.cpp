// timelinechart.cpp
#include "qml/timelinechart.h"

#include "charts/chart.h"
#include "charts/exportlanguage.h"
#include "charts/timelinepainter.h"
#include "model/palette.h"
#include "model/scheduleadapter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace rb::ui {

using rb::exporting::TimelineView;

namespace {
constexpr qreal kMinRow = 30, kMaxRow = 36; // px: bars of 19 px and more, readable on a projector
constexpr double kMinVisibleDays = 28;      // zoom limit: about a month across the chart
double jd(const QDate &d) { return double(d.toJulianDay()); }
} // namespace

TimelineChart::TimelineChart(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAntialiasing(true);
    setFillColor(palette::background());
}

void TimelineChart::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    for (const auto &c : std::as_const(m_documentConnections)) disconnect(c);
    m_documentConnections.clear();
    m_document = document;
    if (document) {
        m_documentConnections << connect(document, &DocumentController::documentChanged, this, &TimelineChart::rebuild);
        // Save As renames the document without making it another one.
        m_documentConnections << connect(document, &DocumentController::fileNameChanged, this, [this] {
            if (m_document) m_fileName = m_document->fileName();
        });
    }
    emit collaboratorsChanged();
    rebuild();
}

void TimelineChart::setAppState(AppState *state)
{
    if (m_state == state) return;
    for (const auto &c : std::as_const(m_stateConnections)) disconnect(c);
    m_stateConnections.clear();
    m_state = state;
    if (state) {
        // Theme names, axis and legend follow the language; the today line follows AppState.
        m_stateConnections << connect(state, &AppState::languageChanged, this, &TimelineChart::rebuild);
        m_stateConnections << connect(state, &AppState::todayChanged, this, &TimelineChart::rebuild);
    }
    emit collaboratorsChanged();
    rebuild();
}

void TimelineChart::setWhatIf(WhatIfController *whatIf)
{
    if (m_whatIf == whatIf) return;
    for (const auto &c : std::as_const(m_whatIfConnections)) disconnect(c);
    m_whatIfConnections.clear();
    m_whatIf = whatIf;
    if (whatIf)
        m_whatIfConnections << connect(whatIf, &WhatIfController::scenarioChanged, this, &TimelineChart::rebuild);
    emit collaboratorsChanged();
    rebuild();
}

void TimelineChart::setSelectedPostId(const QString &id)
{
    if (m_selected == id) return;
    m_selected = id;
    emit selectedPostIdChanged();
    update();
}

QString TimelineChart::language() const { return m_state ? m_state->language() : QStringLiteral("en"); }

qreal TimelineChart::legendHeight() const
{
    if (m_legendHeight < 0 || !qFuzzyCompare(m_legendWidth + 1, width() + 1)) {
        const rb::exporting::ExportLanguage lang(language());
        QImage probe(1, 1, QImage::Format_ARGB32);
        QPainter measure(&probe);
        m_legendWidth = width();
        m_legendHeight = m_hasSchedule
            ? rb::exporting::paintTimelineLegend(measure, m_plan, QRectF(12, 0, std::max(100.0, width() - 24), 1000),
                                                 palette::kSmallPt)
                + 8
            : 0;
    }
    return m_legendHeight;
}

qreal TimelineChart::viewportHeight() const { return std::max(0.0, height() - kHeaderHeight - legendHeight()); }

void TimelineChart::setContentY(qreal y)
{
    y = std::clamp(y, 0.0, std::max(0.0, contentHeight() - viewportHeight()));
    if (qFuzzyCompare(y + 1, m_contentY + 1)) return;
    m_contentY = y;
    emit layoutChanged();
    update();
}

void TimelineChart::geometryChange(const QRectF &n, const QRectF &o)
{
    QQuickPaintedItem::geometryChange(n, o);
    emit layoutChanged();
}

qreal TimelineChart::rowHeight() const
{
    if (m_plan.rows.isEmpty()) return kMinRow;
    return std::clamp((viewportHeight() - 8) / m_plan.rows.size(), kMinRow, kMaxRow);
}

qreal TimelineChart::barHeight() const { return rb::exporting::timelineBarHeight(m_plan, rowHeight()); }

qreal TimelineChart::contentHeight() const { return m_plan.rows.size() * rowHeight(); }

TimelineView TimelineChart::view() const
{
    TimelineView v;
    v.area = QRectF(0, 0, width(), std::max(kHeaderHeight, height() - legendHeight()));
    v.labelWidth = kLabelWidth;
    v.rightMargin = 24;
    v.axisHeight = kHeaderHeight;
    v.rowHeight = rowHeight();
    v.contentY = m_contentY;
    v.firstDay = m_viewFirst;
    v.lastDay = m_viewLast;
    v.selected = m_selected;
    v.today = m_state ? m_state->today() : QDate();
    v.locale = QLocale();
    return v;
}

QDate TimelineChart::windowStart() const { return QDate::fromJulianDay(qint64(std::floor(m_viewFirst))); }
QDate TimelineChart::windowEnd() const { return QDate::fromJulianDay(qint64(std::ceil(m_viewLast)) - 1); }

QString TimelineChart::windowText() const
{
    return QCoreApplication::translate("TimelineChart", "%1 – %2")
        .arg(QLocale().toString(windowStart(), QLocale::ShortFormat),
             QLocale().toString(windowEnd(), QLocale::ShortFormat));
}

void TimelineChart::setWindow(double first, double last)
{
    // Never narrower than a month, never wider than the plan (plus the plateau when it reaches further).
    const double lo = std::min(m_firstDay, m_plateauFirst), hi = std::max(m_lastDay, m_plateauLast) + 1;
    const double span = std::clamp(last - first, kMinVisibleDays, std::max(kMinVisibleDays, hi - lo));
    first = std::clamp(first, lo, std::max(lo, hi - span));
    m_viewFirst = first;
    m_viewLast = first + span;
    emit layoutChanged();
    update();
}

void TimelineChart::zoomBy(qreal factor, qreal x)
{
    if (factor <= 0) return;
    const qreal chartW = std::max(1.0, width() - kLabelWidth - 24);
    if (x < kLabelWidth) x = kLabelWidth + chartW / 2;
    const double span = m_viewLast - m_viewFirst;
    const double anchor = m_viewFirst + (x - kLabelWidth) / chartW * span; // the day under x stays under x
    const double newSpan = std::max(kMinVisibleDays, span / factor);
    m_userWindow = true;
    const double first = anchor - (anchor - m_viewFirst) * newSpan / span;
    setWindow(first, first + newSpan);
}

void TimelineChart::panBy(qreal dx)
{
    const qreal chartW = std::max(1.0, width() - kLabelWidth - 24);
    const double days = dx / chartW * (m_viewLast - m_viewFirst);
    m_userWindow = true;
    setWindow(m_viewFirst + days, m_viewLast + days);
}

void TimelineChart::resetZoom()
{
    m_userWindow = false;
    setWindow(m_plateauFirst, m_plateauLast + 1);
}

QVariantList TimelineChart::axisLabelRects() const
{
    QVariantList rects;
    for (const auto &t : rb::exporting::timelineTicks(view()))
        if (!t.label.isEmpty()) rects << t.labelRect;
    return rects;
}

QStringList TimelineChart::axisLabels() const
{
    QStringList labels;
    for (const auto &t : rb::exporting::timelineTicks(view()))
        if (!t.label.isEmpty()) labels << t.label;
    return labels;
}

void TimelineChart::rebuild()
{
    m_plan = {};
    m_legendHeight = -1;
    const auto sched = m_whatIf ? m_whatIf->schedule() : nullptr;
    m_hasSchedule
        = sched && m_document && size_t(m_document->portfolio().posts.size()) == sched->schedule().tasks.size();
    if (!m_hasSchedule) {
        emit layoutChanged();
        update();
        return;
    }
    if (m_document->fileName() != m_fileName) { // another document opens on its own plateau
        m_fileName = m_document->fileName();
        m_userWindow = false;
    }
    rb::model::TimelineScenario scenario;
    scenario.slips = m_whatIf->slips();
    scenario.result = m_whatIf->result();
    m_plan
        = rb::model::buildTimelinePlan(m_document->portfolio(), *sched, scenario.slips.isEmpty() ? nullptr : &scenario);

    // Show whole months around the plan.
    QDate first = m_plan.firstDate.isValid() ? m_plan.firstDate : QDate::currentDate();
    QDate last = m_plan.lastDate.isValid() ? m_plan.lastDate : first;
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1);
    m_firstDay = jd(first);
    m_lastDay = jd(last);
    // The plateau: the programme's start..end, widened to the status date (today when there is none),
    // within the plan; the whole plan when the programme has no dates.
    const auto &programme = m_document->portfolio().programme;
    double lo = programme.start.isValid() ? jd(programme.start) : m_firstDay;
    double hi = programme.end.isValid() ? jd(programme.end) : m_lastDay;
    const QDate status = programme.statusDate.isValid() ? programme.statusDate : m_state ? m_state->today() : QDate();
    if (status.isValid() && (programme.start.isValid() || programme.end.isValid())) {
        lo = std::min(lo, jd(status));
        hi = std::max(hi, jd(status));
    }
    lo = std::max(lo, m_firstDay);
    hi = std::min(hi, m_lastDay);
    if (hi - lo < kMinVisibleDays) { // the plateau misses the plan: show the plan
        lo = m_firstDay;
        hi = m_lastDay;
    }
    m_plateauFirst = lo;
    m_plateauLast = hi;
    if (m_userWindow)
        setWindow(m_viewFirst, m_viewLast);
    else
        setWindow(m_plateauFirst, m_plateauLast + 1);
    setContentY(m_contentY);
    emit layoutChanged();
    update();
}

void TimelineChart::paint(QPainter *p)
{
    // The painter's words in the application's language, from the catalogue the exports use.
    const rb::exporting::ExportLanguage lang(language());
    if (!m_hasSchedule || m_plan.rows.isEmpty()) {
        p->setFont(rb::exporting::chartFont(palette::kLabelPt));
        p->setPen(palette::mutedText());
        p->drawText(boundingRect(), Qt::AlignCenter,
                    m_hasSchedule ? QCoreApplication::translate("TimelineChart", "No post has dates to schedule.")
                                  : QCoreApplication::translate("TimelineChart",
                                                                "No schedule: the dependencies contain a cycle."));
        return;
    }
    const TimelineView v = view();
    rb::exporting::paintTimeline(*p, m_plan, v);
    // The legend under the rows, on white.
    const QRectF legend(0, v.area.bottom(), width(), height() - v.area.bottom());
    p->fillRect(legend, palette::background());
    p->setPen(palette::grid());
    p->drawLine(legend.topLeft(), legend.topRight());
    rb::exporting::paintTimelineLegend(*p, m_plan, legend.adjusted(12, 4, -12, 0), palette::kSmallPt);
}

QString TimelineChart::postAt(qreal, qreal y) const
{
    if (y < kHeaderHeight || y > kHeaderHeight + viewportHeight()) return {};
    const int row = int((y - kHeaderHeight + m_contentY) / rowHeight());
    if (row < 0 || row >= m_plan.rows.size() || m_plan.rows[row].bar < 0) return {};
    return m_plan.bars[m_plan.rows[row].bar].id;
}

QString TimelineChart::neighbour(int delta) const
{
    QStringList ids;
    int current = -1;
    for (const auto &row : m_plan.rows)
        if (row.bar >= 0) {
            if (m_plan.bars[row.bar].id == m_selected) current = int(ids.size());
            ids << m_plan.bars[row.bar].id;
        }
    if (ids.isEmpty()) return {};
    return ids[std::clamp(current < 0 ? 0 : current + delta, 0, int(ids.size()) - 1)];
}

QString TimelineChart::legendText() const
{
    const rb::exporting::ExportLanguage lang(language());
    return m_hasSchedule ? rb::exporting::timelineLegendText(m_plan) : QString();
}

QString TimelineChart::accessibleSummary() const
{
    const int critical
        = int(std::count_if(m_plan.bars.cbegin(), m_plan.bars.cend(), [](const auto &b) { return b.critical; }));
    const int done = int(std::count_if(m_plan.bars.cbegin(), m_plan.bars.cend(), [](const auto &b) { return b.done; }));
    const int running = int(std::count_if(m_plan.bars.cbegin(), m_plan.bars.cend(),
                                          [](const auto &b) { return b.remainderStart.isValid(); }));
    return QCoreApplication::translate("TimelineChart",
                                       "Gantt chart of %1 posts, %2 on the critical path, %3 done, %4 running. %5")
        .arg(m_plan.bars.size())
        .arg(critical)
        .arg(done)
        .arg(running)
        .arg(m_whatIf ? m_whatIf->summary() : QString());
}

} // namespace rb::ui
