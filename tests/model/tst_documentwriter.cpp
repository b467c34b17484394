// tst_documentwriter.cpp — canonical output, load → save → load identity, atomic saving.
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/recoveryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace rb::model;

class TestDocumentWriter : public QObject {
    Q_OBJECT
private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static Portfolio load(const QString &path)
    {
        const LoadResult r = DocumentReader::readFile(path);
        if (!r.ok()) qFatal("%s", qPrintable(r.errorText()));
        return *r.portfolio;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("small sample") << QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json");
        QTest::newRow("progress and baselines") << QStringLiteral(RISKBOARD_TEST_DATA "/valid/progress-sample.json");
        QTest::newRow("MAB plateau 4") << QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
    }

    // Load → save → load gives an identical document, and saving is a fixpoint.
    void roundTrip()
    {
        QFETCH(QString, path);
        const Portfolio first = load(path);
        const QByteArray saved = DocumentWriter::toJson(first);
        const LoadResult again = DocumentReader::readBytes(saved, QStringLiteral("saved.json"));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(*again.portfolio == first);
        QCOMPARE(DocumentWriter::toJson(*again.portfolio), saved);
    }

    // Canonical form: fixed key order, two-space indentation, a final newline, defaults omitted.
    void canonicalForm()
    {
        Portfolio p;
        p.programme.name = QStringLiteral("P");
        Post post;
        post.id = QStringLiteral("1A");
        post.title = QStringLiteral("Programmamanager");
        post.theme = 1;
        post.kind = PostKind::Activity;
        post.start = QDate(2019, 1, 1);
        post.finish = QDate(2019, 12, 31);
        post.budget = Budget{{}, {}, {150, 75, 0}};
        p.posts << post;
        Dependency d;
        d.from = QStringLiteral("1A");
        d.to = QStringLiteral("1A"); // the writer does not validate; it writes what it is given
        p.dependencies << d;
        const QByteArray expected = "{\n"
                                    "  \"schemaVersion\": 1,\n"
                                    "  \"programme\": {\n"
                                    "    \"name\": \"P\"\n"
                                    "  },\n"
                                    "  \"posts\": [\n"
                                    "    {\n"
                                    "      \"id\": \"1A\",\n"
                                    "      \"title\": \"Programmamanager\",\n"
                                    "      \"theme\": 1,\n"
                                    "      \"kind\": \"activity\",\n"
                                    "      \"start\": \"2019-01-01\",\n"
                                    "      \"finish\": \"2019-12-31\",\n"
                                    "      \"budget\": {\n"
                                    "        \"oneOff\": {\n"
                                    "          \"planned\": 150,\n"
                                    "          \"proposed\": 75\n"
                                    "        }\n"
                                    "      }\n"
                                    "    }\n"
                                    "  ],\n"
                                    "  \"dependencies\": [\n"
                                    "    {\n"
                                    "      \"from\": \"1A\",\n"
                                    "      \"to\": \"1A\"\n"
                                    "    }\n"
                                    "  ]\n"
                                    "}\n";
        QCOMPARE(DocumentWriter::toJson(p), expected);
    }

    // The version-2 post fields are written after "kind", and only a document that uses them is
    // marked schemaVersion 2 (so documents without them stay readable by version-1 builds).
    void postSemanticsAndSchemaVersion()
    {
        Portfolio p;
        p.programme.name = QStringLiteral("P");
        Post role;
        role.id = QStringLiteral("1A");
        role.title = QStringLiteral("Programmamanager");
        role.kind = PostKind::Activity;
        p.posts << role;
        QVERIFY(DocumentWriter::toJson(p).startsWith("{\n  \"schemaVersion\": 1,\n"));
        p.posts[0].levelOfEffort = true;
        Post law;
        law.id = QStringLiteral("X-OMGEVINGSWET");
        law.title = QStringLiteral("Inwerkingtreding Omgevingswet");
        law.kind = PostKind::External;
        law.fixedDate = true;
        law.start = QDate(2021, 1, 1);
        law.durationDays = 0;
        p.posts << law;
        const QByteArray json = DocumentWriter::toJson(p);
        QVERIFY(json.startsWith("{\n  \"schemaVersion\": 2,\n"));
        QVERIFY(json.contains("\"kind\": \"activity\",\n      \"levelOfEffort\": true\n"));
        QVERIFY(json.contains("\"kind\": \"external\",\n      \"fixedDate\": true,\n      \"start\": \"2021-01-01\""));
        const LoadResult again = DocumentReader::readBytes(json, QStringLiteral("saved.json"));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QVERIFY(again.portfolio->posts[0].levelOfEffort);
        QVERIFY(!again.portfolio->posts[0].fixedDate);
        QVERIFY(again.portfolio->posts[1].fixedDate);
    }

    void keepsDecimalsAndUnicode()
    {
        Portfolio p;
        p.programme.name = QStringLiteral("Ruimte: eenvoudig én beter — €");
        ReserveEntry e{4, 2366.972, 2317, 49.972, {}, {}};
        p.programme.reserve << e;
        const LoadResult r = DocumentReader::readBytes(DocumentWriter::toJson(p), QStringLiteral("x.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.portfolio->programme.name, p.programme.name);
        QCOMPARE(r.portfolio->programme.reserve.first().opening, 2366.972);
        QCOMPARE(r.portfolio->programme.reserve.first().closing, 49.972);
    }

    void saveReplacesTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        const Portfolio p = load(QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x')); // longer than the new content: nothing of it may remain
        old.close();
        QString error;
        QVERIFY2(DocumentWriter::save(p, path, &error), qPrintable(error));
        QCOMPARE(read(path), DocumentWriter::toJson(p));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("p.json")}); // no temporaries left
    }

    // A save that cannot complete leaves the previous file exactly as it was.
    void failedSaveKeepsTheOldFile()
    {
        if (geteuid() == 0) QSKIP("root ignores directory permissions; the read-only case cannot be produced here");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content");
        f.close();
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QString error;
        QVERIFY(!DocumentWriter::save(Portfolio{}, path, &error));
        QVERIFY(!error.isEmpty());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(read(path), QByteArray("old content"));
    }

    // The target is a directory (something else holds the name): the save fails and the directory stays.
    void saveOverADirectoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        QString error;
        QVERIFY(!DocumentWriter::save(Portfolio{}, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(path + QStringLiteral("/inside")).isDir());
    }

    void saveIntoMissingDirectoryFails()
    {
        QString error;
        QVERIFY(!DocumentWriter::save(Portfolio{}, QStringLiteral("/nonexistent-dir/sub/p.json"), &error));
        QVERIFY(error.contains(QStringLiteral("nonexistent-dir")));
    }

    // The autosave: document and origin in one file (document/recoveryfile.h).
    void recoveryFileKeepsDocumentAndOrigin_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::newRow("untitled") << QString();
        QTest::newRow("plain") << QStringLiteral("/shared/MAB/portfolio.json");
        QTest::newRow("spaces, percent, Dutch") << QStringLiteral("/G:/Programma's/50% klaar/één.json");
        QTest::newRow("newline in a name") << QStringLiteral("/tmp/a\nb\n\norigin x.json");
    }
    void recoveryFileKeepsDocumentAndOrigin()
    {
        QFETCH(QString, origin);
        QTemporaryDir dir;
        const Portfolio p = load(QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"));
        const QString path = dir.filePath(QStringLiteral("x.rbrecovery"));
        QVERIFY(RecoveryFile::write(path, origin, p));
        const RecoveryContents back = RecoveryFile::read(path);
        QVERIFY2(back.ok(), qPrintable(back.error + back.document.errorText()));
        QCOMPARE(back.origin, origin);
        QVERIFY(*back.document.portfolio == p);
    }
    void notARecoveryFileIsRefused()
    {
        const QByteArray json
            = DocumentWriter::toJson(load(QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json")));
        for (const QByteArray &bytes : {json, QByteArray(), QByteArray("riskboard-recovery 1\norigin /x"),
                                        QByteArray("riskboard-recovery 2\norigin /x\n\n") + json})
            QVERIFY(!RecoveryFile::decode(bytes, QStringLiteral("r")).error.isEmpty());
        // A damaged document part is reported by the document reader, with its position.
        const RecoveryContents broken = RecoveryFile::decode(
            RecoveryFile::encode(QStringLiteral("/p.json"), json.left(json.size() / 2)), QStringLiteral("r"));
        QVERIFY(broken.error.isEmpty());
        QVERIFY(!broken.ok());
        QVERIFY(broken.document.errorText().contains(QLatin1String("r:")));
    }
};

QTEST_APPLESS_MAIN(TestDocumentWriter)
#include "tst_documentwriter.moc"
