// gui.cpp — QApplication (QtCharts needs the widgets application), translators, the C++ singletons
// the QML module uses, the document, the QML engine. Everything else lives in riskboard_qml.
#include "app/gui.h"

#include "app/screenshot.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/simulationcontroller.h"
#include "qml/whatifcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(RiskboardPlugin)

namespace rb::app {

int runGui(int &argc, char **argv)
{
    // --screenshot renders without a display: choose the platform before QApplication exists.
    bool screenshot = false;
    for (int i = 1; i < argc; ++i)
        screenshot = screenshot || qstrcmp(argv[i], "--screenshot") == 0;
    if (screenshot) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // deterministic, no GPU needed
        QStandardPaths::setTestModeEnabled(true); // leave the user's settings and recovery alone
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Riskboard"));
    QApplication::setOrganizationName(QStringLiteral("Riskboard"));
    QApplication::setApplicationVersion(QStringLiteral(RISKBOARD_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Riskboard — portfolio risk, dependencies and schedule"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the portfolio to open (default: the MAB plateau-4 portfolio)"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("user interface language: nl or en"),
                                        QStringLiteral("language"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("the date to treat as today (YYYY-MM-DD)"),
                                         QStringLiteral("date"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("render every view at 1920×1080 to DIR/<view>.png and exit"),
        QStringLiteral("dir"));
    parser.addOption(langOption);
    parser.addOption(todayOption);
    parser.addOption(screenshotOption);
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    rb::ui::AppState state(nullptr);
    state.setScreenshotMode(screenshot);
    const QString lang = parser.isSet(langOption) ? parser.value(langOption) : rb::ui::AppState::systemLanguage();
    if (lang != QLatin1String("nl") && lang != QLatin1String("en")) {
        std::fprintf(stderr, "riskboard: --lang must be nl or en, not '%s'\n", qPrintable(lang));
        return 1;
    }
    state.setLanguage(lang);

    rb::ui::DocumentController document(nullptr);
    if (parser.isSet(todayOption)) {
        const QDate today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid()) {
            std::fprintf(stderr, "riskboard: --today needs a date YYYY-MM-DD\n");
            return 1;
        }
        state.setToday(today);
    }
    if (!screenshot)
        document.checkRecovery(); // before opening: opening must not remove an undecided recovery file
    const QString path = files.isEmpty() ? QString::fromLatin1(kDefaultPortfolio) : files.first();
    const bool opened = document.open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(document.errorText()));
        if (screenshot)
            return 2;
    }
    if (screenshot && !parser.isSet(todayOption)) // reproducible pictures: "today" is the status date
        state.setToday(document.portfolio().programme.statusDate.isValid() ? document.portfolio().programme.statusDate
                                                                           : QDate(2019, 1, 1));
    document.document()->setToday(state.today());
    QObject::connect(&state, &rb::ui::AppState::todayChanged, &document,
                     [&] { document.document()->setToday(state.today()); });

    rb::ui::SimulationController simulation(nullptr);
    rb::ui::WhatIfController whatIf(nullptr);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    rb::ui::AppState::create(&engine, nullptr); // lets the language switch retranslate this engine
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Riskboard/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "riskboard: the user interface could not be loaded\n");
        return 1;
    }
    if (screenshot)
        return renderScreenshots(engine, parser.value(screenshotOption));
    // The overview's P80 tile: a first background run as soon as the window is up.
    if (opened)
        QTimer::singleShot(0, &simulation, &rb::ui::SimulationController::run);
    return app.exec();
}

} // namespace rb::app
