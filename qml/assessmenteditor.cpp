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
QString pendingKey(const QString &post) { return QStringLiteral("assessment:") + post; }
// The post's assessments as indices into the document, newest first (same date: the later one).
QList<int> historyOf(const Portfolio &portfolio, const QString &post)
{
    const auto &list = portfolio.assessments;
    QList<int> out;
    for (int i = 0; i < list.size(); ++i)
        if (list[i].post == post) out << i;
    std::stable_sort(out.begin(), out.end(), [&list](int a, int b) {
        return list[a].date != list[b].date ? list[a].date > list[b].date : a > b;
    });
    return out;
}
// What a post is compared with when it is first shown: the assessment before its latest (so a
// kick-off saved earlier, or just now, still shows "before" and "after"), else its only one.
int defaultComparison(const Portfolio &portfolio, const QString &post)
{
    const QList<int> history = historyOf(portfolio, post);
    return history.size() >= 2 ? history[1] : history.value(0, -1);
}
} // namespace

AssessmentEditor::AssessmentEditor(QObject *parent) : QObject(parent)
{
    connect(&m_draft, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                using R = AssessmentDraftModel;
                if (!m_loading
                    && (roles.contains(R::ScoreRole) || roles.contains(R::RationaleRole)
                        || roles.contains(R::MitigationRole)))
                    draftEdited();
            });
}

AssessmentEditor::~AssessmentEditor()
{
    // The pending edits call back into this object: they go with it.
    if (m_document)
        for (const QString &post : std::as_const(m_draftOrder)) m_document->clearPendingEdit(pendingKey(post));
}

void AssessmentEditor::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    for (const QString &post : QStringList(m_draftOrder)) forgetDraft(post); // drafts of the old document
    if (m_document) disconnect(m_document->document(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document->document(), &PortfolioDocument::assessmentsChanged, this, [this](const QString &post) {
            if (post == m_postId) reload(); // a save, an undo or a redo: the draft (kept or fresh) and the history
        });
        connect(document->document(), &PortfolioDocument::documentReset, this, [this] {
            // Another document: the controller has already asked about (and discarded) the drafts.
            for (const QString &post : QStringList(m_draftOrder)) forgetDraft(post);
            m_comparison.clear();
            m_viewed = -1;
            reload();
        });
    }
    m_comparison.clear();
    m_viewed = -1;
    emit documentChanged();
    emit assessorChanged();
    emit postIdChanged(); // the title
    reload();
}

void AssessmentEditor::setAppState(AppState *state)
{
    if (m_state == state) return;
    if (m_state) disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    // Strings made here are translated here: a language switch re-reads them.
    if (state) {
        m_draft.setLanguage(state->language());
        connect(state, &AppState::languageChanged, this, [this, state] {
            m_draft.setLanguage(state->language());
            for (const QString &post : std::as_const(m_draftOrder))
                keepDraft(post, m_drafts.value(post)); // the descriptions
            emit draftChanged();
            emit historyChanged();
        });
        connect(state, &AppState::userNameChanged, this, &AssessmentEditor::assessorChanged);
    }
    emit appStateChanged();
    reload(); // the factor names in the user's language
}

void AssessmentEditor::setPostId(const QString &id)
{
    if (m_postId == id) return;
    m_postId = id; // the draft of the post left behind stays in m_drafts
    m_viewed = -1;
    reload();
    emit postIdChanged();
}

const Assessment *AssessmentEditor::assessmentAt(int index) const
{
    const auto &list = portfolio().assessments;
    return index >= 0 && index < list.size() && list[index].post == m_postId ? &list[index] : nullptr;
}

void AssessmentEditor::reload()
{
    const Portfolio &p = portfolio();
    if (!assessmentAt(m_viewed)) m_viewed = -1;
    // The comparison is chosen when a post is first shown and stays through saves, so after "Save
    // as new assessment" "was" is still the assessment before.
    const auto cmp = m_comparison.constFind(m_postId);
    if (cmp == m_comparison.cend() || (*cmp >= 0 && !assessmentAt(*cmp)))
        m_comparison.insert(m_postId, defaultComparison(p, m_postId));
    const Assessment *comparison = assessmentAt(m_comparison.value(m_postId));
    m_loading = true;
    m_draft.setReadOnly(m_viewed >= 0);
    if (m_viewed >= 0) {
        m_draft.load(p.successFactors, assessmentAt(m_viewed), comparison);
    } else {
        const auto kept = m_drafts.constFind(m_postId);
        m_draft.load(p.successFactors, p.latestAssessment(m_postId), comparison,
                     kept == m_drafts.cend() ? nullptr : &*kept);
    }
    m_loading = false;
    rejectRiskProposal();
    emit draftChanged();
    emit historyChanged();
}

void AssessmentEditor::draftEdited()
{
    if (m_viewed >= 0 || m_postId.isEmpty()) return;
    if (m_draft.sameAs(portfolio().latestAssessment(m_postId)))
        forgetDraft(m_postId); // changed back: nothing to keep
    else
        keepDraft(m_postId, m_draft.draftRows());
    emit draftChanged();
}

void AssessmentEditor::keepDraft(const QString &post, const QHash<QString, FactorScore> &rows)
{
    m_drafts.insert(post, rows);
    if (!m_draftOrder.contains(post)) {
        m_draftOrder << post;
        emit draftPostsChanged();
    }
    if (!m_document) return;
    m_document->setPendingEdit({pendingKey(post), AppState::viewNames().value(AppState::Assessment),
                                QCoreApplication::translate("AssessmentEditor", "Assessment draft of %1").arg(post),
                                [this, post](QString *error) { return saveDraftOf(post, error); },
                                [this, post] { discardDraftOf(post); }});
}

void AssessmentEditor::forgetDraft(const QString &post)
{
    if (!m_drafts.remove(post)) return;
    m_draftOrder.removeAll(post);
    if (m_document) m_document->clearPendingEdit(pendingKey(post));
    emit draftPostsChanged();
}

void AssessmentEditor::discardDraft() { discardDraftOf(m_postId); }

void AssessmentEditor::discardDraftOf(const QString &post)
{
    forgetDraft(post);
    if (post == m_postId) reload();
}

void AssessmentEditor::viewAssessment(int assessment)
{
    if ((assessment >= 0 && !assessmentAt(assessment)) || assessment == m_viewed) return;
    m_viewed = assessment; // the draft, kept or not, is untouched
    reload();
}

int AssessmentEditor::comparisonAssessment() const
{
    const int i = m_comparison.value(m_postId, -1);
    return assessmentAt(i) ? i : -1;
}

void AssessmentEditor::setComparisonAssessment(int assessment)
{
    if ((assessment >= 0 && !assessmentAt(assessment)) || assessment == comparisonAssessment()) return;
    m_comparison.insert(m_postId, assessment);
    m_draft.setComparison(assessmentAt(assessment));
    emit historyChanged();
    emit draftChanged();
}

int AssessmentEditor::postRowForTyped(const QString &typed) const
{
    const QString t = typed.trimmed();
    if (t.isEmpty()) return -1;
    if (!m_document) return -1;
    const auto &posts = m_document->posts()->posts();
    for (int i = 0; i < posts.size(); ++i)
        if (posts[i].id.compare(t, Qt::CaseInsensitive) == 0) return i;
    for (int i = 0; i < posts.size(); ++i)
        if (posts[i].id.startsWith(t, Qt::CaseInsensitive)) return i;
    return -1;
}

QString AssessmentEditor::postTitle() const
{
    const Portfolio &p = portfolio();
    const int i = p.postIndex(m_postId);
    return i < 0 ? QString() : QStringLiteral("%1  %2").arg(p.posts[i].id, p.posts[i].title);
}

bool AssessmentEditor::detailedRequired() const { return detailedAnalysisRequired(m_draft.mainScores()); }

QString AssessmentEditor::detailedReason() const
{
    switch (detailedAnalysisReason(m_draft.mainScores())) {
    case DetailedReason::AnyFive:
        return QCoreApplication::translate("AssessmentEditor", "A factor scores 5: a detailed analysis is required.");
    case DetailedReason::TwoFours:
        return QCoreApplication::translate("AssessmentEditor",
                                           "Two or more factors score 4 or higher: a detailed analysis is required.");
    case DetailedReason::HighMean:
        return QCoreApplication::translate("AssessmentEditor",
                                           "The mean score is 3.0 or higher: a detailed analysis is required.");
    case DetailedReason::None:
        break;
    }
    return QCoreApplication::translate("AssessmentEditor",
                                       "No detailed analysis required (see the rule in the manual).");
}

int AssessmentEditor::missingMitigations() const
{
    int n = 0;
    for (int r = 0; r < m_draft.rowCount(); ++r)
        n += m_draft.index(r).data(AssessmentDraftModel::NeedsMitigationRole).toBool() ? 1 : 0;
    return n;
}

QString AssessmentEditor::assessor() const { return m_assessor.isEmpty() ? author() : m_assessor; }

QString AssessmentEditor::author() const { return m_document ? m_document->document()->author() : QString(); }

QString AssessmentEditor::unscoredNotes() const
{
    if (m_viewed >= 0) return {};
    QStringList names;
    for (int row : m_draft.unscoredWithText()) names << m_draft.name(row);
    return names.isEmpty()
        ? QString()
        : QCoreApplication::translate("AssessmentEditor",
                                      "Score %1 or clear its text: a factor without a score is not saved.")
              .arg(names.join(QStringLiteral(", ")));
}

void AssessmentEditor::setAssessor(const QString &a)
{
    const QString name = a.trimmed();
    if (name == assessor()) return;
    m_assessor = name == author() ? QString() : name; // empty: follow the user's name
    emit assessorChanged();
}

QString AssessmentEditor::entryLabel(const Assessment &a) const
{
    QStringList scores;
    for (const auto &f : portfolio().successFactors)
        if (isMainFactor(f)) {
            const FactorScore *s = a.score(f.id);
            scores << (s ? QString::number(s->score) : QStringLiteral("–"));
        }
    return QCoreApplication::translate("AssessmentEditor", "%1 · %2 · scores %3")
        .arg(QLocale().toString(a.date, QLocale::ShortFormat), a.assessor, scores.join(QLatin1Char(' ')));
}

QStringList AssessmentEditor::history() const
{
    QStringList out;
    for (int i : historyOf(portfolio(), m_postId)) out << entryLabel(portfolio().assessments[i]);
    return out;
}

QVariantList AssessmentEditor::historyEntries() const
{
    QVariantList out;
    const int compared = comparisonAssessment();
    for (int i : historyOf(portfolio(), m_postId))
        out << QVariantMap{{"assessment", i},
                           {"label", entryLabel(portfolio().assessments[i])},
                           {"viewed", i == m_viewed},
                           {"compared", i == compared}};
    return out;
}

QString AssessmentEditor::viewedLabel() const
{
    const Assessment *a = assessmentAt(m_viewed);
    return a ? QCoreApplication::translate("AssessmentEditor", "The assessment of %1 by %2 (read only)")
                   .arg(QLocale().toString(a->date, QLocale::ShortFormat), a->assessor)
             : QString();
}

QString AssessmentEditor::comparisonLabel() const
{
    const Assessment *a = assessmentAt(comparisonAssessment());
    return a ? QCoreApplication::translate("AssessmentEditor", "%1 · %2")
                   .arg(QLocale().toString(a->date, QLocale::ShortFormat), a->assessor)
             : QCoreApplication::translate("AssessmentEditor", "nothing");
}

QString AssessmentEditor::comparisonDate() const
{
    const Assessment *a = assessmentAt(comparisonAssessment());
    return a ? QLocale().toString(a->date, QLocale::ShortFormat)
             : QCoreApplication::translate("AssessmentEditor", "nothing");
}

QString AssessmentEditor::radarSummary() const
{
    QStringList high;
    for (int r = 0; r < m_draft.mainCount(); ++r) {
        const int s = m_draft.mainScores()[r];
        if (s >= 4) high << QCoreApplication::translate("AssessmentEditor", "%1 scores %2").arg(m_draft.name(r)).arg(s);
    }
    return high.isEmpty()
        ? QCoreApplication::translate("AssessmentEditor", "Radar chart: no factor scores 4 or 5.")
        : QCoreApplication::translate("AssessmentEditor", "Radar chart: %1.").arg(high.join(QStringLiteral("; ")));
}

void AssessmentEditor::setScore(int row, int score)
{
    m_draft.setData(m_draft.index(row), score, AssessmentDraftModel::ScoreRole);
}
void AssessmentEditor::setRationale(int row, const QString &t)
{
    m_draft.setData(m_draft.index(row), t, AssessmentDraftModel::RationaleRole);
}
void AssessmentEditor::setMitigation(int row, const QString &t)
{
    m_draft.setData(m_draft.index(row), t, AssessmentDraftModel::MitigationRole);
}

bool AssessmentEditor::save() { return m_viewed < 0 && saveDraftOf(m_postId); }

bool AssessmentEditor::saveDraftOf(const QString &post, QString *error)
{
    const Portfolio &p = portfolio();
    const auto fail = [error](const QString &why) {
        if (error) *error = why;
        return false;
    };
    if (!m_document || p.postIndex(post) < 0)
        return fail(
            QCoreApplication::translate("AssessmentEditor", "There is no post %1 in this portfolio.").arg(post));
    // The shown draft is in the model (also when unchanged: re-confirming the latest is a new
    // assessment too); another post's is kept.
    const bool shown = post == m_postId && m_viewed < 0;
    const QHash<QString, FactorScore> rows = shown ? m_draft.draftRows() : m_drafts.value(post);
    for (const SuccessFactor &f : p.successFactors) // a text without a score would be lost: refuse
        if (textWithoutScore(rows.value(f.id)))
            return fail(QCoreApplication::translate(
                            "AssessmentEditor", "Score %1 or clear its text: a factor without a score is not saved.")
                            .arg(AssessmentDraftModel::displayName(f, m_draft.language())));
    Assessment a;
    a.post = post;
    a.date = m_document->document()->today();
    a.assessor = assessor();
    for (const SuccessFactor &f : p.successFactors)
        if (const FactorScore s = rows.value(f.id); s.score > 0) a.scores.append({f.id, s});
    if (a.scores.isEmpty())
        return fail(QCoreApplication::translate("AssessmentEditor", "No factor of %1 is scored.").arg(post));
    forgetDraft(post);
    m_document->document()->addAssessment(a); // assessmentsChanged: the shown post reloads from its new latest
    return true;
}

bool AssessmentEditor::canProposeRisk(int row) const
{
    if (row < 0 || row >= m_draft.rowCount()
        || !mitigationRequired(m_draft.index(row).data(AssessmentDraftModel::ScoreRole).toInt()))
        return false;
    const QString factor = m_draft.factor(row).id;
    for (const Risk &r : portfolio().risks)
        if (r.factor == factor && r.posts.contains(m_postId) && r.status == RiskStatus::Open) return false;
    return true;
}

void AssessmentEditor::proposeRisk(int row)
{
    if (!canProposeRisk(row)) return;
    const QModelIndex i = m_draft.index(row);
    const int score = i.data(AssessmentDraftModel::ScoreRole).toInt();
    const QString name = m_draft.name(row);
    const QString rationale = i.data(AssessmentDraftModel::RationaleRole).toString();
    m_proposal = {
        {"id", m_document->document()->newRiskId(m_postId)}, // a factor row: there is a document
        {"title",
         QCoreApplication::translate("AssessmentEditor", "%1: %2 insufficiently under control").arg(m_postId, name)},
        {"factor", m_draft.factor(row).id},
        {"factorName", name},
        {"post", m_postId},
        {"cause",
         rationale.isEmpty()
             ? QCoreApplication::translate("AssessmentEditor", "Success factor “%1” scored %2 at kick-off.")
                   .arg(name)
                   .arg(score)
             : rationale},
        {"mitigation", i.data(AssessmentDraftModel::MitigationRole).toString()},
        {"probability", score >= 5 ? 4 : 3},
        {"impact", score},
        {"status", QStringLiteral("open")},
    };
    emit riskProposalChanged();
}

bool AssessmentEditor::acceptRiskProposal()
{
    if (m_proposal.isEmpty() || !m_document) return false;
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
    r.owner = assessor();
    m_document->document()->addRisk(
        r, QCoreApplication::translate("AssessmentEditor", "Created from the kick-off assessment of %1").arg(m_postId));
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
