// filestamp.h — what a file on disk looked like when we read or wrote it.
//
// The portfolio lives on a shared drive that several people open. Before saving, the application
// compares the stamp it took when it loaded (or last saved) with the file's current stamp; if they
// differ, a colleague saved in between and their work must not be silently overwritten (see
// documentdiff.h for showing and merging the difference).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rb::model {

struct FileStamp {
    QDateTime modified; // last modification time (UTC)
    qint64 size = -1;   // bytes; -1 when the file does not exist or cannot be read
    QByteArray sha256;  // of the content

    // The stamp of the file at `path` now; a null stamp when it does not exist or cannot be read.
    static FileStamp of(const QString &path);
    bool isNull() const { return size < 0; }
    // Same content. The size is a fast pre-check; the content hash decides (a colleague who saved an
    // unchanged document changed the modification time, not the document). Two null stamps are equal.
    bool operator==(const FileStamp &other) const;
};

} // namespace rb::model
