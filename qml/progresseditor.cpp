// progresseditor.cpp — the "Update progress" form's draft (see progresseditor.h).
#include "qml/progresseditor.h"

#include "model/portfolio.h"
#include "model/progress.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rb::ui {

using rb::model::Post;
using rb::model::PostStatus;

namespace {

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

// A date typed as YYYY-MM-DD: the date, or an invalid one (and *bad set) when the text is not a date.
QDate parseDate(const QString &text, bool *bad)
{
    const QString t = text.trimmed();
    *bad = false;
    if (t.isEmpty()) return {};
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() || t.size() != 10) *bad = true;
    return *bad ? QDate() : d;
}

} // namespace

ProgressEditor::ProgressEditor(QObject *parent) : QObject(parent)
{
    for (int i = 0; i < FieldCount; ++i) m_problems << QString();
}

void ProgressEditor::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // An undo or another edit of the post while the form shows it: show the document's values,
        // unless the user has typed since (their draft is kept; apply writes it over).
        connect(m_document, &DocumentController::documentChanged, this, [this] {
            if (!m_edited)
                reset();
            else
                check();
        });
    }
    emit documentChanged();
    emit postIdChanged();
    reset();
}

void ProgressEditor::setPostId(const QString &id)
{
    if (m_postId == id) return;
    m_postId = id;
    emit postIdChanged();
    reset();
}

int ProgressEditor::row() const { return m_document ? m_document->portfolio().postIndex(m_postId) : -1; }

bool ProgressEditor::valid() const { return row() >= 0; }

QString ProgressEditor::postTitle() const
{
    const int r = row();
    return r < 0 ? QString() : m_document->portfolio().posts[r].title;
}

QString ProgressEditor::plannedStart() const
{
    const int r = row();
    return r < 0 ? QString() : iso(m_document->portfolio().posts[r].start);
}

QString ProgressEditor::plannedFinish() const
{
    const int r = row();
    return r < 0 ? QString() : iso(m_document->portfolio().posts[r].plannedFinish());
}

int ProgressEditor::plannedDays() const
{
    const int r = row();
    return r < 0 ? 0 : m_document->portfolio().posts[r].plannedDurationDays();
}

void ProgressEditor::reset()
{
    const int r = row();
    if (r >= 0) {
        const Post &p = m_document->portfolio().posts[r];
        m_actualStart = iso(p.actualStart);
        m_actualFinish = iso(p.actualFinish);
        m_remainingDays = p.remainingDays ? QString::number(*p.remainingDays) : QString();
    } else {
        m_actualStart.clear();
        m_actualFinish.clear();
        m_remainingDays.clear();
    }
    m_statusDate = m_document ? iso(m_document->portfolio().programme.statusDate) : QString();
    m_edited = false;
    check();
}

void ProgressEditor::setActualStart(const QString &text)
{
    if (m_actualStart == text) return;
    m_actualStart = text;
    m_edited = true;
    check();
}

void ProgressEditor::setActualFinish(const QString &text)
{
    if (m_actualFinish == text) return;
    m_actualFinish = text;
    m_edited = true;
    check();
}

void ProgressEditor::setRemainingDays(const QString &text)
{
    if (m_remainingDays == text) return;
    m_remainingDays = text;
    m_edited = true;
    check();
}

void ProgressEditor::setStatusDate(const QString &text)
{
    if (m_statusDate == text) return;
    m_statusDate = text;
    m_edited = true;
    check();
}

// The rules of docs/format.md "Progress" (model/progressformat.cpp checks the same on load), said for a
// person filling in the form and attached to the field to change.
void ProgressEditor::check()
{
    QStringList problems;
    for (int i = 0; i < FieldCount; ++i) problems << QString();
    const auto add = [&](Field f, const QString &message) {
        if (problems[f].isEmpty()) problems[f] = message;
    };
    bool badStart = false, badFinish = false, badStatus = false;
    m_start = parseDate(m_actualStart, &badStart);
    m_finish = parseDate(m_actualFinish, &badFinish);
    m_status = parseDate(m_statusDate, &badStatus);
    if (badStart)
        add(Start,
            QCoreApplication::translate("ProgressEditor",
                                        "The actual start is not a date: type it as YYYY-MM-DD, e.g. 2019-03-01."));
    if (badFinish)
        add(Finish,
            QCoreApplication::translate("ProgressEditor",
                                        "The actual finish is not a date: type it as YYYY-MM-DD, e.g. 2019-05-20."));
    if (badStatus)
        add(StatusDate,
            QCoreApplication::translate("ProgressEditor",
                                        "The status date is not a date: type it as YYYY-MM-DD, e.g. 2019-05-31."));
    m_remaining.reset();
    const QString remaining = m_remainingDays.trimmed();
    if (!remaining.isEmpty()) {
        bool ok = false;
        const int days = remaining.toInt(&ok);
        if (!ok || days < 0 || days > 36500)
            add(Remaining,
                QCoreApplication::translate("ProgressEditor",
                                            "The remaining work is a whole number of days, 0 or more (e.g. 40)."));
        else
            m_remaining = days;
    }
    if (!badFinish && m_finish.isValid() && !badStart && !m_start.isValid())
        add(Finish,
            QCoreApplication::translate("ProgressEditor", "A post with an actual finish needs an actual start too."));
    if (m_finish.isValid() && m_start.isValid() && m_finish < m_start)
        add(Finish,
            QCoreApplication::translate("ProgressEditor", "The actual finish (%1) is before the actual start (%2).")
                .arg(iso(m_finish), iso(m_start)));
    if (m_remaining && m_finish.isValid())
        add(Remaining,
            QCoreApplication::translate(
                "ProgressEditor",
                "A finished post has no remaining work: clear the remaining days or the actual finish."));
    else if (m_remaining && !badStart && !m_start.isValid())
        add(Remaining,
            QCoreApplication::translate("ProgressEditor",
                                        "Remaining days belong to a started post: fill in the actual start first."));
    const bool anyActual = m_start.isValid() || m_finish.isValid() || m_remaining;
    if (m_status.isValid()) {
        if (m_start.isValid() && m_start > m_status)
            add(Start,
                QCoreApplication::translate("ProgressEditor",
                                            "The actual start (%1) is after the status date (%2): actuals are what "
                                            "happened up to the status date.")
                    .arg(iso(m_start), iso(m_status)));
        if (m_finish.isValid() && m_finish > m_status)
            add(Finish,
                QCoreApplication::translate("ProgressEditor",
                                            "The actual finish (%1) is after the status date (%2): actuals are what "
                                            "happened up to the status date.")
                    .arg(iso(m_finish), iso(m_status)));
        // Moving the status date back must not leave another post's actuals after it.
        if (m_document) {
            for (const Post &p : m_document->portfolio().posts) {
                if (p.id == m_postId) continue;
                const QDate latest = p.actualFinish.isValid() ? p.actualFinish : p.actualStart;
                if (latest.isValid() && latest > m_status) {
                    add(StatusDate,
                        QCoreApplication::translate("ProgressEditor",
                                                    "Post %1 has an actual date (%2) after this status date; the "
                                                    "status date cannot be earlier.")
                            .arg(p.id, iso(latest)));
                    break;
                }
            }
        }
    } else if (!badStatus
               && (anyActual
                   || (m_document
                       && std::any_of(m_document->portfolio().posts.cbegin(), m_document->portfolio().posts.cend(),
                                      [&](const Post &p) { return p.id != m_postId && rb::model::hasProgress(p); })))) {
        add(StatusDate,
            QCoreApplication::translate("ProgressEditor",
                                        "Progress is measured at a status date: fill in the programme's status date."));
    }
    m_problems = problems;
    emit draftChanged();
}

QStringList ProgressEditor::problems() const
{
    QStringList out;
    for (const QString &p : m_problems)
        if (!p.isEmpty()) out << p;
    return out;
}

QString ProgressEditor::resultingStatus() const { return row() < 0 ? QString() : rb::model::toString(resulting()); }

PostStatus ProgressEditor::resulting() const
{
    const int r = row();
    PostStatus s = r < 0 ? PostStatus::Planned : m_document->portfolio().posts[r].status;
    if (m_finish.isValid())
        s = PostStatus::Done;
    else if (m_start.isValid())
        s = PostStatus::Running;
    else if (s == PostStatus::Running || s == PostStatus::Done)
        s = PostStatus::Planned;
    return s;
}

bool ProgressEditor::dirty() const
{
    const int r = row();
    if (!m_document) return false;
    const auto text = [](const QString &t) { return t.trimmed(); };
    const QString status = iso(m_document->portfolio().programme.statusDate);
    if (text(m_statusDate) != status) return true;
    if (r < 0) return false;
    const Post &p = m_document->portfolio().posts[r];
    return text(m_actualStart) != iso(p.actualStart) || text(m_actualFinish) != iso(p.actualFinish)
        || text(m_remainingDays) != (p.remainingDays ? QString::number(*p.remainingDays) : QString());
}

bool ProgressEditor::apply()
{
    check();
    if (!canApply()) return false;
    const int r = row();
    rb::model::PortfolioDocument *doc = m_document->document();
    rb::model::Programme programme = doc->portfolio().programme;
    programme.statusDate = m_status;
    std::optional<Post> post;
    if (r >= 0) {
        Post p = doc->portfolio().posts[r];
        p.actualStart = m_start;
        p.actualFinish = m_finish;
        p.remainingDays = m_remaining;
        p.status = resulting();
        // The loader's own rules must hold, or the saved file would not open again.
        if (!rb::model::progressProblems(p, m_status).isEmpty()) return false;
        post = p;
    }
    QUndoStack *undo = doc->undoStack();
    undo->beginMacro(r >= 0 ? QCoreApplication::translate("ProgressEditor", "Update progress of %1").arg(m_postId)
                            : QCoreApplication::translate("ProgressEditor", "Change the status date"));
    doc->editProgramme(
        programme, QCoreApplication::translate("ProgressEditor", "Change the status date to %1").arg(iso(m_status)));
    if (post)
        doc->editPost(r, *post, QCoreApplication::translate("ProgressEditor", "Update progress of %1").arg(m_postId));
    undo->endMacro();
    reset();
    return true;
}

} // namespace rb::ui
