// tst_crashsafesave — saving never leaves a half-written document, and a save that cannot be done
// fails with a message and leaves the previous file as it was.
//
// A child process saves two large versions (A and B) of a document to one path alternately, and is
// killed with SIGKILL at pseudo-random moments (fixed seed); after every kill the file must load and
// equal A or B in full.
#include "generate.h"
#include "helperprocess.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace rb::model;

class TestCrashSafeSave : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedWhileSavingLeavesOldOrNewVersion()
    {
        constexpr int kPosts = 20000;
        constexpr int kKills = 32;
        const Portfolio a = rb::test::generatePortfolio(kPosts, 1, QStringLiteral("A"));
        const Portfolio b = rb::test::generatePortfolio(kPosts, 1, QStringLiteral("B"));
        const QString dir = m_dir.filePath(QStringLiteral("kills"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/portfolio.json");
        QVERIFY(DocumentWriter::save(a, path));

        QRandomGenerator random(4711);
        int sawA = 0, sawB = 0, savesBeforeKill = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            // Kill after 0..2 completed saves plus a random delay, so that kills land in every phase of
            // a save: serialising, writing the temporary file, syncing, renaming.
            const int completed = int(random.bounded(3));
            QString error;
            const QByteArray out = rb::test::runAndKill(
                QStringLiteral(RB_HELPER), {QStringLiteral("save-loop"), path, QString::number(kPosts)},
                QProcessEnvironment::systemEnvironment(), "saved", completed, int(random.bounded(150)), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            savesBeforeKill += int(out.count("saved"));
            const int version = rb::test::whichVersion(path, a, b, &error);
            QVERIFY2(version >= 0, qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(error)));
            ++(version == 0 ? sawA : sawB);
        }
        qInfo("%d kills: the file held A %d times, B %d times; %d saves completed in total", kKills, sawA, sawB,
              savesBeforeKill);
        QCOMPARE(sawA + sawB, kKills);
        QVERIFY(savesBeforeKill > 0); // the children did save: the kills raced real saves
        // A kill can leave QSaveFile's temporary file (portfolio.json.XXXXXX) behind; never the document.
        const QStringList left = QDir(dir).entryList(QDir::Files);
        QVERIFY(left.contains(QStringLiteral("portfolio.json")));
        for (const QString &name : left)
            QVERIFY2(name == QLatin1String("portfolio.json") || name.startsWith(QLatin1String("portfolio.json.")),
                     qPrintable(name));
    }

    void saveIntoMissingDirectoryFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/directory/portfolio.json"));
        QString error;
        QVERIFY(!DocumentWriter::save(rb::test::generatePortfolio(3, 1), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
    }

    void saveOverADirectoryFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("adirectory"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        QString error;
        QVERIFY(!DocumentWriter::save(rb::test::generatePortfolio(3, 1), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(QFileInfo(path + QStringLiteral("/inside")).isDir());
    }

    void saveIntoReadOnlyDirectoryFailsAndKeepsTheOldFile()
    {
        // The save runs in the helper, which drops root rights first: root ignores permissions.
        const QString dir = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/portfolio.json");
        QVERIFY(DocumentWriter::save(rb::test::generatePortfolio(5, 1, QStringLiteral("old")), path));
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        const rb::test::HelperRun run = rb::test::runHelper({QStringLiteral("save"), path});
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(run.finished);
        QVERIFY(!run.crashed);
        QVERIFY2(run.exitCode == 2, run.out.constData() + run.err);
        QVERIFY2(run.out.contains(path.toUtf8()), run.out.constData()); // names the file
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("portfolio.json")});
    }
};

QTEST_GUILESS_MAIN(TestCrashSafeSave)
#include "tst_crashsafesave.moc"
