// schedulecheck.h — view-model of the Schedule check dialog: the findings of the schedule check
// (model/schedulecheck.h) of the open document, in words, one row each, grouped by rule (the section),
// errors first. Choosing a finding selects its post in the whole application (AppState.selectedPostId).
// Recomputed while active, whenever the document changes, and retranslated on a language switch.
#pragma once

#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace rb::ui {

class ScheduleCheckModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    // The session's objects (set from QML: `document: DocumentController`); no findings until set.
    Q_PROPERTY(rb::ui::DocumentController *document READ document WRITE setDocument NOTIFY documentChanged)
    // Where choosing a finding selects its post, and whose language the texts follow.
    Q_PROPERTY(rb::ui::AppState *appState READ appState WRITE setAppState NOTIFY appStateChanged)
    // Off while the dialog is closed: no work on every edit for a panel nobody sees.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY refreshed) // "1 error, 63 warnings · status date …"
    Q_PROPERTY(int errors READ errors NOTIFY refreshed)
    Q_PROPERTY(int warnings READ warnings NOTIFY refreshed)
public:
    enum Role {
        TextRole = Qt::UserRole + 1, // "2A4 has no predecessor"
        SectionRole,                 // "Warning: No predecessor — 9 of 28 (32 %) …"
        WhyRole,                     // why the rule matters
        PostRole,                    // the post to select
        ErrorRole,                   // bool
        RuleIdRole,                  // "no-predecessor"
    };
    explicit ScheduleCheckModel(QObject *parent = nullptr);

    DocumentController *document() const { return m_document; }
    void setDocument(DocumentController *document);
    AppState *appState() const { return m_state; }
    void setAppState(AppState *state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool active() const { return m_active; }
    void setActive(bool active);
    QString summary() const { return m_summary; }
    int errors() const { return m_errors; }
    int warnings() const { return m_warnings; }

    Q_INVOKABLE void refresh();
    // Selects the post of finding `row`; returns its id ("" for none).
    Q_INVOKABLE QString select(int row);
    // The "why" of the rule of `row`, for the section under the cursor.
    Q_INVOKABLE QString why(int row) const;

signals:
    void activeChanged();
    void refreshed();
    void documentChanged();
    void appStateChanged();

private:
    QPointer<DocumentController> m_document;
    QPointer<AppState> m_state;
    struct Row {
        QString text, section, why, post, ruleId;
        bool error = false;
    };
    QList<Row> m_rows;
    QString m_summary;
    int m_errors = 0, m_warnings = 0;
    bool m_active = false;
};

} // namespace rb::ui
