// gui.cpp — QApplication (QtCharts needs the widgets application), the command-line options and one
// Session (qml/session.h): state, document, what-if, simulation and the QML engine.
#include "app/gui.h"

#include "qml/screenshot.h"
#include "qml/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>

#include <cstdio>

namespace rb::app {

using rb::ui::Session;
using rb::ui::SessionOptions;

int runGui(int &argc, char **argv)
{
    // --screenshot renders without a display: choose the platform before QApplication exists.
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) screenshot = screenshot || qstrcmp(argv[i], "--screenshot") == 0;
    if (screenshot) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // deterministic, no GPU needed
        QStandardPaths::setTestModeEnabled(true);                     // leave the user's settings and recovery alone
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Riskboard"));
    QApplication::setOrganizationName(QStringLiteral("Riskboard"));
    QApplication::setApplicationVersion(QStringLiteral(RISKBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Riskboard — portfolio risk, dependencies and schedule"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("the portfolio to open (default: the MAB plateau-4 portfolio)"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("user interface language: nl or en"),
                                        QStringLiteral("language"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"), QStringLiteral("the date to treat as today (YYYY-MM-DD)"), QStringLiteral("date"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("render every view at 1920×1080 to DIR/<view>.png and exit"),
        QStringLiteral("dir"));
    parser.addOption(langOption);
    parser.addOption(todayOption);
    parser.addOption(screenshotOption);
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    const QString lang = parser.isSet(langOption) ? parser.value(langOption) : rb::ui::AppState::systemLanguage();
    if (lang != QLatin1String("nl") && lang != QLatin1String("en")) {
        std::fprintf(stderr, "riskboard: --lang must be nl or en, not '%s'\n", qPrintable(lang));
        return 1;
    }
    SessionOptions options;
    options.language = lang;
    options.screenshotMode = screenshot;
    if (parser.isSet(todayOption)) {
        options.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!options.today.isValid()) {
            std::fprintf(stderr, "riskboard: --today needs a date YYYY-MM-DD\n");
            return 1;
        }
    }
    Session session(options);
    QString path = files.isEmpty() ? QString::fromLatin1(kDefaultPortfolio) : files.first();
    if (!path.contains(QLatin1String("://"))) path = QDir::cleanPath(path); // "a//b" is a/b (document/localpath.h)
    const bool opened = session.open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(session.document().errorText()));
        if (screenshot) return 2;
    }
    if (screenshot && !options.today.isValid()) { // reproducible pictures: "today" is the status date
        const QDate status = session.document().portfolio().programme.statusDate;
        session.state().setToday(status.isValid() ? status : QDate(2019, 1, 1));
    }

    QObject::connect(
        &session.engine(), &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    if (!session.load()) {
        std::fprintf(stderr, "riskboard: the user interface could not be loaded\n");
        return 1;
    }
    if (screenshot) return renderScreenshots(session, parser.value(screenshotOption));
    // The overview's P80 tile: a first background run as soon as the window is up.
    if (opened) session.startBackgroundRun();
    return app.exec();
}

} // namespace rb::app
