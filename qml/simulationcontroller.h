// simulationcontroller.h — the Monte Carlo schedule risk analysis of the open document, run in a
// worker thread with progress and cancel (the UI never waits for it). One run serves the simulation
// view and the P80 tile of the overview; an edit marks the result stale, "Run again" repeats it.
#pragma once

#include "qml/simulationmodels.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include <atomic>
#include <memory>

namespace rb::ui {

class AppState;
class DocumentController;

class SimulationController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY staleChanged) // the document changed since the run
    Q_PROPERTY(int iterations READ iterations WRITE setIterations NOTIFY iterationsChanged)
    Q_PROPERTY(int seed READ seed WRITE setSeed NOTIFY seedChanged)
    Q_PROPERTY(QString p50 READ p50 NOTIFY resultChanged) // ISO dates
    Q_PROPERTY(QString p80 READ p80 NOTIFY resultChanged)
    Q_PROPERTY(QString p90 READ p90 NOTIFY resultChanged)
    Q_PROPERTY(QString plannedFinish READ plannedFinish NOTIFY resultChanged)
    Q_PROPERTY(QString mitigatedP80 READ mitigatedP80 NOTIFY resultChanged) // after mitigation (residual risks)
    // Sentences on the fixed-date targets and the chance of the programme's own end (issue 13)
    Q_PROPERTY(QStringList targets READ targets NOTIFY resultChanged)
    Q_PROPERTY(double p50Ms READ p50Ms NOTIFY resultChanged) // msecs for chart axes
    Q_PROPERTY(double p80Ms READ p80Ms NOTIFY resultChanged)
    Q_PROPERTY(double p90Ms READ p90Ms NOTIFY resultChanged)
    Q_PROPERTY(double minMs READ minMs NOTIFY resultChanged)
    Q_PROPERTY(double maxMs READ maxMs NOTIFY resultChanged)
    Q_PROPERTY(int maxCount READ maxCount NOTIFY resultChanged)   // a round number above the highest bin
    Q_PROPERTY(int binDays READ binDays NOTIFY resultChanged)     // days per histogram bin
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged) // for screen readers
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    // One line on what the chart shows now: running, cancelled (and what is kept), out of date, error.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(rb::model::FinishDistributionModel *distribution READ distribution CONSTANT)
    Q_PROPERTY(rb::model::FinishDistributionModel *markers READ markers CONSTANT)
    // The cumulative share after mitigation (column 2), bins as in distribution.
    Q_PROPERTY(rb::model::FinishDistributionModel *mitigated READ mitigated CONSTANT)
    Q_PROPERTY(rb::model::RankedPostModel *drivers READ drivers CONSTANT)
    Q_PROPERTY(rb::model::RankedPostModel *criticality READ criticality CONSTANT)
public:
    // Runs on `document`; `state` (may be null) retranslates the texts made here and, in screenshot
    // mode, keeps a changed document from starting a run. No default constructor: Qt 6.4 would build
    // a second, empty QML singleton with it.
    SimulationController(DocumentController *document, AppState *state, QObject *parent = nullptr);
    ~SimulationController() override;
    // QML's SimulationController: the one its session registered on `engine` (qml/sessionobjects.h).
    static SimulationController *create(QQmlEngine *engine, QJSEngine *);

    Q_INVOKABLE void run();
    Q_INVOKABLE void cancel();
    // Blocks until the current run is over (screenshots, tests).
    void waitForFinished();

    bool running() const { return m_watcher.isRunning(); }
    double progress() const { return m_progress; }
    bool hasResult() const { return m_hasResult; }
    bool stale() const { return m_stale; }
    int iterations() const { return m_iterations; }
    void setIterations(int n);
    int seed() const { return m_seed; }
    void setSeed(int seed);
    QString p50() const { return m_p50.toString(Qt::ISODate); }
    QString p80() const { return m_p80.toString(Qt::ISODate); }
    QString p90() const { return m_p90.toString(Qt::ISODate); }
    QString plannedFinish() const { return m_planned.toString(Qt::ISODate); }
    QString mitigatedP80() const { return m_mitigatedP80.toString(Qt::ISODate); }
    QStringList targets() const { return m_targets; }
    double p50Ms() const;
    double p80Ms() const;
    double p90Ms() const;
    double minMs() const;
    double maxMs() const;
    int maxCount() const;
    int binDays() const { return m_binDays; }
    QString summary() const;
    QString errorText() const { return m_error; }
    QString statusText() const;
    rb::model::FinishDistributionModel *distribution() { return &m_distribution; }
    rb::model::FinishDistributionModel *markers() { return &m_markers; }
    rb::model::FinishDistributionModel *mitigated() { return &m_mitigated; }
    rb::model::RankedPostModel *drivers() { return &m_drivers; }
    rb::model::RankedPostModel *criticality() { return &m_criticality; }

signals:
    void runningChanged();
    void progressChanged();
    void resultChanged();
    void staleChanged();
    void iterationsChanged();
    void seedChanged();
    void statusChanged();

private:
    struct Outcome;
    void finished();
    void setStale(bool stale);
    // Another document replaced the open one: its result says nothing about the new one.
    void documentReplaced();
    void clearResult();

    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    double m_progress = 0;
    bool m_hasResult = false, m_stale = false;
    QStringList m_targets;
    bool m_cancelled = false; // the last run was cancelled; the result (if any) is the run before
    quint64 m_generation = 0; // bumped when the document is replaced; older runs' outcomes are dropped
    quint64 m_runGeneration = 0;
    int m_iterations = 5000, m_seed = 1, m_binDays = 1;
    QDate m_p50, m_p80, m_p90, m_planned, m_mitigatedP80;
    QString m_error;
    rb::model::FinishDistributionModel m_distribution, m_markers, m_mitigated;
    rb::model::RankedPostModel m_drivers, m_criticality;
};

} // namespace rb::ui
