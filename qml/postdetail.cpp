// postdetail.cpp
#include "qml/postdetail.h"

#include "qml/assessmentdraftmodel.h"
#include "model/scheduleadapter.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>
#include <QLocale>

namespace rb::ui {

using namespace rb::model;

namespace {
QString sourceText(const Source &s)
{
    QString t = s.section;
    if (!s.document.isEmpty()) t = s.document + QLatin1String(", ") + t;
    if (!s.quote.isEmpty()) t += QStringLiteral(" — “%1”").arg(s.quote);
    return t;
}
// Words for the document's codes, in the user's language (the codes stay in the file).
QString word(PostKind k)
{
    switch (k) {
    case PostKind::Project:
        return QCoreApplication::translate("PostDetail", "project");
    case PostKind::Activity:
        return QCoreApplication::translate("PostDetail", "activity");
    case PostKind::External:
        return QCoreApplication::translate("PostDetail", "external");
    }
    return {};
}
QString word(PostStatus s)
{
    switch (s) {
    case PostStatus::Planned:
        return QCoreApplication::translate("PostDetail", "planned");
    case PostStatus::Running:
        return QCoreApplication::translate("PostDetail", "running");
    case PostStatus::Done:
        return QCoreApplication::translate("PostDetail", "done");
    case PostStatus::Deferred:
        return QCoreApplication::translate("PostDetail", "deferred");
    case PostStatus::Cancelled:
        return QCoreApplication::translate("PostDetail", "cancelled");
    }
    return {};
}
QString word(HistoryKind k)
{
    switch (k) {
    case HistoryKind::Delayed:
        return QCoreApplication::translate("PostDetail", "delayed");
    case HistoryKind::Underspend:
        return QCoreApplication::translate("PostDetail", "underspend");
    case HistoryKind::Overspend:
        return QCoreApplication::translate("PostDetail", "overspend");
    case HistoryKind::Extended:
        return QCoreApplication::translate("PostDetail", "extended");
    case HistoryKind::Extra:
        return QCoreApplication::translate("PostDetail", "extra");
    case HistoryKind::Cheaper:
        return QCoreApplication::translate("PostDetail", "cheaper");
    case HistoryKind::Deferred:
        return QCoreApplication::translate("PostDetail", "postponed");
    case HistoryKind::Completed:
        return QCoreApplication::translate("PostDetail", "completed");
    case HistoryKind::Other:
        return QCoreApplication::translate("PostDetail", "other");
    }
    return {};
}
QString word(RiskStatus s)
{
    switch (s) {
    case RiskStatus::Open:
        return QCoreApplication::translate("PostDetail", "open");
    case RiskStatus::Closed:
        return QCoreApplication::translate("PostDetail", "closed");
    case RiskStatus::Occurred:
        return QCoreApplication::translate("PostDetail", "occurred");
    }
    return {};
}
QString money(double k)
{
    return QCoreApplication::translate("PostDetail", "%1 k€").arg(QLocale().toString(k, 'f', 0));
}
} // namespace

PostDetail::PostDetail(QObject *parent) : QObject(parent) {}

void PostDetail::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) connect(document, &DocumentController::documentChanged, this, &PostDetail::changed);
    emit documentChanged();
    emit changed();
}

void PostDetail::setAppState(AppState *state)
{
    if (m_state == state) return;
    if (m_state) disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    // Strings made here are translated here: a language switch re-reads them.
    if (state) connect(state, &AppState::languageChanged, this, &PostDetail::changed);
    emit appStateChanged();
    emit changed();
}

const Post *PostDetail::findPost(const QString &id) const
{
    const Portfolio &p = portfolio();
    const int i = p.postIndex(id);
    return i < 0 ? nullptr : &p.posts[i];
}

void PostDetail::setPostId(const QString &id)
{
    if (m_postId == id) return;
    m_postId = id;
    emit changed();
}

bool PostDetail::valid() const { return findPost(m_postId); }

QString PostDetail::title() const
{
    const Post *p = findPost(m_postId);
    return p ? QStringLiteral("%1  %2").arg(p->id, p->title) : QString();
}

QString PostDetail::facts() const
{
    const Post *p = findPost(m_postId);
    if (!p) return {};
    QStringList lines;
    QString themeName;
    for (const auto &t : portfolio().programme.themes)
        if (t.id == p->theme) themeName = t.name;
    lines << QCoreApplication::translate("PostDetail", "Theme %1 %2 · %3 · %4")
                 .arg(p->theme)
                 .arg(themeName, word(p->kind), word(p->status));
    if (!p->owner.isEmpty()) lines << QCoreApplication::translate("PostDetail", "Owner (eigenaar): %1").arg(p->owner);
    if (!p->contractor.isEmpty())
        lines << QCoreApplication::translate("PostDetail", "Contractor (opdrachtnemer): %1").arg(p->contractor);
    if (!p->projectLeader.isEmpty())
        lines << QCoreApplication::translate("PostDetail", "Project leader: %1").arg(p->projectLeader);
    if (p->start.isValid())
        lines << QCoreApplication::translate("PostDetail", "Planned: %1 – %2 (%3 days)")
                     .arg(QLocale().toString(p->start, QLocale::ShortFormat),
                          QLocale().toString(p->plannedFinish(), QLocale::ShortFormat))
                     .arg(p->plannedDurationDays());
    if (const auto s = m_document ? m_document->schedule() : nullptr) {
        const int t = s->taskOf(p->id);
        if (t >= 0) {
            const auto &d = s->schedule().tasks[t];
            lines << QCoreApplication::translate("PostDetail", "Scheduled: %1 – %2, float %3 days%4")
                         .arg(QLocale().toString(fromDayNumber(d.earlyStart), QLocale::ShortFormat),
                              QLocale().toString(fromDayNumber(d.earlyFinish), QLocale::ShortFormat))
                         .arg(d.totalFloat)
                         .arg(d.critical ? QCoreApplication::translate("PostDetail", " (critical)") : QString());
        }
    }
    if (p->deadline.isValid())
        lines << QCoreApplication::translate("PostDetail", "Deadline: %1")
                     .arg(QLocale().toString(p->deadline, QLocale::ShortFormat));
    if (p->budget) {
        const Budget &b = *p->budget;
        lines << QCoreApplication::translate(
                     "PostDetail", "Budget (voorstel): investment %1, operating %2, one-off %3; carried over %4")
                     .arg(money(b.investment.proposed), money(b.operating.proposed), money(b.oneOff.proposed),
                          money(b.oneOff.carriedOver));
    }
    if (p->costOfDelayPerMonth)
        lines << QCoreApplication::translate("PostDetail", "Cost of delay: %1 per month")
                     .arg(money(*p->costOfDelayPerMonth));
    return lines.join(QLatin1Char('\n'));
}

QString PostDetail::result() const
{
    const Post *p = findPost(m_postId);
    return p ? p->result : QString();
}
QString PostDetail::goal() const
{
    const Post *p = findPost(m_postId);
    return p ? p->goal : QString();
}
QStringList PostDetail::activities() const
{
    const Post *p = findPost(m_postId);
    return p ? p->activities : QStringList();
}
QString PostDetail::note() const
{
    const Post *p = findPost(m_postId);
    return p ? p->note : QString();
}

QStringList PostDetail::history() const
{
    const Post *p = findPost(m_postId);
    QStringList out;
    if (!p) return out;
    for (const HistoryEntry &h : p->history) {
        QString line = h.plateau
            ? QCoreApplication::translate("PostDetail", "Plateau %1 · %2: %3").arg(*h.plateau).arg(word(h.kind), h.text)
            : QCoreApplication::translate("PostDetail", "%1: %2").arg(word(h.kind), h.text);
        if (h.amount) line += QStringLiteral(" (%1)").arg(money(*h.amount));
        for (const Source &s : h.sources)
            line += QLatin1Char('\n') + QCoreApplication::translate("PostDetail", "Source: %1").arg(sourceText(s));
        out << line;
    }
    return out;
}

QStringList PostDetail::sources() const
{
    const Post *p = findPost(m_postId);
    QStringList out;
    if (p)
        for (const Source &s : p->sources) out << sourceText(s);
    return out;
}

QString PostDetail::assessmentCaption() const
{
    const Assessment *a = portfolio().latestAssessment(m_postId);
    return a ? QCoreApplication::translate("PostDetail", "Latest assessment (%1 · %2)")
                   .arg(QLocale().toString(a->date, QLocale::ShortFormat), a->assessor)
             : QString();
}

QStringList PostDetail::assessment() const
{
    const Portfolio &p = portfolio();
    const Assessment *a = p.latestAssessment(m_postId);
    QStringList out;
    if (!a) return out;
    const QString language = m_state ? m_state->language() : QStringLiteral("en");
    for (const SuccessFactor &f : p.successFactors) {
        const FactorScore *s = a->score(f.id);
        if (!s) continue;
        QString text = QCoreApplication::translate("PostDetail", "%1: %2")
                           .arg(AssessmentDraftModel::displayName(f, language))
                           .arg(s->score);
        if (!s->rationale.isEmpty()) text += QLatin1Char('\n') + s->rationale;
        if (!s->mitigation.isEmpty())
            text += QLatin1Char('\n')
                + QCoreApplication::translate("PostDetail", "Mitigation (beheersmaatregel): %1").arg(s->mitigation);
        out << text;
    }
    return out;
}

QStringList PostDetail::risks() const
{
    QStringList out;
    for (const Risk &r : portfolio().risks)
        if (r.posts.contains(m_postId)) out << QStringLiteral("%1  %2 (%3)").arg(r.id, r.title, word(r.status));
    return out;
}

} // namespace rb::ui
