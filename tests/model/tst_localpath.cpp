// tst_localpath.cpp — the path of a file a user chose in a dialog (document/localpath.h), including the
// typed absolute path that Qt 6.4's Qt Quick FileDialog joins to its folder ("…/examples//tmp/x.xml"
// wrote nothing: "cannot write /work/…/examples//tmp/x.xml", found driving File ▸ Export under Xvfb).
#include "document/localpath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using rb::model::documentsFolder;
using rb::model::localPathOf;

class TestLocalPath : public QObject {
    Q_OBJECT
private slots:
    void paths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("path");
        const auto url = [](const char *p) { return QUrl::fromLocalFile(QString::fromUtf8(p)).toString(); };
        QTest::newRow("file url") << url("/home/u/plan.xml") << "/home/u/plan.xml";
        QTest::newRow("typed absolute in a folder") << url("/work/main/assets/examples//tmp/mab.xml") << "/tmp/mab.xml";
        QTest::newRow("typed relative in a folder") << url("/home/u/docs/sub/x.json") << "/home/u/docs/sub/x.json";
        QTest::newRow("spaces and accents") << url("/home/u/Één map/x y.json") << "/home/u/Één map/x y.json";
        QTest::newRow("joined path as such") << "/work/main/assets/examples//tmp/mab.xml"
                                             << "/tmp/mab.xml";
        QTest::newRow("plain path") << "/tmp/x.json"
                                    << "/tmp/x.json";
        QTest::newRow("relative path unchanged") << "assets/x.json"
                                                 << "assets/x.json";
        QTest::newRow("built-in document") << "qrc:/portfolios/mab-plateau4.json"
                                           << ":/portfolios/mab-plateau4.json";
        QTest::newRow("store url unchanged") << "postgresql://host/team?portfolio=mab"
                                             << "postgresql://host/team?portfolio=mab";
    }
    void paths()
    {
        QFETCH(QString, input);
        QFETCH(QString, path);
        QCOMPARE(localPathOf(input), path);
    }

    // Suggested files go to Documents, or to the home folder on a machine without one (a fresh account,
    // CI): a file dialog shown a folder that does not exist lists another one.
    void documentsFolderExistsOrIsHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldHome = qgetenv("HOME"), oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config")))); // no user-dirs.dirs
        const QString withoutDocuments = documentsFolder();
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("Documents"))));
        const QString withDocuments = documentsFolder();
        qputenv("HOME", oldHome);
        qputenv("XDG_CONFIG_HOME", oldConfig);
        QCOMPARE(QDir(withoutDocuments).canonicalPath(), QDir(home.path()).canonicalPath());
        QCOMPARE(QDir(withDocuments).canonicalPath(), QDir(home.filePath(QStringLiteral("Documents"))).canonicalPath());
    }
};

QTEST_APPLESS_MAIN(TestLocalPath)
#include "tst_localpath.moc"
