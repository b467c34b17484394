// assessmenteditor.h — view-model of the kick-off assessment: the draft scores of the chosen post (main
// and detailed factors), the radar data against the assessment it is compared with, the
// detailed-analysis rule (docs/assessment-rules.md), the assessment history (any entry can be opened
// or compared with), saving as a new dated assessment, and proposing a linked risk for a badly
// scored factor.
//
// Drafts are kept per post until saved or discarded: choosing another post keeps the first post's
// draft (coming back shows it), and each draft is registered with DocumentController as a pending
// edit ("assessment:<post>") so quitting or opening another file asks about it.
#pragma once

#include "qml/assessmentdraftmodel.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace rb::ui {

class AssessmentEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The session's objects (set from QML: `document: DocumentController`); nothing to edit until set.
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    // The factor names' language and the user's name (the default assessor).
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY appStateChanged)
    Q_PROPERTY(QString postId READ postId WRITE setPostId NOTIFY postIdChanged)
    Q_PROPERTY(QString postTitle READ postTitle NOTIFY postIdChanged)
    Q_PROPERTY(rb::model::AssessmentDraftModel *factors READ factors CONSTANT)
    Q_PROPERTY(rb::model::RadarModel *radar READ radar CONSTANT)
    Q_PROPERTY(int mainFactorCount READ mainFactorCount NOTIFY draftChanged)
    Q_PROPERTY(bool detailedRequired READ detailedRequired NOTIFY draftChanged)
    Q_PROPERTY(QString detailedReason READ detailedReason NOTIFY draftChanged)
    Q_PROPERTY(int missingMitigations READ missingMitigations NOTIFY draftChanged)
    // Why the draft cannot be saved yet: a factor has a text but no score ("" when it can).
    Q_PROPERTY(QString unscoredNotes READ unscoredNotes NOTIFY draftChanged)
    // The shown post has a draft that differs from its latest assessment.
    Q_PROPERTY(bool dirty READ dirty NOTIFY draftChanged)
    // The posts that hold a draft, in the order the drafts were started.
    Q_PROPERTY(QStringList draftPosts READ draftPosts NOTIFY draftPostsChanged)
    // The user's name (AppState::userName) unless another assessor was typed for this session.
    Q_PROPERTY(QString assessor READ assessor WRITE setAssessor NOTIFY assessorChanged)
    Q_PROPERTY(QStringList history READ history NOTIFY historyChanged) // "2018-10-15 · assessor · scores 3 2 4 ..."
    // The history as entries for the view, newest first: {assessment (index in the document), label,
    // viewed (bool), compared (bool)}.
    Q_PROPERTY(QVariantList historyEntries READ historyEntries NOTIFY historyChanged)
    // The opened history entry (index into the document's assessments), -1 while editing the draft.
    Q_PROPERTY(int viewedAssessment READ viewedAssessment NOTIFY historyChanged)
    Q_PROPERTY(bool editable READ editable NOTIFY historyChanged)
    Q_PROPERTY(QString viewedLabel READ viewedLabel NOTIFY historyChanged)
    // What "was" and the grey radar line show (index into the document's assessments; -1: nothing).
    // Chosen per post (first: the assessment before the latest, else the latest); saving a new
    // assessment keeps it (the kick-off's "before").
    Q_PROPERTY(int comparisonAssessment READ comparisonAssessment WRITE setComparisonAssessment NOTIFY historyChanged)
    Q_PROPERTY(QString comparisonLabel READ comparisonLabel NOTIFY historyChanged) // "date · assessor"
    Q_PROPERTY(QString comparisonDate READ comparisonDate NOTIFY historyChanged)   // short date, or "nothing"
    Q_PROPERTY(QString radarSummary READ radarSummary NOTIFY draftChanged)
    Q_PROPERTY(QVariantMap riskProposal READ riskProposal NOTIFY riskProposalChanged)
public:
    explicit AssessmentEditor(QObject *parent = nullptr);
    ~AssessmentEditor() override;

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);

    QString postId() const { return m_postId; }
    void setPostId(const QString &id);
    QString postTitle() const;
    rb::model::AssessmentDraftModel *factors() { return &m_draft; }
    rb::model::RadarModel *radar() { return &m_radar; }
    int mainFactorCount() const { return m_draft.mainCount(); }
    bool detailedRequired() const;
    QString detailedReason() const;
    int missingMitigations() const;
    QString unscoredNotes() const;
    bool dirty() const { return m_drafts.contains(m_postId); }
    QStringList draftPosts() const { return m_draftOrder; }
    QString assessor() const;
    void setAssessor(const QString &a);
    QStringList history() const;
    QVariantList historyEntries() const;
    int viewedAssessment() const { return m_viewed; }
    bool editable() const { return m_viewed < 0; }
    QString viewedLabel() const;
    int comparisonAssessment() const;
    void setComparisonAssessment(int assessment);
    QString comparisonLabel() const;
    QString comparisonDate() const;
    QString radarSummary() const;
    QVariantMap riskProposal() const { return m_proposal; }

    Q_INVOKABLE void setScore(int row, int score);
    Q_INVOKABLE void setRationale(int row, const QString &text);
    Q_INVOKABLE void setMitigation(int row, const QString &text);
    // Saves the shown post's draft as a new assessment dated today (one undoable edit). False when
    // nothing is scored.
    Q_INVOKABLE bool save();
    // Saves the draft of any post (the pending edit's apply); false with the reason in *error.
    bool saveDraftOf(const QString &post, QString *error = nullptr);
    // Drops the shown post's draft: it starts again from the latest saved assessment.
    Q_INVOKABLE void discardDraft();
    Q_INVOKABLE void revert() { discardDraft(); }
    void discardDraftOf(const QString &post);
    // Opens a history entry read-only (its scores on the radar, its texts in the list); -1 or
    // viewDraft() goes back to the draft.
    Q_INVOKABLE void viewAssessment(int assessment);
    Q_INVOKABLE void viewDraft() { viewAssessment(-1); }
    // The row in DocumentController's post list the user means by typing `typed` (type-ahead on
    // whole codes: an exact code first, then the first code starting with it; case-insensitive), or -1.
    Q_INVOKABLE int postRowForTyped(const QString &typed) const;
    // True when the factor (score >= 4) has no open risk of this post linked to it yet.
    Q_INVOKABLE bool canProposeRisk(int row) const;
    // Fills riskProposal for a badly scored factor; acceptRiskProposal adds it to the register.
    Q_INVOKABLE void proposeRisk(int row);
    Q_INVOKABLE bool acceptRiskProposal();
    Q_INVOKABLE void rejectRiskProposal();

signals:
    void postIdChanged();
    void draftChanged();
    void draftPostsChanged();
    void assessorChanged();
    void historyChanged();
    void riskProposalChanged();
    void documentChanged();
    void appStateChanged();

private:
    const rb::model::Portfolio &portfolio() const { return DocumentController::portfolioOf(m_document); }
    QString author() const; // the document's author (the user's name)
    void reload();
    void draftEdited();
    void keepDraft(const QString &post, const QHash<QString, rb::model::FactorScore> &rows);
    void forgetDraft(const QString &post);
    const rb::model::Assessment *assessmentAt(int index) const; // of the shown post, or null
    QString entryLabel(const rb::model::Assessment &a) const;
    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    QString m_postId;
    QString m_assessor; // typed in the view; empty: the user's name
    // Kept drafts (post -> its non-empty rows by factor id) and the order they were started in.
    QHash<QString, QHash<QString, rb::model::FactorScore>> m_drafts;
    QStringList m_draftOrder;
    QHash<QString, int> m_comparison; // post -> assessment compared with (-1: nothing)
    int m_viewed = -1;
    bool m_loading = false;
    rb::model::AssessmentDraftModel m_draft;
    rb::model::RadarModel m_radar{&m_draft};
    QVariantMap m_proposal;
};

} // namespace rb::ui
