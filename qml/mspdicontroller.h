// mspdicontroller.h — File ▸ Import MS Project… and File ▸ Export ▸ MS Project XML…: the same import and
// export as `riskboard import-mspdi` / `export-mspdi` (model/mspdi, docs/mspdi.md), with their log kept for
// the log dialog to show and copy. An import opens as a new, unsaved document; nothing is written then.
// The document controller is a property set from QML (no singleton lookup here).
#pragma once

#include "qml/documentcontroller.h"

#include <QFileInfo>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

namespace rb::ui {

class MspdiController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rb::ui::DocumentController *documentController READ documentController WRITE setDocumentController NOTIFY
                   documentControllerChanged)
    // The last import's or export's outcome in one sentence, its notes (what could not be represented), and
    // for a refused plan its errors (FILE:LINE:COL: error: …).
    Q_PROPERTY(QString summary READ summary NOTIFY logChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY logChanged)
    Q_PROPERTY(QStringList errors READ errors NOTIFY logChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY logChanged)
    // The errors, then the notes, one bulleted line each (what the log dialog shows).
    Q_PROPERTY(QString details READ details NOTIFY logChanged)

public:
    explicit MspdiController(QObject *parent = nullptr);

    DocumentController *documentController() const { return m_documents; }
    void setDocumentController(DocumentController *controller);

    // Reads the plan (a path or a file: URL); on success it becomes the open document, unsaved and untitled.
    // `summariesAsThemes`: top-level summary tasks become themes (else every post goes to theme 1).
    Q_INVOKABLE bool importPlan(const QString &file, bool summariesAsThemes = true);
    // Writes the open document (as it is in memory) as MSPDI, atomically; the extension .xml is added when missing.
    Q_INVOKABLE bool exportPlan(const QString &file);
    // A path for the export next to the open document (else in Documents), named after it.
    Q_INVOKABLE QString suggestedExportPath() const;
    // The folder of a path, and the path, as file: URLs for the file dialog.
    Q_INVOKABLE QUrl folderOf(const QString &path) const { return QUrl::fromLocalFile(QFileInfo(path).absolutePath()); }
    Q_INVOKABLE QUrl fileUrl(const QString &path) const { return QUrl::fromLocalFile(path); }
    // The summary, the errors and the notes as plain text, one per line; and on the clipboard.
    Q_INVOKABLE QString logText() const;
    Q_INVOKABLE void copyLog() const;

    QString summary() const { return m_summary; }
    QStringList notes() const { return m_notes; }
    QStringList errors() const { return m_errors; }
    bool succeeded() const { return m_succeeded; }
    QString details() const;

signals:
    void documentControllerChanged();
    void logChanged();

private:
    void report(bool ok, const QString &summary, const QStringList &notes, const QStringList &errors);
    static QString toPath(const QString &file);

    QPointer<DocumentController> m_documents;
    QString m_summary;
    QStringList m_notes, m_errors;
    bool m_succeeded = false;
};

} // namespace rb::ui
