// trendview.cpp
#include "qml/trendview.h"

#include "charts/exportlanguage.h"
#include "model/palette.h"
#include "model/trends.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>
#include <QPainter>

namespace rb::ui {

using rb::exporting::TrendChart;

TrendView::TrendView(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setFillColor(palette::background());
    connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void TrendView::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) connect(m_document, &DocumentController::documentChanged, this, &TrendView::rebuild);
    emit documentChanged();
    rebuild();
}

void TrendView::setCurrentP80(const QString &p80)
{
    if (m_currentP80 == p80) return;
    m_currentP80 = p80;
    emit inputChanged();
    rebuild();
}

void TrendView::setProbabilityByEnd(double p)
{
    if (qFuzzyCompare(m_probability, p)) return;
    m_probability = p;
    emit inputChanged();
    rebuild();
}

void TrendView::setLanguage(const QString &language)
{
    if (m_language == language) return;
    m_language = language;
    emit inputChanged();
    update();
}

void TrendView::rebuild()
{
    m_input = {};
    if (m_document) {
        // The same series as the deck's trend page (model/trends.h), without earlier files.
        const model::Portfolio &doc = m_document->portfolio();
        model::Forecast now;
        now.p80 = QDate::fromString(m_currentP80, Qt::ISODate);
        if (m_probability >= 0) now.probabilityByEnd = m_probability;
        m_input.programmeEnd = doc.programme.end;
        m_input.points = TrendChart::pointsOf(model::trendSeries(doc, now, {}));
        // No burn-down here: the application has only the open document, one bar is no trend (the deck
        // shows it with --since).
    }
    update();
}

int TrendView::pointCount() const
{
    int n = 0;
    for (const TrendChart::Point &p : m_input.points)
        if (p.date.isValid() && p.p80.isValid()) ++n;
    return n;
}

QString TrendView::accessibleSummary() const
{
    QStringList parts;
    for (const TrendChart::Point &p : m_input.points)
        if (p.p80.isValid())
            parts << QCoreApplication::translate("TrendView", "%1: P80 %2")
                         .arg(p.name.isEmpty() ? QCoreApplication::translate("TrendView", "now") : p.name,
                              p.p80.toString(Qt::ISODate)); // as the tiles show dates
    return parts.isEmpty() ? QCoreApplication::translate("TrendView", "No baseline and no simulation run yet")
                           : parts.join(QStringLiteral("; "));
}

void TrendView::paint(QPainter *painter)
{
    // The painter lays out on the export's reference canvas (1080 units high); the panel is smaller, so
    // the canvas is scaled to the item's width.
    const qreal w = std::max<qreal>(1, width()), h = std::max<qreal>(1, height());
    const qreal canvasWidth = 1600;
    const qreal scale
        = std::min({w / canvasWidth, h / 480, 1.0}); // at least 480 units high: the panel's fixed parts fit
    painter->save();
    painter->scale(scale, scale);
    const rb::exporting::ExportLanguage words(rb::exporting::isExportLanguage(m_language) ? m_language
                                                                                          : QStringLiteral("en"));
    const TrendChart chart(m_input);
    chart.paint(*painter, QRectF(20, 10, w / scale - 40, h / scale - 20));
    painter->restore();
    emit painted();
}

} // namespace rb::ui
