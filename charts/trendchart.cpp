// trendchart.cpp
#include "charts/trendchart.h"

#include "model/palette.h"
#include "model/trends.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rb::exporting {

QList<TrendChart::Point> TrendChart::pointsOf(const QList<model::TrendPoint> &series)
{
    QList<Point> points;
    for (const model::TrendPoint &t : series) {
        Point p;
        p.kind = t.kind == model::TrendPoint::Kind::Baseline ? Point::Kind::Baseline
            : t.kind == model::TrendPoint::Kind::Snapshot    ? Point::Kind::Snapshot
                                                             : Point::Kind::Current;
        p.date = t.date;
        p.name = t.name;
        p.reason = t.reason;
        p.p80 = t.forecast.p80;
        p.probability = t.forecast.probabilityByEnd.value_or(-1);
        points << p;
    }
    return points;
}

namespace palette = rb::palette;

namespace {

constexpr qreal kLeft = 190, kRight = 40, kLegendLine = 30;

QString percent(double share) { return QStringLiteral("%1%").arg(qRound(share * 100)); }

void marker(QPainter &p, const QPointF &at, TrendChart::Point::Kind kind, const QColor &color)
{
    p.setPen(QPen(color, 3));
    switch (kind) {
    case TrendChart::Point::Kind::Baseline: {
        QPainterPath d;
        d.moveTo(at + QPointF(0, -11));
        d.lineTo(at + QPointF(11, 0));
        d.lineTo(at + QPointF(0, 11));
        d.lineTo(at + QPointF(-11, 0));
        d.closeSubpath();
        p.setBrush(palette::background());
        p.drawPath(d);
        break;
    }
    case TrendChart::Point::Kind::Snapshot:
        p.setBrush(palette::background());
        p.drawEllipse(at, 9, 9);
        break;
    case TrendChart::Point::Kind::Current:
        p.setBrush(color);
        p.drawEllipse(at, 11, 11);
        break;
    }
}

} // namespace

void TrendChart::paint(QPainter &painter, const QRectF &area) const
{
    QList<Point> known;
    for (const Point &p : m_input.points)
        if (p.date.isValid() && p.p80.isValid()) known << p;
    if (known.isEmpty()) {
        paintEmptyMessage(
            painter, area,
            translate("rb::exporting::Charts",
                      "No P80 finish is known for any version: take a baseline or give an earlier version"));
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont label = chartFont(palette::kLabelPt), small = chartFont(palette::kSmallPt),
                bold = chartFont(palette::kLabelPt, true);

    // The annotations: one line per baseline (the original promise and every re-plan) with its reason.
    QList<const Point *> baselines;
    for (const Point &p : known)
        if (p.kind == Point::Kind::Baseline) baselines << &p;
    const qreal legendHeight = kLegendLine * (baselines.size() + 1) + 10;
    const QRectF body(area.left(), area.top(), area.width(), area.height() - legendHeight);
    // Without burn-down counts (the application's panel) the P80 panel takes the whole body.
    const bool burnDown = !m_input.burnDown.isEmpty();
    const QRectF top(body.left() + kLeft, body.top() + 80, body.width() - kLeft - kRight,
                     (burnDown ? body.height() * 0.58 : body.height() - 40) - 80);
    const QRectF bottom(top.left(), top.bottom() + 90, top.width(), burnDown ? body.bottom() - top.bottom() - 140 : 0);

    // The time axis: from the earliest to the latest date of any point or burn-down count.
    QDate first = known.first().date, last = known.first().date;
    for (const Point &p : known) {
        first = std::min(first, p.date);
        last = std::max(last, p.date);
    }
    for (const BurnDown &b : m_input.burnDown)
        if (b.date.isValid()) {
            first = std::min(first, b.date);
            last = std::max(last, b.date);
        }
    const qreal span = std::max<qint64>(30, first.daysTo(last));
    const qreal pad = span * 0.08;
    const auto xOf
        = [&](const QDate &d) { return top.left() + (first.daysTo(d) + pad) / (span + 2 * pad) * top.width(); };

    // The finish axis: every P80 and the programme end, with a margin.
    QDate low = known.first().p80, high = known.first().p80;
    for (const Point &p : known) {
        low = std::min(low, p.p80);
        high = std::max(high, p.p80);
    }
    if (m_input.programmeEnd.isValid()) {
        low = std::min(low, m_input.programmeEnd);
        high = std::max(high, m_input.programmeEnd);
    }
    low = QDate(low.year(), low.month(), 1).addMonths(-1);
    high = QDate(high.year(), high.month(), 1).addMonths(3); // room for the labels above the points
    const qreal ySpan = std::max<qint64>(1, low.daysTo(high));
    const auto yOf = [&](const QDate &d) { return top.bottom() - low.daysTo(d) / ySpan * top.height(); };

    // Panel title and legend.
    painter.setFont(bold);
    painter.setPen(palette::text());
    painter.drawText(QRectF(area.left(), body.top(), top.right() - area.left(), 40), Qt::AlignLeft | Qt::AlignVCenter,
                     translate("rb::exporting::Charts", "P80 finish (80% of the simulation runs finish by then)"));
    painter.setFont(small);
    {
        qreal x = top.right();
        const QList<QPair<Point::Kind, QString>> keys
            = {{Point::Kind::Current, translate("rb::exporting::Charts", "now")},
               {Point::Kind::Snapshot, translate("rb::exporting::Charts", "earlier version")},
               {Point::Kind::Baseline, translate("rb::exporting::Charts", "baseline (recorded)")}};
        for (const auto &k : keys) {
            if (std::none_of(known.begin(), known.end(), [&](const Point &p) { return p.kind == k.first; }))
                continue; // only what is drawn
            const qreal w = painter.fontMetrics().horizontalAdvance(k.second);
            x -= w;
            painter.setPen(palette::mutedText());
            painter.drawText(QRectF(x, body.top() + 5, w, 30), Qt::AlignLeft | Qt::AlignVCenter, k.second);
            marker(painter, QPointF(x - 20, body.top() + 20), k.first,
                   k.first == Point::Kind::Current ? palette::critical() : palette::current());
            x -= 60;
        }
    }

    // Finish grid: the first of every few months, labelled.
    painter.setFont(small);
    const int months = (high.year() - low.year()) * 12 + high.month() - low.month();
    const int step
        = std::max({1, int(std::ceil(months / 6.0)), int(std::ceil(months * 40.0 / std::max<qreal>(1, top.height())))});
    for (QDate d = low; d <= high; d = d.addMonths(step)) {
        const qreal y = yOf(d);
        painter.setPen(QPen(palette::grid(), 1));
        painter.drawLine(QPointF(top.left(), y), QPointF(top.right(), y));
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(area.left(), y - 15, kLeft - 12, 30), Qt::AlignRight | Qt::AlignVCenter,
                         shortDate(d).section(QLatin1Char(' '), 1));
    }
    painter.setPen(QPen(palette::text(), 1.5));
    painter.drawLine(top.bottomLeft(), top.bottomRight());

    // The programme end: the promise every P80 is measured against.
    if (m_input.programmeEnd.isValid()) {
        const qreal y = yOf(m_input.programmeEnd);
        painter.setPen(QPen(palette::absorbed(), 3, Qt::DashLine));
        painter.drawLine(QPointF(top.left(), y), QPointF(top.right(), y));
        painter.setPen(palette::absorbed());
        painter.setFont(small);
        painter.drawText(QRectF(top.left() + 8, y - 32, top.width() / 2, 30), Qt::AlignLeft | Qt::AlignBottom,
                         translate("rb::exporting::Charts", "Programme end %1").arg(shortDate(m_input.programmeEnd)));
    }

    // Re-plans: a thin line through both panels at each baseline, numbered as in the list below.
    for (int i = 0; i < baselines.size(); ++i) {
        const qreal x = xOf(baselines[i]->date);
        painter.setPen(QPen(palette::previous(), 1.5, Qt::DotLine));
        painter.drawLine(QPointF(x, top.top()), QPointF(x, burnDown ? bottom.bottom() : top.bottom()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette::text());
        const QPointF c(x, top.top() - 4);
        painter.drawEllipse(c, 15, 15);
        painter.setPen(palette::background());
        painter.setFont(chartFont(palette::kSmallPt, true));
        painter.drawText(QRectF(c.x() - 15, c.y() - 15, 30, 30), Qt::AlignCenter, QString::number(i + 1));
    }

    // The P80 line and its points, each labelled with its date and, when known, the chance of the end.
    QPolygonF line;
    for (const Point &p : known) line << QPointF(xOf(p.date), yOf(p.p80));
    painter.setPen(QPen(palette::current(), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
    painter.setFont(small);
    QDate previousDate;
    for (int i = 0; i < known.size(); ++i) {
        const Point &p = known[i];
        const QColor color = p.kind == Point::Kind::Current ? palette::critical() : palette::current();
        marker(painter, line[i], p.kind, color);
        QString text = shortDate(p.p80);
        if (p.probability >= 0)
            text += QLatin1Char('\n') + translate("rb::exporting::Charts", "%1 by the end").arg(percent(p.probability));
        const bool below = p.date == previousDate; // two versions on one day: the second labelled below
        const QRectF box(line[i].x() - 110, below ? line[i].y() + 16 : line[i].y() - 70, 220, 54);
        painter.setPen(p.kind == Point::Kind::Current ? palette::critical() : palette::text());
        drawTextLines(painter, box, Qt::AlignHCenter | (below ? Qt::AlignTop : Qt::AlignBottom), text);
        previousDate = p.date;
    }

    // Risk burn-down: open risks per exposure step, highest step at the bottom.
    if (burnDown) {
        painter.setFont(bold);
        painter.setPen(palette::text());
        painter.drawText(
            QRectF(area.left(), bottom.top() - 60, bottom.right() - area.left(), 36), Qt::AlignLeft | Qt::AlignVCenter,
            translate("rb::exporting::Charts", "Open risks by exposure (probability × impact, residual when scored)"));
        int maxTotal = 1;
        for (const BurnDown &b : m_input.burnDown) {
            int total = 0;
            for (int n : b.open) total += n;
            maxTotal = std::max(maxTotal, total);
        }
        painter.setPen(QPen(palette::text(), 1.5));
        painter.drawLine(bottom.bottomLeft(), bottom.bottomRight());
        painter.setFont(small);
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(area.left(), bottom.top() - 15, kLeft - 12, 30), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(maxTotal));
        painter.drawText(QRectF(area.left(), bottom.bottom() - 15, kLeft - 12, 30), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("0"));
        const qreal barWidth = 56;
        for (const BurnDown &b : m_input.burnDown) {
            if (!b.date.isValid()) continue;
            const qreal x = xOf(b.date);
            qreal y = bottom.bottom();
            int total = 0;
            for (int band = 5; band >= 0; --band) {
                if (b.open[band] <= 0) continue;
                const qreal h = b.open[band] * bottom.height() / maxTotal;
                const QRectF bar(x - barWidth / 2, y - h, barWidth, h);
                painter.fillRect(bar, band == 0 ? palette::grid() : palette::score(band));
                if (h >= 22) {
                    painter.setPen(band == 0 ? palette::text() : palette::onScore(band));
                    painter.drawText(bar, Qt::AlignCenter, QString::number(b.open[band]));
                }
                y -= h;
                total += b.open[band];
            }
            painter.setPen(palette::text());
            painter.drawText(QRectF(x - 60, y - 30, 120, 28), Qt::AlignHCenter | Qt::AlignBottom,
                             QString::number(total));
            painter.setPen(palette::mutedText());
            painter.drawText(QRectF(x - 90, bottom.bottom() + 6, 180, 28), Qt::AlignHCenter | Qt::AlignTop,
                             shortDate(b.date));
        }
        // Step colours, as the risk matrix's.
        {
            qreal x = bottom.right();
            for (int band = 0; band <= 5; ++band) {
                static const char *const names[] = {
                    QT_TRANSLATE_NOOP("rb::exporting::Charts", "not scored"), "1–2", "3–5", "6–11", "12–19", "20–25"};
                const QString name
                    = band == 0 ? translate("rb::exporting::Charts", names[0]) : QString::fromUtf8(names[band]);
                const qreal w = painter.fontMetrics().horizontalAdvance(name);
                x -= w;
                painter.setPen(palette::mutedText());
                painter.drawText(QRectF(x, bottom.top() - 58, w, 30), Qt::AlignLeft | Qt::AlignVCenter, name);
                painter.fillRect(QRectF(x - 26, bottom.top() - 52, 20, 20),
                                 band == 0 ? palette::grid() : palette::score(band));
                x -= 46;
            }
        }
    } // burnDown

    // The list of baselines with their reasons.
    qreal y = body.bottom() + 10;
    painter.setFont(small);
    painter.setPen(palette::text());
    for (int i = 0; i < baselines.size(); ++i, y += kLegendLine) {
        const Point &b = *baselines[i];
        const QString text
            = translate("rb::exporting::Charts", "%1  %2, %3: %4").arg(i + 1).arg(b.name, shortDate(b.date), b.reason);
        painter.drawText(QRectF(area.left(), y, area.width(), kLegendLine), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(small, text, area.width()));
    }
    painter.setPen(palette::mutedText());
    painter.drawText(
        QRectF(area.left(), y, area.width(), kLegendLine), Qt::AlignLeft | Qt::AlignVCenter,
        elided(
            small,
            translate(
                "rb::exporting::Charts",
                "A baseline records its P80 only; the chance of finishing by the end is known for simulated versions."),
            area.width()));
    painter.restore();
}

} // namespace rb::exporting
