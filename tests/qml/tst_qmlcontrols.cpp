// tst_qmlcontrols.cpp — runs the Qt Quick tests in quick/ against the Riskboard QML module. The test's
// own session objects (an empty document, default state) stand behind the QML singletons, as a
// Session's do in the application.
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/sessionobjects.h"
#include "qml/simulationcontroller.h"
#include "qml/whatifcontroller.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(RiskboardPlugin)

class Setup : public QObject {
    Q_OBJECT
public:
    Setup() { QStandardPaths::setTestModeEnabled(true); }

public slots:
    // Once per QML engine (one per test file), when the application exists.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("testPortfolio"),
            QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"));
        auto &objects = *m_sessions.emplace_back(std::make_unique<Objects>());
        rb::ui::registerSessionObjects(engine,
                                       {&objects.state, &objects.document, &objects.simulation, &objects.whatIf});
    }
    void cleanupTestCase() { m_sessions.clear(); } // while the application still exists

private:
    struct Objects {
        rb::ui::AppState state{nullptr};
        rb::ui::DocumentController document{nullptr};
        rb::ui::SimulationController simulation{&document, &state};
        rb::ui::WhatIfController whatIf{&document, &state};
    };
    std::vector<std::unique_ptr<Objects>> m_sessions;
};

QUICK_TEST_MAIN_WITH_SETUP(qmlcontrols, Setup)
#include "tst_qmlcontrols.moc"
