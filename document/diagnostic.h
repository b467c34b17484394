// diagnostic.h — one problem found in a document, with where it is.
#pragma once

#include <QList>
#include <QString>

namespace rb::model {

struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;   // as given by the user
    int line = 0;   // 1-based; 0 when no position applies
    int column = 0; // 1-based, in characters
    QString path;   // JSON path of the value, e.g. posts[3].finish
    QString message;

    // "FILE:LINE:COL: error: message" (the compiler convention editors understand).
    QString toString() const;
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace rb::model
