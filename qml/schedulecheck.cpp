// schedulecheck.cpp
#include "qml/schedulecheck.h"

#include "model/schedulecheck.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>

namespace rb::ui {

using namespace rb::model;
namespace an = rb::analysis;

ScheduleCheckModel::ScheduleCheckModel(QObject *parent) : QAbstractListModel(parent) {}

void ScheduleCheckModel::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &DocumentController::documentChanged, this, [this] {
            if (m_active) refresh();
        });
    emit documentChanged();
    if (m_active) refresh();
}

void ScheduleCheckModel::setAppState(AppState *state)
{
    if (m_state == state) return;
    if (m_state) disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state)
        connect(state, &AppState::languageChanged, this, [this] {
            if (m_active) refresh();
        });
    emit appStateChanged();
}

int ScheduleCheckModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant ScheduleCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    case SectionRole:
        return r.section;
    case WhyRole:
        return r.why;
    case PostRole:
        return r.post;
    case ErrorRole:
        return r.error;
    case RuleIdRole:
        return r.ruleId;
    }
    return {};
}

QHash<int, QByteArray> ScheduleCheckModel::roleNames() const
{
    return {{TextRole, "finding"}, {SectionRole, "section"}, {WhyRole, "why"},
            {PostRole, "post"},    {ErrorRole, "error"},     {RuleIdRole, "ruleId"}};
}

void ScheduleCheckModel::setActive(bool active)
{
    if (m_active == active) return;
    m_active = active;
    if (active) refresh();
    emit activeChanged();
}

void ScheduleCheckModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_errors = m_warnings = 0;
    m_summary.clear();
    DocumentController *c = m_document;
    if (c && c->hasDocument()) {
        const Portfolio &portfolio = c->portfolio();
        const ScheduleCheck check = runScheduleCheck(portfolio);
        if (!check.ok()) {
            m_summary = QCoreApplication::translate("rb::ui::ScheduleCheckModel", "The schedule cannot be checked: %1")
                            .arg(check.error);
        } else {
            m_errors = int(check.report.errors);
            m_warnings = int(check.report.warnings);
            QList<QString> sections(qsizetype(an::kCheckRuleCount));
            for (const an::CheckRuleSummary &s : check.report.rules) {
                const QString severity = checkSeverityName(an::checkSeverity(s.rule));
                sections[qsizetype(s.rule)]
                    = QStringLiteral("%1 — %2 · %3")
                          .arg(severity.left(1).toUpper() + severity.mid(1), checkRuleTitle(s.rule), checkRuleCount(s));
            }
            for (const an::CheckFinding &f : check.report.findings) {
                Row r;
                r.text = checkFindingText(f, portfolio, *check.schedule);
                r.section = sections[qsizetype(f.rule)];
                r.why = checkRuleWhy(f.rule);
                // The post to look at: for a link into a level-of-effort post or a lag, the successor
                // is where the link is edited; for the others, the one post named.
                const bool successor = f.tasks.size() > 1 && f.rule == an::CheckRule::LevelOfEffortLogic
                    && check.schedule->network().task(f.tasks[1]).levelOfEffort;
                r.post = check.schedule->postId(f.tasks[successor ? 1 : 0]);
                r.error = an::checkSeverity(f.rule) == an::CheckSeverity::Error;
                r.ruleId = QLatin1String(an::checkRuleId(f.rule));
                m_rows << r;
            }
            const int errors = m_errors, warnings = m_warnings;
            m_summary = QCoreApplication::translate("rb::ui::ScheduleCheckModel", "%n error(s)", "", errors)
                + QStringLiteral(", ")
                + QCoreApplication::translate("rb::ui::ScheduleCheckModel", "%n warning(s)", "", warnings);
            if (portfolio.programme.statusDate.isValid())
                m_summary += QStringLiteral(" · ")
                    + QCoreApplication::translate("rb::ui::ScheduleCheckModel", "status date %1")
                          .arg(QLocale().toString(portfolio.programme.statusDate, QLocale::ShortFormat));
        }
    }
    endResetModel();
    emit refreshed();
}

QString ScheduleCheckModel::select(int row)
{
    if (row < 0 || row >= m_rows.size()) return {};
    const QString post = m_rows[row].post;
    if (m_state) m_state->setSelectedPostId(post);
    return post;
}

QString ScheduleCheckModel::why(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].why : QString(); }

} // namespace rb::ui
