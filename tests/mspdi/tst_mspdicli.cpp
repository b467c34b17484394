// tst_mspdicli.cpp — `riskboard import-mspdi` and `export-mspdi` as a user runs them: exit codes, notes,
// errors with line and column, nothing written on bad input, --into.
#include "document/documentreader.h"
#include "tests/riskboardrun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rb::model;

namespace {
using rb::test::riskboard;
using rb::test::Run;

const QString kPlan = QStringLiteral(RISKBOARD_TEST_DATA "/mspdi/plan-2010.xml");
const QString kSample = QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json");
} // namespace

class TestMspdiCli : public QObject {
    Q_OBJECT
private slots:
    void help()
    {
        const Run all = riskboard({QStringLiteral("--help")});
        QVERIFY(all.out.contains(QStringLiteral("import-mspdi")) && all.out.contains(QStringLiteral("export-mspdi")));
        const Run one = riskboard({QStringLiteral("import-mspdi"), QStringLiteral("--help")});
        QCOMPARE(one.code, 0);
        QVERIFY(one.out.startsWith(QStringLiteral("Usage: riskboard import-mspdi")));
    }

    void importWritesAndNotes()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("plan.json"));
        const Run r = riskboard({QStringLiteral("import-mspdi"), kPlan, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(kPlan + QStringLiteral(": note: Resources and assignments are not represented")));
        QVERIFY(r.out.contains(QStringLiteral("7 posts and 6 dependencies imported")));
        const LoadResult back = DocumentReader::readFile(out);
        QVERIFY(back.ok());
        QCOMPARE(back.portfolio->posts.size(), 7);
        const Run quiet
            = riskboard({QStringLiteral("import-mspdi"), kPlan, QStringLiteral("-o"), out, QStringLiteral("--quiet")});
        QCOMPARE(quiet.code, 0);
        QVERIFY(quiet.out.isEmpty());
    }

    void badPlanWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("plan.json"));
        const QString bad = QStringLiteral(RISKBOARD_TEST_DATA "/mspdi/bad-cycle.xml");
        const Run r = riskboard({QStringLiteral("import-mspdi"), bad, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(bad + QStringLiteral(":7:40: error: dependency cycle")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        const Run missing = riskboard(
            {QStringLiteral("import-mspdi"), dir.filePath(QStringLiteral("nope.xml")), QStringLiteral("-o"), out});
        QCOMPARE(missing.code, 2);
        QVERIFY(!QFile::exists(out));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.json"));
        for (const QStringList &args : {QStringList{QStringLiteral("import-mspdi"), kPlan},
                                        QStringList{QStringLiteral("import-mspdi"), kPlan, QStringLiteral("-o"), out,
                                                    QStringLiteral("--summaries"), QStringLiteral("all")},
                                        QStringList{QStringLiteral("import-mspdi"), kPlan, QStringLiteral("-o"), out,
                                                    QStringLiteral("--into"), kSample},
                                        QStringList{QStringLiteral("import-mspdi"), kPlan, QStringLiteral("-o"), out,
                                                    QStringLiteral("--theme"), QStringLiteral("6")},
                                        QStringList{QStringLiteral("export-mspdi"), kSample},
                                        QStringList{QStringLiteral("export-mspdi"), kSample, QStringLiteral("-o"), out,
                                                    QStringLiteral("--bogus")}}) {
            const Run r = riskboard(args);
            QVERIFY2(r.code == 1, qPrintable(args.join(QLatin1Char(' '))));
        }
        QVERIFY(!QFile::exists(out));
    }

    void intoAnExistingPortfolio()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("merged.json"));
        const Run r = riskboard({QStringLiteral("import-mspdi"), kPlan, QStringLiteral("-o"), out,
                                 QStringLiteral("--into"), kSample, QStringLiteral("--theme"), QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        const LoadResult sample = DocumentReader::readFile(kSample);
        const LoadResult merged = DocumentReader::readFile(out);
        QVERIFY(merged.ok());
        QCOMPARE(merged.portfolio->posts.size(), sample.portfolio->posts.size() + 7);
        QCOMPARE(merged.portfolio->programme, sample.portfolio->programme);
        QCOMPARE(merged.portfolio->posts.last().theme, 2);
        // The same plan again: its ids are taken, so nothing is written.
        const QByteArray before = [&] {
            QFile f(out);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Run again = riskboard({QStringLiteral("import-mspdi"), kPlan, QStringLiteral("-o"), out,
                                     QStringLiteral("--into"), out, QStringLiteral("--theme"), QStringLiteral("2")});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void exportAndBack()
    {
        QTemporaryDir dir;
        const QString xml = dir.filePath(QStringLiteral("mab.xml"));
        const Run x = riskboard({QStringLiteral("export-mspdi"),
                                 QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"),
                                 QStringLiteral("-o"), xml});
        QCOMPARE(x.code, 0);
        QVERIFY(x.out.contains(QStringLiteral(": note: Not in MSPDI, not written: the risk register")));
        const Run i = riskboard(
            {QStringLiteral("import-mspdi"), xml, QStringLiteral("-o"), dir.filePath(QStringLiteral("mab.json"))});
        QCOMPARE(i.code, 0);
        const Run invalid = riskboard({QStringLiteral("export-mspdi"),
                                       QStringLiteral(RISKBOARD_TEST_DATA "/invalid/38-multiple-errors.json"),
                                       QStringLiteral("-o"), dir.filePath(QStringLiteral("bad.xml"))});
        QCOMPARE(invalid.code, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.xml"))));
        const Run unwritable = riskboard({QStringLiteral("export-mspdi"), kSample, QStringLiteral("-o"),
                                          dir.filePath(QStringLiteral("no/such/dir/x.xml"))});
        QCOMPARE(unwritable.code, 3);
    }
};

QTEST_GUILESS_MAIN(TestMspdiCli)
#include "tst_mspdicli.moc"
