// tst_schema.cpp — the shipped JSON Schema agrees with the loader: valid documents pass it, and
// structurally broken ones (unknown fields, wrong types, bad enums, out-of-range numbers) fail it.
#include <rapidjson/document.h>
#include <rapidjson/schema.h>

#include <QFile>
#include <QtTest>

class TestSchema : public QObject {
    Q_OBJECT
private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }
    static bool conforms(const QByteArray &json)
    {
        rapidjson::Document schemaDoc;
        schemaDoc.Parse(read(QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/schema/portfolio.schema.json")).constData());
        if (schemaDoc.HasParseError()) qFatal("the schema is not valid JSON");
        rapidjson::SchemaDocument schema(schemaDoc);
        rapidjson::Document doc;
        doc.Parse(json.constData(), size_t(json.size()));
        if (doc.HasParseError()) return false;
        rapidjson::SchemaValidator validator(schema);
        return doc.Accept(validator);
    }

private slots:
    void validDocumentsConform_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("small sample") << QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json");
        QTest::newRow("progress and baselines") << QStringLiteral(RISKBOARD_TEST_DATA "/valid/progress-sample.json");
        QTest::newRow("MAB plateau 4") << QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
    }
    void validDocumentsConform()
    {
        QFETCH(QString, path);
        QVERIFY(conforms(read(path)));
    }

    void structuralErrorsAreRejected_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"06-missing-schema-version.json", "07-newer-schema-version.json", "08-missing-programme-name.json",
              "09-wrong-type-title.json", "10-missing-required-post-fields.json", "11-unknown-field.json",
              "13-theme-out-of-range.json", "14-unknown-kind.json", "15-unknown-status.json", "16-malformed-date.json",
              "24-unknown-link-type.json", "25-score-out-of-range.json", "27-probability-out-of-range.json",
              "30-unknown-response.json", "31-fractional-integer.json", "39-post-semantics.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void structuralErrorsAreRejected()
    {
        QFETCH(QString, file);
        QVERIFY(!conforms(read(QStringLiteral(RISKBOARD_TEST_DATA "/invalid/") + file)));
    }
};

QTEST_APPLESS_MAIN(TestSchema)
#include "tst_schema.moc"
