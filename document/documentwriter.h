// documentwriter.h — writes a portfolio in canonical form and saves it atomically.
//
// Canonical form: keys in the order of docs/format.md, two-space indentation, absent and default
// values omitted, a final newline. Saving writes a temporary file beside the target, flushes it to
// disk and renames it over the target, so a crash or kill leaves either the old or the new file.
#pragma once

#include "model/portfolio.h"

#include <QByteArray>
#include <QString>

namespace rb::model {

class DocumentWriter {
public:
    static QByteArray toJson(const Portfolio &portfolio);
    // Returns false and sets `error` (a sentence for the user) when the file could not be written;
    // the previous file is then untouched.
    static bool save(const Portfolio &portfolio, const QString &path, QString *error = nullptr);
    static bool saveBytes(const QByteArray &bytes, const QString &path, QString *error = nullptr);
};

} // namespace rb::model
