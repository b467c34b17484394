// tst_documentreader.cpp — the loader's diagnostics on a corpus of malformed files (golden), and the
// properties every load must have: all problems reported, positions exact, the file never modified.
#include "fuzz/documentproperties.h"
#include "document/documentreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace rb::model;

class TestDocumentReader : public QObject {
    Q_OBJECT
private:
    static QString dataDir(const char *sub) { return QStringLiteral(RISKBOARD_TEST_DATA "/") + QLatin1String(sub); }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

private slots:
    void malformedCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QMap<QString, QStringList> expected;
        const QStringList lines
            = QString::fromUtf8(read(dataDir("invalid/expected.txt"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) expected[line.section(QLatin1Char(':'), 0, 0)] << line;
        const QStringList files
            = QDir(dataDir("invalid")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 25, "the corpus must cover at least 25 kinds of error");
        for (const QString &f : files) QTest::newRow(qPrintable(f)) << f << expected.value(f);
    }

    // Every malformed file yields exactly the expected diagnostics (message and position) and no portfolio.
    void malformedCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QVERIFY2(!expected.isEmpty(), "every corpus file needs expected diagnostics in expected.txt");
        const LoadResult r = DocumentReader::readBytes(read(dataDir("invalid/") + file), file);
        QVERIFY(!r.ok());
        QStringList actual;
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY2(d.line > 0 && d.column > 0, qPrintable(d.toString()));
            actual << d.toString();
        }
        QCOMPARE(actual, expected);
    }

    void validFilesLoad_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("small sample") << dataDir("valid/small-sample.json");
        QTest::newRow("MAB plateau 4") << QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
    }
    void validFilesLoad()
    {
        QFETCH(QString, path);
        const LoadResult r = DocumentReader::readFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r.diagnostics.isEmpty());
        QVERIFY(!r.portfolio->posts.isEmpty());
    }

    void readsFieldsOfTheSample()
    {
        const LoadResult r = DocumentReader::readFile(dataDir("valid/small-sample.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Portfolio &p = *r.portfolio;
        QCOMPARE(p.programme.name, QStringLiteral("MAB plateau 4 (sample)"));
        QCOMPARE(p.programme.start, QDate(2019, 1, 1));
        QCOMPARE(p.posts.size(), 3);
        const Post &edocs = p.posts[p.postIndex(QStringLiteral("2A4"))];
        QVERIFY(edocs.status == PostStatus::Done);
        QCOMPARE(edocs.sources.size(), 1);
        QVERIFY(edocs.sources.first().quote.startsWith(QStringLiteral("in plateau 3 is het")));
        const Post &cloud = p.posts[p.postIndex(QStringLiteral("5C3"))];
        QCOMPARE(cloud.durationDays, std::optional<int>(181));
        QCOMPARE(cloud.estimate->pessimisticDays, 270);
        QCOMPARE(cloud.budget->oneOff.carriedOver, 138.0);
        QVERIFY(p.dependencies[1].type == LinkType::SS);
        QCOMPARE(p.dependencies[1].lagDays, 30);
        QVERIFY(!p.hasFactorCatalogue);
        QCOMPARE(p.successFactors.size(), 7); // the plan's seven factors are the default catalogue
        QCOMPARE(p.assessments.first().score(QStringLiteral("capacity"))->score, 4);
        QVERIFY(p.risks.first().response == RiskResponse::Reduce);
        QCOMPARE(p.risks.first().delayDays, std::optional<int>(60));
    }

    // A leading UTF-8 byte-order mark is accepted; positions count from after it.
    void acceptsBom()
    {
        const QByteArray plain = read(dataDir("valid/small-sample.json"));
        const LoadResult r = DocumentReader::readBytes(QByteArray("\xEF\xBB\xBF") + plain, QStringLiteral("bom.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const LoadResult bad = DocumentReader::readBytes(QByteArray("\xEF\xBB\xBF{\n  \"schemaVersion\": true"),
                                                         QStringLiteral("b.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.diagnostics.first().line, 2);
    }

    // Column numbers count characters, not bytes: "é" before the error counts once.
    void columnsCountCharacters()
    {
        const QByteArray doc
            = QStringLiteral("{\"schemaVersion\": 1, \"programme\": {\"name\": \"é\", \"end\": 5}, \"posts\": []}")
                  .toUtf8();
        const LoadResult r = DocumentReader::readBytes(doc, QStringLiteral("c.json"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().column,
                 int(QStringLiteral("{\"schemaVersion\": 1, \"programme\": {\"name\": \"é\", \"end\": ").size()) + 1);
    }

    // The parse decodes strings where they stand (in place), so escapes shrink the text it leaves.
    // Positions must still be those of the file: after escapes of every kind, on the same line and on
    // later ones, after a long escaped string across the reader's 64 KiB position blocks, in a syntax
    // error, and in the worker's messages of a large document.
    void positionsAfterEscapes_data()
    {
        QTest::addColumn<QByteArray>("doc");
        const QByteArray head
            = "{\"schemaVersion\": 1, \"programme\": {\"name\": \"a\\\"b\\\\c\\n\\u00e9\\u20ac\\ud83d\\ude00\\/\", ";
        QTest::newRow("same line") << head + "\"end\": @5}, \"posts\": []}";
        QTest::newRow("next lines") << head
                + "\"organisation\": \"\\t\\u0041\"},\n  \"posts\": [\n    {\"id\": \"x\\\"y\", \"title\": "
                  "\"t\\u00e9\", \"kind\": \"project\", \"theme\": @9}]}";
        QTest::newRow("long escaped string") << head + "\"description\": \"" + QByteArray(70000, 'x') + "\\n"
                + QByteArray(70000, 'y') + "é\"},\n \"posts\": @5}";
        QTest::newRow("syntax error") << head + "\"description\": \"\\u00e9\\n\"}\n, \"posts\": [@}";
        QTest::newRow("unknown field in a dependency") << head
                + "\"description\": \"\\\"\"}, \"posts\": [], \"dependencies\": [{\"from\": \"\\u0041\", \"to\": "
                  "\"B\", @\"lagdays\": 1}]}";
    }
    void positionsAfterEscapes()
    {
        QFETCH(QByteArray, doc);
        const qsizetype marker = doc.indexOf('@');
        doc.remove(marker, 1);
        // Line and column of the marker, counted on the file's bytes: a line per '\n', a column per
        // character (UTF-8 lead byte).
        const QByteArray before = doc.left(marker);
        const int line = int(before.count('\n')) + 1;
        const QByteArray lastLine = before.mid(before.lastIndexOf('\n') + 1);
        const int column = int(QString::fromUtf8(lastLine).toUcs4().size()) + 1;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc);
        f.close();
        for (const LoadResult &r : {DocumentReader::readBytes(doc, path), DocumentReader::readFile(path)}) {
            QVERIFY(!r.ok());
            QCOMPARE(r.diagnostics.first().line, line);
            QCOMPARE(r.diagnostics.first().column, column);
        }
        const ScheduleLoadResult s = DocumentReader::readSchedule(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.diagnostics.first().line, line);
        QCOMPARE(s.diagnostics.first().column, column);
    }

    void nullCountsAsAbsent()
    {
        const QByteArray doc
            = "{\"schemaVersion\": 1, \"programme\": {\"name\": \"n\", \"end\": null}, \"posts\": [], \"risks\": null}";
        const LoadResult r = DocumentReader::readBytes(doc, QStringLiteral("n.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(!r.portfolio->programme.end.isValid());
    }

    void finishWithDurationAndNoStart()
    {
        const QByteArray doc
            = "{\"schemaVersion\": 1, \"programme\": {\"name\": \"n\"}, \"posts\": ["
              "{\"id\": \"A\", \"title\": \"a\", \"theme\": 1, \"kind\": \"activity\", \"finish\": \"2019-01-10\"}]}";
        const LoadResult r = DocumentReader::readBytes(doc, QStringLiteral("f.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("neither a start nor durationDays")));
    }

    void reportsEveryCycleMember()
    {
        const LoadResult r = DocumentReader::readFile(dataDir("invalid/23-cycle.json"));
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.diagnostics.first().message.endsWith(QStringLiteral("A → B → C → A")));
    }

    void missingFile()
    {
        const LoadResult r = DocumentReader::readFile(QStringLiteral("/nonexistent/portfolio.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.first().toString(), QStringLiteral("/nonexistent/portfolio.json: error: no such file"));
    }

    // Loading never writes: the bytes and the modification time stay as they were.
    void neverModifiesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(QFile::copy(dataDir("invalid/38-multiple-errors.json"), path));
        const QByteArray before = read(path);
        const QDateTime mtime = QFileInfo(path).lastModified();
        QVERIFY(!DocumentReader::readFile(path).ok());
        QCOMPARE(read(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
    }

    // A large document's dependencies are read on a second thread while the posts are read (from 20,000
    // on). The diagnostics must be exactly those of one pass: all the posts' first, then the
    // dependencies', each in document order, and at most 1,000 with the notice after them.
    void largeDocumentDiagnosticsKeepTheirOrder_data()
    {
        QTest::addColumn<int>("badPosts");        // posts 0.. with an unknown field
        QTest::addColumn<int>("badDependencies"); // dependencies 0.. with a fractional lag
        QTest::newRow("a few of each") << 3 << 4;
        QTest::newRow("posts fill the list") << 1100 << 10;
        QTest::newRow("both together overflow") << 950 << 100;
        QTest::newRow("dependencies overflow alone") << 0 << 1200;
        QTest::newRow("exactly the limit") << 600 << 400;
    }
    void largeDocumentDiagnosticsKeepTheirOrder()
    {
        QFETCH(int, badPosts);
        QFETCH(int, badDependencies);
        const int n = 25000;
        QByteArray json = "{\"schemaVersion\": 1, \"programme\": {\"name\": \"Large\"}, \"posts\": [\n";
        for (int i = 0; i < n; ++i)
            json += "{\"id\": \"P" + QByteArray::number(i)
                + "\", \"title\": \"t\", \"theme\": 1, \"kind\": \"project\", \"durationDays\": 5"
                + (i < badPosts ? ", \"titel\": \"x\"" : "") + (i + 1 < n ? "},\n" : "}\n");
        json += "], \"dependencies\": [\n";
        for (int i = 0; i + 1 < n; ++i)
            json += "{\"from\": \"P" + QByteArray::number(i) + "\", \"to\": \"P" + QByteArray::number(i + 1)
                + "\", \"note\": \"\\u00e9\\n\"" + (i < badDependencies ? ", \"lagDays\": 1.5" : "")
                + (i + 2 < n ? "},\n" : "}\n");
        json += "]}\n";

        QStringList expected;
        for (int i = 0; i < badPosts; ++i) expected << QStringLiteral("posts[%1].titel").arg(i);
        for (int i = 0; i < badDependencies; ++i) expected << QStringLiteral("dependencies[%1].lagDays").arg(i);
        const bool truncated = expected.size() > 1000;
        expected = expected.mid(0, 1000);
        if (truncated) expected << QString(); // the notice has no path

        const LoadResult full = DocumentReader::readBytes(json, QStringLiteral("large.json"));
        const ScheduleLoadResult lean = DocumentReader::readScheduleBytes(json, QStringLiteral("large.json"));
        QVERIFY(!full.ok());
        QVERIFY(!lean.ok());
        QStringList paths, leanText, fullText;
        for (const Diagnostic &d : full.diagnostics) {
            paths << d.path;
            fullText << d.toString();
        }
        for (const Diagnostic &d : lean.diagnostics) leanText << d.toString();
        QCOMPARE(paths, expected);
        QCOMPARE(leanText, fullText);
        if (truncated) QVERIFY(full.diagnostics.last().message.startsWith(QStringLiteral("too many problems")));
        // Line numbers follow the document: post i stands on line i + 2, dependency i on line n + i + 3.
        // The columns count the escapes of the note as the characters of the file, not as the "é" and
        // the line break the parse decoded them to (in place).
        if (badDependencies > 0 && expected.size() > badPosts) {
            QCOMPARE(full.diagnostics[badPosts].line, n + 3);
            QCOMPARE(
                full.diagnostics[badPosts].column,
                int(QByteArray("{\"from\": \"P0\", \"to\": \"P1\", \"note\": \"\\u00e9\\n\", \"lagDays\": ").size())
                    + 1);
        }
    }

    // The same large document's ends are resolved in two halves on two threads: an unknown post, a
    // self-link and a duplicate across the halves are still found, in document order, and a valid
    // one gives the same engine input as a Portfolio would.
    // A link (from, to, type) made again by a later dependency is reported at the later one, whether
    // its first post has a few links or is a hub with many; the same ends with another type are not
    // a repeat.
    void repeatedLinksAreReported_data()
    {
        QTest::addColumn<int>("hubLinks");
        QTest::newRow("a few links") << 3;
        QTest::newRow("a hub") << 60;
    }
    void repeatedLinksAreReported()
    {
        QFETCH(int, hubLinks);
        QByteArray json = "{\"schemaVersion\": 1, \"programme\": {\"name\": \"Hub\"}, \"posts\": [";
        for (int i = 0; i <= hubLinks; ++i)
            json += QByteArray(i ? "," : "") + "{\"id\": \"P" + QByteArray::number(i)
                + "\", \"title\": \"t\", \"theme\": 1, \"kind\": \"project\", \"durationDays\": 2}";
        json += "], \"dependencies\": [";
        QByteArrayList deps;
        for (int i = 1; i <= hubLinks; ++i) deps << "{\"from\": \"P0\", \"to\": \"P" + QByteArray::number(i) + "\"}";
        deps << "{\"from\": \"P0\", \"to\": \"P2\", \"type\": \"SS\"}" // other type: not a repeat
             << "{\"from\": \"P0\", \"to\": \"P2\"}"                   // repeats dependencies[1]
             << "{\"from\": \"P0\", \"to\": \"P2\", \"type\": \"SS\"}" // repeats the SS one
             << "{\"from\": \"P1\", \"to\": \"P2\"}"                   // another first post: not a repeat
             << "{\"from\": \"P0\", \"to\": \"P1\", \"lagDays\": 5}";  // same link, other lag: a repeat
        json += deps.join(',') + "]}";
        const LoadResult r = DocumentReader::readBytes(json, QStringLiteral("input.json"));
        QStringList messages;
        for (const Diagnostic &d : r.diagnostics) messages << d.path + QLatin1String(": ") + d.message;
        const int n = hubLinks;
        QCOMPARE(messages,
                 (QStringList{QStringLiteral("dependencies[%1]: duplicate dependency P0 → P2 (FS)").arg(n + 1),
                              QStringLiteral("dependencies[%1]: duplicate dependency P0 → P2 (SS)").arg(n + 2),
                              QStringLiteral("dependencies[%1]: duplicate dependency P0 → P1 (FS)").arg(n + 4)}));
        const QString agreement = rb::fuzz::checkScheduleReader(json, r);
        QVERIFY2(agreement.isEmpty(), qPrintable(agreement));
    }

    void largeDocumentLinksResolveInBothHalves()
    {
        const int n = 25000;
        const auto document = [&](bool broken) {
            QByteArray json = "{\"schemaVersion\": 1, \"programme\": {\"name\": \"Large\"}, \"posts\": [\n";
            for (int i = 0; i < n; ++i)
                json += "{\"id\": \"P" + QByteArray::number(i)
                    + "\", \"title\": \"t\", \"theme\": 1, \"kind\": \"project\", \"durationDays\": "
                    + QByteArray::number(1 + i % 17) + (i + 1 < n ? "},\n" : "}\n");
            json += "], \"dependencies\": [\n";
            for (int i = 0; i + 1 < n; ++i) {
                QByteArray to = "P" + QByteArray::number(i + 1);
                if (broken && i == 3000) to = "P3000"; // itself
                if (broken && i == 15000) to = "NOPE"; // unknown, in the second half
                json += "{\"from\": \"P" + QByteArray::number(i) + "\", \"to\": \"" + to + "\", \"type\": \""
                    + (i % 3 ? "FS" : "SS") + "\"},\n";
            }
            json += "{\"from\": \"P0\", \"to\": \"P" + QByteArray::number(n / 2) + "\", \"lagDays\": 3}";
            if (broken)
                json += ",\n{\"from\": \"P1\", \"to\": \"P2\"}"; // the same link as dependencies[1], in the other half
            json += "]}\n";
            return json;
        };

        const QByteArray valid = document(false);
        const LoadResult full = DocumentReader::readBytes(valid, QStringLiteral("input.json"));
        QVERIFY2(full.ok(), qPrintable(full.errorText()));
        QCOMPARE(full.portfolio->dependencies.size(), qsizetype(n));
        const QString problem = rb::fuzz::checkScheduleReader(valid, full);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QByteArray broken = document(true);
        const LoadResult bad = DocumentReader::readBytes(broken, QStringLiteral("input.json"));
        QVERIFY(!bad.ok());
        QStringList messages;
        for (const Diagnostic &d : bad.diagnostics) messages << d.path + QLatin1String(": ") + d.message;
        QCOMPARE(messages,
                 (QStringList{QStringLiteral("dependencies[3000].to: post P3000 depends on itself"),
                              QStringLiteral("dependencies[15000].to: dependency to unknown post \"NOPE\""),
                              QStringLiteral("dependencies[25000]: duplicate dependency P1 → P2 (FS)")}));
        const QString agreement = rb::fuzz::checkScheduleReader(broken, bad);
        QVERIFY2(agreement.isEmpty(), qPrintable(agreement));
    }
};

QTEST_APPLESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
