// tst_localpath.cpp — the path of a file a user chose in a dialog (document/localpath.h), including the
// typed absolute path that Qt 6.4's Qt Quick FileDialog joins to its folder ("…/examples//tmp/x.xml"
// wrote nothing: "cannot write /work/…/examples//tmp/x.xml", found driving File ▸ Export under Xvfb).
#include "document/localpath.h"

#include <QTest>
#include <QUrl>

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
};

QTEST_APPLESS_MAIN(TestLocalPath)
#include "tst_localpath.moc"
