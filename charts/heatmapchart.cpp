// heatmapchart.cpp
#include "charts/heatmapchart.h"

#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rb::exporting {

void paintNotAssessedCell(QPainter &painter, const QRectF &cell)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette::score(0));
    painter.drawRect(cell);
    QBrush hatch(palette::grid().darker(115), Qt::BDiagPattern);
    // Pattern brushes are in device pixels; a scaled transform keeps them visible on every device.
    hatch.setTransform(QTransform::fromScale(2, 2));
    painter.setBrush(hatch);
    painter.drawRect(cell);
    painter.setPen(QPen(palette::mutedText(), 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -1, -1));
    painter.restore();
}

void HeatmapChart::paint(QPainter &painter, const QRectF &area) const
{
    const auto &rows = m_input.rows;
    const int columns = int(m_input.factors.size());
    if (rows.isEmpty() || columns == 0) {
        paintEmptyMessage(painter, area, translate("rb::exporting::Charts", "No posts to show"));
        return;
    }
    const QFont label = chartFont(palette::kSmallPt);
    const QFont header = chartFont(palette::kSmallPt, true);
    const qreal legendH = 48;
    const qreal headerH = QFontMetricsF(header).height() * 3.3;
    const qreal labelW = qMin(area.width() * 0.34, 560.0);
    const qreal rowH = qMin(56.0, (area.height() - headerH - legendH) / rows.size());
    const qreal cellW = (area.width() - labelW - 110) / columns;
    const QFont number = chartFont(rowH > 34 ? palette::kLabelPt : palette::kSmallPt, true);

    // Column headers: factor names, wrapped onto up to three lines.
    painter.setFont(header);
    painter.setPen(palette::text());
    for (int c = 0; c < columns; ++c)
        drawTextLines(painter, QRectF(area.left() + labelW + c * cellW + 4, area.top(), cellW - 8, headerH),
                      Qt::AlignHCenter | Qt::AlignBottom, m_input.factors[c]);
    painter.drawText(QRectF(area.left() + labelW + columns * cellW + 8, area.top(), 110, headerH),
                     Qt::AlignLeft | Qt::AlignBottom, translate("rb::exporting::Charts", "Assessed"));

    qreal y = area.top() + headerH + 6;
    for (const Row &r : rows) {
        // Theme stripe + id + title.
        painter.fillRect(QRectF(area.left(), y + 2, 8, rowH - 4), palette::theme(r.theme));
        painter.setFont(chartFont(palette::kSmallPt, true));
        painter.setPen(palette::text());
        painter.drawText(QRectF(area.left() + 16, y, 90, rowH), Qt::AlignLeft | Qt::AlignVCenter, r.postId);
        painter.setFont(label);
        painter.drawText(QRectF(area.left() + 106, y, labelW - 116, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(label, r.postTitle, labelW - 116));
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(area.left() + labelW + c * cellW + 2, y + 2, cellW - 4, rowH - 4);
            const int s = c < r.scores.size() ? r.scores[c] : 0;
            if (s == 0) {
                paintNotAssessedCell(painter, cell);
                painter.setFont(label);
                painter.setPen(palette::mutedText());
                painter.drawText(cell, Qt::AlignCenter, translate("rb::exporting::Charts", "n/a"));
            } else {
                painter.fillRect(cell, palette::score(s));
                painter.setFont(number);
                painter.setPen(palette::onScore(s));
                painter.drawText(cell, Qt::AlignCenter, QString::number(s));
            }
        }
        painter.setFont(label);
        painter.setPen(r.assessed.isEmpty() ? palette::critical() : palette::mutedText());
        painter.drawText(QRectF(area.left() + labelW + columns * cellW + 8, y, 110, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         r.assessed.isEmpty() ? translate("rb::exporting::Charts", "never") : r.assessed);
        y += rowH;
    }

    // Legend: the five steps and the not-assessed look.
    const qreal ly = area.bottom() - legendH + 12;
    qreal lx = area.left() + labelW;
    painter.setFont(label);
    const QStringList meaning
        = {translate("rb::exporting::Charts", "under control"), translate("rb::exporting::Charts", "largely"),
           translate("rb::exporting::Charts", "partly"), translate("rb::exporting::Charts", "poorly"),
           translate("rb::exporting::Charts", "not under control")};
    for (int s = 1; s <= 5; ++s) {
        const QRectF box(lx, ly, 34, 30);
        painter.fillRect(box, palette::score(s));
        painter.setPen(palette::onScore(s));
        painter.drawText(box, Qt::AlignCenter, QString::number(s));
        painter.setPen(palette::text());
        const qreal w = QFontMetricsF(label).horizontalAdvance(meaning[s - 1]) + 24;
        painter.drawText(QRectF(box.right() + 6, ly, w, 30), Qt::AlignLeft | Qt::AlignVCenter, meaning[s - 1]);
        lx = box.right() + 6 + w;
    }
    const QRectF na(lx, ly, 48, 30);
    paintNotAssessedCell(painter, na);
    painter.setPen(palette::mutedText());
    painter.drawText(na, Qt::AlignCenter, translate("rb::exporting::Charts", "n/a"));
    painter.drawText(QRectF(na.right() + 6, ly, 200, 30), Qt::AlignLeft | Qt::AlignVCenter,
                     translate("rb::exporting::Charts", "not assessed"));
}

} // namespace rb::exporting
