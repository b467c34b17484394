// chart.cpp — the frame shared by every exported chart.
#include "charts/chart.h"

#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rb::exporting {

QFont chartFont(int pointSize, bool bold)
{
    QFont f(QString::fromLatin1(palette::kFontFamily));
    f.setPixelSize(qMax(1, qRound(pointSize * 4.0 / 3.0)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QString elided(const QFont &font, const QString &text, qreal width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

QString twoLines(const QString &text, int minLength, const QString &lineBreak)
{
    if (text.size() <= minLength) return text;
    const int mid = int(text.size() / 2);
    const int right = int(text.indexOf(QLatin1Char(' '), mid)), left = int(text.lastIndexOf(QLatin1Char(' '), mid));
    const int cut = right < 0 ? left : left < 0 ? right : (right - mid < mid - left ? right : left);
    return cut > 0 ? text.left(cut) + lineBreak + text.mid(cut + 1) : text;
}

void drawTextLines(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    painter.drawText(rect, flags | Qt::TextWordWrap, text);
}

void paintEmptyMessage(QPainter &painter, const QRectF &area, const QString &message)
{
    painter.setFont(chartFont(palette::kLabelPt));
    painter.setPen(palette::mutedText());
    painter.drawText(area, Qt::AlignCenter, message);
}

void paintNote(QPainter &painter, const QRectF &area, qreal height, const QString &note)
{
    const QFont font = chartFont(palette::kSmallPt);
    painter.setFont(font);
    painter.setPen(palette::mutedText());
    painter.drawText(QRectF(area.left(), area.bottom() - height + 8, area.width(), height - 8),
                     Qt::AlignLeft | Qt::AlignVCenter, elided(font, note, area.width()));
}

QRectF paintFrame(QPainter &painter, const QRectF &canvas, const QString &title, const FrameInfo &frame)
{
    painter.save();
    painter.fillRect(canvas, palette::background());
    const qreal margin = 40;
    const QFont titleFont = chartFont(palette::kTitlePt, true);
    const QFont smallFont = chartFont(palette::kSmallPt);
    const qreal titleHeight = QFontMetricsF(titleFont).height();
    const qreal smallHeight = QFontMetricsF(smallFont).height();
    const QRectF top(canvas.left() + margin, canvas.top() + margin * 0.75, canvas.width() - 2 * margin, titleHeight);

    // The date is what the slide is about, so it sits top right, as large as the labels.
    const QFont dateFont = chartFont(palette::kLabelPt, true);
    painter.setFont(dateFont);
    painter.setPen(palette::today());
    const qreal dateWidth = QFontMetricsF(dateFont).horizontalAdvance(frame.dateText) + 4;
    painter.drawText(QRectF(top.right() - dateWidth, top.top(), dateWidth, top.height()),
                     Qt::AlignRight | Qt::AlignVCenter, frame.dateText);

    painter.setFont(titleFont);
    painter.setPen(palette::text());
    painter.drawText(QRectF(top.left(), top.top(), top.width() - dateWidth - 24, top.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, elided(titleFont, title, top.width() - dateWidth - 24));

    painter.setFont(smallFont);
    painter.setPen(palette::mutedText());
    const QRectF sub(top.left(), top.bottom() + 2, top.width(), smallHeight);
    painter.drawText(sub, Qt::AlignLeft | Qt::AlignVCenter, elided(smallFont, frame.programme, sub.width()));

    painter.setPen(QPen(palette::grid(), 2));
    const qreal ruleY = sub.bottom() + 10;
    painter.drawLine(QPointF(top.left(), ruleY), QPointF(top.right(), ruleY));
    painter.restore();
    return QRectF(top.left(), ruleY + 16, top.width(), canvas.bottom() - margin * 0.75 - (ruleY + 16));
}

void paintChartPage(QPainter &painter, const QRectF &canvas, const Chart &chart, const FrameInfo &frame)
{
    const QRectF body = paintFrame(painter, canvas, chart.title(), frame);
    painter.save();
    chart.paint(painter, body);
    painter.restore();
}

} // namespace rb::exporting
