// session.h — one running Riskboard window: the application state, the open document, the what-if
// scenario, the simulation and the QML engine showing them, created in that order and torn down in
// reverse. The engine's QML singletons of those names are this session's objects (registered on it
// before loading, qml/sessionobjects.h); the views hand them to their view-models as properties.
// The application's start-up (app/gui.cpp) makes one for the user; the GUI tests (tests/gui) make one
// per test, so they drive exactly what the user gets. Its own library (riskboard_session), so that the
// tests need neither the command line nor the entry point.
#pragma once

#include "export/exportcontroller.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/shareddocument.h"
#include "qml/sessionobjects.h"
#include "qml/simulationcontroller.h"
#include "qml/whatifcontroller.h"

#include <QDate>
#include <QQmlApplicationEngine>
#include <QString>

class QQuickWindow;

namespace rb::ui {

struct SessionOptions {
    QString language = QStringLiteral("en"); // "nl" or "en"
    QDate today;                             // invalid: the calendar's today
    bool screenshotMode = false;             // no start-up dialogs, no background run
    bool offerRecovery = true;               // look for an earlier crash's recovery file first
};

class Session {
public:
    explicit Session(const SessionOptions &options);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Opens `path` (a file, a file: URL or the built-in ":/portfolios/…"); false with
    // document().errorText() when it cannot be read. A store URL (postgresql://…) starts opening the
    // shared portfolio in the background (shared().openFinished); false when it is not a valid URL.
    bool open(const QString &path);
    // Creates the window (Main.qml). False when the user interface could not be loaded.
    bool load();
    // Starts the overview's first background Monte Carlo run.
    void startBackgroundRun();

    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return m_engine; }
    AppState &state() { return m_state; }
    DocumentController &document() { return m_document; }
    SharedDocument &shared() { return m_shared; }
    SimulationController &simulation() { return m_simulation; }
    WhatIfController &whatIf() { return m_whatIf; }
    rb::exporting::ExportController &exporter() { return m_export; }

private:
    AppState m_state{nullptr};
    DocumentController m_document{nullptr};
    SharedDocument m_shared{&m_document, nullptr}; // a shared portfolio (PostgreSQL) behind the document
    SimulationController m_simulation{&m_document, &m_state};
    WhatIfController m_whatIf{&m_document, &m_state};
    // File ▸ Export…: exports the document as it is in memory (QML singleton ExportController).
    rb::exporting::ExportController m_export{
        [this]() -> const rb::model::Portfolio & { return m_document.portfolio(); },
        [this] { return AppState::viewNames().value(m_state.currentView()); }};
    QQmlApplicationEngine m_engine; // last: destroyed first, while the objects it shows still exist

    SessionObjects objects() { return {&m_state, &m_document, &m_simulation, &m_whatIf}; }
};

} // namespace rb::ui
