// tst_store.cpp — the PostgreSQL store against a real server: URLs, migrations, push and pull,
// entity-level saving and conflicts, a save that would make the portfolio invalid, a server restart.
#include "pgserver.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "store/entities.h"
#include "store/migrations.h"
#include "store/pgstore.h"
#include "store/storewatcher.h"

#include <QtTest>

using namespace rb::store;
using rb::model::Portfolio;

class TestStore : public QObject {
    Q_OBJECT

    rb::test::PgServer m_server;

    Portfolio readFile(const QString &path)
    {
        const auto r = rb::model::DocumentReader::readFile(path);
        if (!r.ok()) qFatal("%s", qPrintable(r.errorText()));
        return *r.portfolio;
    }
    static QString mabPath() { return QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"); }

    std::unique_ptr<Store> open(const QString &db, const QString &user = QStringLiteral("rbadmin"))
    {
        QString error;
        const auto url = parseStoreUrl(m_server.url(db, QStringLiteral("mab"), user), &error);
        if (!url) qFatal("%s", qPrintable(error));
        auto store = Store::connect(*url, &error);
        if (!store) qFatal("%s", qPrintable(error));
        return store;
    }

    // A fresh database with the newest schema and MAB pushed as "mab".
    std::unique_ptr<Store> freshMab(const QString &db)
    {
        if (!m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE ") + db}))
            qFatal("cannot create %s", qPrintable(db));
        auto store = open(db);
        QString error;
        if (!store->ensureSchema(&error)) qFatal("%s", qPrintable(error));
        const SaveResult r = store->push(QStringLiteral("mab"), readFile(mabPath()), false);
        if (!r.clean()) qFatal("%s", qPrintable(r.error));
        return store;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void urls()
    {
        QString error;
        auto u = parseStoreUrl(QStringLiteral("postgresql://db.example.org:6543/riskboard?portfolio=mab"), &error);
        QVERIFY2(u, qPrintable(error));
        QCOMPARE(u->host, QStringLiteral("db.example.org"));
        QCOMPARE(u->port, 6543);
        QCOMPARE(u->database, QStringLiteral("riskboard"));
        QCOMPARE(u->portfolio, QStringLiteral("mab"));
        u = parseStoreUrl(QStringLiteral("postgresql:///riskboard?host=/run/postgresql&portfolio=mab"), &error);
        QVERIFY2(u, qPrintable(error));
        QCOMPARE(u->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(u->displayName(), QStringLiteral("postgresql:///riskboard?host=/run/postgresql&portfolio=mab"));
        u = parseStoreUrl(QStringLiteral("postgresql://anna:secret@/riskboard?host=/tmp/s&portfolio=mab"), &error);
        QVERIFY2(u, qPrintable(error));
        QCOMPARE(u->user, QStringLiteral("anna"));
        QCOMPARE(u->password, QStringLiteral("secret"));
        QVERIFY(!u->displayName().contains(QLatin1String("secret")));
        QVERIFY(!parseStoreUrl(QStringLiteral("postgresql://host/riskboard"), &error));
        QVERIFY(error.contains(QLatin1String("portfolio")));
        QVERIFY(!parseStoreUrl(QStringLiteral("postgresql://host/?portfolio=mab"), &error));
        QVERIFY(!parseStoreUrl(QStringLiteral("postgresql://host/db?portfolio=mab&sslmode=x"), &error));
        QVERIFY(error.contains(QLatin1String("sslmode")));
        QVERIFY(isStoreUrl(QStringLiteral("postgres://h/db")));
        QVERIFY(!isStoreUrl(QStringLiteral("mab.json")));
    }

    void migrationsFromEmptyAndFromPrevious()
    {
        QVERIFY(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE mig")}));
        auto store = open(QStringLiteral("mig"));
        QString error;
        QCOMPARE(databaseSchemaVersion(store->database(), &error), 0);
        QVERIFY(!store->checkSchema(&error));
        QVERIFY(error.contains(QLatin1String("store-init")));
        // The previous version, with a portfolio in it, then the newest: the data stays and works.
        QVERIFY2(migrate(store->database(), &error, latestSchemaVersion() - 1), qPrintable(error));
        QCOMPARE(databaseSchemaVersion(store->database(), &error), latestSchemaVersion() - 1);
        const Portfolio mab = readFile(mabPath());
        QVERIFY(store->push(QStringLiteral("mab"), mab, false).clean());
        QVERIFY2(store->ensureSchema(&error), qPrintable(error));
        QCOMPARE(databaseSchemaVersion(store->database(), &error), latestSchemaVersion());
        QVERIFY(store->checkSchema(&error));
        auto snapshot = store->load(QStringLiteral("mab"), &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->document, mab);
        // Running the migrations again changes nothing.
        QVERIFY2(store->ensureSchema(&error), qPrintable(error));
        QCOMPARE(databaseSchemaVersion(store->database(), &error), latestSchemaVersion());
        // From empty, in one go, on another database.
        QVERIFY(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE mig2")}));
        auto other = open(QStringLiteral("mig2"));
        QVERIFY2(other->ensureSchema(&error), qPrintable(error));
        QVERIFY(other->checkSchema(&error));
    }

    void pushThenPullGivesTheSameDocument_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("mab") << mabPath();
        QTest::newRow("small-sample") << QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json");
    }
    void pushThenPullGivesTheSameDocument()
    {
        QFETCH(QString, file);
        static int n = 0;
        const QString db = QStringLiteral("roundtrip%1").arg(++n);
        QVERIFY(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE ") + db}));
        auto store = open(db);
        QString error;
        QVERIFY(store->ensureSchema(&error));
        const Portfolio original = readFile(file);
        const SaveResult pushed = store->push(QStringLiteral("mab"), original, false);
        QVERIFY2(pushed.clean(), qPrintable(pushed.error));
        QCOMPARE(pushed.written,
                 int(1 + original.posts.size() + original.dependencies.size() + original.assessments.size()
                     + original.risks.size()));
        const auto pulled = store->load(QStringLiteral("mab"), &error);
        QVERIFY2(pulled, qPrintable(error));
        QCOMPARE(rb::model::DocumentWriter::toJson(pulled->document), rb::model::DocumentWriter::toJson(original));
        for (const qint64 v : pulled->versions) QCOMPARE(v, qint64(1));
        // A second push is refused; --replace brings the stored one to the file, entity by entity.
        const SaveResult again = store->push(QStringLiteral("mab"), original, false);
        QCOMPARE(again.outcome, SaveResult::Outcome::Failed);
        QVERIFY(again.error.contains(QLatin1String("--replace")));
        Portfolio changed = original;
        changed.posts[0].title += QStringLiteral(" (changed)");
        changed.risks.removeLast();
        const SaveResult replaced = store->push(QStringLiteral("mab"), changed, true);
        QVERIFY2(replaced.clean(), qPrintable(replaced.error));
        QCOMPARE(replaced.written, 2);
        const auto after = store->load(QStringLiteral("mab"), &error);
        QCOMPARE(rb::model::DocumentWriter::toJson(after->document), rb::model::DocumentWriter::toJson(changed));
        QCOMPARE(after->versions.value(entityId(QStringLiteral("post"), changed.posts[0].id)), qint64(2));
    }

    void saveWritesOnlyWhatChanged()
    {
        auto store = freshMab(QStringLiteral("edits"));
        QString error;
        const auto base = store->load(QStringLiteral("mab"), &error);
        QVERIFY(base);
        Portfolio mine = base->document;
        mine.posts[3].note = QStringLiteral("nieuwe notitie");
        mine.risks[0].status = rb::model::RiskStatus::Closed;
        rb::model::Dependency d;
        d.from = mine.posts[0].id;
        d.to = mine.posts.last().id;
        d.lagDays = 5;
        mine.dependencies << d;
        const QString removedRisk = mine.risks.last().id;
        mine.risks.removeLast();
        const SaveResult r = store->save(*base, mine);
        QVERIFY2(r.clean(), qPrintable(r.error));
        QCOMPARE(r.written, 4);
        const auto after = store->load(QStringLiteral("mab"), &error);
        QCOMPARE(after->document, mine);
        QCOMPARE(after->versions.value(entityId(QStringLiteral("post"), mine.posts[3].id)), qint64(2));
        QCOMPARE(after->versions.value(entityId(QStringLiteral("post"), mine.posts[2].id)), qint64(1));
        QVERIFY(!after->versions.contains(entityId(QStringLiteral("risk"), removedRisk)));
        // Saving the same again writes nothing.
        const SaveResult none = store->save(*after, mine);
        QVERIFY(none.clean());
        QCOMPARE(none.written, 0);
    }

    void sameEntityConflictsDisjointEditsLand()
    {
        auto store = freshMab(QStringLiteral("conflicts"));
        QString error;
        const auto base = store->load(QStringLiteral("mab"), &error);
        Portfolio anna = base->document, bert = base->document;
        anna.posts[1].note = QStringLiteral("Anna");
        bert.posts[1].note = QStringLiteral("Bert");     // the same post: conflict
        bert.posts[2].note = QStringLiteral("Bert ook"); // another post: lands
        bert.risks.removeAt(0);                          // removal of a risk Anna changed: conflict
        anna.risks[0].mitigation = QStringLiteral("Anna's maatregel");
        QVERIFY(store->save(*base, anna).clean());
        const SaveResult r = store->save(*base, bert);
        QCOMPARE(r.outcome, SaveResult::Outcome::Saved);
        QCOMPARE(r.written, 1);
        QCOMPARE(r.conflicts.size(), 2);
        QCOMPARE(r.conflicts[0].key, base->document.posts[1].id);
        QVERIFY(r.conflicts[0].message.contains(QLatin1String("changed by someone else")));
        QCOMPARE(r.conflicts[1].key, base->document.risks[0].id);
        const auto after = store->load(QStringLiteral("mab"), &error);
        QCOMPARE(after->document.posts[1].note, QStringLiteral("Anna")); // not lost
        QCOMPARE(after->document.posts[2].note, QStringLiteral("Bert ook"));
        QCOMPARE(after->document.risks[0].mitigation, QStringLiteral("Anna's maatregel"));
        // Both adding the same dependency: the second is a conflict.
        Portfolio c1 = after->document, c2 = after->document;
        rb::model::Dependency d;
        d.from = c1.posts[0].id;
        d.to = c1.posts.last().id;
        c1.dependencies << d;
        d.lagDays = 3;
        c2.dependencies << d;
        QVERIFY(store->save(*after, c1).clean());
        const SaveResult both = store->save(*after, c2);
        QCOMPARE(both.conflicts.size(), 1);
        QVERIFY(both.conflicts[0].message.contains(QLatin1String("added by someone else")));
    }

    void saveThatWouldBeInvalidIsRolledBack()
    {
        auto store = freshMab(QStringLiteral("invalid"));
        QString error;
        const auto base = store->load(QStringLiteral("mab"), &error);
        // Two harmless halves of a cycle, saved by two users: the second save is refused whole.
        const QString a = base->document.posts[0].id, b = base->document.posts.last().id;
        Portfolio one = base->document, two = base->document;
        rb::model::Dependency d;
        d.from = a;
        d.to = b;
        one.dependencies << d;
        d.from = b;
        d.to = a;
        two.dependencies << d;
        two.posts[5].note = QStringLiteral("mee in dezelfde bewaring");
        QVERIFY(store->save(*base, one).clean());
        const SaveResult r = store->save(*base, two);
        QCOMPARE(r.outcome, SaveResult::Outcome::Invalid);
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY2(r.diagnostics.first().toString().contains(QLatin1String("cycle")),
                 qPrintable(r.diagnostics.first().toString()));
        QVERIFY2(r.diagnostics.first().toString().startsWith(QLatin1String("postgresql://")),
                 qPrintable(r.diagnostics.first().toString()));
        const auto after = store->load(QStringLiteral("mab"), &error);
        QVERIFY(after->document.posts[5].note != QStringLiteral("mee in dezelfde bewaring"));
        QCOMPARE(after->document.dependencies.size(), base->document.dependencies.size() + 1);
    }

    void serverRestartDuringASession()
    {
        auto store = freshMab(QStringLiteral("restart"));
        QString error;
        const auto base = store->load(QStringLiteral("mab"), &error);
        Portfolio mine = base->document;
        mine.posts[0].note = QStringLiteral("na herstart");
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        const SaveResult r = store->save(*base, mine);
        QVERIFY2(r.clean(), qPrintable(r.error));
        QCOMPARE(store->load(QStringLiteral("mab"), &error)->document.posts[0].note, QStringLiteral("na herstart"));
    }

    void watcherHearsOtherUsersSaves()
    {
        auto store = freshMab(QStringLiteral("live"));
        QVERIFY(m_server.exec(QStringLiteral("live"),
                              {QStringLiteral("INSERT INTO riskboard.portfolios (name) VALUES ('other')")}));
        QString error;
        StoreWatcher watcher;
        QVERIFY2(
            watcher.watch(*parseStoreUrl(m_server.url(QStringLiteral("live"), QStringLiteral("mab")), &error), &error),
            qPrintable(error));
        QSignalSpy spy(&watcher, &StoreWatcher::changed);
        const auto base = store->load(QStringLiteral("mab"), &error);
        Portfolio mine = base->document;
        mine.posts[0].note = QStringLiteral("live");
        mine.posts[1].note = QStringLiteral("live");
        QVERIFY(store->save(*base, mine).clean());
        QVERIFY(spy.wait(10000));
        QTest::qWait(300);
        QCOMPARE(spy.size(), 1); // one per transaction, not per row
        // A change of another portfolio is not this one's.
        QVERIFY(m_server.exec(
            QStringLiteral("live"),
            {QStringLiteral(
                "INSERT INTO riskboard.entities (portfolio_id, kind, key, position, body)"
                " SELECT id, 'programme', 'programme', 1, '{}' FROM riskboard.portfolios WHERE name = 'other'")}));
        QVERIFY(!spy.wait(500));
        QCOMPARE(spy.size(), 1);
    }

    void splitIsGenericAndKeysAreStable()
    {
        const Portfolio mab = readFile(mabPath());
        const QList<Entity> entities = splitPortfolio(mab);
        QCOMPARE(entities.first().kind, QStringLiteral("programme"));
        QSet<QString> ids;
        for (const Entity &e : entities) ids.insert(entityId(e.kind, e.key));
        QCOMPARE(ids.size(), entities.size()); // unique keys, even for two assessments on one day
        // Assembling the entities gives the document back.
        QList<AssembledEntity> rows;
        for (const Entity &e : entities) rows << AssembledEntity{e.kind, e.key, e.json};
        const auto r = assembleAndRead(rows, QStringLiteral("test"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(*r.portfolio, mab);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
