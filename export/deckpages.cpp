// deckpages.cpp
#include "export/deckpages.h"

#include "export/chartinputs.h"
#include "charts/exportlanguage.h"
#include "model/palette.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace rb::exporting {

using namespace rb::model;

void paintTitlePage(QPainter &painter, const QRectF &canvas, const Portfolio &portfolio, const QString &since)
{
    painter.fillRect(canvas, palette::background());
    // A band in the theme colours, the programme's visual signature.
    const qreal bandH = 18;
    for (int t = 1; t <= 5; ++t)
        painter.fillRect(QRectF(canvas.left() + (t - 1) * canvas.width() / 5, canvas.top(), canvas.width() / 5, bandH),
                         palette::theme(t));
    const qreal left = canvas.left() + 120;
    const qreal width = canvas.width() - 240;
    painter.setPen(palette::mutedText());
    painter.setFont(chartFont(palette::kLabelPt + 4));
    painter.drawText(QRectF(left, canvas.top() + 300, width, 50), Qt::AlignLeft | Qt::AlignVCenter,
                     translate("rb::exporting::Deck", "Storyboard session"));
    QFont big = chartFont(palette::kTitlePt * 2, true);
    painter.setFont(big);
    painter.setPen(palette::text());
    painter.drawText(QRectF(left, canvas.top() + 360, width, 120), Qt::AlignLeft | Qt::AlignVCenter,
                     elided(big, portfolio.programme.name, width));
    painter.setFont(chartFont(palette::kTitlePt));
    painter.setPen(palette::mutedText());
    painter.drawText(QRectF(left, canvas.top() + 490, width, 50), Qt::AlignLeft | Qt::AlignVCenter,
                     portfolio.programme.organisation);
    painter.setFont(chartFont(palette::kTitlePt, true));
    painter.setPen(palette::today());
    painter.drawText(QRectF(left, canvas.top() + 600, width, 50), Qt::AlignLeft | Qt::AlignVCenter,
                     translate("rb::exporting::Deck", "Status %1").arg(longDate(portfolio.programme.statusDate)));
    if (!since.isEmpty()) {
        painter.setFont(chartFont(palette::kLabelPt));
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(left, canvas.top() + 660, width, 40), Qt::AlignLeft | Qt::AlignVCenter, since);
    }
    painter.setFont(chartFont(palette::kSmallPt));
    painter.setPen(palette::mutedText());
    painter.drawText(QRectF(left, canvas.bottom() - 90, width, 40), Qt::AlignLeft | Qt::AlignVCenter,
                     translate("rb::exporting::Deck",
                               "Made with Riskboard from the portfolio document; every chart shows the status date."));
}

void StatusSummaryPage::paint(QPainter &painter, const QRectF &area) const
{
    const qreal gap = 32;
    const qreal w = (area.width() - gap) / 2, h = (area.height() - gap) / 2;
    const QFont head = chartFont(palette::kLabelPt, true);
    const QFont body = chartFont(palette::kLabelPt);
    const QFont big = chartFont(palette::kTitlePt, true);
    auto tile = [&](int col, int row, const QString &title) {
        const QRectF r(area.left() + col * (w + gap), area.top() + row * (h + gap), w, h);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xf6, 0xf6, 0xf6));
        painter.drawRoundedRect(r, 10, 10);
        painter.setFont(head);
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(r.left() + 24, r.top() + 14, r.width() - 48, 34), Qt::AlignLeft | Qt::AlignVCenter,
                         title);
        return r.adjusted(24, 56, -24, -16);
    };
    auto list = [&](const QRectF &r, const QStringList &lines, const QString &none) {
        painter.setFont(body);
        painter.setPen(palette::text());
        const qreal lineH = QFontMetricsF(body).lineSpacing() * 1.25;
        const int fit = qMax(1, int(r.height() / lineH));
        QStringList shown = lines.mid(0, lines.size() > fit ? fit - 1 : fit);
        if (lines.size() > fit)
            shown << translate("rb::exporting::Deck", "… and %1 more").arg(lines.size() - shown.size());
        if (lines.isEmpty()) {
            painter.setPen(palette::mutedText());
            shown = {none};
        }
        qreal y = r.top();
        for (const QString &l : shown) {
            painter.drawText(QRectF(r.left(), y, r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                             elided(body, l, r.width()));
            y += lineH;
        }
    };

    // Schedule: the simulated finish against the plan and the target.
    QRectF r = tile(0, 0,
                    translate("rb::exporting::Deck", "Programme end (Monte Carlo, %1 runs)")
                        .arg(exportLocale().toString(m_input.iterations)));
    const qreal third = r.width() / 3;
    const QList<QPair<QString, QDate>> ps = {{QStringLiteral("P50"), m_input.p50},
                                             {QStringLiteral("P80"), m_input.p80},
                                             {QStringLiteral("P90"), m_input.p90}};
    for (int i = 0; i < ps.size(); ++i) {
        const bool late = m_input.targetEnd.isValid() && ps[i].second > m_input.targetEnd;
        painter.setFont(body);
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(r.left() + i * third, r.top(), third, 30), Qt::AlignLeft | Qt::AlignVCenter,
                         ps[i].first);
        painter.setFont(big);
        painter.setPen(late ? palette::critical() : palette::text());
        painter.drawText(QRectF(r.left() + i * third, r.top() + 30, third, 56), Qt::AlignLeft | Qt::AlignVCenter,
                         shortDate(ps[i].second));
    }
    QStringList lines{translate("rb::exporting::Deck", "Planned finish (critical path method): %1")
                          .arg(longDate(m_input.plannedFinish)),
                      translate("rb::exporting::Deck", "Target programme end: %1").arg(longDate(m_input.targetEnd))};
    if (m_input.targetEnd.isValid() && m_input.p80.isValid()) {
        const qint64 d = m_input.targetEnd.daysTo(m_input.p80);
        lines << (d > 0 ? translate("rb::exporting::Deck", "P80 is %1 days after the target end").arg(d)
                        : translate("rb::exporting::Deck", "P80 is within the target end (%1 days to spare)").arg(-d));
    }
    // Why the P80 is where it is: the items that move it most, in days (docs/analysis.md, drivers in days).
    if (!m_input.drivers.isEmpty()) {
        QStringList parts;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, m_input.drivers.size()); ++i)
            parts << translate("rb::exporting::Deck", "%1 +%2 d")
                         .arg(m_input.drivers[i].first)
                         .arg(m_input.drivers[i].second);
        lines
            << translate("rb::exporting::Deck", "Largest causes of the P80: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (m_input.p80Mitigated.isValid() && m_input.p80.isValid()) {
        const qint64 earlier = m_input.p80Mitigated.daysTo(m_input.p80);
        lines << translate("rb::exporting::Deck", "After the planned mitigations: P80 %1 (%2 days earlier)")
                     .arg(longDate(m_input.p80Mitigated))
                     .arg(earlier);
    }
    if (m_input.probabilityByEnd >= 0 && m_input.targetEnd.isValid())
        lines << translate("rb::exporting::Deck", "Chance to finish by the target end: %1")
                     .arg(exportLocale().toString(qRound(m_input.probabilityByEnd * 100)) + QStringLiteral(" %"));
    for (const Input::Target &t : m_input.targets) {
        const QString share = exportLocale().toString(qRound(t.probabilityMet * 100)) + QStringLiteral(" %");
        // The fixed date by its code (its title is a sentence: it would not fit the line).
        const QString &name = t.target;
        lines << (t.p80MissDays > 0 ? translate("rb::exporting::Deck", "%1 by %2 (%3): %4 chance; at P80 %5 days late")
                                          .arg(t.post, name, shortDate(t.date), share)
                                          .arg(t.p80MissDays)
                                    : translate("rb::exporting::Deck", "%1 by %2 (%3): %4 chance; met at P80")
                                          .arg(t.post, name, shortDate(t.date), share));
    }
    list(r.adjusted(0, 100, 0, 0), lines, QString());

    r = tile(1, 0,
             m_input.criticalPosts.size() == 1
                 ? translate("rb::exporting::Deck", "Critical path (1 post)")
                 : translate("rb::exporting::Deck", "Critical path (%1 posts)").arg(m_input.criticalPosts.size()));
    list(m_input.criticalNote.isEmpty() ? r : r.adjusted(0, 0, 0, -64), m_input.criticalPosts,
         translate("rb::exporting::Deck", "No critical path (no scheduled posts)"));
    if (!m_input.criticalNote.isEmpty()) {
        painter.setFont(chartFont(palette::kSmallPt));
        painter.setPen(palette::mutedText());
        const QRectF note(r.left(), r.bottom() - 60, r.width(), 60);
        const QFontMetricsF fm(painter.font());
        // Two lines at most; the post list at the end may be cut (the timeline names them all).
        QString text = m_input.criticalNote;
        while (text.size() > 20 && fm.boundingRect(note, Qt::TextWordWrap, text).height() > note.height())
            text = text.left(text.size() - 8).trimmed() + QStringLiteral("…");
        painter.drawText(note, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
    }

    r = tile(0, 1, translate("rb::exporting::Deck", "Open risks per level"));
    int total = 0;
    for (const auto &l : m_input.openRisks) total += l.second;
    const qreal col = r.width() / qMax<qsizetype>(1, m_input.openRisks.size() + 1);
    for (int i = 0; i <= m_input.openRisks.size(); ++i) {
        const bool all = i == m_input.openRisks.size();
        painter.setFont(chartFont(palette::kTitlePt * 2, true));
        painter.setPen(all ? palette::text() : palette::current());
        painter.drawText(QRectF(r.left() + i * col, r.top() + 20, col, 100), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(all ? total : m_input.openRisks[i].second));
        painter.setFont(body);
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(r.left() + i * col, r.top() + 130, col, 30), Qt::AlignLeft | Qt::AlignVCenter,
                         all ? translate("rb::exporting::Deck", "total") : m_input.openRisks[i].first);
    }

    r = tile(1, 1,
             translate("rb::exporting::Deck", "Posts needing a detailed analysis (%1)")
                 .arg(m_input.detailedAnalysis.size()));
    list(r.adjusted(0, 0, 0, -34), m_input.detailedAnalysis,
         translate("rb::exporting::Deck", "None (rule: docs/assessment-rules.md)"));
    painter.setFont(chartFont(palette::kSmallPt));
    painter.setPen(palette::mutedText());
    painter.drawText(
        QRectF(r.left(), r.bottom() - 30, r.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
        translate("rb::exporting::Deck",
                  "Rule (docs/assessment-rules.md): a 5; or two scores ≥ 4; or a mean ≥ 3.0 over ≥ 4 factors."));
}

namespace {

// Residual exposure when both residual scores are set, else inherent; 0 when unscored.
int exposure(const Risk &r, bool *residual)
{
    *residual = r.residualProbability && r.residualImpact;
    if (*residual) return *r.residualProbability * *r.residualImpact;
    return r.probability && r.impact ? *r.probability * *r.impact : 0;
}

QString scoreText(std::optional<int> p, std::optional<int> i)
{
    return p && i ? QStringLiteral("%1×%2 = %3").arg(*p).arg(*i).arg(*p * *i) : QStringLiteral("—");
}

// As the risk register names them (its Dutch is the application's).
QString responseName(RiskResponse response)
{
    switch (response) {
    case RiskResponse::None:
        break;
    case RiskResponse::Avoid:
        return translate("rb::exporting::Deck", "Avoid");
    case RiskResponse::Reduce:
        return translate("rb::exporting::Deck", "Reduce");
    case RiskResponse::Fallback:
        return translate("rb::exporting::Deck", "Fallback");
    case RiskResponse::Transfer:
        return translate("rb::exporting::Deck", "Transfer");
    case RiskResponse::Accept:
        return translate("rb::exporting::Deck", "Accept");
    case RiskResponse::Share:
        return translate("rb::exporting::Deck", "Share");
    }
    return {};
}

} // namespace

TableChart::Input topRisksTable(const Portfolio &portfolio, int count)
{
    TableChart::Input t;
    t.title = translate("rb::exporting::Deck", "Top risks by residual exposure");
    t.headers
        = {translate("rb::exporting::Deck", "Risk"),     translate("rb::exporting::Deck", "Title"),
           translate("rb::exporting::Deck", "Posts"),    translate("rb::exporting::Deck", "Inherent"),
           translate("rb::exporting::Deck", "Residual"), translate("rb::exporting::Deck", "Response and mitigation")};
    t.widths = {0.7, 3.0, 1.2, 1.1, 1.1, 4.0};
    t.exposureColumn = 4;
    t.empty = translate("rb::exporting::Deck", "No open risks");
    QList<const Risk *> open;
    for (const Risk &r : portfolio.risks)
        if (r.status == RiskStatus::Open) open << &r;
    std::stable_sort(open.begin(), open.end(), [](const Risk *a, const Risk *b) {
        bool ra = false, rb = false;
        return exposure(*a, &ra) > exposure(*b, &rb);
    });
    for (const Risk *r : open.mid(0, count)) {
        const QString response
            = r->response == RiskResponse::None ? QString() : responseName(r->response) + QStringLiteral(": ");
        t.rows << QStringList{r->id,
                              r->title,
                              r->posts.join(QStringLiteral(", ")),
                              scoreText(r->probability, r->impact),
                              scoreText(r->residualProbability, r->residualImpact),
                              response + r->mitigation};
    }
    t.note = translate("rb::exporting::Deck",
                       "Open risks only, %1 of %2 shown; exposure = probability × impact (residual: after mitigation).")
                 .arg(t.rows.size())
                 .arg(open.size());
    return t;
}

QList<TableChart::Input> paginate(const TableChart::Input &table)
{
    const int perPage = TableChart::kRowsPerPage;
    const int pages = qMax(1, int((table.rows.size() + perPage - 1) / perPage));
    QList<TableChart::Input> out;
    for (int p = 0; p < pages; ++p) {
        TableChart::Input page = table;
        page.rows = table.rows.mid(p * perPage, perPage);
        if (pages > 1) page.title += QStringLiteral(" (%1/%2)").arg(p + 1).arg(pages);
        out << page;
    }
    return out;
}

} // namespace rb::exporting
