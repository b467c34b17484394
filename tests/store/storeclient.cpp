// storeclient.cpp — a second (third, twentieth) user of a shared portfolio, for the concurrency tests.
//
//   tst_store_client URL POST TEXT [--wait] [--hang]
// Loads the portfolio at URL, sets the note of post POST to TEXT and saves.
//   --wait   after loading, print "loaded" and wait for a line on standard input before saving (so that
//            all clients start from the same versions)
//   --hang   print "ready" inside the save transaction just before COMMIT and sleep (to be killed)
// Prints "saved", "conflict" or "refused" and exits 0, 4 or 5; 2 on any other failure.
#include "store/pgstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <thread>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) return 1;
    QString error;
    const auto url = rb::store::parseStoreUrl(args[1], &error);
    if (!url) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    auto store = rb::store::Store::connect(*url, &error);
    if (!store) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const auto snapshot = store->load(url->portfolio, &error);
    if (!snapshot) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    rb::model::Portfolio mine = snapshot->document;
    const int i = mine.postIndex(args[2]);
    if (i < 0) return 2;
    mine.posts[i].note = args[3];
    if (args.contains(QLatin1String("--wait"))) {
        printf("loaded\n");
        fflush(stdout);
        char line[16];
        if (!fgets(line, sizeof line, stdin)) return 2;
    }
    if (args.contains(QLatin1String("--hang")))
        store->setBeforeCommitHook([] {
            printf("ready\n");
            fflush(stdout);
            for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
        });
    const rb::store::SaveResult r = store->save(*snapshot, mine);
    if (r.outcome != rb::store::SaveResult::Outcome::Saved) {
        fprintf(stderr, "%s\n", qPrintable(r.error));
        return 2;
    }
    if (!r.conflicts.isEmpty()) {
        printf("conflict\n");
        return 4;
    }
    if (!r.refused.isEmpty()) {
        printf("refused\n");
        return 5;
    }
    printf("saved\n");
    return 0;
}
