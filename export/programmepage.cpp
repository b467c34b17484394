// programmepage.cpp
#include "export/programmepage.h"

#include "model/palette.h"
#include "model/programmeinfo.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace rb::exporting {

using namespace rb::model;

namespace {

QString heading(CharterTopic t)
{
    switch (t) {
    case CharterTopic::Goal:
        return translate("rb::exporting::Deck", "Goals");
    case CharterTopic::Ambition:
        return translate("rb::exporting::Deck", "Ambitions of the plateau");
    case CharterTopic::Governance:
        return translate("rb::exporting::Deck", "Governance");
    case CharterTopic::Rhythm:
        return translate("rb::exporting::Deck", "Rhythm of reporting");
    case CharterTopic::WayOfWorking:
        return translate("rb::exporting::Deck", "Way of working");
    case CharterTopic::RiskProfile:
        return translate("rb::exporting::Deck", "Risk profile");
    case CharterTopic::Procedure:
        return translate("rb::exporting::Deck", "Success-factor procedure");
    case CharterTopic::Finance:
        return translate("rb::exporting::Deck", "Finances");
    }
    return {};
}

// The lines of `text` wrapped to `width`, at most `maxLines` (the last one elided when cut).
QStringList wrapped(const QFont &font, const QString &text, qreal width, int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    int lastStart = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines) { // there is more: the last line ends in "…"
            lines.last() = elided(font, text.mid(lastStart).simplified(), width);
            break;
        }
        lastStart = line.textStart();
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

void ProgrammePage::paint(QPainter &painter, const QRectF &area) const
{
    const QFont head = chartFont(palette::kLabelPt, true);
    const QFont label = chartFont(palette::kSmallPt, true);
    const QFont body = chartFont(palette::kSmallPt);
    const qreal headH = QFontMetricsF(head).lineSpacing() * 1.3;
    const qreal lineH = QFontMetricsF(body).lineSpacing();
    const qreal gap = 36;
    const int columns = 3;
    const qreal colW = (area.width() - gap * (columns - 1)) / columns;
    int column = 0;
    qreal y = area.top();
    int left = m_programme.charter.size();
    bool full = false;
    // Moves to the next column when `height` does not fit; false when the page is full.
    auto room = [&](qreal height) {
        if (y + height <= area.bottom()) return true;
        if (++column >= columns) {
            full = true;
            return false;
        }
        y = area.top();
        return true;
    };
    auto x = [&] { return area.left() + column * (colW + gap); };
    for (const auto &topic : enumNames<CharterTopic>()) {
        bool first = true;
        for (const CharterItem &c : m_programme.charter) {
            if (c.topic != topic.value || full) continue;
            const QStringList lines = wrapped(body, c.text, colW - 12, topic.value == CharterTopic::Ambition ? 2 : 3);
            const qreal itemH = lineH * (1 + lines.size()) + 6;
            if (!room(itemH + (first ? headH : 0))) break;
            if (first) {
                painter.setFont(head);
                painter.setPen(palette::theme(1 + int(topic.value) % 5));
                painter.drawText(QRectF(x(), y, colW, headH), Qt::AlignLeft | Qt::AlignVCenter, heading(topic.value));
                y += headH;
                first = false;
            }
            painter.setFont(label);
            painter.setPen(palette::text());
            QString name = c.label;
            if (c.amount)
                name += QStringLiteral(" (")
                    + translate("rb::exporting::Deck", "%1 k€").arg(exportLocale().toString(*c.amount, 'f', 0))
                    + QLatin1Char(')');
            painter.drawText(QRectF(x(), y, colW, lineH), Qt::AlignLeft | Qt::AlignVCenter, elided(label, name, colW));
            y += lineH;
            painter.setFont(body);
            painter.setPen(palette::mutedText());
            for (const QString &l : lines) {
                painter.drawText(QRectF(x() + 12, y, colW - 12, lineH), Qt::AlignLeft | Qt::AlignVCenter, l);
                y += lineH;
            }
            y += 6;
            --left;
        }
    }
    if (left > 0) { // what did not fit: said, not silently dropped
        painter.setFont(body);
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(area.right() - colW, area.bottom() - lineH, colW, lineH),
                         Qt::AlignRight | Qt::AlignVCenter,
                         translate("rb::exporting::Deck", "… and %1 more in the Programme panel").arg(left));
    }
}

} // namespace rb::exporting
