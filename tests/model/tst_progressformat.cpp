// tst_progressformat.cpp — progress fields and baselines in the document: reading, the loader's checks
// (each located at FILE:LINE:COL), canonical writing and the round trip (docs/format.md "Progress").
#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QtTest>

using namespace rb::model;

namespace {

// A document with a status date and the given post fields (one post "P", running unless `status`).
QByteArray doc(const QByteArray &postFields, const QByteArray &status = "running", const QByteArray &extra = {})
{
    return "{\n"
           "\"schemaVersion\": 3,\n"
           "\"programme\": {\"name\": \"T\", \"statusDate\": \"2019-05-15\"},\n"
           "\"posts\": [\n"
           "{\"id\": \"P\", \"title\": \"p\", \"theme\": 1, \"kind\": \"project\", \"status\": \""
        + status
        + "\",\n"
          " \"start\": \"2019-01-01\", \"finish\": \"2019-06-30\""
        + postFields
        + "}\n"
          "]"
        + extra + "\n}\n";
}

LoadResult load(const QByteArray &bytes) { return DocumentReader::readBytes(bytes, QStringLiteral("t.json")); }

const char *kBaselines
    = ",\n\"baselines\": [\n"
      "{\"name\": \"Plan\", \"date\": \"2018-10-18\", \"reason\": \"the plan\", \"decidedBy\": \"IV-Raad\",\n"
      " \"p50\": \"2019-12-31\", \"p80\": \"2020-01-31\",\n"
      " \"posts\": [{\"post\": \"P\", \"start\": \"2019-01-01\", \"finish\": \"2019-06-30\", \"budget\": 125.5}]},\n"
      "{\"name\": \"Herijking\", \"date\": \"2019-04-01\", \"reason\": \"late\",\n"
      " \"posts\": [{\"post\": \"P\", \"start\": \"2019-02-01\", \"finish\": \"2019-07-31\"}]}\n"
      "]";

} // namespace

class TestProgressFormat : public QObject {
    Q_OBJECT
private slots:
    void readsProgressAndBaselines()
    {
        const LoadResult r
            = load(doc(", \"actualStart\": \"2019-01-14\", \"remainingDays\": 40", "running", kBaselines));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Post &p = r.portfolio->posts.first();
        QCOMPARE(p.actualStart, QDate(2019, 1, 14));
        QVERIFY(!p.actualFinish.isValid());
        QCOMPARE(p.remainingDays, std::optional<int>(40));
        QCOMPARE(r.portfolio->baselines.size(), 2);
        const Baseline &b = r.portfolio->baselines.first();
        QCOMPARE(b.name, QStringLiteral("Plan"));
        QCOMPARE(b.decidedBy, QStringLiteral("IV-Raad"));
        QCOMPARE(b.p80, QDate(2020, 1, 31));
        QCOMPARE(b.posts.first().budget, std::optional<double>(125.5));
        QVERIFY(!r.portfolio->baselines.last().posts.first().budget);
        QCOMPARE(requiredSchemaVersion(*r.portfolio), 3);
    }

    // Load → save → load is the identity, and the saved text is canonical (a fixpoint), with the
    // progress fields after the deadline and the baselines last.
    void roundTrip()
    {
        const LoadResult r
            = load(doc(", \"actualStart\": \"2019-01-14\", \"remainingDays\": 40", "running", kBaselines));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const QByteArray saved = DocumentWriter::toJson(*r.portfolio);
        const LoadResult again = load(saved);
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(*again.portfolio == *r.portfolio);
        QCOMPARE(DocumentWriter::toJson(*again.portfolio), saved);
        QVERIFY(saved.indexOf("\"finish\": \"2019-06-30\",\n      \"actualStart\"") > 0);
        QVERIFY(saved.indexOf("\"baselines\"") > saved.indexOf("\"posts\""));
        QVERIFY(saved.startsWith("{\n  \"schemaVersion\": 3,"));

        // A finished post too.
        const LoadResult done
            = load(doc(", \"actualStart\": \"2019-01-14\", \"actualFinish\": \"2019-05-01\"", "done"));
        QVERIFY2(done.ok(), qPrintable(done.errorText()));
        const LoadResult doneAgain = load(DocumentWriter::toJson(*done.portfolio));
        QVERIFY(doneAgain.ok() && *doneAgain.portfolio == *done.portfolio);
    }

    // Without progress or baselines a document stays at its older version.
    void olderVersionWithoutProgress()
    {
        const LoadResult r = load(doc({}, "planned"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(requiredSchemaVersion(*r.portfolio), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // The first diagnostic, FILE:LINE:COL: error: …; line 6 holds the post's fields, the columns point
        // at the offending value (counted by hand and checked with Python's str.find).
        QTest::addColumn<QString>("expected");

        QTest::newRow("finish before start")
            << doc(", \"actualStart\": \"2019-03-01\", \"actualFinish\": \"2019-02-01\"", "done")
            << "t.json:6:94: error: post P finished (2019-02-01) before it started (2019-03-01)";
        QTest::newRow("start after status date") << doc(", \"actualStart\": \"2019-06-01\"")
                                                 << "t.json:6:64: error: post P started (2019-06-01) after the status "
                                                    "date (2019-05-15); actuals are facts up to the status date";
        QTest::newRow("finish after status date")
            << doc(", \"actualStart\": \"2019-01-01\", \"actualFinish\": \"2019-05-16\"", "done")
            << "t.json:6:94: error: post P finished (2019-05-16) after the status date (2019-05-15); actuals are facts "
               "up to the status date";
        QTest::newRow("remaining on a finished post")
            << doc(", \"actualStart\": \"2019-01-01\", \"actualFinish\": \"2019-05-01\", \"remainingDays\": 3", "done")
            << "t.json:6:125: error: post P has finished (actualFinish); a finished post has no remaining work";
        QTest::newRow("remaining without a start") << doc(", \"remainingDays\": 3")
                                                   << "t.json:6:66: error: post P has remainingDays but no "
                                                      "actualStart; remaining work belongs to a started post";
        QTest::newRow("finish on a running post")
            << doc(", \"actualStart\": \"2019-01-01\", \"actualFinish\": \"2019-05-01\"")
            << "t.json:6:94: error: post P has an actualFinish but its status is running; a finished post is done";
        QTest::newRow("actual start on a planned post") << doc(", \"actualStart\": \"2019-01-01\"", "planned")
                                                        << "t.json:6:64: error: post P has an actualStart but its "
                                                           "status is planned; a started post is running or done";
        QTest::newRow("negative remaining")
            << doc(", \"actualStart\": \"2019-01-01\", \"remainingDays\": -1")
            << "t.json:6:95: error: \"remainingDays\" is -1, outside the allowed range 0..100000";
        QTest::newRow("baselines out of date order")
            << doc({}, "planned",
                   ",\n\"baselines\": [{\"name\": \"B\", \"date\": \"2019-02-01\", \"posts\": []},\n"
                   "{\"name\": \"A\", \"date\": \"2019-01-01\", \"posts\": []}]")
            << "t.json:9:23: error: baseline \"A\" (2019-01-01) is dated before the one above it (2019-02-01); "
               "baselines are in date order, the original first";
        QTest::newRow("baseline post twice") << doc({}, "planned",
                                                    ",\n\"baselines\": [{\"name\": \"B\", \"date\": \"2019-02-01\", "
                                                    "\"posts\": [{\"post\": \"P\"}, {\"post\": \"P\"}]}]")
                                             << "t.json:8:85: error: baseline \"B\" lists post P twice";
        QTest::newRow("unknown baseline field")
            << doc({}, "planned", ",\n\"baselines\": [{\"name\": \"B\", \"date\": \"2019-02-01\", \"reasn\": \"x\"}]")
            << "t.json:8:51: error: unknown field \"reasn\" (did you mean \"reason\"?)";
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const LoadResult r = load(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.first().toString(), expected);
    }

    // Progress needs a status date to be measured at.
    void progressNeedsStatusDate()
    {
        QByteArray bytes = doc(", \"actualStart\": \"2019-01-01\"");
        bytes.replace(", \"statusDate\": \"2019-05-15\"", "");
        const LoadResult r = load(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.diagnostics.first().message.contains(QStringLiteral("no statusDate")), qPrintable(r.errorText()));
    }

    // The engine input: a done post with actuals is fixed at them; a running one is started with its
    // remaining days; a done post without dates, planned before the status date, stays where the plan
    // put it (a done milestone) instead of moving to the status date like work not started.
    void engineInput()
    {
        QByteArray bytes = doc(", \"actualStart\": \"2019-01-14\", \"remainingDays\": 40");
        bytes.replace(
            "]\n}",
            ",\n{\"id\": \"E\", \"title\": \"e\", \"theme\": 1, \"kind\": \"activity\", \"status\": \"done\"},\n"
            "{\"id\": \"F\", \"title\": \"f\", \"theme\": 1, \"kind\": \"activity\", \"status\": \"done\", "
            "\"start\": \"2019-02-01\", \"finish\": \"2019-02-28\", \"actualStart\": \"2019-02-04\", \"actualFinish\": "
            "\"2019-03-08\"}\n]\n}");
        bytes.replace("\"statusDate\"", "\"start\": \"2019-01-01\", \"statusDate\"");
        const LoadResult r = load(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const AnalysisInput in = buildAnalysisInput(*r.portfolio);
        const auto &t = in.network.tasks;
        QCOMPARE(in.network.statusDate, std::optional<int32_t>(toDayNumber(QDate(2019, 5, 15))));
        QCOMPARE(t[0].actualStart, std::optional<int32_t>(toDayNumber(QDate(2019, 1, 14))));
        QCOMPARE(t[0].remainingDays, std::optional<int32_t>(40));
        QVERIFY(!t[0].done);
        QVERIFY(t[1].done); // E: no dates, at the programme start, 0 days
        QCOMPARE(t[1].fixedStart, toDayNumber(QDate(2019, 1, 1)));
        QCOMPARE(t[1].fixedFinish, t[1].fixedStart);
        QCOMPARE(t[1].durationDays, 0);
        QVERIFY(t[2].done); // F: its actual dates, 2019-02-04..03-08 = 33 days
        QCOMPARE(t[2].fixedStart, toDayNumber(QDate(2019, 2, 4)));
        QCOMPARE(t[2].fixedFinish, toDayNumber(QDate(2019, 3, 8)));
        QCOMPARE(t[2].durationDays, 33);
        QCOMPARE(in.budgets, (std::vector<double>{0, 0, 0}));
    }

    // Without any progress the document is a plan: its status date (mid-plan here) is only "as of" and
    // no data date reaches the engine, in either reader.
    void planWithoutProgressHasNoDataDate()
    {
        const QByteArray bytes = doc({}, "planned");
        const LoadResult r = load(bytes);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(!buildAnalysisInput(*r.portfolio).network.statusDate);
        QVERIFY(!DocumentReader::readScheduleBytes(bytes, QStringLiteral("t.json")).input->network.statusDate);
        const QByteArray progress = doc(", \"actualStart\": \"2019-01-14\"");
        QVERIFY(DocumentReader::readScheduleBytes(progress, QStringLiteral("t.json")).input->network.statusDate);
    }

    // The analysis commands' reader agrees: same diagnostics, and it carries the baselines.
    void scheduleReaderAgrees()
    {
        const QByteArray good = doc(", \"actualStart\": \"2019-01-14\", \"remainingDays\": 40", "running", kBaselines);
        const ScheduleLoadResult s = DocumentReader::readScheduleBytes(good, QStringLiteral("t.json"));
        QVERIFY(s.ok());
        QCOMPARE(s.baselines, load(good).portfolio->baselines);
        QCOMPARE(s.input->network.tasks[0].actualStart, std::optional<int32_t>(toDayNumber(QDate(2019, 1, 14))));
        QCOMPARE(s.input->network.tasks[0].remainingDays, std::optional<int32_t>(40));
        const ScheduleLoadResult bad
            = DocumentReader::readScheduleBytes(doc(", \"remainingDays\": 3"), QStringLiteral("t.json"));
        QCOMPARE(bad.diagnostics.first().toString(),
                 load(doc(", \"remainingDays\": 3")).diagnostics.first().toString());
    }
};

QTEST_GUILESS_MAIN(TestProgressFormat)
#include "tst_progressformat.moc"
