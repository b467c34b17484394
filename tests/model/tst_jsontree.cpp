// tst_jsontree.cpp — the position-aware JSON tree: offsets of values and keys, escapes, UTF-8 checks.
#include "document/jsontree.h"

#include <QtTest>

using namespace rb::model;
using namespace std::string_view_literals;

class TestJsonTree : public QObject {
    Q_OBJECT
private slots:
    void offsetsPointAtValuesAndKeys()
    {
        const std::string_view text = "{\"a\": [1, -2.5e3, \"x\\\"y\", true, null], \"b\": {}}"sv;
        JsonDocument doc;
        JsonParseError error;
        QVERIFY(parseJson(text, doc, error));
        const JsonValue &root = doc.root;
        QCOMPARE(root.members().size(), size_t(2));
        QCOMPARE(root.members()[0].keyOffset, uint32_t(1));
        const JsonValue &a = root.members()[0].value;
        QCOMPARE(a.offset, uint32_t(text.find('[')));
        QCOMPARE(a.items()[0].offset, uint32_t(text.find('1')));
        QCOMPARE(a.items()[1].offset, uint32_t(text.find("-2.5e3")));
        QCOMPARE(a.items()[1].number(), -2500.0);
        QCOMPARE(a.items()[2].offset, uint32_t(text.find("\"x")));
        QCOMPARE(a.items()[2].string(), "x\"y"sv); // escapes decoded (kept in the arena)
        QCOMPARE(a.items()[3].offset, uint32_t(text.find("true")));
        QCOMPARE(a.items()[4].offset, uint32_t(text.find("null")));
        QCOMPARE(root.members()[1].value.offset, uint32_t(text.find("{}")));
        QVERIFY(root.find("b") == &root.members()[1].value);
        QVERIFY(root.find("c") == nullptr);
    }

    void lineAndColumn()
    {
        const std::string_view text = "{\n  \"é\": 1,\n  \"x\": 2\n}"sv;
        LineIndex lines(text);
        QCOMPARE(lines.position(0), std::make_pair(1, 1));
        QCOMPARE(lines.position(uint32_t(text.find("\"x\""))), std::make_pair(3, 3));
        QCOMPARE(lines.position(uint32_t(text.find('1'))), std::make_pair(2, 8)); // é counts as one column
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstInvalid");
        QTest::newRow("ascii") << QByteArray("plain ascii text, long enough for chunks") << -1;
        QTest::newRow("two, three and four bytes") << QByteArray("\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80") << -1;
        QTest::newRow("lone continuation") << QByteArray("abc\x80") << 3;
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << 1;
        QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("xx\xED\xA0\x80") << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("0123456789\xE2\x82") << 10;
        QTest::newRow("FF") << QByteArray("\xFF") << 0;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstInvalid);
        const size_t at = firstInvalidUtf8(std::string_view(bytes.constData(), size_t(bytes.size())));
        QCOMPARE(at == std::string_view::npos ? -1 : int(at), firstInvalid);
    }

    void depthLimit()
    {
        const std::string deep = std::string(100, '[') + std::string(100, ']');
        JsonDocument doc;
        JsonParseError error;
        QVERIFY(!parseJson(deep, doc, error));
        QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("deeper than 64")));
        const std::string ok = std::string(60, '[') + std::string(60, ']');
        JsonDocument doc2;
        QVERIFY(parseJson(ok, doc2, error));
    }
};

QTEST_APPLESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
