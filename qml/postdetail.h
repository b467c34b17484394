// postdetail.h — everything the document says about one post, formatted for the detail panel
// (result, goal, activities, budget, history with sources, linked risks, dates from the schedule).
#pragma once

#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace rb::ui {

class PostDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The session's objects (set from QML: `document: DocumentController`); empty until set.
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY appStateChanged)
    Q_PROPERTY(QString postId READ postId WRITE setPostId NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString facts READ facts NOTIFY changed) // theme · kind · status · owner ... one line each
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(QString goal READ goal NOTIFY changed)
    Q_PROPERTY(QStringList activities READ activities NOTIFY changed)
    Q_PROPERTY(QStringList history READ history NOTIFY changed) // "plateau 3 · delayed: text (amount)"
    Q_PROPERTY(QStringList sources READ sources NOTIFY changed) // "section — “quote”"
    Q_PROPERTY(QStringList risks READ risks NOTIFY changed)     // "R-P1 title (open)"
    Q_PROPERTY(QString note READ note NOTIFY changed)
    // The latest assessment: "18 Oct 2018 · assessor" and one paragraph per scored factor with its
    // name in the user's language, the score and the full rationale and mitigation.
    Q_PROPERTY(QString assessmentCaption READ assessmentCaption NOTIFY changed)
    Q_PROPERTY(QStringList assessment READ assessment NOTIFY changed)
public:
    explicit PostDetail(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);

    QString postId() const { return m_postId; }
    void setPostId(const QString &id);
    bool valid() const;
    QString title() const;
    QString facts() const;
    QString result() const;
    QString goal() const;
    QStringList activities() const;
    QStringList history() const;
    QStringList sources() const;
    QStringList risks() const;
    QString note() const;
    QString assessmentCaption() const;
    QStringList assessment() const;

signals:
    void changed();
    void documentChanged();
    void appStateChanged();

private:
    const rb::model::Portfolio &portfolio() const { return DocumentController::portfolioOf(m_document); }
    const rb::model::Post *findPost(const QString &id) const;

    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    QString m_postId;
};

} // namespace rb::ui
