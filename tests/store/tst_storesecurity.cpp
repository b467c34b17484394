// tst_storesecurity.cpp — who may change what, as the database enforces it (row-level security and
// a trigger, store/migrations.cpp), and the audit trail, against a real server with real roles:
//   pm      riskboard_manager  changes everything
//   anna    riskboard_leader   leads 3A0, 3A1, 3A2-4, 3A5, 3B0, 3B1 (the posts of risk R-A3AB)
//   bert    riskboard_leader   leads 4A
//   victor  riskboard_viewer   reads
//   nobody  (no Riskboard role) reads nothing
#include "pgserver.h"

#include "document/documentreader.h"
#include "store/entities.h"
#include "store/pgstore.h"

#include <QtTest>

#include <memory>

using namespace rb::store;
using rb::model::Portfolio;

namespace {
const QStringList kAnnasPosts{QStringLiteral("3A0"), QStringLiteral("3A1"), QStringLiteral("3A2-4"),
                              QStringLiteral("3A5"), QStringLiteral("3B0"), QStringLiteral("3B1")};

int riskIndex(const Portfolio &p, const QString &id)
{
    for (int i = 0; i < p.risks.size(); ++i)
        if (p.risks[i].id == id) return i;
    return -1;
}
int assessmentIndex(const Portfolio &p, const QString &post)
{
    for (int i = 0; i < p.assessments.size(); ++i)
        if (p.assessments[i].post == post) return i;
    return -1;
}
} // namespace

class TestStoreSecurity : public QObject {
    Q_OBJECT

    rb::test::PgServer m_server;

    std::unique_ptr<Store> as(const QString &user)
    {
        QString error;
        const auto url = parseStoreUrl(m_server.url(QStringLiteral("team"), QStringLiteral("mab"), user), &error);
        auto store = Store::connect(*url, &error);
        if (!store) qFatal("%s", qPrintable(error));
        return store;
    }

    Snapshot load(Store &store)
    {
        QString error;
        auto s = store.load(QStringLiteral("mab"), &error);
        if (!s) qFatal("%s", qPrintable(error));
        return *s;
    }

    // One change by `user`; returns the result and checks that a refused change left the stored
    // portfolio as it was.
    SaveResult change(const QString &user, const std::function<void(Portfolio &)> &edit)
    {
        auto store = as(user);
        const Snapshot before = load(*store);
        Portfolio mine = before.document;
        edit(mine);
        const SaveResult r = store->save(before, mine);
        if (r.written == 0 && load(*store).document != before.document) qFatal("a refused save changed the portfolio");
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE team")}));
        auto admin = as(QStringLiteral("rbadmin"));
        QVERIFY2(admin->ensureSchema(&error), qPrintable(error));
        QVERIFY2(m_server.exec(
                     QStringLiteral("team"),
                     {QStringLiteral("CREATE ROLE pm LOGIN IN ROLE riskboard_manager"),
                      QStringLiteral("CREATE ROLE anna LOGIN IN ROLE riskboard_leader"),
                      QStringLiteral("CREATE ROLE bert LOGIN IN ROLE riskboard_leader"),
                      QStringLiteral("CREATE ROLE victor LOGIN IN ROLE riskboard_viewer"),
                      QStringLiteral("CREATE ROLE nobody LOGIN"),
                      QStringLiteral(
                          "INSERT INTO riskboard.members VALUES ('anna', 'Anna de Vries'), ('bert', 'Bert Bakker')")},
                     &error),
                 qPrintable(error));
        auto r = rb::model::DocumentReader::readFile(
            QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"));
        QVERIFY(r.ok());
        Portfolio mab = *r.portfolio;
        for (rb::model::Post &p : mab.posts)
            p.projectLeader = kAnnasPosts.contains(p.id) ? QStringLiteral("Anna de Vries")
                : p.id == QLatin1String("4A")            ? QStringLiteral("Bert Bakker")
                                                         : QString();
        // The programme manager uploads it.
        const SaveResult pushed = as(QStringLiteral("pm"))->push(QStringLiteral("mab"), mab, false);
        QVERIFY2(pushed.clean(), qPrintable(pushed.error));
        QCOMPARE(as(QStringLiteral("pm"))->role(), Store::Role::Manager);
        QCOMPARE(as(QStringLiteral("anna"))->role(), Store::Role::Leader);
        QCOMPARE(as(QStringLiteral("victor"))->role(), Store::Role::Viewer);
    }

    void leaderChangesTheProgressOfHerPosts()
    {
        // 3A1 is running at the plan's status date (2018-10-18); Anna records the day it started.
        const QDate started(2018, 9, 3);
        const SaveResult r = change(QStringLiteral("anna"), [&](Portfolio &p) {
            rb::model::Post &post = p.posts[p.postIndex(QStringLiteral("3A1"))];
            post.status = rb::model::PostStatus::Running;
            post.actualStart = started;
        });
        QVERIFY2(r.clean(), qPrintable(r.error + (r.refused.isEmpty() ? QString() : r.refused.first().message)));
        QCOMPARE(r.written, 1);
        auto store = as(QStringLiteral("victor"));
        const Snapshot s = load(*store);
        const rb::model::Post &post = s.document.posts[s.document.postIndex(QStringLiteral("3A1"))];
        QVERIFY(post.status == rb::model::PostStatus::Running);
        QCOMPARE(post.actualStart, started);
    }

    void leaderIsRefusedAnotherLeadersPost()
    {
        const SaveResult r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.posts[p.postIndex(QStringLiteral("4A"))].status = rb::model::PostStatus::Done;
        });
        QCOMPARE(r.outcome, SaveResult::Outcome::Saved);
        QCOMPARE(r.written, 0);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused[0].key, QStringLiteral("4A"));
        QVERIFY2(r.refused[0].message.startsWith(QLatin1String("post 4A: refused: a project leader changes only")),
                 qPrintable(r.refused[0].message));
        QVERIFY(r.refused[0].message.contains(QLatin1String("of the posts they lead")));
    }

    void leaderChangesOnlyTheProgressFieldsOfHerPost()
    {
        // The title is not progress; nor is who leads the post.
        SaveResult r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.posts[p.postIndex(QStringLiteral("3A0"))].title = QStringLiteral("Anders");
        });
        QCOMPARE(r.refused.size(), 1);
        QVERIFY2(r.refused[0].message.startsWith(QLatin1String("post 3A0: refused:")),
                 qPrintable(r.refused[0].message));
        r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.posts[p.postIndex(QStringLiteral("4A"))].projectLeader = QStringLiteral("Anna de Vries");
        });
        QCOMPARE(r.refused.size(), 1);
        r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.posts[p.postIndex(QStringLiteral("3A0"))].projectLeader = QStringLiteral("Bert Bakker");
        });
        QCOMPARE(r.refused.size(), 1);
        // Adding or removing a post is the programme manager's (removing the assessment of her post is hers).
        r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.posts.removeAt(p.postIndex(QStringLiteral("3A5")));
            p.assessments.removeAt(assessmentIndex(p, QStringLiteral("3A5")));
        });
        QCOMPARE(r.written, 1);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused[0].key, QStringLiteral("3A5"));
        QVERIFY2(r.refused[0].message.contains(QLatin1String("adds or removes no posts")),
                 qPrintable(r.refused[0].message));
    }

    void leaderChangesTheRisksAndAssessmentsOfHerPosts()
    {
        SaveResult r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.risks[riskIndex(p, QStringLiteral("R-A3AB"))].mitigation = QStringLiteral("Anna's maatregel");
            p.assessments[assessmentIndex(p, QStringLiteral("3A1"))].note = QStringLiteral("herzien");
            rb::model::Risk risk;
            risk.id = QStringLiteral("R-ANNA");
            risk.title = QStringLiteral("Nieuw risico van Anna");
            risk.level = rb::model::RiskLevel::Project;
            risk.posts = {QStringLiteral("3A0")};
            p.risks << risk;
        });
        QVERIFY2(r.clean(), qPrintable(r.refused.isEmpty() ? r.error : r.refused.first().message));
        QCOMPARE(r.written, 3);
        // Not Bert's risk, not a programme risk, not someone else's assessment, not a risk she moves onto Bert's post.
        r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.risks[riskIndex(p, QStringLiteral("R-A4A-FIN"))].mitigation = QStringLiteral("x");
            p.risks[riskIndex(p, QStringLiteral("R-P1"))].status = rb::model::RiskStatus::Closed;
            p.assessments[assessmentIndex(p, QStringLiteral("5C2"))].note = QStringLiteral("x");
            p.risks[riskIndex(p, QStringLiteral("R-ANNA"))].posts << QStringLiteral("4A");
        });
        QCOMPARE(r.written, 0);
        QStringList refused;
        for (const EntityProblem &e : r.refused) refused << e.kind + QLatin1Char(' ') + e.key;
        refused.sort();
        QCOMPARE(refused,
                 (QStringList{QStringLiteral("assessment 5C2@2018-10-18"), QStringLiteral("risk R-A4A-FIN"),
                              QStringLiteral("risk R-ANNA"), QStringLiteral("risk R-P1")}));
        for (const EntityProblem &e : r.refused)
            QVERIFY2(e.message.contains(QLatin1String("assessments and risks of the posts they lead")),
                     qPrintable(e.message));
    }

    void leaderChangesNoDependencyNorProgrammeRecord()
    {
        const SaveResult r = change(QStringLiteral("anna"), [](Portfolio &p) {
            p.programme.name += QStringLiteral("!");
            p.dependencies[0].lagDays += 7;
        });
        QCOMPARE(r.written, 0);
        QCOMPARE(r.refused.size(), 2);
        QVERIFY2(
            r.refused[0].message.startsWith(QLatin1String("programme record: refused: only the programme manager")),
            qPrintable(r.refused[0].message));
        QVERIFY(r.refused[1].message.startsWith(QLatin1String("dependency ")));
    }

    void mixedSaveLandsWhatIsAllowed()
    {
        const SaveResult r = change(QStringLiteral("bert"), [](Portfolio &p) {
            p.posts[p.postIndex(QStringLiteral("4A"))].status = rb::model::PostStatus::Running;  // his
            p.posts[p.postIndex(QStringLiteral("3B0"))].status = rb::model::PostStatus::Running; // Anna's
        });
        QCOMPARE(r.written, 1);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused[0].key, QStringLiteral("3B0"));
    }

    void viewerReadsOnly()
    {
        const SaveResult r
            = change(QStringLiteral("victor"), [](Portfolio &p) { p.posts[0].note = QStringLiteral("x"); });
        QCOMPARE(r.written, 0);
        QCOMPARE(r.refused.size(), 1);
        QVERIFY2(r.refused[0].message.contains(QLatin1String("a viewer reads the portfolio but changes nothing")),
                 qPrintable(r.refused[0].message));
        Portfolio copy = load(*as(QStringLiteral("victor"))).document;
        const SaveResult push = as(QStringLiteral("victor"))->push(QStringLiteral("copy"), copy, false);
        QCOMPARE(push.outcome, SaveResult::Outcome::Failed);
        QVERIFY2(push.error.contains(QLatin1String("only a programme manager uploads")), qPrintable(push.error));
        const SaveResult leaderPush = as(QStringLiteral("anna"))->push(QStringLiteral("copy"), copy, false);
        QCOMPARE(leaderPush.outcome, SaveResult::Outcome::Failed);
    }

    void aRoleOutsideTheTeamReadsNothing()
    {
        QString error;
        QVERIFY(!as(QStringLiteral("nobody"))->load(QStringLiteral("mab"), &error));
        QVERIFY2(error.contains(QLatin1String("riskboard_viewer")), qPrintable(error));
    }

    void managerChangesEverything()
    {
        const SaveResult r = change(QStringLiteral("pm"), [](Portfolio &p) {
            p.programme.note = QStringLiteral("door de programmamanager");
            p.posts[p.postIndex(QStringLiteral("4A"))].title += QStringLiteral(" (herzien)");
            p.risks[riskIndex(p, QStringLiteral("R-P1"))].status = rb::model::RiskStatus::Closed;
            p.dependencies[0].lagDays += 7;
        });
        QVERIFY2(r.clean(), qPrintable(r.refused.isEmpty() ? r.error : r.refused.first().message));
        QCOMPARE(r.written, 4);
    }

    void auditRecordsWhoChangedWhatAndWhen()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        auto store = as(QStringLiteral("victor")); // everyone in the team reads the trail
        const QList<AuditEntry> post
            = store->audit(QStringLiteral("mab"), QStringLiteral("post"), QStringLiteral("3A1"));
        QCOMPARE(post.size(), 2); // pushed by pm, then Anna's progress
        QCOMPARE(post[0].role, QStringLiteral("pm"));
        QCOMPARE(post[0].action, QStringLiteral("INSERT"));
        QCOMPARE(post[1].role, QStringLiteral("anna"));
        QCOMPARE(post[1].action, QStringLiteral("UPDATE"));
        QVERIFY(post[1].at >= post[0].at && post[0].at > start);
        const QList<AuditEntry> risk
            = store->audit(QStringLiteral("mab"), QStringLiteral("risk"), QStringLiteral("R-ANNA"));
        QCOMPARE(risk.size(), 1);
        QCOMPARE(risk[0].role, QStringLiteral("anna"));
        QCOMPARE(risk[0].action, QStringLiteral("INSERT"));
        // Refused changes left no trace; 4A: the push, Bert's status, the manager's title.
        const QList<AuditEntry> fourA
            = store->audit(QStringLiteral("mab"), QStringLiteral("post"), QStringLiteral("4A"));
        QCOMPARE(fourA.size(), 3);
        QCOMPARE(fourA[1].role, QStringLiteral("bert"));
        QCOMPARE(fourA[2].role, QStringLiteral("pm"));
        // Nobody writes the trail directly.
        QString error;
        QVERIFY(!m_server.exec(QStringLiteral("team"),
                               {QStringLiteral("SET ROLE pm"),
                                QStringLiteral("INSERT INTO riskboard.audit (by_role, portfolio_id, kind, key, action) "
                                               "VALUES ('x', 1, 'post', 'x', 'UPDATE')")},
                               &error));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStoreSecurity)
#include "tst_storesecurity.moc"
