// documentcontroller.h — the open portfolio document, as QML sees it (singleton owned by C++).
#pragma once

#include "model/portfolio.h"
#include "model/postlistmodel.h"

#include <QObject>
#include <QQmlEngine>

namespace rb::ui {

class DocumentController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString fileName READ fileName NOTIFY documentChanged)
    Q_PROPERTY(QString programmeName READ programmeName NOTIFY documentChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(rb::model::PostListModel *posts READ posts CONSTANT)
public:
    explicit DocumentController(QObject *parent = nullptr);

    // The instance the application created; QML gets it through create().
    static DocumentController *instance();
    static DocumentController *create(QQmlEngine *, QJSEngine *);

    // Opens a document; on failure keeps the current one and sets errorText (file:line:col lines).
    Q_INVOKABLE bool open(const QString &path);

    QString fileName() const { return m_fileName; }
    QString programmeName() const { return m_portfolio.programme.name; }
    QString errorText() const { return m_errorText; }
    rb::model::PostListModel *posts() { return &m_posts; }
    const rb::model::Portfolio &portfolio() const { return m_portfolio; }

signals:
    void documentChanged();
    void errorTextChanged();

private:
    rb::model::Portfolio m_portfolio;
    rb::model::PostListModel m_posts;
    QString m_fileName;
    QString m_errorText;
};

} // namespace rb::ui
