// mspdicontroller.cpp — MS Project XML import and export from the application (mspdicontroller.h).
#include "qml/mspdicontroller.h"

#include "document/localpath.h"

#include "document/documentwriter.h"
#include "model/mspdi/mspdi.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUrl>

namespace rb::ui {

MspdiController::MspdiController(QObject *parent) : QObject(parent) {}

void MspdiController::setDocumentController(DocumentController *controller)
{
    if (m_documents == controller) return;
    m_documents = controller;
    emit documentControllerChanged();
}

QString MspdiController::toPath(const QString &file) { return rb::model::localPathOf(file); }

void MspdiController::report(bool ok, const QString &summary, const QStringList &notes, const QStringList &errors)
{
    m_succeeded = ok;
    m_summary = summary;
    m_notes = notes;
    m_errors = errors;
    emit logChanged();
}

bool MspdiController::importPlan(const QString &file, bool summariesAsThemes)
{
    const QString path = toPath(file.trimmed());
    const QString name = QFileInfo(path).fileName();
    if (!m_documents) {
        report(false, QCoreApplication::translate("MspdiController", "No document to import into."), {}, {});
        return false;
    }
    model::mspdi::ImportOptions options;
    options.summaries = summariesAsThemes ? model::mspdi::SummaryMode::Themes : model::mspdi::SummaryMode::Skip;
    model::mspdi::ImportResult r = model::mspdi::importMspdiFile(path, options);
    if (!r.ok()) {
        QStringList errors;
        for (const model::Diagnostic &d : r.diagnostics) errors << d.toString();
        report(
            false,
            QCoreApplication::translate("MspdiController", "%1 could not be imported; nothing was changed.").arg(name),
            {}, errors);
        return false;
    }
    r.log << model::mspdi::scheduleNotes(*r.portfolio);
    m_documents->openUnsaved(*r.portfolio);
    report(true,
           QCoreApplication::translate("MspdiController",
                                       "%1 imported as a new, unsaved portfolio: %2 post(s) and %3 dependency(ies). "
                                       "Save it to keep it.")
               .arg(name)
               .arg(r.portfolio->posts.size())
               .arg(r.portfolio->dependencies.size()),
           r.log, {});
    return true;
}

bool MspdiController::exportPlan(const QString &file)
{
    QString path = toPath(file.trimmed());
    if (!m_documents || !m_documents->hasDocument()) {
        report(false, QCoreApplication::translate("MspdiController", "No portfolio is open."), {}, {});
        return false;
    }
    if (path.isEmpty()) {
        report(false, QCoreApplication::translate("MspdiController", "Choose a file to export to."), {}, {});
        return false;
    }
    if (!path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)) path += QLatin1String(".xml");
    const model::mspdi::ExportResult x
        = model::mspdi::exportMspdi(m_documents->portfolio(), QFileInfo(path).fileName());
    QString error;
    if (!model::DocumentWriter::saveBytes(x.xml, path, &error)) {
        report(false,
               QCoreApplication::translate("MspdiController", "%1 was not written: %2")
                   .arg(QDir::toNativeSeparators(path), error),
               x.log, {});
        return false;
    }
    report(true,
           QCoreApplication::translate("MspdiController",
                                       "Saved %1 (MS Project XML). MS Project, ProjectLibre and GanttProject open it.")
               .arg(QDir::toNativeSeparators(path)),
           x.log, {});
    return true;
}

QString MspdiController::suggestedExportPath() const
{
    if (!m_documents) return QDir(rb::model::documentsFolder()).filePath(QStringLiteral("riskboard.xml"));
    return m_documents->suggestedPath(QStringLiteral(".xml"));
}

QString MspdiController::details() const
{
    QStringList lines;
    for (const QString &line : m_errors + m_notes) lines << QStringLiteral("• ") + line;
    return lines.join(QLatin1Char('\n'));
}

QString MspdiController::logText() const
{
    QStringList lines{m_summary};
    lines << m_errors << m_notes;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void MspdiController::copyLog() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard()) clipboard->setText(logText());
}

} // namespace rb::ui
