// tst_sessionobjects.qml — the QML singletons are the objects the test registered on this engine
// (tst_qmlcontrols.cpp), and a view-model works on what it is given: empty without a document, the
// open portfolio once it has one.
import QtQuick
import QtTest
import Riskboard

Item {
    RiskRegister { id: withoutDocument }
    RiskRegister { id: register; document: DocumentController; appState: AppState }
    OverviewModel { id: overview; document: DocumentController; appState: AppState }

    TestCase {
        name: "SessionObjects"

        function test_singletonsAreTheRegisteredObjects() {
            verify(DocumentController !== null)
            compare(register.document, DocumentController)
            compare(register.appState, AppState)
            compare(AppState.viewNames.length, 6)
            compare(WhatIfController.slippedPosts.length, 0)
            verify(!SimulationController.running)
        }

        function test_viewModelsFollowTheirDocument() {
            compare(withoutDocument.totalCount, 0)
            compare(withoutDocument.document, null)
            verify(DocumentController.open(testPortfolio))
            verify(register.totalCount > 0)
            // The what-if singleton was made on the same document: the same baseline finish.
            verify(overview.plannedFinish !== "")
            compare(WhatIfController.finishBefore, overview.plannedFinish)
            verify(overview.postCount > 0)
            compare(withoutDocument.totalCount, 0)
        }
    }
}
