// localpath.cpp
#include "document/localpath.h"

#include <QUrl>

namespace rb::model {

QString localPathOf(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    if (url.scheme() == QLatin1String("qrc")) return QLatin1Char(':') + url.path();
    if (!url.isLocalFile()) return pathOrUrl; // a path as typed ("a//b" is a/b there), or a store URL
    // From a dialog: a doubled slash after the start (not a "//server/share" network path) is a typed
    // absolute path joined to the dialog's folder.
    QString path = url.toLocalFile();
    const qsizetype joined = path.lastIndexOf(QLatin1String("//"));
    if (joined > 0) path = path.mid(joined + 1);
    return path;
}

} // namespace rb::model
