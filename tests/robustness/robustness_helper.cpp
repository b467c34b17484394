// robustness_helper.cpp — the child process of the robustness tests.
//
//   load FILE            load FILE; print "ok posts=N dependencies=M tags=T name-chars=C sha256=H" (H of
//                        the canonical form) or the diagnostics; always "maxrss-kib=K" (peak RSS); exit 0/1
//   save-loop PATH N     save two versions (A, B; N posts each) to PATH alternately, forever, printing
//                        "saved A" / "saved B" after each; the test kills it at random moments
//   save PATH            save a small document to PATH; exit 0, or 2 printing the error. Run as root,
//                        it first drops to user "nobody" so that file permissions apply.
#include "generate.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace rb::model;

namespace {

long maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

int load(const QString &path)
{
    const LoadResult result = DocumentReader::readFile(path);
    if (result.ok()) {
        const Portfolio &p = *result.portfolio;
        qsizetype tags = 0;
        for (const Post &post : p.posts) tags += post.tags.size();
        const QByteArray hash = QCryptographicHash::hash(DocumentWriter::toJson(p), QCryptographicHash::Sha256).toHex();
        std::printf("ok posts=%lld dependencies=%lld tags=%lld name-chars=%lld sha256=%s\n", qlonglong(p.posts.size()),
                    qlonglong(p.dependencies.size()), qlonglong(tags), qlonglong(p.programme.name.size()),
                    hash.constData());
    } else {
        std::printf("%s\n", result.errorText().toUtf8().constData());
    }
    std::printf("maxrss-kib=%ld\n", maxRssKiB());
    return result.ok() ? 0 : 1;
}

[[noreturn]] void saveLoop(const QString &path, int posts)
{
    const QByteArray a = DocumentWriter::toJson(rb::test::generatePortfolio(posts, 1, QStringLiteral("A")));
    const QByteArray b = DocumentWriter::toJson(rb::test::generatePortfolio(posts, 1, QStringLiteral("B")));
    for (;;) {
        for (const auto &[bytes, name] : {std::pair{&a, "A"}, std::pair{&b, "B"}}) {
            QString error;
            if (!DocumentWriter::saveBytes(*bytes, path, &error)) {
                std::fprintf(stderr, "%s\n", error.toUtf8().constData());
                std::exit(2);
            }
            std::printf("saved %s\n", name);
            std::fflush(stdout);
        }
    }
}

int save(const QString &path)
{
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
        std::perror("cannot drop to user nobody");
        return 3;
    }
    QString error;
    if (!DocumentWriter::save(rb::test::generatePortfolio(3, 1, QStringLiteral("new")), path, &error)) {
        std::printf("%s\n", error.toUtf8().constData());
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("load")) return load(args[2]);
    if (args.size() >= 4 && args[1] == QLatin1String("save-loop")) saveLoop(args[2], args[3].toInt());
    if (args.size() >= 3 && args[1] == QLatin1String("save")) return save(args[2]);
    std::fprintf(stderr, "usage: %s load FILE | save-loop PATH POSTS | save PATH\n", argv[0]);
    return 64;
}
