// trendview.h — the Simulation view's trend panel: the export's trend painter (charts/trendchart.h) in
// one painted item, showing the P80 at each baseline of the open document and the current P80 of the
// last simulation run against the programme end, the re-plan reasons numbered. Its inputs are properties
// set from QML.
#pragma once

#include "charts/trendchart.h"

#include <QQuickPaintedItem>

namespace rb::ui {

class DocumentController;

class TrendView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    // The P80 of the last run (ISO date; empty: no run) and its chance of finishing by programme.end
    // (0..1; negative: not known).
    Q_PROPERTY(QString currentP80 READ currentP80 WRITE setCurrentP80 NOTIFY inputChanged)
    Q_PROPERTY(double probabilityByEnd READ probabilityByEnd WRITE setProbabilityByEnd NOTIFY inputChanged)
    // "nl" or "en": the painter's words and dates (charts/exportlanguage.h), bound to AppState.language.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY inputChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY painted) // P80 points drawn (baselines + now)
    Q_PROPERTY(QString accessibleSummary READ accessibleSummary NOTIFY painted)
public:
    explicit TrendView(QQuickItem *parent = nullptr);
    void paint(QPainter *painter) override;

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    QString currentP80() const { return m_currentP80; }
    void setCurrentP80(const QString &p80);
    double probabilityByEnd() const { return m_probability; }
    void setProbabilityByEnd(double p);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int pointCount() const;
    QString accessibleSummary() const;

signals:
    void documentChanged();
    void inputChanged();
    void painted();

private:
    void rebuild();

    DocumentController *m_document = nullptr;
    QString m_currentP80;
    double m_probability = -1;
    QString m_language = QStringLiteral("en");
    rb::exporting::TrendChart::Input m_input;
};

} // namespace rb::ui
