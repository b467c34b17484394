// tst_programmeinfo.cpp — the programme charter (programme.charter, schemaVersion 3; docs/format.md):
// read, written in canonical form and read back unchanged; every problem located FILE:LINE:COL; the
// version a save writes.
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/programmeinfo.h"

#include <QtTest>

using namespace rb::model;

namespace {

// A document with a charter; `item` is the second charter item's text (line 8 of the document), so a
// test can put a broken item there and know where the message must point.
QByteArray document(const QByteArray &item)
{
    return QByteArray(R"({
  "schemaVersion": 3,
  "programme": {
    "name": "P",
    "charter": [
      {"topic": "goal", "label": "Doelstelling 1", "text": "Bedrijven kunnen digitaal zaken doen",
       "source": {"section": "1. Inleiding", "quote": "Bedrijven kunnen digitaal zaken doen met de provincie"}},
)") + item
        + QByteArray(R"(
    ]
  },
  "posts": []
}
)");
}

const QByteArray kValidItem
    = R"j(      {"topic": "finance", "label": "Diverse", "text": "Diverse/overige verschillen (saldo)", "amount": -56, "note": "balances"})j";

} // namespace

class TestProgrammeInfo : public QObject {
    Q_OBJECT

private slots:
    void readsAndRoundTrips()
    {
        const LoadResult r = DocumentReader::readBytes(document(kValidItem), QStringLiteral("charter.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const QList<CharterItem> &c = r.portfolio->programme.charter;
        QCOMPARE(c.size(), 2);
        QVERIFY(c[0].topic == CharterTopic::Goal);
        QCOMPARE(c[0].label, QStringLiteral("Doelstelling 1"));
        QCOMPARE(c[0].sources.size(), 1);
        QCOMPARE(c[0].sources[0].section, QStringLiteral("1. Inleiding"));
        QVERIFY(!c[0].amount);
        QVERIFY(c[1].topic == CharterTopic::Finance);
        QCOMPARE(*c[1].amount, -56.0);
        QCOMPARE(c[1].note, QStringLiteral("balances"));

        // Canonical form: topic, label, text, amount, note, source; the version is 3.
        const QByteArray json = DocumentWriter::toJson(*r.portfolio);
        QVERIFY(json.startsWith("{\n  \"schemaVersion\": 3,"));
        QVERIFY(json.contains(
            "\"topic\": \"finance\",\n        \"label\": \"Diverse\",\n        \"text\": \"Diverse/overige verschillen "
            "(saldo)\",\n        \"amount\": -56,\n        \"note\": \"balances\""));
        const LoadResult again = DocumentReader::readBytes(json, QStringLiteral("again.json"));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(again.portfolio->programme == r.portfolio->programme);
        QCOMPARE(DocumentWriter::toJson(*again.portfolio), json);
    }

    // The oldest version that can express the document: 3 only with a charter.
    void versionFollowsTheCharter()
    {
        Portfolio p;
        p.programme.name = QStringLiteral("P");
        QCOMPARE(requiredSchemaVersion(p), 1);
        Post role;
        role.id = QStringLiteral("1A");
        role.levelOfEffort = true;
        p.posts << role;
        QCOMPARE(requiredSchemaVersion(p), 2);
        p.programme.charter << CharterItem{
            CharterTopic::Rhythm, QStringLiteral("Storyboard"), QStringLiteral("2-wekelijks"), {}, {}, {}};
        QCOMPARE(requiredSchemaVersion(p), 3);
        QCOMPARE(kSchemaVersion, 3);
    }

    void errorsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QString>("expected"); // FILE:LINE:COL: error: message (or its start)
        QTest::newRow("unknown topic")
            << QByteArray(R"(      {"topic": "gossip", "label": "L", "text": "T"})")
            << QStringLiteral("charter.json:8:17: error: \"topic\" is \"gossip\"; expected one of: goal, ambition, "
                              "governance, rhythm, wayOfWorking, riskProfile, procedure, finance");
        QTest::newRow("missing label") << QByteArray(R"(      {"topic": "goal", "text": "T"})")
                                       << QStringLiteral("charter.json:8:7: error: missing required field \"label\"");
        QTest::newRow("empty text") << QByteArray(R"(      {"topic": "goal", "label": "L", "text": ""})")
                                    << QStringLiteral("charter.json:8:47: error: \"text\" must not be empty");
        QTest::newRow("misspelt field")
            << QByteArray(R"(      {"topic": "goal", "label": "L", "text": "T", "nota": "x"})")
            << QStringLiteral("charter.json:8:52: error: unknown field \"nota\" (did you mean \"note\"?)");
        QTest::newRow("amount not a number")
            << QByteArray(R"(      {"topic": "finance", "label": "L", "text": "T", "amount": "56k"})")
            << QStringLiteral("charter.json:8:65: error: \"amount\" must be a number, not a string");
        QTest::newRow("item not an object")
            << QByteArray(R"(      "goal")")
            << QStringLiteral("charter.json:8:7: error: the items of \"charter\" must be objects, not a string");
    }

    void errorsAreLocated()
    {
        QFETCH(QByteArray, item);
        QFETCH(QString, expected);
        const LoadResult r = DocumentReader::readBytes(document(item), QStringLiteral("charter.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().startsWith(expected), qPrintable(r.errorText()));
    }

    // "charter" is a field of the programme, not of the document or of a post.
    void charterOnlyInTheProgramme()
    {
        const LoadResult r = DocumentReader::readBytes(
            R"({"schemaVersion": 3, "programme": {"name": "P"}, "charter": [], "posts": []})",
            QStringLiteral("top.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("unknown field \"charter\"")), qPrintable(r.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestProgrammeInfo)
#include "tst_programmeinfo.moc"
