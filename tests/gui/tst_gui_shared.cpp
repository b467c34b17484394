// tst_gui_shared.cpp — issue 18's "done when": two Riskboard sessions on the same shared portfolio
// (a real PostgreSQL this test starts, tests/store/pgserver.h) see each other's saved edits live.
// Session A is the real window (Main.qml, offscreen); session B is a second user in the same process
// with its own connections (its document, store thread and LISTEN connection). Also: a change of
// others that touches a local edit is flagged, not merged, and saving then shows both versions in the
// merge dialog; the server going away keeps the document editable and the save lands when it is back.
#include "guitest.h"
#include "pgserver.h"

#include "document/documentreader.h"
#include "store/pgstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace rb::test;

class TestGuiShared : public QObject {
    Q_OBJECT
private:
    PgServer m_server;
    QString m_url;

    std::unique_ptr<rb::ui::Session> secondUser()
    {
        rb::ui::SessionOptions so;
        so.today = QDate(2018, 10, 18);
        so.offerRecovery = false;
        auto b = std::make_unique<rb::ui::Session>(so);
        if (!b->open(m_url) || !GuiFixture::waitFor([&] { return b->document().hasDocument(); }, 30000)) return nullptr;
        return b;
    }
    // Qt's PostgreSQL driver, when the server closes the LISTEN connection: expected in an outage.
    static QStringList warnings()
    {
        QStringList out = GuiFixture::takeWarnings();
        out.removeIf([](const QString &w) { return w.startsWith(QLatin1String("QSocketNotifier: Invalid socket")); });
        return out;
    }
    // Renames risk `row` in `session` and saves; true when the save landed.
    static bool renameAndSave(rb::ui::Session &session, int row, const QString &title)
    {
        rb::model::Risk risk = session.document().portfolio().risks.value(row);
        risk.title = title;
        if (!session.document().document()->editRisk(row, risk, QStringLiteral("test"))) return false;
        QSignalSpy done(&session.shared(), &rb::ui::SharedDocument::saveFinished);
        if (session.document().save() != rb::ui::DocumentController::SaveOutcome::Pending) return false;
        return done.wait(30000) && done.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE team")}, &error),
                 qPrintable(error));
        m_url = m_server.url(QStringLiteral("team"), QStringLiteral("mab"));
        const auto url = rb::store::parseStoreUrl(m_url, &error);
        QVERIFY2(url, qPrintable(error));
        auto store = rb::store::Store::connect(*url, &error);
        QVERIFY2(store && store->ensureSchema(&error), qPrintable(error));
        const auto mab = rb::model::DocumentReader::readFile(mabPath());
        QVERIFY(mab.ok());
        QVERIFY(store->push(QStringLiteral("mab"), *mab.portfolio, false).clean());
        QVERIFY2(m_server.exec(QStringLiteral("team"),
                               {QStringLiteral("CREATE ROLE victor LOGIN IN ROLE riskboard_viewer")}, &error),
                 qPrintable(error));
    }

    // The database refuses a viewer's change: the diagnostics dialog names the entity and the rule;
    // the change stays in the document (unsaved), nothing is written.
    void refusedChangeNamesEntityAndRule()
    {
        GuiOptions options;
        options.path = m_server.url(QStringLiteral("team"), QStringLiteral("mab"), QStringLiteral("victor"));
        GuiFixture a(options);
        QVERIFY(a.ok());
        QVERIFY(a.waitFor([&] { return a.session().shared().active(); }, 30000));
        const QString riskId = a.document().portfolio().risks.at(4).id;
        QVERIFY(!renameAndSave(a.session(), 4, QStringLiteral("A viewer's title")));
        QVERIFY(a.waitFor([&] { return isOpen(a.find(QStringLiteral("diagnosticsDialog"))); }));
        const QString text = a.document().errorText();
        QVERIFY2(text.contains(QStringLiteral("risk %1: refused: ").arg(riskId)), qPrintable(text));
        QVERIFY(a.document().isModified());
        auto b = secondUser();
        QVERIFY(b);
        QVERIFY(b->document().portfolio().risks.at(4).title != QLatin1String("A viewer's title"));
        b.reset();
        const QStringList w = warnings();
        QVERIFY2(w.isEmpty(), qPrintable(w.join(QLatin1Char('\n'))));
    }

    void twoSessionsSeeEachOthersSavedEdits()
    {
        GuiOptions options;
        options.path = m_url;
        GuiFixture a(options);
        QVERIFY(a.ok());
        QVERIFY(a.waitFor([&] { return a.session().shared().active(); }, 30000));
        QVERIFY(a.document().displayName().contains(QLatin1String("mab")));
        auto b = secondUser();
        QVERIFY(b);

        // B saves a risk's new title: A shows it, without saving anything itself.
        const QString riskId = b->document().portfolio().risks.at(0).id;
        QVERIFY(renameAndSave(*b, 0, QStringLiteral("Renamed by B")));
        QVERIFY(a.waitFor([&] { return a.document().portfolio().risks.at(0).title == QLatin1String("Renamed by B"); }));
        QVERIFY(!a.document().isModified());
        QVERIFY(a.text(QStringLiteral("sharedBannerText")).contains(riskId));

        // The other way round, while B has an unsaved edit of another risk: it is merged, B's edit stays.
        rb::model::Risk other = b->document().portfolio().risks.at(2);
        other.title = QStringLiteral("B, not saved yet");
        QVERIFY(b->document().document()->editRisk(2, other, QStringLiteral("test")));
        QVERIFY(renameAndSave(a.session(), 1, QStringLiteral("Renamed by A")));
        QVERIFY(
            a.waitFor([&] { return b->document().portfolio().risks.at(1).title == QLatin1String("Renamed by A"); }));
        QCOMPARE(b->document().portfolio().risks.at(2).title, QStringLiteral("B, not saved yet"));
        QVERIFY(b->document().isModified());
        QVERIFY(!a.document().isModified());

        // Both change the same risk: A's unsaved edit is kept and the change of B is flagged, not merged.
        rb::model::Risk mine = a.document().portfolio().risks.at(2);
        mine.title = QStringLiteral("A's title");
        QVERIFY(a.document().document()->editRisk(2, mine, QStringLiteral("test")));
        QVERIFY(a.waitFor([&] { return b->document().isModified(); }));
        QSignalSpy bSaved(&b->shared(), &rb::ui::SharedDocument::saveFinished);
        QCOMPARE(b->document().save(), rb::ui::DocumentController::SaveOutcome::Pending);
        QVERIFY(bSaved.wait(30000));
        QVERIFY(a.waitFor([&] { return a.session().shared().canReview(); }));
        QCOMPARE(a.document().portfolio().risks.at(2).title, QStringLiteral("A's title"));

        // A saves: refused for that risk only; the merge dialog opens with both versions.
        QSignalSpy conflict(&a.session().shared(), &rb::ui::SharedDocument::conflictFound);
        a.document().save();
        QVERIFY(conflict.wait(30000));
        QVERIFY(a.waitFor([&] { return isOpen(a.find(QStringLiteral("diskConflictDialog"))); }));
        QCOMPARE(a.find(QStringLiteral("diskConflictDialog"))->property("title").toString(),
                 QStringLiteral("The shared portfolio was changed by someone else")); // not "the file"
        const QString lines = a.document().diskChanges().join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QLatin1String("B, not saved yet")) && lines.contains(QLatin1String("A's title")),
                 qPrintable(lines));
        // "Overwrite": A's version, knowingly written over B's; B sees it.
        QVERIFY(a.document().overwrite());
        QVERIFY(a.waitFor([&] { return !a.document().isModified(); }));
        QVERIFY(a.waitFor([&] { return b->document().portfolio().risks.at(2).title == QLatin1String("A's title"); }));
        b.reset();
        const QStringList w = warnings();
        QVERIFY2(w.isEmpty(), qPrintable(w.join(QLatin1Char('\n'))));
    }

    // Who changed what: the post's panel (and the risk form) list the store's audit trail, newest first,
    // and the list grows when another user saves a change of the post shown.
    void postPanelShowsWhoChangedThePost()
    {
        GuiOptions options;
        options.path = m_url;
        GuiFixture a(options);
        QVERIFY(a.ok());
        QVERIFY(a.waitFor([&] { return a.session().shared().active(); }, 30000));
        const int row = 3;
        const QString postId = a.document().portfolio().posts.at(row).id;
        a.state().setCurrentView(rb::ui::AppState::Overview);
        a.state().setSelectedPostId(postId);
        // Pushed once: one "added" line, by the role that pushed it.
        QVERIFY(a.waitFor(
            [&] { return a.text(QStringLiteral("postDetailSharedHistory")).contains(QStringLiteral("added by")); }));
        QCOMPARE(a.text(QStringLiteral("postDetailSharedHistory")).count(QLatin1Char('\n')), 0);

        auto b = secondUser();
        QVERIFY(b);
        rb::model::Post post = b->document().portfolio().posts.at(row);
        post.title += QStringLiteral(" (herzien)");
        QVERIFY(b->document().document()->editPost(row, post, QStringLiteral("test")));
        QSignalSpy done(&b->shared(), &rb::ui::SharedDocument::saveFinished);
        QCOMPARE(b->document().save(), rb::ui::DocumentController::SaveOutcome::Pending);
        QVERIFY(done.wait(30000) && done.first().first().toBool());
        QVERIFY(a.waitFor(
            [&] { return a.text(QStringLiteral("postDetailSharedHistory")).split(QLatin1Char('\n')).size() == 2; }));
        const QStringList lines = a.text(QStringLiteral("postDetailSharedHistory")).split(QLatin1Char('\n'));
        QVERIFY2(lines.first().contains(QStringLiteral("changed by")), qPrintable(lines.first())); // newest first
        QVERIFY2(lines.last().contains(QStringLiteral("added by")), qPrintable(lines.last()));
        b.reset();
        const QStringList w = warnings();
        QVERIFY2(w.isEmpty(), qPrintable(w.join(QLatin1Char('\n'))));
    }

    void serverAwayKeepsEditingAndSavesWhenBack()
    {
        GuiOptions options;
        options.path = m_url;
        GuiFixture a(options);
        QVERIFY(a.ok());
        QVERIFY(a.waitFor([&] { return a.session().shared().active(); }, 30000));
        QString error;
        QVERIFY2(m_server.pause(&error), qPrintable(error));
        QVERIFY(a.waitFor([&] { return !a.session().shared().online(); }));
        QVERIFY(isOpen(a.find(QStringLiteral("sharedBanner"))));

        // Still editable; the save waits for the server.
        rb::model::Risk risk = a.document().portfolio().risks.at(3);
        risk.title = QStringLiteral("Written while the server was away");
        QVERIFY(a.document().document()->editRisk(3, risk, QStringLiteral("test")));
        QCOMPARE(a.document().save(), rb::ui::DocumentController::SaveOutcome::Pending);
        QVERIFY(
            a.waitFor([&] { return a.text(QStringLiteral("sharedBannerText")).contains(QLatin1String("waiting")); }));
        QVERIFY(a.document().isModified());

        QVERIFY2(m_server.resume(&error), qPrintable(error));
        QVERIFY(a.waitFor([&] { return a.session().shared().online() && !a.document().isModified(); }, 30000));
        auto b = secondUser();
        QVERIFY(b);
        QCOMPARE(b->document().portfolio().risks.at(3).title, QStringLiteral("Written while the server was away"));
        b.reset();
        const QStringList w = warnings();
        QVERIFY2(w.isEmpty(), qPrintable(w.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGuiShared)
#include "tst_gui_shared.moc"
