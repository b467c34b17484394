// riskmatrixchart.cpp
#include "charts/riskmatrixchart.h"

#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rb::exporting {

void RiskMatrixChart::paintMatrix(QPainter &painter, const QRectF &area, const QString &caption, bool residual) const
{
    const QFont captionFont = chartFont(palette::kLabelPt, true);
    const QFont label = chartFont(palette::kSmallPt);
    const QFont count = chartFont(palette::kTitlePt, true);
    const qreal captionH = QFontMetricsF(captionFont).height() + 10;
    const qreal axisW = 150, axisH = 70;
    const qreal side = qMin(area.width() - axisW, area.height() - captionH - axisH);
    const qreal cell = side / 5;
    const QRectF grid(area.left() + axisW + (area.width() - axisW - side) / 2, area.top() + captionH, side, side);

    painter.setFont(captionFont);
    painter.setPen(palette::text());
    painter.drawText(QRectF(grid.left(), area.top(), side, captionH), Qt::AlignHCenter | Qt::AlignTop, caption);

    QList<QStringList> ids(25);
    int unscored = 0;
    for (const Item &r : m_input.risks) {
        const int p = residual ? r.residualProbability : r.probability;
        const int i = residual ? r.residualImpact : r.impact;
        if (p < 1 || p > 5 || i < 1 || i > 5) {
            ++unscored;
            continue;
        }
        // Non-breaking hyphens: a wrapped line breaks between ids, never inside "R-A4A-DATE".
        ids[(p - 1) * 5 + (i - 1)] << QString(r.id).replace(QLatin1Char('-'), QChar(0x2011));
    }
    for (int p = 1; p <= 5; ++p) {
        for (int i = 1; i <= 5; ++i) {
            const QRectF c(grid.left() + (i - 1) * cell, grid.bottom() - p * cell, cell, cell);
            const int step = palette::exposureStep(p * i);
            QColor fill = palette::score(step);
            const QStringList &here = ids[(p - 1) * 5 + (i - 1)];
            if (here.isEmpty()) fill.setAlpha(110); // empty cells are quieter
            painter.fillRect(c.adjusted(2, 2, -2, -2), fill);
            if (here.isEmpty()) continue;
            painter.setPen(palette::onScore(step));
            painter.setFont(count);
            const QRectF top(c.left(), c.top() + 4, c.width(), c.height() * 0.55);
            painter.drawText(top, Qt::AlignCenter, QString::number(here.size()));
            painter.setFont(label);
            // The ids on up to two lines; when they do not fit, as many as fit and "+N".
            const QRectF idBox(c.left() + 6, top.bottom(), c.width() - 12, c.height() * 0.42);
            const QFontMetricsF fm(label);
            QString list = here.join(QStringLiteral(" "));
            for (qsizetype shown = here.size(); shown > 0; --shown) {
                list = QStringList(here.mid(0, shown)).join(QStringLiteral(" "));
                if (shown < here.size()) list += QStringLiteral(" +%1").arg(here.size() - shown);
                if (fm.boundingRect(idBox, Qt::TextWordWrap | Qt::AlignHCenter, list).height() <= idBox.height()) break;
            }
            painter.drawText(idBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, list);
        }
    }
    // Axes: impact along the bottom, probability up the left side.
    painter.setFont(label);
    painter.setPen(palette::text());
    const QStringList impact = {"negligible", "minor", "moderate", "major", "severe"};
    const QStringList prob = {"rare", "unlikely", "possible", "likely", "almost certain"};
    for (int k = 1; k <= 5; ++k) {
        painter.drawText(QRectF(grid.left() + (k - 1) * cell, grid.bottom() + 4, cell, 26), Qt::AlignCenter,
                         QStringLiteral("%1 %2").arg(k).arg(impact[k - 1]));
        painter.drawText(QRectF(area.left(), grid.bottom() - k * cell, axisW - 10, cell),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 %2").arg(k).arg(prob[k - 1]));
    }
    painter.setFont(chartFont(palette::kSmallPt, true));
    painter.drawText(QRectF(grid.left(), grid.bottom() + 30, side, 30), Qt::AlignCenter,
                     translate("rb::exporting::Charts", "Impact →"));
    painter.save();
    painter.translate(area.left() + 14, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-side / 2, -14, side, 28), Qt::AlignCenter,
                     translate("rb::exporting::Charts", "Probability →"));
    painter.restore();
    if (unscored) {
        painter.setFont(label);
        painter.setPen(palette::mutedText());
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + 52, side, 24), Qt::AlignCenter,
            translate("rb::exporting::Charts", "%n risk(s) without these scores are not shown", "", unscored));
    }
}

void RiskMatrixChart::paint(QPainter &painter, const QRectF &area) const
{
    const qreal footH = 36;
    const QRectF body = area.adjusted(0, 0, 0, -footH);
    const qreal half = body.width() / 2;
    paintMatrix(painter, QRectF(body.left(), body.top(), half - 20, body.height()),
                translate("rb::exporting::Charts", "Inherent (before mitigation)"), false);
    paintMatrix(painter, QRectF(body.left() + half + 20, body.top(), half - 20, body.height()),
                translate("rb::exporting::Charts", "Residual (after mitigation)"), true);
    paintNote(painter, area, footH,
              translate("rb::exporting::Charts",
                        "%1 open risks; number of risks per cell, ids below. Colour = exposure "
                        "(probability × impact). %2 closed or occurred risk(s) not shown.")
                  .arg(m_input.risks.size())
                  .arg(m_input.leftOutRisks));
}

} // namespace rb::exporting
