// baselineeditor.h — the "Take baseline…" dialog's view-model (name, reason, decided by, date, taken with
// the model code `riskboard baseline` uses, as one undoable edit) and the Overview's variance figures
// against the original and the latest baseline (model::programmeVariance, from the same schedule and
// postVariances as `analyze --json`; docs/analysis.md "Baselines and variances").
#pragma once

#include "qml/documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

namespace rb::ui {

class BaselineEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY draftChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY draftChanged)
    Q_PROPERTY(QString decidedBy READ decidedBy WRITE setDecidedBy NOTIFY draftChanged)
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY draftChanged) // YYYY-MM-DD
    Q_PROPERTY(QStringList problems READ problems NOTIFY draftChanged)
    Q_PROPERTY(QString problemText READ problemText NOTIFY draftChanged) // the problems, one a line
    Q_PROPERTY(bool canTake READ canTake NOTIFY draftChanged)
    // How many baselines the document has, and the names of the original and the latest ("" without).
    Q_PROPERTY(int baselineCount READ baselineCount NOTIFY draftChanged)
    Q_PROPERTY(QString originalName READ originalName NOTIFY draftChanged)
    Q_PROPERTY(QString latestName READ latestName NOTIFY draftChanged)
    // Why the last take() failed ("" after a success).
    Q_PROPERTY(QString error READ error NOTIFY draftChanged)
public:
    explicit BaselineEditor(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    QString name() const { return m_name; }
    void setName(const QString &v);
    QString reason() const { return m_reason; }
    void setReason(const QString &v);
    QString decidedBy() const { return m_decidedBy; }
    void setDecidedBy(const QString &v);
    QString date() const { return m_date; }
    void setDate(const QString &v);
    QStringList problems() const { return m_problems; }
    QString problemText() const { return m_problems.join(QLatin1Char('\n')); }
    bool canTake() const { return m_problems.isEmpty(); }
    int baselineCount() const;
    QString originalName() const;
    QString latestName() const;
    QString error() const { return m_error; }

    // Empties the form; the date becomes the status date (else the document's today).
    Q_INVOKABLE void reset();
    // Takes the baseline as `riskboard baseline` does (model::baselineOfPortfolio: the schedule from
    // the status date, P50/P80 from 10,000 Monte Carlo iterations with seed 1) and appends it as one
    // undoable edit. False with `error` or `problems` saying why.
    Q_INVOKABLE bool take();

signals:
    void documentChanged();
    void draftChanged();

private:
    void check();
    QPointer<DocumentController> m_document;
    QString m_name, m_reason, m_decidedBy, m_date, m_error;
    QStringList m_problems;
};

// The programme's variance against the original and the latest baseline, as numbers; QML words them.
class ProgrammeVariances : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int baselineCount READ baselineCount NOTIFY changed)
    Q_PROPERTY(QString originalName READ originalName NOTIFY changed)
    Q_PROPERTY(QString latestName READ latestName NOTIFY changed)
    Q_PROPERTY(QString finish READ finish NOTIFY changed) // the programme finish now (ISO)
    Q_PROPERTY(QString originalFinish READ originalFinish NOTIFY changed)
    Q_PROPERTY(QString latestFinish READ latestFinish NOTIFY changed)
    // Days (+ = later); `has…` false when the baseline gives no finish.
    Q_PROPERTY(bool hasVsOriginal READ hasVsOriginal NOTIFY changed)
    Q_PROPERTY(int finishVsOriginalDays READ finishVsOriginalDays NOTIFY changed)
    Q_PROPERTY(bool hasVsLatest READ hasVsLatest NOTIFY changed)
    Q_PROPERTY(int finishVsLatestDays READ finishVsLatestDays NOTIFY changed)
    Q_PROPERTY(int slippedVsOriginal READ slippedVsOriginal NOTIFY changed)
    Q_PROPERTY(int slippedVsLatest READ slippedVsLatest NOTIFY changed)
public:
    explicit ProgrammeVariances(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    int baselineCount() const { return m_baselineCount; }
    QString originalName() const { return m_originalName; }
    QString latestName() const { return m_latestName; }
    QString finish() const { return m_finish; }
    QString originalFinish() const { return m_originalFinish; }
    QString latestFinish() const { return m_latestFinish; }
    bool hasVsOriginal() const { return m_hasVsOriginal; }
    int finishVsOriginalDays() const { return m_vsOriginal; }
    bool hasVsLatest() const { return m_hasVsLatest; }
    int finishVsLatestDays() const { return m_vsLatest; }
    int slippedVsOriginal() const { return m_slippedVsOriginal; }
    int slippedVsLatest() const { return m_slippedVsLatest; }

signals:
    void documentChanged();
    void changed();

private:
    void recompute();
    QPointer<DocumentController> m_document;
    int m_baselineCount = 0;
    QString m_originalName, m_latestName, m_finish, m_originalFinish, m_latestFinish;
    bool m_hasVsOriginal = false, m_hasVsLatest = false;
    int m_vsOriginal = 0, m_vsLatest = 0, m_slippedVsOriginal = 0, m_slippedVsLatest = 0;
};

} // namespace rb::ui
