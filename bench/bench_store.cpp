// bench_store.cpp — the shared store on a real PostgreSQL server this program starts for itself
// (tests/store/pgserver.h: a temporary cluster on a Unix socket): for each portfolio, the upload, opening
// it (load: read every row, assemble, check with the document reader), saving one edit (diff, one
// UPDATE, re-read and check the whole portfolio, COMMIT), and the live-update latency another user
// sees (from just before the saver's COMMIT to the watcher's notification, and to the watcher having
// loaded the new version).
//
// Then the same through the application's own path (qml/shareddocument.h, the store thread, the
// merge into the open document): opening in the app, saving one edit from the app, and the time from
// another user's COMMIT until the change is in the open document (SharedDocument::remoteMerged).
//
// Usage: bench_store [RUNS] FILE...      (bench/store.sh passes MAB and a generated 10k-post portfolio)
#include "pgserver.h"

#include "document/documentreader.h"
#include "store/pgstore.h"
#include "store/storewatcher.h"
#include "qml/documentcontroller.h"
#include "qml/shareddocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rb::store;

namespace {

void report(const char *what, const QString &portfolio, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    printf("RESULT %-28s %-22s fastest %9.2f ms  median %9.2f ms  (%zu runs)\n", what, qPrintable(portfolio),
           ms.front(), ms[ms.size() / 2], ms.size());
    fflush(stdout);
}

// Waits for `signal` of `sender` (at most 60 s); false when it did not come.
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    bool came = false;
    const auto c = QObject::connect(sender, signal, &loop, [&] {
        came = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return came;
}

bool benchApp(const QString &url, Store &saver, const QString &name, const QString &label, int runs)
{
    std::vector<double> open, save, live;
    QElapsedTimer t;
    for (int i = 0; i <= runs; ++i) {
        rb::ui::DocumentController doc(nullptr);
        rb::ui::SharedDocument shared(&doc, nullptr);
        t.start();
        if (!shared.open(url) || !waitFor(&shared, &rb::ui::SharedDocument::openFinished) || !shared.active())
            return false;
        if (i) open.push_back(t.nsecsElapsed() / 1e6);
    }
    rb::ui::DocumentController doc(nullptr);
    rb::ui::SharedDocument shared(&doc, nullptr);
    if (!shared.open(url) || !waitFor(&shared, &rb::ui::SharedDocument::openFinished) || !shared.active()) return false;
    QString error;
    for (int i = 0; i <= runs; ++i) {
        // One edit saved from the app: until the save is back and the document is clean.
        const int row = (i * 7 + 3) % int(doc.portfolio().posts.size());
        rb::model::Post post = doc.portfolio().posts.at(row);
        post.note = QStringLiteral("app edit %1").arg(i);
        doc.document()->editPost(row, post, QStringLiteral("bench"));
        t.restart();
        doc.save();
        if (!waitFor(&shared, &rb::ui::SharedDocument::saveFinished) || doc.isModified()) return false;
        const double saveMs = t.nsecsElapsed() / 1e6;
        // Another user's save: until it is merged into the open document.
        const auto base = saver.load(name, &error);
        rb::model::Portfolio mine = base->document;
        mine.posts[(i * 7 + 5) % mine.posts.size()].note = QStringLiteral("other edit %1").arg(i);
        QElapsedTimer commit;
        saver.setBeforeCommitHook([&] { commit.start(); });
        QEventLoop loop;
        double merged = -1;
        const auto c = QObject::connect(&shared, &rb::ui::SharedDocument::remoteMerged, &loop, [&] {
            merged = commit.nsecsElapsed() / 1e6;
            loop.quit();
        });
        if (!saver.save(*base, mine).clean()) return false;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (merged < 0) loop.exec();
        QObject::disconnect(c);
        saver.setBeforeCommitHook({});
        if (merged < 0) return false;
        if (i) {
            save.push_back(saveMs);
            live.push_back(merged);
        }
    }
    report("app: open", label, open);
    report("app: save one edit", label, save);
    report("app: live, merged after commit", label, live);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the app path's recovery files stay out of the user's folders
    QStringList args = app.arguments().mid(1);
    int runs = 10;
    if (!args.isEmpty() && args.first().toInt() > 0) runs = args.takeFirst().toInt();
    if (args.isEmpty()) {
        fprintf(stderr, "usage: bench_store [RUNS] FILE...\n");
        return 1;
    }
    rb::test::PgServer server;
    QString error;
    if (!server.start(&error)
        || !server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE bench")}, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    int n = 0;
    for (const QString &file : args) {
        const auto read = rb::model::DocumentReader::readFile(file);
        if (!read.ok()) {
            fprintf(stderr, "%s\n", qPrintable(read.errorText()));
            return 2;
        }
        const QString name = QStringLiteral("p%1").arg(++n);
        const QString label = QStringLiteral("%1 (%2 posts)")
                                  .arg(QFileInfo(file).baseName().left(10))
                                  .arg(read.portfolio->posts.size());
        const auto url = parseStoreUrl(server.url(QStringLiteral("bench"), name), &error);
        auto saver = Store::connect(*url, &error);
        if (!saver || !saver->ensureSchema(&error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        QElapsedTimer t;
        t.start();
        if (!saver->push(name, *read.portfolio, false).clean()) return 2;
        report("push (upload)", label, {t.nsecsElapsed() / 1e6});

        auto reader = Store::connect(*url, &error);
        std::vector<double> open, save, notified, updated;
        for (int i = 0; i <= runs; ++i) { // run 0 warms up
            t.restart();
            const auto s = reader->load(name, &error);
            if (!s) return 2;
            if (i) open.push_back(t.nsecsElapsed() / 1e6);
        }
        StoreWatcher watcher;
        if (!watcher.watch(*url, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        for (int i = 0; i <= runs; ++i) {
            const auto base = saver->load(name, &error);
            rb::model::Portfolio mine = base->document;
            mine.posts[i % mine.posts.size()].note = QStringLiteral("edit %1").arg(i);
            QElapsedTimer commit;
            saver->setBeforeCommitHook([&] { commit.start(); });
            QEventLoop loop;
            double heard = -1;
            const auto c = QObject::connect(&watcher, &StoreWatcher::changed, &loop, [&] {
                heard = commit.nsecsElapsed() / 1e6;
                loop.quit();
            });
            t.restart();
            const SaveResult r = saver->save(*base, mine);
            const double saveMs = t.nsecsElapsed() / 1e6;
            if (!r.clean() || r.written != 1) return 2;
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            if (heard < 0) loop.exec();
            QObject::disconnect(c);
            if (heard < 0) {
                fprintf(stderr, "no notification within 10 s\n");
                return 2;
            }
            const auto seen = reader->load(name, &error);
            const double loaded = commit.nsecsElapsed() / 1e6;
            if (!seen || seen->document.posts[i % mine.posts.size()].note != mine.posts[i % mine.posts.size()].note)
                return 2;
            if (i) {
                save.push_back(saveMs);
                notified.push_back(heard);
                updated.push_back(loaded);
            }
        }
        report("open (load + check)", label, open);
        report("save one edit", label, save);
        report("live: notified after commit", label, notified);
        report("live: reloaded after commit", label, updated);
        if (!benchApp(url->displayName(), *saver, name, label, runs)) return 2;
    }
    return 0;
}
