// gui.cpp — QApplication (QtCharts needs the widgets application), the QML engine, the document.
#include "app/gui.h"

#include "qml/documentcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(RiskboardPlugin)

namespace rb::app {

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Riskboard"));
    QApplication::setOrganizationName(QStringLiteral("Riskboard"));
    QApplication::setApplicationVersion(QStringLiteral(RISKBOARD_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the portfolio to open"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    rb::ui::DocumentController document;
    const QString path = files.isEmpty() ? QString::fromLatin1(kDefaultPortfolio) : files.first();
    if (!document.open(path)) {
        // Show the window anyway: the error text (with line and column) is on it.
        qWarning().noquote() << document.errorText();
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Riskboard/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}

} // namespace rb::app
