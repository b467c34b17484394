// tst_storecommands.cpp — `riskboard push`, `pull`, `store-init`, and the reading commands on a store
// URL, run as the real executable against a real server.
#include "pgserver.h"

#include <QtTest>

class TestStoreCommands : public QObject {
    Q_OBJECT

    rb::test::PgServer m_server;
    QTemporaryDir m_tmp;

    struct Run {
        int code = -1;
        QByteArray out, err;
    };
    static Run riskboard(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RISKBOARD_BINARY_DIR "/riskboard"), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    static QString mab() { return QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"); }
    QString url(const QString &portfolio = QStringLiteral("mab")) const
    {
        return m_server.url(QStringLiteral("team"), portfolio);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE team")}));
    }

    void pushPullRoundTrip()
    {
        Run r = riskboard({QStringLiteral("push"), mab(), url()});
        QCOMPARE(r.code, 3); // no schema yet
        QVERIFY2(r.err.contains("store-init"), r.err.constData());
        r = riskboard({QStringLiteral("store-init"), m_server.url(QStringLiteral("team"), QString())});
        QVERIFY2(r.code == 0, r.err.constData());
        r = riskboard({QStringLiteral("store-init"), m_server.url(QStringLiteral("team"), QString())});
        QCOMPARE(r.code, 0); // again: nothing to do
        r = riskboard({QStringLiteral("push"), mab(), url()});
        QVERIFY2(r.code == 0, r.err.constData());
        r = riskboard({QStringLiteral("push"), mab(), url()});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("--replace"));
        r = riskboard({QStringLiteral("push"), mab(), url(), QStringLiteral("--replace")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString pulled = m_tmp.filePath(QStringLiteral("pulled.json"));
        r = riskboard({QStringLiteral("pull"), url(), QStringLiteral("-o"), pulled});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString formatted = m_tmp.filePath(QStringLiteral("formatted.json"));
        QCOMPARE(riskboard({QStringLiteral("format"), mab(), QStringLiteral("-o"), formatted}).code, 0);
        QFile a(pulled), b(formatted);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void readingCommandsTakeAUrl_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("summary") << QStringList{QStringLiteral("summary"), QStringLiteral("DOC"),
                                                QStringLiteral("--json")};
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), QStringLiteral("DOC"),
                                                 QStringLiteral("--quiet")};
        QTest::newRow("analyze") << QStringList{QStringLiteral("analyze"), QStringLiteral("DOC"),
                                                QStringLiteral("--json")};
        QTest::newRow("propagate") << QStringList{QStringLiteral("propagate"), QStringLiteral("DOC"),
                                                  QStringLiteral("--delay"), QStringLiteral("2A2=6w"),
                                                  QStringLiteral("--json")};
        QTest::newRow("simulate") << QStringList{
            QStringLiteral("simulate"), QStringLiteral("DOC"), QStringLiteral("--iterations"), QStringLiteral("500"),
            QStringLiteral("--seed"),   QStringLiteral("1"),   QStringLiteral("--json")};
        QTest::newRow("export-csv") << QStringList{QStringLiteral("export-csv"), QStringLiteral("DOC"),
                                                   QStringLiteral("--table"),    QStringLiteral("risks"),
                                                   QStringLiteral("-o"),         QStringLiteral("OUT")};
    }
    void readingCommandsTakeAUrl()
    {
        QFETCH(QStringList, args);
        QStringList onFile = args, onUrl = args;
        onFile[1] = mab();
        onUrl[1] = url();
        // Commands that write a file write it beside each other.
        const QString fileOut = m_tmp.filePath(QStringLiteral("file.out")),
                      urlOut = m_tmp.filePath(QStringLiteral("url.out"));
        onFile.replaceInStrings(QStringLiteral("OUT"), fileOut);
        onUrl.replaceInStrings(QStringLiteral("OUT"), urlOut);
        Run file = riskboard(onFile), shared = riskboard(onUrl);
        if (args.contains(QLatin1String("OUT"))) {
            QFile a(fileOut), b(urlOut);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            file.out = a.readAll();
            shared.out = b.readAll();
        }
        QVERIFY2(file.code == 0, file.err.constData());
        QVERIFY2(shared.code == 0, shared.err.constData());
        QVERIFY(!shared.out.isEmpty() || args[0] == QLatin1String("validate"));
        QCOMPARE(shared.out, file.out); // the same document gives the same answer
    }

    void badUrlsAndMissingPortfolios()
    {
        Run r = riskboard({QStringLiteral("summary"), m_server.url(QStringLiteral("team"), QStringLiteral("nothere"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no portfolio \"nothere\""), r.err.constData());
        r = riskboard(
            {QStringLiteral("summary"),
             QStringLiteral("postgresql:///team?host=/nonexistent-socket-dir&portfolio=mab&connect_timeout=2")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("cannot connect"), r.err.constData());
        r = riskboard({QStringLiteral("pull"), QStringLiteral("postgresql://host/team")});
        QCOMPARE(r.code, 1);
        r = riskboard({QStringLiteral("push"), QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"),
                       url(QStringLiteral("small")), QStringLiteral("--bogus")});
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "tst_storecommands.moc"
