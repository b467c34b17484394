// localpath.cpp
#include "document/localpath.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace rb::model {

QString localPathOf(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    if (url.scheme() == QLatin1String("qrc")) return QLatin1Char(':') + url.path();
    QString path = pathOrUrl;
    if (url.isLocalFile())
        path = url.toLocalFile();
    else if (url.scheme().size() > 1)
        return pathOrUrl; // postgresql://… (a one-letter scheme is a drive)
    // A doubled slash after the start (not a "//server/share" network path) is a typed absolute path
    // joined to the dialog's folder. (The command line's paths are cleaned before they get here.)
    const qsizetype joined = path.lastIndexOf(QLatin1String("//"));
    if (joined > 0) path = path.mid(joined + 1);
    return path;
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace rb::model
