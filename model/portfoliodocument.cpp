// portfoliodocument.cpp
#include "model/portfoliodocument.h"

#include "model/editcommands.h"

#include <QCoreApplication>
#include <QSet>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rb::model {

PortfolioDocument::PortfolioDocument(QObject *parent) : QObject(parent), m_author(systemUserName()) {}

QString PortfolioDocument::systemUserName()
{
    // The account's full name (the first field of the GECOS entry: "Jan de Vries,,,"), else its
    // login name; the environment only when the password database has no entry for us.
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::getuid())) {
        const QString full
            = QString::fromLocal8Bit(pw->pw_gecos ? pw->pw_gecos : "").section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty()) return full;
        if (pw->pw_name && *pw->pw_name) return QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) name = qEnvironmentVariable("USERNAME");
    return name;
}

void PortfolioDocument::reset(const Portfolio &portfolio)
{
    m_portfolio = portfolio;
    m_undo.clear();
    m_undo.setClean();
    emit documentReset();
    emit changed();
}

bool PortfolioDocument::editRisk(int row, Risk risk, const QString &change)
{
    if (row < 0 || row >= m_portfolio.risks.size()) return false;
    const Risk &before = m_portfolio.risks[row];
    risk.history = before.history;
    if (risk == before) return false; // nothing changed: no history entry, no undo step
    risk.history.append({today(), m_author, change});
    m_undo.push(new EditRiskCommand(this, row, before, risk,
                                    QCoreApplication::translate("rb::model", "Edit risk %1").arg(risk.id)));
    return true;
}

int PortfolioDocument::addRisk(Risk risk, const QString &change)
{
    const int row = int(m_portfolio.risks.size());
    risk.history.append({today(), m_author, change});
    m_undo.push(new InsertRemoveRiskCommand(this, row, risk, true,
                                            QCoreApplication::translate("rb::model", "Add risk %1").arg(risk.id)));
    return row;
}

bool PortfolioDocument::removeRisk(int row)
{
    if (row < 0 || row >= m_portfolio.risks.size()) return false;
    const Risk risk = m_portfolio.risks[row];
    m_undo.push(new InsertRemoveRiskCommand(this, row, risk, false,
                                            QCoreApplication::translate("rb::model", "Remove risk %1").arg(risk.id)));
    return true;
}

void PortfolioDocument::addAssessment(const Assessment &assessment)
{
    m_undo.push(new AddAssessmentCommand(this, int(m_portfolio.assessments.size()), assessment,
                                         QCoreApplication::translate("rb::model", "Assess %1").arg(assessment.post)));
}

bool PortfolioDocument::editPost(int row, const Post &post, const QString &change)
{
    if (row < 0 || row >= m_portfolio.posts.size() || m_portfolio.posts[row] == post) return false;
    m_undo.push(new EditPostCommand(
        this, row, m_portfolio.posts[row], post,
        change.isEmpty() ? QCoreApplication::translate("rb::model", "Edit post %1").arg(post.id) : change));
    return true;
}

bool PortfolioDocument::editProgramme(const Programme &programme, const QString &change)
{
    if (m_portfolio.programme == programme) return false;
    m_undo.push(new EditProgrammeCommand(this, m_portfolio.programme, programme,
                                         change.isEmpty() ? QCoreApplication::translate("rb::model", "Edit programme")
                                                          : change));
    return true;
}

void PortfolioDocument::addBaseline(const Baseline &baseline, const QString &change)
{
    QList<Baseline> after = m_portfolio.baselines;
    after << baseline;
    m_undo.push(new EditBaselinesCommand(
        this, m_portfolio.baselines, after,
        change.isEmpty() ? QCoreApplication::translate("rb::model", "Take baseline %1").arg(baseline.name) : change));
}

QString PortfolioDocument::newRiskId(const QString &stem) const
{
    QSet<QString> used;
    for (const Risk &r : m_portfolio.risks) used.insert(r.id);
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("R-%1-%2").arg(stem).arg(n);
        if (!used.contains(id)) return id;
    }
}

void PortfolioDocument::applyRisk(int row, const Risk &risk)
{
    m_portfolio.risks[row] = risk;
    emit riskChanged(row);
    emit changed();
}

void PortfolioDocument::applyInsertRisk(int row, const Risk &risk)
{
    emit riskAboutToBeInserted(row);
    m_portfolio.risks.insert(row, risk);
    emit riskInserted(row);
    emit changed();
}

void PortfolioDocument::applyRemoveRisk(int row)
{
    emit riskAboutToBeRemoved(row);
    m_portfolio.risks.removeAt(row);
    emit riskRemoved(row);
    emit changed();
}

void PortfolioDocument::applyInsertAssessment(int row, const Assessment &assessment)
{
    m_portfolio.assessments.insert(row, assessment);
    emit assessmentsChanged(assessment.post);
    emit changed();
}

void PortfolioDocument::applyRemoveAssessment(int row)
{
    const QString post = m_portfolio.assessments[row].post;
    m_portfolio.assessments.removeAt(row);
    emit assessmentsChanged(post);
    emit changed();
}

void PortfolioDocument::applyPost(int row, const Post &post)
{
    m_portfolio.posts[row] = post;
    emit postChanged(row);
    emit changed();
}

void PortfolioDocument::applyProgramme(const Programme &programme)
{
    m_portfolio.programme = programme;
    emit programmeChanged();
    emit changed();
}

void PortfolioDocument::applyBaselines(const QList<Baseline> &baselines)
{
    m_portfolio.baselines = baselines;
    emit baselinesChanged();
    emit changed();
}

} // namespace rb::model
