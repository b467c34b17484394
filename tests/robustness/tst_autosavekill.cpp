// tst_autosavekill — the autosave recovery file survives the application being killed mid-autosave.
//
// A child (autosave_helper.cpp) autosaves a large document through the application's
// DocumentController, alternating between two versions, and is killed with SIGKILL at seeded random
// moments; after every kill the recovery file must load, be one of the two versions in full and name the
// document it belongs to; and the next start must offer it (the killed process's lock is stale).
#include "generate.h"
#include "helperprocess.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/recoveryfile.h"
#include "qml/documentcontroller.h"

#include <QFileInfo>

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::model;

class TestAutosaveKill : public QObject {
    Q_OBJECT

private slots:
    void killedWhileAutosavingLeavesACompleteRecoveryFile()
    {
        constexpr int kKills = 30;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Portfolio base = rb::test::generatePortfolio(20000, 1);
        Risk risk;
        risk.id = QStringLiteral("R-1");
        risk.title = QStringLiteral("version 0");
        risk.posts = {QStringLiteral("P1")};
        base.risks = {risk};
        const QString document = dir.filePath(QStringLiteral("portfolio.json"));
        QVERIFY(DocumentWriter::save(base, document));
        Portfolio a = base, b = base;
        a.risks[0].title = QStringLiteral("version A");
        b.risks[0].title = QStringLiteral("version B");

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))); // keep the recovery here
        QRandomGenerator random(1907);
        QString recovery;
        int sawA = 0, sawB = 0, writes = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            const int completed = 1 + int(random.bounded(3)); // at least one write, so a recovery exists
            QString error;
            const QByteArray out = rb::test::runAndKill(QStringLiteral(RB_AUTOSAVE_HELPER), {document}, env,
                                                        "autosaved", completed, int(random.bounded(200)), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            writes += int(out.count("autosaved"));
            const QString path = QString::fromUtf8(out.mid(9, out.indexOf('\n') - 9)); // "recovery PATH"
            QVERIFY2(out.startsWith("recovery ") && path.startsWith(dir.path()), out.left(200).constData());
            QVERIFY(recovery.isEmpty() || recovery == path);
            recovery = path;

            // Every edit appends to the risk's change log (today, the user): compare without it.
            // The document and the path it belongs to are one file, written in one atomic step.
            RecoveryContents contents = RecoveryFile::read(recovery);
            QVERIFY2(contents.ok(),
                     qPrintable(QStringLiteral("after kill %1: %2 %3")
                                    .arg(kill)
                                    .arg(contents.error, contents.document.errorText())));
            QCOMPARE(contents.origin, QFileInfo(document).absoluteFilePath());
            contents.document.portfolio->risks[0].history.clear(); // every edit appends to the change log
            const int version = *contents.document.portfolio == a ? 0 : *contents.document.portfolio == b ? 1 : -1;
            QVERIFY2(version >= 0,
                     qPrintable(QStringLiteral("after kill %1: the recovery file is neither version").arg(kill)));
            ++(version == 0 ? sawA : sawB);
        }
        // The killed instance left its lock behind with a process id that no longer runs: the next start
        // offers its recovery file.
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setApplicationName(QStringLiteral("rb_autosave_helper"));
        QVERIFY(QFile::exists(recovery + QStringLiteral(".lock")));
        rb::ui::DocumentController next(nullptr);
        next.checkRecovery();
        QVERIFY(next.recoveryAvailable());
        QVERIFY2(next.recoveryInfo().contains(QFileInfo(document).absoluteFilePath()), qPrintable(next.recoveryInfo()));
        qInfo("%d kills: recovery held A %d times, B %d times; %d autosaves completed", kKills, sawA, sawB, writes);
        QCOMPARE(sawA + sawB, kKills);
        QVERIFY(QFile::exists(document));
        QVERIFY(DocumentReader::readFile(document).portfolio == base); // the document itself never touched
    }
};

QTEST_GUILESS_MAIN(TestAutosaveKill)
#include "tst_autosavekill.moc"
