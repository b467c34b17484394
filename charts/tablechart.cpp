// tablechart.cpp
#include "charts/tablechart.h"

#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <numeric>

namespace rb::exporting {

void TableChart::paint(QPainter &painter, const QRectF &area) const
{
    // Label size while ten rows of two lines fit the slide, the small size beyond.
    const bool roomy = m_input.rows.size() <= 10;
    const QFont head = chartFont(roomy ? palette::kLabelPt : palette::kSmallPt, true);
    const QFont body = chartFont(roomy ? palette::kLabelPt : palette::kSmallPt);
    const qreal noteH = m_input.note.isEmpty() ? 0 : 40;
    if (m_input.rows.isEmpty()) {
        paintEmptyMessage(painter, area, m_input.empty);
        return;
    }
    const qreal total = std::accumulate(m_input.widths.begin(), m_input.widths.end(), 0.0);
    QList<qreal> x{area.left()};
    for (qreal w : m_input.widths) x << x.last() + area.width() * w / total;
    const qreal headH = QFontMetricsF(head).height() + 16;
    const qreal rowH
        = qMin(2.0 * QFontMetricsF(body).lineSpacing() + 18, (area.height() - headH - noteH) / m_input.rows.size());

    painter.fillRect(QRectF(area.left(), area.top(), area.width(), headH), palette::grid());
    painter.setFont(head);
    painter.setPen(palette::text());
    for (int c = 0; c < m_input.headers.size(); ++c)
        painter.drawText(QRectF(x[c] + 8, area.top(), x[c + 1] - x[c] - 16, headH), Qt::AlignLeft | Qt::AlignVCenter,
                         m_input.headers[c]);
    qreal y = area.top() + headH;
    static const QRegularExpression exposure(QStringLiteral("=\\s*(\\d+)"));
    for (const QStringList &row : m_input.rows) {
        painter.setPen(QPen(palette::grid(), 1));
        painter.drawLine(QPointF(area.left(), y + rowH), QPointF(area.right(), y + rowH));
        for (int c = 0; c < row.size() && c < m_input.headers.size(); ++c) {
            const QRectF cell(x[c] + 8, y + 6, x[c + 1] - x[c] - 16, rowH - 12);
            painter.setFont(body);
            painter.setPen(palette::text());
            if (c == m_input.exposureColumn) {
                const auto m = exposure.match(row[c]);
                const int step = m.hasMatch() ? palette::exposureStep(m.captured(1).toInt()) : 0;
                const qreal w = QFontMetricsF(body).horizontalAdvance(row[c]) + 20;
                const QRectF box(cell.left(), cell.center().y() - 18, qMin(w, cell.width()), 36);
                painter.fillRect(box, palette::score(step));
                painter.setPen(palette::onScore(step));
                painter.drawText(box, Qt::AlignCenter, row[c]);
                continue;
            }
            // Up to two lines per cell; longer text is cut with an ellipsis.
            const QFontMetricsF fm(body);
            QString text = row[c];
            if (fm.boundingRect(cell, Qt::TextWordWrap, text).height() > cell.height()) {
                while (text.size() > 4
                       && fm.boundingRect(cell, Qt::TextWordWrap, text + QStringLiteral("…")).height() > cell.height())
                    text.chop(qMax<qsizetype>(1, text.size() / 12));
                text += QStringLiteral("…");
            }
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
        }
        y += rowH;
    }
    if (noteH > 0) paintNote(painter, area, noteH, m_input.note);
}

} // namespace rb::exporting
