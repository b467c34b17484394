// tst_storeconcurrency.cpp — many users at once, as separate processes (storeclient.cpp) on a real
// server: disjoint edits all land, edits of one entity conflict and none is lost, and a client killed
// with SIGKILL inside its save transaction leaves no partial change.
#include "pgserver.h"

#include "document/documentreader.h"
#include "store/entities.h"
#include "store/pgstore.h"

#include <QtTest>

#include <memory>
#include <signal.h>

using namespace rb::store;

class TestStoreConcurrency : public QObject {
    Q_OBJECT

    rb::test::PgServer m_server;
    QString m_url;
    std::unique_ptr<Store> m_store;

    static QString client() { return QStringLiteral(RISKBOARD_BINARY_DIR "/tst_store_client"); }

    std::unique_ptr<QProcess> startClient(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(client(), QStringList{m_url} + args);
        return p;
    }

    static bool waitForLine(QProcess &p, const QByteArray &line)
    {
        QByteArray seen;
        for (int i = 0; i < 600 && !seen.contains(line); ++i) {
            p.waitForReadyRead(100);
            seen += p.readAllStandardOutput();
            if (p.state() == QProcess::NotRunning && !seen.contains(line)) return false;
        }
        return seen.contains(line);
    }

    Snapshot current()
    {
        QString error;
        auto s = m_store->load(QStringLiteral("mab"), &error);
        if (!s) qFatal("%s", qPrintable(error));
        return *s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(client()), qPrintable(client()));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE team")}));
        m_url = m_server.url(QStringLiteral("team"), QStringLiteral("mab"));
        const auto url = parseStoreUrl(m_url, &error);
        QVERIFY2(url, qPrintable(error));
        m_store = Store::connect(*url, &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(m_store->ensureSchema(&error), qPrintable(error));
        const auto mab = rb::model::DocumentReader::readFile(
            QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"));
        QVERIFY(mab.ok());
        QVERIFY(m_store->push(QStringLiteral("mab"), *mab.portfolio, false).clean());
    }

    void disjointEditsFromTwentyProcessesAllLand()
    {
        const Snapshot before = current();
        QVERIFY(before.document.posts.size() >= 20);
        std::vector<std::unique_ptr<QProcess>> clients;
        for (int i = 0; i < 20; ++i)
            clients.push_back(
                startClient({before.document.posts[i].id, QStringLiteral("edit %1").arg(i), QStringLiteral("--wait")}));
        // All read the same versions before anyone saves.
        for (auto &c : clients) QVERIFY2(waitForLine(*c, "loaded"), c->readAllStandardError().constData());
        for (auto &c : clients) c->write("go\n");
        for (auto &c : clients) {
            QVERIFY(c->waitForFinished(60000));
            QCOMPARE(c->exitCode(), 0); // saved, no conflict
        }
        const Snapshot after = current();
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(after.document.posts[i].note, QStringLiteral("edit %1").arg(i));
            QCOMPARE(after.versions.value(entityId(QStringLiteral("post"), after.document.posts[i].id)),
                     before.versions.value(entityId(QStringLiteral("post"), before.document.posts[i].id)) + 1);
        }
        // Nothing else changed.
        rb::model::Portfolio expected = before.document;
        for (int i = 0; i < 20; ++i) expected.posts[i].note = QStringLiteral("edit %1").arg(i);
        QCOMPARE(after.document, expected);
    }

    void sameEntityFromTwentyProcessesOneWinsNoneLost()
    {
        const Snapshot before = current();
        const QString post = before.document.posts[25].id;
        std::vector<std::unique_ptr<QProcess>> clients;
        for (int i = 0; i < 20; ++i)
            clients.push_back(startClient({post, QStringLiteral("writer %1").arg(i), QStringLiteral("--wait")}));
        for (auto &c : clients) QVERIFY(waitForLine(*c, "loaded"));
        for (auto &c : clients) c->write("go\n");
        int saved = -1, conflicts = 0;
        for (int i = 0; i < 20; ++i) {
            QVERIFY(clients[i]->waitForFinished(60000));
            if (clients[i]->exitCode() == 0) {
                QCOMPARE(saved, -1); // exactly one
                saved = i;
            } else {
                QCOMPARE(clients[i]->exitCode(), 4); // the others: told of the conflict
                ++conflicts;
            }
        }
        QVERIFY(saved >= 0);
        QCOMPARE(conflicts, 19);
        const Snapshot after = current();
        // The stored note is the one whose writer was told it saved: no silent overwrite.
        QCOMPARE(after.document.posts[25].note, QStringLiteral("writer %1").arg(saved));
        QCOMPARE(after.versions.value(entityId(QStringLiteral("post"), post)),
                 before.versions.value(entityId(QStringLiteral("post"), post)) + 1);
    }

    void killedMidSaveLeavesNoPartialChange()
    {
        const Snapshot before = current();
        const QString post = before.document.posts[30].id;
        auto c = startClient({post, QStringLiteral("half"), QStringLiteral("--hang")});
        QVERIFY2(waitForLine(*c, "ready"),
                 c->readAllStandardError().constData()); // inside the transaction, before COMMIT
        ::kill(pid_t(c->processId()), SIGKILL);
        QVERIFY(c->waitForFinished(10000));
        QCOMPARE(c->exitStatus(), QProcess::CrashExit);
        // The server notices the closed connection and rolls back; the advisory lock goes with it, so
        // the next save does not wait for ever.
        const Snapshot after = current();
        QCOMPARE(after.document, before.document);
        QCOMPARE(after.versions, before.versions);
        rb::model::Portfolio mine = after.document;
        mine.posts[30].note = QStringLiteral("whole");
        QVERIFY(m_store->save(after, mine).clean());
        QCOMPARE(current().document.posts[30].note, QStringLiteral("whole"));
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
