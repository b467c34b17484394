// tst_hostileinput — files nobody should write but someone will: each must either load correctly or be
// refused with a clear, located error; never crash, never hang (loaded in a child process under a
// watchdog, see helperprocess.h), never take unbounded memory.
#include "helperprocess.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using rb::test::runHelper;

class TestHostileInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes `bytes` to a file, loads it in the helper, and checks it ended by itself, normally.
    rb::test::HelperRun load(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("input.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        const rb::test::HelperRun run = runHelper({QStringLiteral("load"), path});
        if (!run.finished) qWarning("the loader did not finish within the watchdog's time");
        if (run.crashed) qWarning("the loader crashed: %s", run.err.constData());
        return run;
    }

    static QByteArray document(const QByteArray &programmeName, const QByteArray &posts = "[]",
                               const QByteArray &extra = {})
    {
        return "{\"schemaVersion\": 1, \"programme\": {\"name\": \"" + programmeName + "\"}, \"posts\": " + posts
            + extra + "}\n";
    }

    static QByteArray post(const QByteArray &fields)
    {
        return "[{\"id\": \"P\", \"title\": \"t\", \"kind\": \"project\", " + fields + "}]";
    }

    // The run refused the file with `message` at `position` (":LINE:COL:" or empty for "anywhere").
    static bool refused(const rb::test::HelperRun &run, const QByteArray &message, const QByteArray &position = {})
    {
        if (!run.finished || run.crashed || run.exitCode != 1 || !run.out.contains(message)) {
            qWarning("exit %d, output:\n%s", run.exitCode, run.out.left(2000).constData());
            return false;
        }
        // ":LINE:" checks the line only, ":LINE:COLUMN:" both.
        const bool lineOnly = position.count(':') == 2;
        const QRegularExpression located(
            QRegularExpression::escape(QStringLiteral("input.json") + QString::fromUtf8(position))
            + (lineOnly ? QStringLiteral("\\d+:") : QString()) + QStringLiteral(" error: ")
            + QRegularExpression::escape(QString::fromUtf8(message)));
        if (!position.isEmpty() && !located.match(QString::fromUtf8(run.out)).hasMatch()) {
            qWarning("expected the error at %s, output:\n%s", position.constData(), run.out.left(2000).constData());
            return false;
        }
        return true;
    }

    static bool loaded(const rb::test::HelperRun &run, const QByteArray &expect = {})
    {
        if (!run.finished || run.crashed || run.exitCode != 0 || !run.out.startsWith("ok ")
            || !run.out.contains(expect)) {
            qWarning("exit %d, output:\n%s", run.exitCode, run.out.left(2000).constData());
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deepNesting_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("10000 arrays") << QByteArray(10000, '[') + QByteArray(10000, ']');
        QTest::newRow("10000 arrays, unclosed") << QByteArray(10000, '[');
        QByteArray objects;
        for (int i = 0; i < 10000; ++i) objects += "{\"a\":";
        QTest::newRow("10000 objects") << objects + "1" + QByteArray(10000, '}');
        QTest::newRow("10000 in a post") << document("x", "[" + QByteArray(10000, '[') + QByteArray(10000, ']') + "]");
    }
    void deepNesting()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(refused(load(bytes), "nesting is deeper than 64 levels", ":1:"));
    }

    void nestingAtTheLimitLoads()
    {
        // 64 levels are allowed: the document object plus 63 levels inside an unknown field would be
        // refused only for the unknown field, not for its depth.
        const QByteArray inner = QByteArray(62, '[') + QByteArray(62, ']');
        QVERIFY(refused(load(document("x", "[]", ", \"deep\": " + inner)), "unknown field \"deep\"", ":1:"));
    }

    void hugeStringLoads()
    {
        const QByteArray name(50 * 1024 * 1024, 'x');
        QVERIFY(loaded(load(document(name)), "name-chars=52428800"));
    }

    void hugeUnknownKeyIsRefused()
    {
        const QByteArray key(50 * 1024 * 1024, 'k');
        QVERIFY(refused(load(document("x", "[]", ", \"" + key + "\": 1")), "unknown field", ":1:"));
    }

    void millionElementArrayLoads()
    {
        QByteArray tags = "[";
        for (int i = 0; i < 1000000; ++i) tags += i ? ",\"t\"" : "\"t\"";
        tags += "]";
        QVERIFY(loaded(load(document("x", post("\"theme\": 1, \"tags\": " + tags))), "tags=1000000"));
    }

    void millionProblemsAreCapped()
    {
        // Every element is wrong; on one line. Reporting stops after 1000 problems (each located).
        QByteArray posts = "[";
        for (int i = 0; i < 1000000; ++i) posts += i ? ",1" : "1";
        posts += "]";
        const rb::test::HelperRun run = load(document("x", posts));
        QVERIFY(refused(run, "the items of \"posts\" must be objects", ":1:"));
        QVERIFY(run.out.contains("too many problems; only the first 1000 are reported"));
        QCOMPARE(run.out.count('\n'), 1000 + 1 + 1); // 1000 problems, the note, the memory line
    }

    void millionMembersInOneObject()
    {
        QByteArray members;
        for (int i = 0; i < 1000000; ++i) members += ", \"k" + QByteArray::number(i) + "\": 0";
        const rb::test::HelperRun run
            = load("{\"schemaVersion\": 1, \"programme\": {\"name\": \"x\"" + members + "}, \"posts\": []}");
        QVERIFY(refused(run, "unknown field \"k0\"", ":1:"));
        QVERIFY(run.out.contains("too many problems"));
    }

    void numbersOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("1e400") << document("x", post("\"theme\": 1e400"))
                               << QByteArray("JSON syntax error: Number too big");
        QTest::newRow("-1e400") << document("x", post("\"theme\": -1e400"))
                                << QByteArray("JSON syntax error: Number too big");
        QTest::newRow("1e-400") << document("x", post("\"theme\": 1e-400"))
                                << QByteArray("number out of range (a number must lie within");
        QTest::newRow("2^64 theme") << document("x", post("\"theme\": 18446744073709551616"))
                                    << QByteArray(
                                           "\"theme\" is 1.8446744073709552e+19, outside the allowed range 1..5");
        QTest::newRow("-2^63-1 theme") << document("x", post("\"theme\": -9223372036854775809"))
                                       << QByteArray(
                                              "\"theme\" is -9.2233720368547758e+18, outside the allowed range 1..5");
        QTest::newRow("2^64 cost")
            << document("x", post("\"theme\": 1, \"costOfDelayPerMonth\": 18446744073709551616"))
            << QByteArray("\"costOfDelayPerMonth\" is 1.8446744073709552e+19, outside the allowed range 0..1000000000");
        QTest::newRow("400 digits") << document("x", post("\"theme\": " + QByteArray(400, '9')))
                                    << QByteArray("JSON syntax error: Number too big");
        QTest::newRow("2^31 lag") << document(
            "x", post("\"theme\": 1"),
            ", \"dependencies\": [{\"from\": \"P\", \"to\": \"P\", \"lagDays\": 2147483648}]")
                                  << QByteArray("\"lagDays\" is 2147483648, outside the allowed range -100000..100000");
    }
    void numbersOutOfRange()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        QVERIFY(refused(load(bytes), message, ":1:"));
    }

    void nonFiniteLiterals_data()
    {
        QTest::addColumn<QByteArray>("literal");
        for (const char *l : {"NaN", "nan", "Infinity", "-Infinity", "inf", "-inf"}) QTest::newRow(l) << QByteArray(l);
    }
    void nonFiniteLiterals()
    {
        QFETCH(QByteArray, literal);
        QVERIFY(refused(load(document("x", post("\"theme\": " + literal))), "JSON syntax error", ":1:"));
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("in a value") << document("a\xC3\x28z");
        QTest::newRow("in a key") << document("x", "[]", ", \"k\xFF\": 1");
        QTest::newRow("overlong") << document("\xC0\xAF");
        QTest::newRow("encoded surrogate") << document("\xED\xA0\x80");
        QTest::newRow("truncated sequence") << document("\xE2\x82");
        QTest::newRow("lone high surrogate escape") << document("\\uD800");
        QTest::newRow("high surrogate, bad low") << document("\\uD800\\u0041");
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        const rb::test::HelperRun run = load(bytes);
        // Raw bytes are refused by the UTF-8 check, bad escapes by the JSON parser; both say where.
        QVERIFY(refused(run, "", ":1:"));
        QVERIFY2(run.out.contains("not valid UTF-8") || run.out.contains("JSON syntax error: Invalid encoding")
                     || run.out.contains("JSON syntax error: The surrogate pair in string is invalid"),
                 run.out.constData());
    }

    void utf16_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        const QString text = QString::fromUtf8(document("x"));
        QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2) std::swap(be[i], be[i + 1]);
        QTest::newRow("LE with BOM") << QByteArray("\xFF\xFE") + le
                                     << QByteArray("the file is UTF-16; save it as UTF-8");
        QTest::newRow("BE with BOM") << QByteArray("\xFE\xFF") + be
                                     << QByteArray("the file is UTF-16; save it as UTF-8");
        QTest::newRow("LE without BOM") << le << QByteArray("the file is UTF-16 or binary");
        QTest::newRow("BE without BOM") << be << QByteArray("the file is UTF-16 or binary");
    }
    void utf16()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        QVERIFY(refused(load(bytes), message, ":1:1:"));
    }

    void utf8BomLoadsAndPositionsCountFromAfterIt()
    {
        QVERIFY(loaded(load("\xEF\xBB\xBF" + document("bom"))));
        // {"schemaVersion": "1" — the value starts in column 19 after the BOM.
        QVERIFY(refused(load("\xEF\xBB\xBF{\"schemaVersion\": \"1\", \"programme\": {\"name\": \"x\"}, \"posts\": []}"),
                        "\"schemaVersion\" must be a whole number", ":1:19:"));
    }

    void emptyAndBlank_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("whitespace lines") << QByteArray(" \n\t\r\n  \n");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    }
    void emptyAndBlank()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(refused(load(bytes), "the file is empty"));
    }

    void binary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QRandomGenerator random(20191231);
        for (int i = 0; i < 8; ++i) {
            QByteArray b(1 << (6 + i), Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(b.data()), b.size() / 4);
            QTest::newRow(qPrintable(QStringLiteral("random %1 bytes").arg(b.size()))) << b;
        }
        QTest::newRow("NULs") << QByteArray(4096, '\0');
        QTest::newRow("PNG header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("JSON then binary") << document("x") + QByteArray("\0\x01\x02", 3);
        QTest::newRow("JSON then NULs") << document("x") + QByteArray(100, '\0');
    }
    void binary()
    {
        QFETCH(QByteArray, bytes);
        const rb::test::HelperRun run = load(bytes);
        QVERIFY(run.finished);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(" error: "), run.out.constData());
    }

    void notAnObject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("array") << QByteArray("[1, 2]") << QByteArray("a portfolio must be a JSON object, not an array");
        QTest::newRow("string") << QByteArray("\"x\"") << QByteArray("a portfolio must be a JSON object, not a string");
        QTest::newRow("two documents") << document("x") + document("y") << QByteArray("JSON syntax error");
    }
    void notAnObject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        QVERIFY(refused(load(bytes), message));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
