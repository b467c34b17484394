// sessionobjects.h — how QML reaches one window's objects: the session (app/session.h) registers its
// AppState, DocumentController, SimulationController and WhatIfController on its QML engine before it
// loads Main.qml, and the QML singletons of those names resolve to them for that engine (their
// create()). Nothing is global: two engines, two sessions, two sets of objects. C++ view-models get the
// objects as properties set from QML (`RiskRegister { document: DocumentController }`) or setters.
#pragma once

class QQmlEngine;

namespace rb::ui {

class AppState;
class DocumentController;
class SimulationController;
class WhatIfController;

struct SessionObjects {
    AppState *state = nullptr;
    DocumentController *document = nullptr;
    SimulationController *simulation = nullptr;
    WhatIfController *whatIf = nullptr;
};

// Makes `objects` what the QML singletons AppState, DocumentController, SimulationController and
// WhatIfController are in `engine`. Call before the engine creates any of them (before loading).
void registerSessionObjects(QQmlEngine *engine, const SessionObjects &objects);
// The objects registered on `engine` (members null when none were).
SessionObjects sessionObjectsOf(const QQmlEngine *engine);

} // namespace rb::ui
