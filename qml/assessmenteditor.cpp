// assessmenteditor.cpp
#include "qml/assessmenteditor.h"

#include "model/assessmentrules.h"
#include "model/portfoliodocument.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>
#include <QLocale>

namespace rb::ui {

using namespace rb::model;

namespace {
PortfolioDocument *doc() { return DocumentController::instance()->document(); }
} // namespace

AssessmentEditor::AssessmentEditor(QObject *parent) : QObject(parent), m_assessor(PortfolioDocument::systemUserName())
{
    connect(&m_draft, &QAbstractItemModel::dataChanged, this, [this] {
        m_dirty = true;
        emit draftChanged();
    });
    connect(doc(), &PortfolioDocument::assessmentsChanged, this, [this](const QString &post) {
        if (post != m_postId) return;
        emit historyChanged();
        if (!m_dirty) reload(); // an undo/redo shows up in a draft nobody has touched
    });
    connect(doc(), &PortfolioDocument::documentReset, this, &AssessmentEditor::reload);
    // Strings made here are translated here: a language switch re-reads them.
    if (AppState *app = AppState::instance())
        connect(app, &AppState::languageChanged, this, [this] {
            emit draftChanged();
            emit historyChanged();
        });
}

void AssessmentEditor::setPostId(const QString &id)
{
    if (m_postId == id) return;
    m_postId = id;
    reload();
    emit postIdChanged();
}

void AssessmentEditor::reload()
{
    const Portfolio &p = doc()->portfolio();
    m_draft.load(p.successFactors, p.latestAssessment(m_postId));
    m_dirty = false;
    rejectRiskProposal();
    emit draftChanged();
    emit historyChanged();
}

void AssessmentEditor::revert() { reload(); }

QString AssessmentEditor::postTitle() const
{
    const Portfolio &p = doc()->portfolio();
    const int i = p.postIndex(m_postId);
    return i < 0 ? QString() : QStringLiteral("%1  %2").arg(p.posts[i].id, p.posts[i].title);
}

bool AssessmentEditor::detailedRequired() const { return detailedAnalysisRequired(m_draft.mainScores()); }

QString AssessmentEditor::detailedReason() const
{
    switch (detailedAnalysisReason(m_draft.mainScores())) {
    case DetailedReason::AnyFive: return QCoreApplication::translate("AssessmentEditor", "A factor scores 5: a detailed analysis is required.");
    case DetailedReason::TwoFours: return QCoreApplication::translate("AssessmentEditor", "Two or more factors score 4 or higher: a detailed analysis is required.");
    case DetailedReason::HighMean: return QCoreApplication::translate("AssessmentEditor", "The mean score is 3.0 or higher: a detailed analysis is required.");
    case DetailedReason::None: break;
    }
    return QCoreApplication::translate("AssessmentEditor", "No detailed analysis required (see the rule in the manual).");
}

int AssessmentEditor::missingMitigations() const
{
    int n = 0;
    for (int r = 0; r < m_draft.rowCount(); ++r)
        n += m_draft.index(r).data(AssessmentDraftModel::NeedsMitigationRole).toBool() ? 1 : 0;
    return n;
}

void AssessmentEditor::setAssessor(const QString &a)
{
    if (a == m_assessor) return;
    m_assessor = a;
    emit assessorChanged();
}

QStringList AssessmentEditor::history() const
{
    QList<const Assessment *> list;
    for (const Assessment &a : doc()->portfolio().assessments)
        if (a.post == m_postId) list << &a;
    std::stable_sort(list.begin(), list.end(), [](auto a, auto b) { return a->date > b->date; });
    QStringList out;
    for (const Assessment *a : list) {
        QStringList scores;
        for (const auto &f : doc()->portfolio().successFactors)
            if (!f.detailed) {
                const FactorScore *s = a->score(f.id);
                scores << (s ? QString::number(s->score) : QStringLiteral("–"));
            }
        out << QCoreApplication::translate("AssessmentEditor", "%1 · %2 · scores %3").arg(QLocale().toString(a->date, QLocale::ShortFormat), a->assessor,
                                             scores.join(QLatin1Char(' ')));
    }
    return out;
}

QString AssessmentEditor::radarSummary() const
{
    QStringList high;
    for (int r = 0; r < m_draft.mainCount(); ++r) {
        const int s = m_draft.mainScores()[r];
        if (s >= 4) high << QCoreApplication::translate("AssessmentEditor", "%1 scores %2").arg(m_draft.factor(r).nameNl).arg(s);
    }
    return high.isEmpty() ? QCoreApplication::translate("AssessmentEditor", "Radar chart: no factor scores 4 or 5.")
                          : QCoreApplication::translate("AssessmentEditor", "Radar chart: %1.").arg(high.join(QStringLiteral("; ")));
}

void AssessmentEditor::setScore(int row, int score) { m_draft.setData(m_draft.index(row), score, AssessmentDraftModel::ScoreRole); }
void AssessmentEditor::setRationale(int row, const QString &t) { m_draft.setData(m_draft.index(row), t, AssessmentDraftModel::RationaleRole); }
void AssessmentEditor::setMitigation(int row, const QString &t) { m_draft.setData(m_draft.index(row), t, AssessmentDraftModel::MitigationRole); }

bool AssessmentEditor::save()
{
    const auto scores = m_draft.scores();
    if (scores.isEmpty() || doc()->portfolio().postIndex(m_postId) < 0) return false;
    Assessment a;
    a.post = m_postId;
    a.date = doc()->today();
    a.assessor = m_assessor;
    a.scores = scores;
    m_dirty = false;
    doc()->addAssessment(a); // reloads the draft from the new latest assessment
    reload();
    return true;
}

bool AssessmentEditor::canProposeRisk(int row) const
{
    if (row < 0 || row >= m_draft.rowCount()
        || !mitigationRequired(m_draft.index(row).data(AssessmentDraftModel::ScoreRole).toInt()))
        return false;
    const QString factor = m_draft.factor(row).id;
    for (const Risk &r : doc()->portfolio().risks)
        if (r.factor == factor && r.posts.contains(m_postId) && r.status == RiskStatus::Open) return false;
    return true;
}

void AssessmentEditor::proposeRisk(int row)
{
    if (!canProposeRisk(row)) return;
    const QModelIndex i = m_draft.index(row);
    const int score = i.data(AssessmentDraftModel::ScoreRole).toInt();
    const QString name = m_draft.factor(row).nameNl;
    const QString rationale = i.data(AssessmentDraftModel::RationaleRole).toString();
    m_proposal = {
        {"id", doc()->newRiskId(m_postId)},
        {"title", QCoreApplication::translate("AssessmentEditor", "%1: %2 insufficiently under control").arg(m_postId, name)},
        {"factor", m_draft.factor(row).id},
        {"factorName", name},
        {"post", m_postId},
        {"cause", rationale.isEmpty() ? QCoreApplication::translate("AssessmentEditor", "Success factor “%1” scored %2 at kick-off.").arg(name).arg(score) : rationale},
        {"mitigation", i.data(AssessmentDraftModel::MitigationRole).toString()},
        {"probability", score >= 5 ? 4 : 3},
        {"impact", score},
        {"status", QStringLiteral("open")},
    };
    emit riskProposalChanged();
}

bool AssessmentEditor::acceptRiskProposal()
{
    if (m_proposal.isEmpty()) return false;
    Risk r;
    r.id = m_proposal.value("id").toString();
    r.title = m_proposal.value("title").toString();
    r.level = RiskLevel::Project;
    r.posts = {m_proposal.value("post").toString()};
    r.factor = m_proposal.value("factor").toString();
    r.cause = m_proposal.value("cause").toString();
    r.mitigation = m_proposal.value("mitigation").toString();
    r.probability = m_proposal.value("probability").toInt();
    r.impact = m_proposal.value("impact").toInt();
    r.status = RiskStatus::Open;
    r.owner = m_assessor;
    doc()->addRisk(r, QCoreApplication::translate("AssessmentEditor", "Created from the kick-off assessment of %1").arg(m_postId));
    rejectRiskProposal();
    return true;
}

void AssessmentEditor::rejectRiskProposal()
{
    if (m_proposal.isEmpty()) return;
    m_proposal.clear();
    emit riskProposalChanged();
}

} // namespace rb::ui
