// recoveryfile.h — the autosave of unsaved changes, kept apart from the real document.
//
// One recovery file holds the document as it was in memory *and* the path of the file it belongs to, so
// that a single atomic write (QSaveFile: temporary file, fsync, rename) replaces both: after a crash at
// any moment the recovery file is either the previous autosave or the new one, never a new document
// paired with an old origin. Layout (UTF-8):
//
//   riskboard-recovery 1\n
//   origin <the document's path, percent-encoded; empty for an untitled document>\n
//   \n
//   <the portfolio document, canonical JSON, as DocumentWriter writes it>
//
// Every open document has its own recovery file in one folder (RecoveryStore), named after its path, and
// the running instance that edits the document holds a lock next to it (QLockFile). At start-up the
// files whose lock is not held — their instance ended without cleaning up, i.e. it crashed — are the
// ones offered for recovery; those of another running Riskboard are left alone.
#pragma once

#include "document/documentreader.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace rb::model {

struct Portfolio;

struct RecoveryContents {
    QString origin;      // the document the changes belong to; empty: an untitled document
    LoadResult document; // the recovered portfolio, or the diagnostics why it does not load
    QString error;       // not a recovery file at all (wrong header); empty otherwise
    bool ok() const { return error.isEmpty() && document.ok(); }
};

class RecoveryFile {
public:
    static QByteArray encode(const QString &origin, const QByteArray &documentJson);
    // Writes atomically; on failure the previous recovery file (if any) stays as it was.
    static bool write(const QString &path, const QString &origin, const Portfolio &portfolio, QString *error = nullptr);
    static RecoveryContents read(const QString &path);
    static RecoveryContents decode(const QByteArray &bytes, const QString &fileName);
};

// The folder of recovery files, one per open document, and the lock of the one this instance writes.
class RecoveryStore {
public:
    explicit RecoveryStore(QString folder);
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    QString folder() const { return m_folder; }
    // Claims the recovery file of `documentPath` (an empty path: a new, untitled document) for this
    // instance and returns its path. When another running instance already holds that document's
    // file, this instance gets one of its own, so the two never overwrite each other's autosave.
    // `avoid`: a path not to take (a recovery file the user has not decided about yet).
    QString claim(const QString &documentPath, const QString &avoid = {});
    // Gives up the current claim (the file itself is removed by the caller when no longer needed).
    void release();
    QString current() const { return m_current; }

    struct Orphan {
        QString path;
        QString origin;
        QDateTime written;
    };
    // Recovery files no running instance holds, newest first.
    QList<Orphan> orphans() const;
    // Removes a recovery file and its lock.
    static void remove(const QString &recoveryPath);

private:
    QString m_folder;
    QString m_current;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rb::model
