// bench_store.cpp — the shared store on a real PostgreSQL server this program starts for itself
// (tests/store/pgserver.h: a temporary cluster on a Unix socket): for each portfolio, the upload, opening
// it (load: read every row, assemble, check with the document reader), saving one edit (diff, one
// UPDATE, re-read and check the whole portfolio, COMMIT), and the live-update latency another user
// sees (from just before the saver's COMMIT to the watcher's notification, and to the watcher having
// loaded the new version).
//
// Usage: bench_store [RUNS] FILE...      (bench/store.sh passes MAB and a generated 10k-post portfolio)
#include "pgserver.h"

#include "document/documentreader.h"
#include "store/pgstore.h"
#include "store/storewatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rb::store;

namespace {

void report(const char *what, const QString &portfolio, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    printf("RESULT %-28s %-22s fastest %9.2f ms  median %9.2f ms  (%zu runs)\n", what, qPrintable(portfolio), ms.front(), ms[ms.size() / 2], ms.size());
    fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 10;
    if (!args.isEmpty() && args.first().toInt() > 0)
        runs = args.takeFirst().toInt();
    if (args.isEmpty()) {
        fprintf(stderr, "usage: bench_store [RUNS] FILE...\n");
        return 1;
    }
    rb::test::PgServer server;
    QString error;
    if (!server.start(&error) || !server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE bench")}, &error)) {
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
        const QString label = QStringLiteral("%1 (%2 posts)").arg(QFileInfo(file).baseName().left(10)).arg(read.portfolio->posts.size());
        const auto url = parseStoreUrl(server.url(QStringLiteral("bench"), name), &error);
        auto saver = Store::connect(*url, &error);
        if (!saver || !saver->ensureSchema(&error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        QElapsedTimer t;
        t.start();
        if (!saver->push(name, *read.portfolio, false).clean())
            return 2;
        report("push (upload)", label, {t.nsecsElapsed() / 1e6});

        auto reader = Store::connect(*url, &error);
        std::vector<double> open, save, notified, updated;
        for (int i = 0; i <= runs; ++i) { // run 0 warms up
            t.restart();
            const auto s = reader->load(name, &error);
            if (!s)
                return 2;
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
            if (!r.clean() || r.written != 1)
                return 2;
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            if (heard < 0)
                loop.exec();
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
    }
    return 0;
}
