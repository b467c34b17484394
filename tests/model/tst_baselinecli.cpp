// tst_baselinecli.cpp — `riskboard baseline` and the variances of `analyze --json` on a programme at a
// status date (tests/data/valid/progress-sample.json; the expectations are worked out by hand below).
#include "document/documentreader.h"
#include "tests/riskboardrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rb::model;

namespace {
using rb::test::riskboard;
using rb::test::Run;

const QString kSample = QStringLiteral(RISKBOARD_TEST_DATA "/valid/progress-sample.json");

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString copyOf(const QTemporaryDir &dir, const QString &from)
{
    const QString to = dir.filePath(QStringLiteral("doc.json"));
    QFile::remove(to);
    if (!QFile::copy(from, to)) qFatal("cannot copy %s", qPrintable(from));
    QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return to;
}

QJsonObject postsById(const QJsonObject &analysis, const QString &id)
{
    for (const QJsonValue &v : analysis.value(QStringLiteral("posts")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id) return v.toObject();
    return {};
}
} // namespace

class TestBaselineCli : public QObject {
    Q_OBJECT
private slots:
    // Status date 2019-05-15. Now: A done 2019-01-07..04-10 (actuals); B started 04-11 with 60 days left
    // → finishes 05-15 + 59 = 07-13; C not started (planned 03-01..04-30, 61 days) → 05-15..07-14;
    // D (30 days) after B → 07-14..08-12. Original plan: A 01-01..03-31, B 04-01..06-30, C 03-01..04-30,
    // D 07-01..07-30; latest re-plan: A 01-07..04-10, B 04-11..07-10, C 05-01..06-30, D 07-15..08-13.
    void variancesAgainstOriginalAndLatest()
    {
        const Run r = riskboard({QStringLiteral("analyze"), kSample, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("finish")).toString(), QStringLiteral("2019-08-12"));
        struct Expected {
            const char *id, *start, *finish;
            int startOrig, finishOrig, startLatest, finishLatest;
            double budgetOrig, budgetLatest;
        };
        const Expected expected[] = {
            {"A", "2019-01-07", "2019-04-10", 6, 10, 0, 0, 0, 0},
            {"B", "2019-04-11", "2019-07-13", 10, 13, 0, 3, 50, 0},   // budget 200 now, 150 in the plan
            {"C", "2019-05-15", "2019-07-14", 75, 75, 14, 14, 0, 0},  // 03-01 → 05-15 is 31 + 30 + 14 days
            {"D", "2019-07-14", "2019-08-12", 13, 13, -1, -1, 10, 0}, // budget 60 + 30 = 90 now, 80 in the plan
        };
        for (const Expected &e : expected) {
            const QJsonObject p = postsById(o, QLatin1String(e.id));
            QCOMPARE(p.value(QStringLiteral("earlyStart")).toString(), QLatin1String(e.start));
            QCOMPARE(p.value(QStringLiteral("earlyFinish")).toString(), QLatin1String(e.finish));
            const QJsonObject v = p.value(QStringLiteral("variance")).toObject();
            QCOMPARE(v.value(QStringLiteral("startVsOriginalDays")).toInt(-999), e.startOrig);
            QCOMPARE(v.value(QStringLiteral("finishVsOriginalDays")).toInt(-999), e.finishOrig);
            QCOMPARE(v.value(QStringLiteral("startVsLatestDays")).toInt(-999), e.startLatest);
            QCOMPARE(v.value(QStringLiteral("finishVsLatestDays")).toInt(-999), e.finishLatest);
            QCOMPARE(v.value(QStringLiteral("budgetVsOriginalK")).toDouble(-999), e.budgetOrig);
            QCOMPARE(v.value(QStringLiteral("budgetVsLatestK")).toDouble(-999), e.budgetLatest);
        }
        // Without baselines there is no variance key.
        const Run plain
            = riskboard({QStringLiteral("analyze"), QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"),
                         QStringLiteral("--json")});
        QCOMPARE(plain.code, 0);
        QVERIFY(!plain.out.contains(QStringLiteral("\"variance\"")));
    }

    void takesABaseline()
    {
        QTemporaryDir dir;
        const QString file = copyOf(dir, kSample);
        const Run r
            = riskboard({QStringLiteral("baseline"), file, QStringLiteral("--name"), QStringLiteral("Herijking 2"),
                         QStringLiteral("--reason"), QStringLiteral("B runs late"), QStringLiteral("--decided-by"),
                         QStringLiteral("IV-Raad"), QStringLiteral("--iterations"), QStringLiteral("500")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("baseline 3 of 3 (the original is \"Plan\")")), qPrintable(r.out));
        const LoadResult loaded = DocumentReader::readFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        QCOMPARE(loaded.portfolio->baselines.size(), 3);
        const Baseline &b = loaded.portfolio->baselines.last();
        QCOMPARE(b.name, QStringLiteral("Herijking 2"));
        QCOMPARE(b.reason, QStringLiteral("B runs late"));
        QCOMPARE(b.decidedBy, QStringLiteral("IV-Raad"));
        QCOMPARE(b.date, QDate(2019, 5, 15)); // the status date
        QCOMPARE(b.posts.size(), 4);
        QCOMPARE(b.posts[3].post, QStringLiteral("D"));
        QCOMPARE(b.posts[3].start, QDate(2019, 7, 14));
        QCOMPARE(b.posts[3].finish, QDate(2019, 8, 12));
        QCOMPARE(b.posts[3].budget, std::optional<double>(90));
        // D is fixed at 30 days and B has no estimate or assessment: every iteration finishes on 08-12.
        QCOMPARE(b.p50, QDate(2019, 8, 12));
        QCOMPARE(b.p80, QDate(2019, 8, 12));
        // Now the latest baseline is this one: no variance against it, the original one is unchanged.
        const Run a = riskboard({QStringLiteral("analyze"), file, QStringLiteral("--json")});
        const QJsonObject v = postsById(QJsonDocument::fromJson(a.out.toUtf8()).object(), QStringLiteral("D"))
                                  .value(QStringLiteral("variance"))
                                  .toObject();
        QCOMPARE(v.value(QStringLiteral("finishVsLatestDays")).toInt(-999), 0);
        QCOMPARE(v.value(QStringLiteral("finishVsOriginalDays")).toInt(-999), 13);
        // The saved document is canonical.
        QCOMPARE(riskboard({QStringLiteral("format"), file, QStringLiteral("--check")}).code, 0);
    }

    void refusesAndLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        // An invalid document: exit 2, the file untouched.
        const QString bad = copyOf(dir, QStringLiteral(RISKBOARD_TEST_DATA "/invalid/38-multiple-errors.json"));
        const QByteArray before = bytesOf(bad);
        Run r = riskboard({QStringLiteral("baseline"), bad, QStringLiteral("--name"), QStringLiteral("X"),
                           QStringLiteral("--reason"), QStringLiteral("y")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral(": error: ")));
        QCOMPARE(bytesOf(bad), before);
        // Usage errors: exit 1, nothing written.
        const QString file = copyOf(dir, kSample);
        const QByteArray original = bytesOf(file);
        r = riskboard({QStringLiteral("baseline"), file, QStringLiteral("--reason"), QStringLiteral("y")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--name is required")));
        r = riskboard({QStringLiteral("baseline"), file, QStringLiteral("--name"), QStringLiteral("X"),
                       QStringLiteral("--reason"), QStringLiteral("y"), QStringLiteral("--date"),
                       QStringLiteral("2019-04-01")});
        QCOMPARE(r.code, 1); // before the latest baseline (2019-04-15)
        QVERIFY(r.err.contains(QStringLiteral("before the latest baseline")));
        r = riskboard({QStringLiteral("baseline"), file, QStringLiteral("--name"), QStringLiteral("X"),
                       QStringLiteral("--reason"), QStringLiteral("y"), QStringLiteral("--date"),
                       QStringLiteral("2019-02-30")});
        QCOMPARE(r.code, 1);
        QCOMPARE(bytesOf(file), original);
        // An output that cannot be written: exit 3.
        r = riskboard({QStringLiteral("baseline"), file, QStringLiteral("--name"), QStringLiteral("X"),
                       QStringLiteral("--reason"), QStringLiteral("y"), QStringLiteral("--iterations"),
                       QStringLiteral("0"), QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("no/such/dir/out.json"))});
        QCOMPARE(r.code, 3);
        QCOMPARE(bytesOf(file), original);
    }
};

QTEST_GUILESS_MAIN(TestBaselineCli)
#include "tst_baselinecli.moc"
