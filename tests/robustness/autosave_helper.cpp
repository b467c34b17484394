// autosave_helper.cpp — child process of tst_autosavekill: opens a document in the application's
// DocumentController (the UI engineer's autosave/recovery code) and autosaves it forever, alternating
// the first risk's title between "version A" and "version B". Prints "recovery PATH" first, then
// "autosaved A" / "autosaved B" after each recovery write. The test kills it at random moments.
#include "qml/documentcontroller.h"

#include "model/portfoliodocument.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rb_autosave_helper"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DOCUMENT\n", argv[0]);
        return 64;
    }
    rb::ui::DocumentController controller(nullptr);
    if (!controller.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 2;
    }
    std::printf("recovery %s\n", controller.recoveryFilePath().toUtf8().constData());
    std::fflush(stdout);
    for (;;) {
        for (const char *version : {"B", "A"}) {
            rb::model::Risk risk = controller.portfolio().risks.at(0);
            risk.title = QStringLiteral("version %1").arg(QLatin1String(version));
            if (!controller.document()->editRisk(0, risk, QStringLiteral("title")) || !controller.writeRecovery()) {
                std::fprintf(stderr, "autosave failed\n");
                return 3;
            }
            std::printf("autosaved %s\n", version);
            std::fflush(stdout);
        }
    }
}
