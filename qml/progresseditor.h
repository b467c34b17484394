// progresseditor.h — view-model of the "Update progress" form: a typed draft of one post's actual start,
// actual finish and remaining days, and the programme's status date, checked as the user types
// (messages in words, the rules of docs/format.md "Progress") and applied as one undoable edit.
//
// The post's status follows the actuals on apply: an actual finish makes it done, an actual start
// running, clearing both makes a running or done post planned again (docs/ui.md "Update progress").
#pragma once

#include "model/portfolio.h"

#include "qml/documentcontroller.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <optional>

namespace rb::ui {

class ProgressEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The open document (QML: `document: DocumentController`).
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QString postId READ postId WRITE setPostId NOTIFY postIdChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY postIdChanged)
    Q_PROPERTY(QString postTitle READ postTitle NOTIFY postIdChanged)
    Q_PROPERTY(QString plannedStart READ plannedStart NOTIFY postIdChanged) // ISO, "" when none
    Q_PROPERTY(QString plannedFinish READ plannedFinish NOTIFY postIdChanged)
    Q_PROPERTY(int plannedDays READ plannedDays NOTIFY postIdChanged)
    // The draft, as typed: dates as YYYY-MM-DD, remaining days as a whole number; "" = not given.
    Q_PROPERTY(QString actualStart READ actualStart WRITE setActualStart NOTIFY draftChanged)
    Q_PROPERTY(QString actualFinish READ actualFinish WRITE setActualFinish NOTIFY draftChanged)
    Q_PROPERTY(QString remainingDays READ remainingDays WRITE setRemainingDays NOTIFY draftChanged)
    Q_PROPERTY(QString statusDate READ statusDate WRITE setStatusDate NOTIFY draftChanged)
    // One message per field ("" when fine), and all of them in order, in the user's language.
    Q_PROPERTY(QString actualStartProblem READ actualStartProblem NOTIFY draftChanged)
    Q_PROPERTY(QString actualFinishProblem READ actualFinishProblem NOTIFY draftChanged)
    Q_PROPERTY(QString remainingDaysProblem READ remainingDaysProblem NOTIFY draftChanged)
    Q_PROPERTY(QString statusDateProblem READ statusDateProblem NOTIFY draftChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY draftChanged)
    // The status the post gets on apply: "planned", "running", "done", "deferred", "cancelled".
    Q_PROPERTY(QString resultingStatus READ resultingStatus NOTIFY draftChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY draftChanged)
    Q_PROPERTY(bool canApply READ canApply NOTIFY draftChanged)
public:
    explicit ProgressEditor(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    QString postId() const { return m_postId; }
    void setPostId(const QString &id);
    bool valid() const;
    QString postTitle() const;
    QString plannedStart() const;
    QString plannedFinish() const;
    int plannedDays() const;

    QString actualStart() const { return m_actualStart; }
    void setActualStart(const QString &text);
    QString actualFinish() const { return m_actualFinish; }
    void setActualFinish(const QString &text);
    QString remainingDays() const { return m_remainingDays; }
    void setRemainingDays(const QString &text);
    QString statusDate() const { return m_statusDate; }
    void setStatusDate(const QString &text);

    QString actualStartProblem() const { return m_problems.value(Start); }
    QString actualFinishProblem() const { return m_problems.value(Finish); }
    QString remainingDaysProblem() const { return m_problems.value(Remaining); }
    QString statusDateProblem() const { return m_problems.value(StatusDate); }
    QStringList problems() const;
    QString resultingStatus() const;
    bool dirty() const;
    bool canApply() const { return dirty() && problems().isEmpty(); }

    // Starts again from the document's values of the post and the status date.
    Q_INVOKABLE void reset();
    // Applies the draft as one undoable edit ("Update progress of 5C4"): the post's actuals and status,
    // and the status date when it changed. False (nothing changes) while there are problems.
    Q_INVOKABLE bool apply();

signals:
    void documentChanged();
    void postIdChanged();
    void draftChanged();

private:
    enum Field { Start, Finish, Remaining, StatusDate, FieldCount };
    int row() const;
    rb::model::PostStatus resulting() const;
    void check();
    QPointer<DocumentController> m_document;
    QString m_postId;
    QString m_actualStart, m_actualFinish, m_remainingDays, m_statusDate;
    QStringList m_problems; // by Field
    // Parsed draft (valid only where the text parsed).
    QDate m_start, m_finish, m_status;
    std::optional<int> m_remaining;
    bool m_edited = false; // typed into since the last reset()
};

} // namespace rb::ui
