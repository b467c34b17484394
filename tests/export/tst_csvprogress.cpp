// tst_csvprogress.cpp — the progress fields in the posts CSV: exported, imported back losslessly, bulk
// updates from a sheet with only the progress columns, and bad rows reported at their row and column
// with the document unchanged (docs/export.md).
#include "export/csv.h"
#include "export/csvtables.h"
#include "exporttestsupport.h"
#include "document/documentwriter.h"

using namespace rb::exporting;
using namespace rb::exporting::test;
using rb::model::Portfolio;
using rb::model::PostStatus;

class TestCsvProgress : public QObject {
    Q_OBJECT
private:
    // Status date 2019-05-15; A done, B running, C and D planned (tests/data/valid/progress-sample.json).
    static Portfolio sample()
    {
        return loadPortfolio(QStringLiteral(RISKBOARD_TEST_DATA "/valid/progress-sample.json"));
    }
    static QByteArray sheet(const QList<QStringList> &rows) { return writeCsv(rows, QLatin1Char(';')); }

private slots:
    void exportCarriesProgress()
    {
        const QList<QStringList> rows = tableRows(sample(), CsvTableKind::Posts, {});
        const QStringList &header = rows.first();
        const int start = int(header.indexOf(QStringLiteral("actualStart"))),
                  finish = int(header.indexOf(QStringLiteral("actualFinish"))),
                  remaining = int(header.indexOf(QStringLiteral("remainingDays")));
        QVERIFY(start > 0 && finish > 0 && remaining > 0);
        QCOMPARE(rows[1][start], QStringLiteral("2019-01-07")); // A
        QCOMPARE(rows[1][finish], QStringLiteral("2019-04-10"));
        QCOMPARE(rows[2][remaining], QStringLiteral("60")); // B
        QCOMPARE(rows[3][start], QString());                // C
    }

    // Export followed by import changes nothing: the same Portfolio and byte-identical JSON.
    void roundTrip()
    {
        const Portfolio original = sample();
        Portfolio p = original;
        const QList<CsvError> errors
            = importCsv(p, CsvTableKind::Posts, exportCsv(original, CsvTableKind::Posts, {}), {});
        QVERIFY(errors.isEmpty());
        QVERIFY(p == original);
        QCOMPARE(rb::model::DocumentWriter::toJson(p), rb::model::DocumentWriter::toJson(original));
    }

    // A sheet with only the progress columns updates those posts and leaves the rest alone.
    void bulkUpdate()
    {
        Portfolio p = sample();
        const QList<CsvError> errors
            = importCsv(p, CsvTableKind::Posts,
                        sheet({{"id", "status", "actualStart", "actualFinish", "remainingDays"},
                               {"B", "done", "2019-04-11", "2019-05-14", ""},
                               {"C", "running", "2019-05-13", "", "70"}}),
                        {});
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
        QVERIFY(p.posts[1].status == PostStatus::Done);
        QCOMPARE(p.posts[1].actualFinish, QDate(2019, 5, 14));
        QVERIFY(!p.posts[1].remainingDays);
        QVERIFY(p.posts[2].status == PostStatus::Running);
        QCOMPARE(p.posts[2].actualStart, QDate(2019, 5, 13));
        QCOMPARE(p.posts[2].remainingDays, std::optional<int>(70));
        QVERIFY(p.posts[0] == sample().posts[0]); // A: not in the sheet
        QCOMPARE(p.posts[1].title, sample().posts[1].title);
        // And the updated document round-trips too.
        Portfolio again = p;
        QVERIFY(importCsv(again, CsvTableKind::Posts, exportCsv(p, CsvTableKind::Posts, {}), {}).isEmpty());
        QVERIFY(again == p);
    }

    void badRowsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("finish after the status date")
            << sheet({{"id", "actualFinish", "status"}, {"A", "2019-05-16", "done"}}) << 2 << 2
            << "the document would not load: post A finished (2019-05-16) after the status date (2019-05-15); actuals "
               "are facts up to the status date";
        QTest::newRow("remaining on a finished post")
            // (C on row 2 is wrong too, but the loader reports in document order: A, the first post, first)
            << sheet({{"id", "remainingDays"}, {"C", "1"}, {"A", "5"}}) << 3 << 2
            << "the document would not load: post A has finished (actualFinish); a finished post has no remaining work";
        QTest::newRow("unknown post") << sheet({{"id", "status"}, {"B", "running"}, {"NOPE", "done"}}) << 3 << 1
                                      << "id: no post 'NOPE' in the portfolio (this table updates existing posts)";
        QTest::newRow("bad number") << sheet({{"id", "remainingDays"}, {"B", "ten"}}) << 2 << 2
                                    << "remainingDays: 'ten' is not a whole number of days from 0 to 100000";
        QTest::newRow("bad status") << sheet({{"id", "status"}, {"B", "busy"}}) << 2 << 2
                                    << "status: 'busy'; expected one of: planned, running, done, deferred, cancelled";
    }

    void badRowsAreLocated()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Portfolio original = sample();
        Portfolio p = original;
        const QList<CsvError> errors = importCsv(p, CsvTableKind::Posts, csv, {});
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().row, row);
        QCOMPARE(errors.first().column, column);
        QCOMPARE(errors.first().message, message);
        QVERIFY(p == original);
    }
};

QTEST_GUILESS_MAIN(TestCsvProgress)
#include "tst_csvprogress.moc"
