// riskregister.h — view-model of the risk register: the filtered, sorted table, the 5×5 probability ×
// impact matrix (inherent or residual) whose cells filter the table, overdue reviews, the selected
// risk (by id, so sorting, filtering, undo and a document reset never move it to another risk) and
// its editing draft, applied as one undoable change that is also written to the risk's change log.
//
// The draft is never lost: while it differs from the document it is registered as a pending edit with
// DocumentController, and leaving the risk (another row, the filter hides it, a new risk) asks first:
// apply, discard or cancel (stay on the changed risk).
#pragma once

#include "qml/risklistmodel.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace rb::ui {

// The form's copy of one risk, typed field by field (the document's names; probabilities 0 = not set,
// dates ISO, posts comma separated). QML binds the form's controls to it and writes each edit back.
class RiskDraft : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RiskRegister owns the draft")
    Q_PROPERTY(QString riskId READ riskId NOTIFY loaded)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged) // differs from the risk as loaded
    Q_PROPERTY(QString title MEMBER m_title NOTIFY changed)
    Q_PROPERTY(QString level MEMBER m_level NOTIFY changed)
    Q_PROPERTY(QString posts MEMBER m_posts NOTIFY changed)
    Q_PROPERTY(QString factor MEMBER m_factor NOTIFY changed)
    Q_PROPERTY(QString cause MEMBER m_cause NOTIFY changed)
    Q_PROPERTY(QString riskEvent MEMBER m_event NOTIFY changed)
    Q_PROPERTY(QString effect MEMBER m_effect NOTIFY changed)
    Q_PROPERTY(int probability MEMBER m_probability NOTIFY changed)
    Q_PROPERTY(int impact MEMBER m_impact NOTIFY changed)
    Q_PROPERTY(int residualProbability MEMBER m_residualProbability NOTIFY changed)
    Q_PROPERTY(int residualImpact MEMBER m_residualImpact NOTIFY changed)
    Q_PROPERTY(int delayDays MEMBER m_delayDays NOTIFY changed)
    Q_PROPERTY(QString owner MEMBER m_owner NOTIFY changed)
    Q_PROPERTY(QString response MEMBER m_response NOTIFY changed)
    Q_PROPERTY(QString mitigation MEMBER m_mitigation NOTIFY changed)
    Q_PROPERTY(QString status MEMBER m_status NOTIFY changed)
    Q_PROPERTY(QString nextReview MEMBER m_nextReview NOTIFY changed)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY changed)
public:
    explicit RiskDraft(QObject *parent = nullptr);

    QString riskId() const { return m_id; }
    bool dirty() const { return m_dirty; }
    // Takes every field of `risk` (an empty id: no risk); the draft is clean afterwards.
    void load(const rb::model::Risk &risk);
    // `base` with the draft's fields; nullopt with *error when a field is invalid.
    std::optional<rb::model::Risk> toRisk(const rb::model::Risk &base, const rb::model::Portfolio &portfolio,
                                          QString *error) const;

signals:
    void changed();
    void loaded();
    void dirtyChanged();

private:
    QVariantList values() const;
    void updateDirty();

    QString m_id;
    QString m_title, m_level, m_posts, m_factor, m_cause, m_event, m_effect;
    int m_probability = 0, m_impact = 0, m_residualProbability = 0, m_residualImpact = 0, m_delayDays = 0;
    QString m_owner, m_response, m_mitigation, m_status, m_nextReview, m_note;
    QVariantList m_loaded; // values() right after load()
    bool m_dirty = false;
};

class RiskRegister : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The session's objects (set from QML: `document: DocumentController`); no risks until set.
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY appStateChanged)
    Q_PROPERTY(rb::model::RiskFilterModel *risks READ risks CONSTANT)
    Q_PROPERTY(rb::ui::RiskDraft *draft READ draft CONSTANT)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)         // "" when no risk is selected
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentRowChanged)        // in `risks`; -1 when hidden
    Q_PROPERTY(bool currentHidden READ currentHidden NOTIFY currentRowChanged) // selected but filtered out
    Q_PROPERTY(QStringList history READ history NOTIFY historyChanged)         // the current risk's change log
    // Set while the user is asked what to do with the changed risk they are leaving.
    Q_PROPERTY(QString leaveQuestion READ leaveQuestion NOTIFY leaveQuestionChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QVariantList matrixCounts READ matrixCounts NOTIFY matrixChanged) // 25 ints, [(p-1)*5 + (i-1)]
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY matrixChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY matrixChanged)
    Q_PROPERTY(QString matrixSummary READ matrixSummary NOTIFY matrixChanged)
    // [{value, label}] in the user's language; the first entry of level/status is "all".
    Q_PROPERTY(QVariantList levelOptions READ levelOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList responseOptions READ responseOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList factorOptions READ factorOptions NOTIFY optionsChanged) // plan names, value = id
    // "level.activity" → "Activity", "status.closed" → "Closed", … for the table.
    Q_PROPERTY(QVariantMap labels READ labels NOTIFY optionsChanged)
public:
    enum LeaveChoice { Apply, Discard, Cancel };
    Q_ENUM(LeaveChoice)

    explicit RiskRegister(QObject *parent = nullptr);
    ~RiskRegister() override;

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);

    rb::model::RiskFilterModel *risks() { return &m_filter; }
    RiskDraft *draft() { return &m_draft; }
    QString currentId() const { return m_currentId; }
    int currentRow() const;
    bool currentHidden() const { return !m_currentId.isEmpty() && currentRow() < 0; }
    QStringList history() const;
    QString leaveQuestion() const;
    QString lastError() const { return m_error; }
    QVariantList matrixCounts() const;
    int overdueCount() const;
    int totalCount() const;
    QString matrixSummary() const;
    QVariantList levelOptions() const { return options("level"); }
    QVariantList statusOptions() const { return options("status"); }
    QVariantList responseOptions() const { return options("response"); }
    QVariantList factorOptions() const;
    QVariantMap labels() const;

    // Selects a risk by id (or by its row in `risks`). When the draft has changes, nothing moves yet:
    // leaveQuestion is set and answerLeave() finishes. Returns true when the risk is selected now.
    Q_INVOKABLE bool select(const QString &riskId);
    Q_INVOKABLE bool selectRow(int row);
    // Adds a new open risk and selects it (asking first, like select()).
    Q_INVOKABLE bool addRisk();
    Q_INVOKABLE void answerLeave(rb::ui::RiskRegister::LeaveChoice choice);
    // Applies the draft to the selected risk (one undoable edit); false when nothing changed or a
    // field is invalid (lastError says which).
    Q_INVOKABLE bool apply();
    // Drops the draft's changes: the form shows the risk as it is in the document.
    Q_INVOKABLE void revert();
    Q_INVOKABLE bool removeCurrent();

    // A change-log entry as stored ("residualProbability 3 → 2; status open → closed") in words of the
    // user's language ("Residual probability 3 → 2; Status Open → Closed").
    QString describeChange(const QString &stored) const;

signals:
    void matrixChanged();
    void optionsChanged();
    void currentChanged();
    void currentRowChanged();
    void historyChanged();
    void leaveQuestionChanged();
    void lastErrorChanged();
    void documentChanged();
    void appStateChanged();

private:
    const rb::model::Portfolio &portfolio() const { return DocumentController::portfolioOf(m_document); }
    // The document's edits; null without a document (callers hold a risk of it, so there is one).
    rb::model::PortfolioDocument *doc() const { return m_document ? m_document->document() : nullptr; }

    enum class Leave { None, Select, Add, Filter };
    bool leave(Leave action, const QString &target);
    void finishLeave(Leave action, const QString &target);
    void setCurrent(const QString &riskId);
    void afterRowsChanged();
    void afterFilterChanged();
    void syncPendingEdit();
    void setError(const QString &error);
    int sourceRowOf(const QString &riskId) const;
    QString firstVisibleId(int nearRow = 0) const;
    QString optionLabel(const char *group, const QString &value) const;
    QVariantList options(const char *group) const;

    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    rb::model::RiskListModel *m_list = nullptr; // on m_document
    rb::model::RiskFilterModel m_filter;
    RiskDraft m_draft;
    QString m_currentId;
    int m_lastRow = 0;                // the selection's row in `risks`, to pick a neighbour when it goes
    bool m_currentWasVisible = false; // before the last filter change
    Leave m_pendingLeave = Leave::None;
    QString m_pendingTarget;
    QString m_pendingKey; // the key registered with DocumentController
    QString m_error;
};

} // namespace rb::ui
