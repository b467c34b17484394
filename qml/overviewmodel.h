// overviewmodel.h — view-model of the portfolio overview: the factor heatmap (sortable, filterable)
// and the summary tiles. The P80 tile comes from the shared background Monte Carlo run.
#pragma once

#include "qml/heatmapmodel.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace rb::ui {

class OverviewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The session's objects (set from QML: `document: DocumentController`); empty until set.
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY appStateChanged)
    Q_PROPERTY(rb::model::HeatmapFilterModel *heatmap READ heatmap CONSTANT)
    Q_PROPERTY(QStringList factorNames READ factorNames NOTIFY summaryChanged) // Dutch names of the plan
    // The heatmap header's tooltips: the whole Dutch name, with the English one in the English interface.
    Q_PROPERTY(QStringList factorTips READ factorTips NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList themeOptions READ themeOptions NOTIFY summaryChanged) // [{value, label}]
    Q_PROPERTY(QVariantList kindOptions READ kindOptions NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList ownerOptions READ ownerOptions NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList sortOptions READ sortOptions NOTIFY summaryChanged)
    Q_PROPERTY(int projectCount READ projectCount NOTIFY summaryChanged)
    Q_PROPERTY(int postCount READ postCount NOTIFY summaryChanged)
    Q_PROPERTY(int openProgrammeRisks READ openProgrammeRisks NOTIFY summaryChanged)
    Q_PROPERTY(int openProjectRisks READ openProjectRisks NOTIFY summaryChanged)
    Q_PROPERTY(int openActivityRisks READ openActivityRisks NOTIFY summaryChanged)
    Q_PROPERTY(int criticalCount READ criticalCount NOTIFY summaryChanged)
    Q_PROPERTY(QString budgetTotal READ budgetTotal NOTIFY summaryChanged) // formatted k€
    Q_PROPERTY(QString plannedFinish READ plannedFinish NOTIFY summaryChanged)
    Q_PROPERTY(QString accessibleSummary READ accessibleSummary NOTIFY summaryChanged)
public:
    explicit OverviewModel(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);

    rb::model::HeatmapFilterModel *heatmap() { return &m_filter; }
    QStringList factorNames() const;
    QStringList factorTips() const;
    QVariantList themeOptions() const;
    QVariantList kindOptions() const;
    QVariantList statusOptions() const;
    QVariantList ownerOptions() const;
    QVariantList sortOptions() const;
    int projectCount() const;
    int postCount() const;
    int openProgrammeRisks() const { return openRisks(0); }
    int openProjectRisks() const { return openRisks(1); }
    int openActivityRisks() const { return openRisks(2); }
    int criticalCount() const;
    QString budgetTotal() const;
    QString plannedFinish() const;
    QString accessibleSummary() const;

signals:
    void summaryChanged();
    void documentChanged();
    void appStateChanged();

private:
    int openRisks(int level) const;
    const rb::model::Portfolio &doc() const { return DocumentController::portfolioOf(m_document); }
    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    rb::model::HeatmapModel *m_heatmap = nullptr; // on m_document
    rb::model::HeatmapFilterModel m_filter;
};

} // namespace rb::ui
