// localpath.h — the file a user chose, as a path: a file: URL from a dialog, a qrc: URL of a built-in
// document (":/…"), or a path as typed on the command line.
#pragma once

#include <QString>

namespace rb::model {

// Qt 6.4's Qt Quick FileDialog (the one used where the platform has no dialog of its own) joins a typed
// absolute path to the folder it shows: "/home/u/docs//tmp/plan.xml" for "/tmp/plan.xml". POSIX would
// read that as /home/u/docs/tmp/plan.xml, not what the user typed; the path from the last "//" on is.
// The dialog hands over a file: URL or, for a typed name, the joined path itself: both are read so. Any
// other URL (postgresql://…) comes back unchanged; a path from the command line is cleaned
// (QDir::cleanPath) before it is opened, so "a//b" there is a/b.
QString localPathOf(const QString &pathOrUrl);

// Where a file is suggested when the document has no folder of its own (a shared portfolio, the
// built-in example): the user's Documents folder, or the home folder where there is none (a file dialog
// shown a missing folder lists another).
QString documentsFolder();

} // namespace rb::model
