// timelinechart.cpp
#include "qml/timelinechart.h"

#include "model/palette.h"
#include "model/scheduleadapter.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/theme.h"
#include "qml/whatifcontroller.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace rb::ui {

namespace an = rb::analysis;
using rb::model::fromDayNumber;
using rb::model::toDayNumber;

namespace {
constexpr qreal kMinRow = 30, kMaxRow = 36; // px: bars of 19 px and more, readable on a projector
constexpr qreal kBarShare = 0.64;           // of the row height
constexpr double kMinVisibleDays = 28;      // zoom limit: about a month across the chart
QFont font(int pt, bool bold = false)
{
    QFont f(QString::fromLatin1(palette::kFontFamily));
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}
} // namespace

TimelineChart::TimelineChart(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAntialiasing(true);
    setFillColor(palette::background());
    if (WhatIfController *w = WhatIfController::instance())
        connect(w, &WhatIfController::scenarioChanged, this, [this] {
            rebuildRows();
            update();
        });
    if (DocumentController *d = DocumentController::instance()) {
        connect(d, &DocumentController::documentChanged, this, [this] {
            rebuildRows();
            update();
        });
        // Save As renames the document without making it another one.
        connect(d, &DocumentController::fileNameChanged, this, [this, d] { m_fileName = d->fileName(); });
    }
    // Theme headers are translated here; the today line follows AppState.
    if (AppState *app = AppState::instance()) {
        connect(app, &AppState::languageChanged, this, [this] {
            rebuildRows();
            update();
        });
        connect(app, &AppState::todayChanged, this, [this] { update(); });
    }
    rebuildRows();
}

void TimelineChart::setSelectedPostId(const QString &id)
{
    if (m_selected == id) return;
    m_selected = id;
    emit selectedPostIdChanged();
    update();
}

void TimelineChart::setContentY(qreal y)
{
    y = std::clamp(y, 0.0, std::max(0.0, contentHeight() - (height() - kHeaderHeight)));
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
    if (m_rows.isEmpty()) return kMinRow;
    return std::clamp((height() - kHeaderHeight - 8) / m_rows.size(), kMinRow, kMaxRow);
}

qreal TimelineChart::barHeight() const { return rowHeight() * kBarShare; }

qreal TimelineChart::contentHeight() const { return m_rows.size() * rowHeight(); }

qreal TimelineChart::xOf(double day) const
{
    const qreal w = std::max(1.0, width() - kLabelWidth - 24);
    return kLabelWidth + (day - m_viewFirst) * w / std::max(1.0, m_viewLast - m_viewFirst);
}

QDate TimelineChart::windowStart() const { return fromDayNumber(int(std::floor(m_viewFirst))); }
QDate TimelineChart::windowEnd() const { return fromDayNumber(int(std::ceil(m_viewLast)) - 1); }

QString TimelineChart::windowText() const
{
    return QCoreApplication::translate("TimelineChart", "%1 – %2")
        .arg(QLocale().toString(windowStart(), QLocale::ShortFormat), QLocale().toString(windowEnd(), QLocale::ShortFormat));
}

void TimelineChart::setWindow(double first, double last)
{
    // Never narrower than a month, never wider than the plan (plus the plateau when it reaches further).
    const double lo = std::min<double>(m_firstDay, m_plateauFirst), hi = std::max<double>(m_lastDay, m_plateauLast) + 1;
    double span = std::clamp(last - first, kMinVisibleDays, hi - lo);
    first = std::clamp(first, lo, hi - span);
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
    setWindow(anchor - (anchor - m_viewFirst) * newSpan / span, anchor - (anchor - m_viewFirst) * newSpan / span + newSpan);
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

std::vector<TimelineChart::Tick> TimelineChart::ticks() const
{
    const qreal chartW = std::max(1.0, width() - kLabelWidth - 24);
    const double span = std::max(1.0, m_viewLast - m_viewFirst);
    const qreal pxPerDay = chartW / span;
    const QFontMetricsF fm(font(palette::kSmallPt));
    const QLocale locale;
    const QString monthYear = QStringLiteral("MMM yyyy"), dayMonth = QStringLiteral("d MMM");
    // The finest step whose usual label fits with a gap: weeks ("30 Sep"), months ("Sep"), years
    // ("2019"). A label that also names its year may push the next one out (see below).
    struct Step {
        int weeks = 0, months = 0;
        double days() const { return weeks ? weeks * 7.0 : months * 30.44; }
    };
    static constexpr Step kSteps[] = {{1, 0}, {2, 0}, {0, 1}, {0, 3}, {0, 6}, {0, 12}, {0, 24}, {0, 60}, {0, 120}};
    const qreal gap = 16;
    auto widest = [&](const Step &st) {
        return fm.horizontalAdvance(st.weeks ? locale.toString(QDate(2000, 9, 30), dayMonth)
                                    : st.months < 12 ? locale.toString(QDate(2000, 9, 1), QStringLiteral("MMM"))
                                                     : QStringLiteral("0000"));
    };
    Step step = kSteps[std::size(kSteps) - 1];
    for (const Step &st : kSteps)
        if (pxPerDay * st.days() >= widest(st) + gap) {
            step = st;
            break;
        }

    // Candidates in date order: month starts (grid lines; labelled on the month steps) and, on the
    // week steps, Mondays. A label carries its year when it is the first or the year changed.
    struct Candidate {
        QDate date;
        bool major = false, labelled = false;
    };
    std::vector<Candidate> candidates;
    const QDate first = fromDayNumber(int(std::floor(m_viewFirst)));
    const QDate last = fromDayNumber(int(std::ceil(m_viewLast)));
    const bool monthGrid = pxPerDay * 30.44 >= 8; // thinner than that, month lines would grey the chart out
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1)) {
        const bool yearStart = m.month() == 1;
        const bool labelled = step.months && (m.year() * 12 + m.month() - 1) % step.months == 0;
        if (labelled || monthGrid || yearStart) candidates.push_back({m, yearStart, labelled});
    }
    if (step.weeks) {
        for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7))
            if ((monday.toJulianDay() / 7) % step.weeks == 0) candidates.push_back({monday, false, true});
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.date < b.date; });
    }
    auto labelOf = [&](const QDate &d, bool withYear) {
        if (step.months >= 12) return QString::number(d.year());
        if (step.weeks) return locale.toString(d, withYear ? QStringLiteral("d MMM yyyy") : dayMonth);
        return locale.toString(d, withYear ? monthYear : QStringLiteral("MMM"));
    };

    // Left to right, never over the previous label, never past the right edge.
    std::vector<Tick> out;
    qreal lastRight = -1e9;
    int lastYear = 0;
    for (const Candidate &c : candidates) {
        Tick t;
        t.x = xOf(toDayNumber(c.date));
        t.major = c.major;
        if (t.x < kLabelWidth - 0.5 || t.x > width()) continue; // a tick on the left edge (the plateau's start) counts
        if (c.labelled) {
            const QString text = labelOf(c.date, c.date.year() != lastYear);
            const QRectF r(t.x + 3, 4, fm.horizontalAdvance(text) + 2, kHeaderHeight - 12);
            if (r.left() >= lastRight + 6 && r.right() <= width()) {
                t.label = text;
                t.labelRect = r;
                lastRight = r.right();
                lastYear = c.date.year();
            }
        }
        out.push_back(t);
    }
    // The period in view is always named: when the first label is far from the left edge (or there
    // is none), the month and year of the window's start stand there, without a grid line of their own.
    const auto firstLabel = std::find_if(out.begin(), out.end(), [](const Tick &t) { return !t.label.isEmpty(); });
    Tick context;
    context.x = kLabelWidth;
    context.label = step.months >= 12 ? QString::number(first.year()) : locale.toString(first, monthYear);
    context.labelRect = QRectF(kLabelWidth + 3, 4, fm.horizontalAdvance(context.label) + 2, kHeaderHeight - 12);
    const bool far = firstLabel == out.end() || firstLabel->labelRect.left() > kLabelWidth + chartW / 4;
    if (far && (firstLabel == out.end() || context.labelRect.right() + 6 <= firstLabel->labelRect.left()))
        out.insert(out.begin(), context);
    return out;
}

QVariantList TimelineChart::axisLabelRects() const
{
    QVariantList rects;
    for (const Tick &t : ticks())
        if (!t.label.isEmpty()) rects << t.labelRect;
    return rects;
}

QStringList TimelineChart::axisLabels() const
{
    QStringList labels;
    for (const Tick &t : ticks())
        if (!t.label.isEmpty()) labels << t.label;
    return labels;
}

void TimelineChart::rebuildRows()
{
    m_rows.clear();
    m_rowOfTask.clear();
    WhatIfController *w = WhatIfController::instance();
    DocumentController *d = DocumentController::instance();
    const auto sched = w ? w->schedule() : nullptr;
    if (!sched || !d) {
        emit layoutChanged();
        return;
    }
    if (d->fileName() != m_fileName) { // another document opens on its own plateau
        m_fileName = d->fileName();
        m_userWindow = false;
    }
    const auto &posts = d->portfolio().posts;
    const auto &dates = sched->schedule().tasks;
    std::vector<int> order(posts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (posts[a].theme != posts[b].theme) return posts[a].theme < posts[b].theme;
        return dates[a].earlyStart < dates[b].earlyStart;
    });
    int theme = -1;
    m_firstDay = INT_MAX;
    m_lastDay = INT_MIN;
    for (int t : order) {
        if (posts[t].theme != theme) {
            theme = posts[t].theme;
            QString name;
            for (const auto &th : d->portfolio().programme.themes)
                if (th.id == theme) name = th.name;
            m_rows.append({theme, -1, QCoreApplication::translate("TimelineChart", "Theme %1 %2").arg(theme).arg(name)});
        }
        m_rowOfTask.insert(t, int(m_rows.size()));
        m_rows.append({theme, t, QStringLiteral("%1  %2").arg(posts[t].id, posts[t].title)});
        const auto [s, f] = w->datesOf(std::uint32_t(t));
        m_firstDay = std::min({m_firstDay, s, dates[t].earlyStart});
        m_lastDay = std::max({m_lastDay, f, dates[t].lateFinish});
        if (posts[t].deadline.isValid())
            m_lastDay = std::max(m_lastDay, toDayNumber(posts[t].deadline));
    }
    // Show whole months around the plan.
    QDate first = fromDayNumber(m_firstDay), last = fromDayNumber(m_lastDay);
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1);
    m_firstDay = toDayNumber(first);
    m_lastDay = toDayNumber(last);
    // The default window: the current plateau — the programme's start..end, widened to the status date
    // (or today) — within the plan; the whole plan when the programme has no dates.
    const auto &programme = d->portfolio().programme;
    int lo = programme.start.isValid() ? toDayNumber(programme.start) : m_firstDay;
    int hi = programme.end.isValid() ? toDayNumber(programme.end) : m_lastDay;
    const AppState *app = AppState::instance();
    const QDate status = programme.statusDate.isValid() ? programme.statusDate : app ? app->today() : QDate();
    if (status.isValid() && (programme.start.isValid() || programme.end.isValid())) {
        lo = std::min(lo, toDayNumber(status));
        hi = std::max(hi, toDayNumber(status));
    }
    lo = std::max(lo, m_firstDay);
    hi = std::min(hi, m_lastDay);
    if (hi - lo < kMinVisibleDays) { // the plateau misses the plan: show the plan
        lo = m_firstDay;
        hi = m_lastDay;
    }
    m_plateauFirst = lo;
    m_plateauLast = hi;
    if (m_userWindow) setWindow(m_viewFirst, m_viewLast);
    else setWindow(m_plateauFirst, m_plateauLast + 1);
    emit layoutChanged();
}

void TimelineChart::paint(QPainter *p)
{
    WhatIfController *w = WhatIfController::instance();
    const auto sched = w ? w->schedule() : nullptr;
    if (!sched || m_rows.isEmpty()) {
        p->setFont(font(palette::kLabelPt));
        p->setPen(palette::mutedText());
        p->drawText(boundingRect(), Qt::AlignCenter,
                    QCoreApplication::translate("TimelineChart", "No schedule: the dependencies contain a cycle."));
        return;
    }
    const auto &posts = DocumentController::instance()->portfolio().posts;
    const auto &dates = sched->schedule().tasks;
    const qreal rh = rowHeight();
    const qreal top = kHeaderHeight - m_contentY;
    auto rowY = [&](int row) { return top + row * rh; };

    // Grid and axis labels (ticks() keeps labels apart).
    p->setFont(font(palette::kSmallPt));
    for (const Tick &t : ticks()) {
        p->setPen(QPen(t.major ? palette::mutedText() : palette::grid(), t.major ? 1.5 : 1));
        p->drawLine(QPointF(t.x, kHeaderHeight - 8), QPointF(t.x, height()));
        if (t.label.isEmpty()) continue;
        p->setPen(palette::mutedText());
        p->drawText(t.labelRect, Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }

    p->save();
    p->setClipRect(QRectF(0, kHeaderHeight, width(), height() - kHeaderHeight));
    // Rows: zebra, theme headers, selection.
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        const QRectF band(0, rowY(r), width(), rh);
        if (band.bottom() < kHeaderHeight || band.top() > height()) continue;
        if (row.task < 0) {
            p->fillRect(band, QColor(0xee, 0xef, 0xf2));
            p->fillRect(QRectF(0, band.top(), 6, rh), palette::theme(row.theme));
            p->setPen(palette::text());
            p->setFont(font(palette::kSmallPt, true));
            p->drawText(band.adjusted(14, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, row.label);
            continue;
        }
        const bool selected = posts[row.task].id == m_selected;
        if (selected) p->fillRect(band, QColor(0xdb, 0xea, 0xf7));
        p->setPen(posts[row.task].kind == rb::model::PostKind::External ? palette::external() : palette::text());
        p->setFont(font(palette::kSmallPt, selected));
        p->drawText(band.adjusted(14, 0, -(width() - kLabelWidth) - 8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    p->fontMetrics().elidedText(row.label, Qt::ElideRight, int(kLabelWidth - 24)));
    }

    // Arrows and bars stay right of the labels: a zoomed window cuts them at its edges.
    p->setClipRect(QRectF(kLabelWidth, kHeaderHeight, width() - kLabelWidth, height() - kHeaderHeight));
    // Dependency arrows (under the bars): from the predecessor's bar end to the successor's bar start.
    const auto &net = sched->network();
    for (const an::Link &l : net.links()) {
        if (!m_rowOfTask.contains(int(l.from)) || !m_rowOfTask.contains(int(l.to))) continue;
        const auto [fs, ff] = w->datesOf(l.from);
        const auto [ts, tf] = w->datesOf(l.to);
        const bool fromEnd = l.type == an::LinkType::FS || l.type == an::LinkType::FF;
        const bool toEnd = l.type == an::LinkType::FF || l.type == an::LinkType::SF;
        const qreal x1 = fromEnd ? xOf(ff + 1) : xOf(fs);
        const qreal x2 = toEnd ? xOf(tf + 1) : xOf(ts);
        const qreal y1 = rowY(m_rowOfTask[int(l.from)]) + rh / 2, y2 = rowY(m_rowOfTask[int(l.to)]) + rh / 2;
        const bool crit = dates[l.from].critical && dates[l.to].critical;
        p->setPen(QPen(crit ? palette::critical() : QColor(0x8a, 0x8a, 0x8a), crit ? 1.6 : 1.0));
        QPainterPath path(QPointF(x1, y1));
        const qreal midX = std::max(x1 + 6, std::min(x2 - 6, x1 + 6));
        path.lineTo(midX, y1);
        path.lineTo(midX, y2);
        path.lineTo(x2, y2);
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        const qreal dir = x2 >= midX ? 1 : -1;
        QPolygonF head{QPointF(x2, y2), QPointF(x2 - 6 * dir, y2 - 4), QPointF(x2 - 6 * dir, y2 + 4)};
        p->setBrush(p->pen().color());
        p->drawPolygon(head);
    }

    // Bars.
    for (auto it = m_rowOfTask.cbegin(); it != m_rowOfTask.cend(); ++it) {
        const int t = it.key();
        const qreal y = rowY(it.value());
        if (y + rh < kHeaderHeight || y > height()) continue;
        const auto &post = posts[t];
        const an::TaskDates &d = dates[t];
        const qreal barH = rh * kBarShare, barTop = y + (rh - barH) / 2;
        const bool external = post.kind == rb::model::PostKind::External;
        const bool moved = w->isAffected(std::uint32_t(t));
        const auto [s, f] = w->datesOf(std::uint32_t(t));
        const bool milestone = d.earlyFinish == d.earlyStart && post.plannedDurationDays() == 0;
        if (moved) { // ghosted baseline
            p->setPen(Qt::NoPen);
            p->setBrush(palette::baseline());
            p->drawRect(QRectF(xOf(d.earlyStart), barTop + barH * 0.55, xOf(d.earlyFinish + 1) - xOf(d.earlyStart), barH * 0.45));
        }
        QColor fill = d.critical ? palette::critical() : palette::theme(post.theme);
        if (external) fill = QColor(0xd9, 0xd9, 0xd9);
        if (post.status == rb::model::PostStatus::Done) fill = fill.lighter(135);
        if (milestone) {
            const qreal cx = xOf(s), cy = y + rh / 2, r = barH / 2;
            p->setPen(QPen(palette::text(), 1));
            p->setBrush(fill);
            p->drawPolygon(QPolygonF{QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)});
        } else {
            const QRectF bar(xOf(s), barTop, std::max(4.0, xOf(f + 1) - xOf(s)), moved ? barH * 0.55 : barH);
            QPen pen(external ? palette::external() : fill.darker(140), 1);
            if (external) pen.setStyle(Qt::DashLine);
            p->setPen(pen);
            p->setBrush(fill);
            p->drawRect(bar);
            if (moved && w->slipOf(post.id) == 0) { // pushed by a predecessor: slip shown in the slip colour
                p->setPen(QPen(palette::slip(), 2));
                p->drawLine(QPointF(xOf(d.earlyFinish + 1), barTop), QPointF(xOf(f + 1), barTop));
            }
        }
        // Float: a thin bar from the early finish to the late finish (baseline float).
        if (d.totalFloat > 0 && !moved) {
            p->setPen(Qt::NoPen);
            p->setBrush(w->isAbsorbed(std::uint32_t(t)) ? palette::absorbed() : QColor(0x9a, 0x9a, 0x9a));
            p->drawRect(QRectF(xOf(f + 1), y + rh / 2 - 1.5, xOf(d.lateFinish + 1) - xOf(f + 1), 3));
        }
        if (w->isAbsorbed(std::uint32_t(t))) { // reached by a slip but absorbed by float
            p->setPen(QPen(palette::absorbed(), 2));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QPointF(xOf(s) - 8, y + rh / 2), 4, 4);
        }
        if (post.deadline.isValid()) { // deadline: a downward triangle and a short line
            const qreal x = xOf(toDayNumber(post.deadline) + 1);
            p->setPen(QPen(warningColor(), 2));
            p->drawLine(QPointF(x, y + 2), QPointF(x, y + rh - 2));
            p->setBrush(warningColor());
            p->drawPolygon(QPolygonF{QPointF(x - 5, y + 1), QPointF(x + 5, y + 1), QPointF(x, y + 7)});
        }
    }
    p->restore();

    // Today line over everything.
    const AppState *app = AppState::instance();
    const int today = toDayNumber(app ? app->today() : QDate::currentDate());
    if (today >= m_viewFirst && today <= m_viewLast && xOf(today) >= kLabelWidth) {
        const qreal x = xOf(today);
        p->setPen(QPen(palette::today(), 2, Qt::DashLine));
        p->drawLine(QPointF(x, kHeaderHeight - 4), QPointF(x, height()));
        // Its label just below the axis, on white: never over an axis label.
        p->setFont(font(palette::kSmallPt, true));
        const QString label = QCoreApplication::translate("TimelineChart", "today");
        const QRectF box(x + 3, kHeaderHeight + 2, p->fontMetrics().horizontalAdvance(label) + 8, p->fontMetrics().height() + 2);
        p->fillRect(box, palette::background());
        p->setPen(palette::today());
        p->drawText(box, Qt::AlignCenter, label);
    }
}

QString TimelineChart::postAt(qreal, qreal y) const
{
    if (y < kHeaderHeight) return {};
    const int row = int((y - kHeaderHeight + m_contentY) / rowHeight());
    if (row < 0 || row >= m_rows.size() || m_rows[row].task < 0) return {};
    return DocumentController::instance()->portfolio().posts[m_rows[row].task].id;
}

QString TimelineChart::neighbour(int delta) const
{
    const auto &posts = DocumentController::instance()->portfolio().posts;
    QList<int> taskRows;
    int current = -1;
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].task >= 0) {
            if (posts[m_rows[r].task].id == m_selected) current = int(taskRows.size());
            taskRows.append(m_rows[r].task);
        }
    if (taskRows.isEmpty()) return {};
    const int next = std::clamp(current < 0 ? 0 : current + delta, 0, int(taskRows.size()) - 1);
    return posts[taskRows[next]].id;
}

QString TimelineChart::accessibleSummary() const
{
    int critical = 0, tasks = 0;
    WhatIfController *w = WhatIfController::instance();
    const auto sched = w ? w->schedule() : nullptr;
    if (sched)
        for (const auto &d : sched->schedule().tasks) {
            ++tasks;
            critical += d.critical ? 1 : 0;
        }
    return QCoreApplication::translate("TimelineChart", "Gantt chart of %1 posts, %2 on the critical path. %3")
        .arg(tasks)
        .arg(critical)
        .arg(w ? w->summary() : QString());
}

} // namespace rb::ui
