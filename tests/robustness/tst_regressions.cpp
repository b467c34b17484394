// tst_regressions — replays every input the fuzzer found a problem with (tests/data/regressions), the
// fuzzing seeds and the valid examples through the fuzzer's own property check, and pins down what the
// fixed inputs must do.
#include "fuzz/documentproperties.h"

#include <QDir>
#include <QTest>

using namespace rb::model;

class TestRegressions : public QObject {
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void properties_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const char *dir : {"regressions", "fuzz-seeds/document", "valid", "invalid"}) {
            const QDir d(QStringLiteral(RISKBOARD_TEST_DATA "/") + QLatin1String(dir));
            for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1String(dir) + QLatin1Char('/') + name)) << d.filePath(name);
                ++count;
            }
        }
        QTest::newRow("shipped portfolio")
            << QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
        QVERIFY(count >= 10);
    }
    void properties()
    {
        QFETCH(QString, path);
        const QByteArray bytes = read(path);
        QVERIFY(QFileInfo::exists(path));
        const QString problem = rb::fuzz::checkDocumentProperties(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Empty required strings loaded, but the writer leaves empty strings out, so the saved file did not
    // load any more: the document was lost on the next save.
    void emptyRequiredStringsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("post title") << "roundtrip-empty-post-title.json"
                                    << "input.json:1:81: error: \"title\" must not be empty";
        QTest::newRow("programme name") << "roundtrip-empty-programme-name.json"
                                        << "input.json:1:44: error: \"name\" must not be empty";
        QTest::newRow("dependency from") << "roundtrip-empty-dependency-from.json"
                                         << "error: \"from\" must not be empty";
    }
    void emptyRequiredStringsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const LoadResult r = DocumentReader::readBytes(read(QStringLiteral(RISKBOARD_TEST_DATA "/regressions/") + file),
                                                       QStringLiteral("input.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(message), qPrintable(r.errorText()));
    }

    // RapidJSON's own conversion of 0e-70 was undefined behaviour; numbers are now converted by
    // std::from_chars, exactly.
    void numbersConvertExactly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("0e-70") << QByteArray("0e-70") << 0.0;
        QTest::newRow("-0.0") << QByteArray("-0.0") << 0.0;
        QTest::newRow("0.1") << QByteArray("0.1") << 0.1;
        QTest::newRow("123456789.125") << QByteArray("123456789.125") << 123456789.125;
        QTest::newRow("2.5e-3") << QByteArray("2.5E-3") << 0.0025;
        QTest::newRow("1e9") << QByteArray("1e9") << 1e9;
        QTest::newRow("max integer") << QByteArray("999999999") << 999999999.0;
    }
    void numbersConvertExactly()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        const QByteArray doc
            = "{\"schemaVersion\": 1, \"programme\": {\"name\": \"x\"}, \"posts\": [{\"id\": \"P\", \"title\": \"t\", "
              "\"theme\": 1, \"kind\": \"project\", \"costOfDelayPerMonth\": "
            + text + "}]}";
        const LoadResult r = DocumentReader::readBytes(doc, QStringLiteral("n.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(*r.portfolio->posts[0].costOfDelayPerMonth, value);
    }
};

QTEST_GUILESS_MAIN(TestRegressions)
#include "tst_regressions.moc"
