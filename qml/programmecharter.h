// programmecharter.h — view-model of the Overview's "Programme" panel: the programme charter
// (programme.charter, docs/format.md) grouped by topic, in the topics' order, with headings in the user's
// language. The items' own texts are the plan's words and stay as written (Dutch for MAB).
#pragma once

#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace rb::ui {

class ProgrammeCharter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The session's objects (set from QML: `document: DocumentController`); empty until set.
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY appStateChanged)
    // [{heading, items: [{label, text, note, sources, where}]}]; sources: "section — “quote”" lines,
    // where: the sources' sections, "; "-separated
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed) // "MAB plateau 4 · Provincie Flevoland"
public:
    explicit ProgrammeCharter(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);

    QVariantList sections() const;
    bool empty() const;
    QString title() const;

signals:
    void changed();
    void documentChanged();
    void appStateChanged();

private:
    const rb::model::Portfolio &portfolio() const { return DocumentController::portfolioOf(m_document); }

    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
};

} // namespace rb::ui
