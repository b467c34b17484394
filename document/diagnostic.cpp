// diagnostic.cpp
#include "document/diagnostic.h"

namespace rb::model {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    QString where = file;
    if (line > 0) where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString text = QStringLiteral("%1: %2: %3").arg(where, kind, message);
    if (line <= 0 && !path.isEmpty()) text += QStringLiteral(" (at %1)").arg(path);
    return text;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error) return true;
    return false;
}

} // namespace rb::model
