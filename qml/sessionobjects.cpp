// sessionobjects.cpp
#include "qml/sessionobjects.h"

#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/simulationcontroller.h"
#include "qml/whatifcontroller.h"

#include <QQmlEngine>

namespace rb::ui {

namespace {
constexpr const char *kState = "rbSessionState";
constexpr const char *kDocument = "rbSessionDocument";
constexpr const char *kSimulation = "rbSessionSimulation";
constexpr const char *kWhatIf = "rbSessionWhatIf";

template <typename T>
T *objectOf(const QQmlEngine *engine, const char *key)
{
    return engine ? qobject_cast<T *>(engine->property(key).value<QObject *>()) : nullptr;
}

} // namespace

void registerSessionObjects(QQmlEngine *engine, const SessionObjects &objects)
{
    engine->setProperty(kState, QVariant::fromValue<QObject *>(objects.state));
    engine->setProperty(kDocument, QVariant::fromValue<QObject *>(objects.document));
    engine->setProperty(kSimulation, QVariant::fromValue<QObject *>(objects.simulation));
    engine->setProperty(kWhatIf, QVariant::fromValue<QObject *>(objects.whatIf));
    // The session owns them: QML must never delete them.
    for (QObject *o : {static_cast<QObject *>(objects.state), static_cast<QObject *>(objects.document),
                       static_cast<QObject *>(objects.simulation), static_cast<QObject *>(objects.whatIf)})
        if (o) QJSEngine::setObjectOwnership(o, QJSEngine::CppOwnership);
    if (objects.state) objects.state->setEngine(engine); // its language switch retranslates this engine
}

SessionObjects sessionObjectsOf(const QQmlEngine *engine)
{
    return {objectOf<AppState>(engine, kState), objectOf<DocumentController>(engine, kDocument),
            objectOf<SimulationController>(engine, kSimulation), objectOf<WhatIfController>(engine, kWhatIf)};
}

} // namespace rb::ui
