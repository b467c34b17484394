// assessmenteditor.h — view-model of the kick-off assessment of one post: the draft scores (main and
// detailed factors), the radar data with the previous assessment, the detailed-analysis rule
// (docs/assessment-rules.md), the assessment history, saving as a new dated assessment, and
// proposing a linked risk for a badly scored factor.
#pragma once

#include "model/assessmentdraftmodel.h"

#include <QObject>
#include <QQmlEngine>

namespace rb::ui {

class AssessmentEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString postId READ postId WRITE setPostId NOTIFY postIdChanged)
    Q_PROPERTY(QString postTitle READ postTitle NOTIFY postIdChanged)
    Q_PROPERTY(rb::model::AssessmentDraftModel *factors READ factors CONSTANT)
    Q_PROPERTY(rb::model::RadarModel *radar READ radar CONSTANT)
    Q_PROPERTY(int mainFactorCount READ mainFactorCount NOTIFY draftChanged)
    Q_PROPERTY(bool detailedRequired READ detailedRequired NOTIFY draftChanged)
    Q_PROPERTY(QString detailedReason READ detailedReason NOTIFY draftChanged)
    Q_PROPERTY(int missingMitigations READ missingMitigations NOTIFY draftChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY draftChanged)
    Q_PROPERTY(QString assessor READ assessor WRITE setAssessor NOTIFY assessorChanged)
    Q_PROPERTY(QStringList history READ history NOTIFY historyChanged) // "2018-10-15 · assessor · 3 2 4 ..."
    Q_PROPERTY(QString radarSummary READ radarSummary NOTIFY draftChanged)
    Q_PROPERTY(QVariantMap riskProposal READ riskProposal NOTIFY riskProposalChanged)
public:
    explicit AssessmentEditor(QObject *parent = nullptr);

    QString postId() const { return m_postId; }
    void setPostId(const QString &id);
    QString postTitle() const;
    rb::model::AssessmentDraftModel *factors() { return &m_draft; }
    rb::model::RadarModel *radar() { return &m_radar; }
    int mainFactorCount() const { return m_draft.mainCount(); }
    bool detailedRequired() const;
    QString detailedReason() const;
    int missingMitigations() const;
    bool dirty() const { return m_dirty; }
    QString assessor() const { return m_assessor; }
    void setAssessor(const QString &a);
    QStringList history() const;
    QString radarSummary() const;
    QVariantMap riskProposal() const { return m_proposal; }

    Q_INVOKABLE void setScore(int row, int score);
    Q_INVOKABLE void setRationale(int row, const QString &text);
    Q_INVOKABLE void setMitigation(int row, const QString &text);
    // Saves the draft as a new assessment dated today (one undoable edit). False when nothing is scored.
    Q_INVOKABLE bool save();
    // Starts the draft again from the latest saved assessment.
    Q_INVOKABLE void revert();
    // True when the factor (score >= 4) has no open risk of this post linked to it yet.
    Q_INVOKABLE bool canProposeRisk(int row) const;
    // Fills riskProposal for a badly scored factor; acceptRiskProposal adds it to the register.
    Q_INVOKABLE void proposeRisk(int row);
    Q_INVOKABLE bool acceptRiskProposal();
    Q_INVOKABLE void rejectRiskProposal();

signals:
    void postIdChanged();
    void draftChanged();
    void assessorChanged();
    void historyChanged();
    void riskProposalChanged();

private:
    void reload();
    QString m_postId;
    QString m_assessor;
    bool m_dirty = false;
    rb::model::AssessmentDraftModel m_draft;
    rb::model::RadarModel m_radar{&m_draft};
    QVariantMap m_proposal;
};

} // namespace rb::ui
