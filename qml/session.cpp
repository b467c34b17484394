// session.cpp
#include "qml/session.h"

#include "store/storeurl.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

// The QML module "Riskboard" is a static library: its plugin is linked in here, where every window starts.
Q_IMPORT_QML_PLUGIN(RiskboardPlugin)

namespace rb::ui {

Session::Session(const SessionOptions &options)
{
    m_state.setScreenshotMode(options.screenshotMode);
    m_state.setLanguage(options.language);
    if (options.today.isValid()) m_state.setToday(options.today);
    m_document.document()->setToday(m_state.today());
    m_document.document()->setAuthor(m_state.userName());
    QObject::connect(&m_state, &AppState::todayChanged, &m_document,
                     [this] { m_document.document()->setToday(m_state.today()); });
    QObject::connect(&m_state, &AppState::userNameChanged, &m_document,
                     [this] { m_document.document()->setAuthor(m_state.userName()); });
    m_export.setWhatIfSource([this] {
        QList<QPair<QString, int>> slips;
        for (const QString &post : m_whatIf.slippedPosts()) slips << qMakePair(post, m_whatIf.slipOf(post));
        return slips;
    });
    if (options.offerRecovery && !options.screenshotMode)
        m_document.checkRecovery(); // before opening: opening must not remove an undecided recovery file
}

Session::~Session() = default; // the engine goes first; the simulation waits for its worker

bool Session::open(const QString &path)
{
    if (rb::store::isStoreUrl(path)) {
        if (m_shared.open(path)) return true;
        m_document.report({m_shared.errorText()});
        return false;
    }
    return m_document.open(path);
}

bool Session::load()
{
    static const bool styled = [] { // once per process: Qt warns when it is set after Controls loaded
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        return true;
    }();
    Q_UNUSED(styled);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    registerSessionObjects(&m_engine, objects()); // QML's AppState, DocumentController, … are ours
    static const int exportType
        = qmlRegisterSingletonType<rb::exporting::ExportController>( // per engine: its session's
            "Riskboard", 1, 0, "ExportController", [](QQmlEngine *engine, QJSEngine *) -> QObject * {
                auto *controller = engine->property("rbExportController").value<rb::exporting::ExportController *>();
                QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
                return controller;
            });
    Q_UNUSED(exportType);
    m_engine.setProperty("rbExportController", QVariant::fromValue(&m_export));
    m_engine.setProperty("rbSharedDocument", QVariant::fromValue(&m_shared));
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Riskboard/Main.qml")));
    return window() != nullptr;
}

void Session::startBackgroundRun() { QTimer::singleShot(0, &m_simulation, &SimulationController::run); }

QQuickWindow *Session::window() const { return qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0)); }

} // namespace rb::ui
