// screenshot.cpp
#include "qml/screenshot.h"

#include "qml/session.h"

#include "model/portfolio.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/simulationcontroller.h"
#include "qml/whatifcontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace rb::ui {

namespace {

constexpr int kWidth = 1920, kHeight = 1080;
constexpr int kSeed = 2019; // fixed: the same pictures every time
constexpr int kIterations = 5000;
constexpr int kSlipDays = 60;

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The post the pictures show: the assessed post with the highest total score on the seven factors
// (so the assessment view has something to say), else the first post.
QString pickPost(const rb::model::Portfolio &p)
{
    QString best;
    int bestTotal = -1;
    for (const auto &post : p.posts) {
        const auto *a = p.latestAssessment(post.id);
        if (!a) continue;
        int total = 0;
        for (const auto &s : a->scores) total += s.second.score;
        if (total > bestTotal) {
            bestTotal = total;
            best = post.id;
        }
    }
    return best.isEmpty() && !p.posts.isEmpty() ? p.posts.first().id : best;
}

} // namespace

int renderScreenshots(Session &session, const QString &dir)
{
    QQuickWindow *window = session.window();
    auto *state = &session.state();
    auto *doc = &session.document();
    auto *sim = &session.simulation();
    auto *whatIf = &session.whatIf();
    if (!window) {
        std::fprintf(stderr, "riskboard: --screenshot: the user interface is not complete\n");
        return 1;
    }
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "riskboard: --screenshot: cannot create directory %s\n", qPrintable(dir));
        return 3;
    }
    window->setWidth(kWidth);
    window->setHeight(kHeight);
    window->show();

    const QString post = pickPost(doc->portfolio());
    state->setSelectedPostId(post);
    whatIf->setSlip(post, kSlipDays);
    sim->setSeed(kSeed);
    sim->setIterations(kIterations);
    sim->run();
    sim->waitForFinished();
    if (!sim->hasResult())
        std::fprintf(stderr, "riskboard: --screenshot: the simulation gave no result: %s\n",
                     qPrintable(sim->errorText()));

    const QStringList names = AppState::viewNames();
    for (int view = 0; view < names.size(); ++view) {
        state->setCurrentView(view);
        settle(400); // layouts, charts and the software renderer catch up
        const QImage image = window->grabWindow();
        if (image.isNull() || image.width() != kWidth || image.height() != kHeight) {
            std::fprintf(stderr, "riskboard: --screenshot: rendering %s gave a %dx%d image\n", qPrintable(names[view]),
                         image.width(), image.height());
            return 1;
        }
        const QString path = QDir(dir).filePath(names[view] + QLatin1String(".png"));
        if (!image.save(path)) {
            std::fprintf(stderr, "riskboard: --screenshot: cannot write %s\n", qPrintable(path));
            return 3;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}

} // namespace rb::ui
