// filestamp.cpp — see filestamp.h.
#include "document/filestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace rb::model {

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) return stamp;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) return stamp;
    // Size and time are taken from the open file after reading it, so all three describe one version
    // even if the file is replaced meanwhile (a rename leaves our open descriptor on the old one).
    stamp.size = file.size();
    stamp.modified = file.fileTime(QFileDevice::FileModificationTime).toUTC();
    stamp.sha256 = hash.result();
    return stamp;
}

bool FileStamp::operator==(const FileStamp &other) const
{
    if (isNull() || other.isNull()) return isNull() && other.isNull();
    return size == other.size && sha256 == other.sha256;
}

} // namespace rb::model
