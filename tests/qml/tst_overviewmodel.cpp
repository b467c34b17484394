// tst_overviewmodel.cpp — the Overview's view-model: the heatmap header shows the plan's Dutch factor
// names; their tooltips give the whole Dutch name, with the English one only in the English interface
// (a Dutch user never gets an English-only tip).
#include "qml/appstate.h"
#include "qml/overviewmodel.h"
#include "testsupport.h"

#include <QSignalSpy>

using rb::ui::AppState;
using rb::ui::OverviewModel;

class TestOverviewModel : public QObject {
    Q_OBJECT
private slots:
    void factorTipsFollowTheLanguage()
    {
        auto controller = rb::test::openDocument(rb::test::mabPath());
        AppState state(nullptr);
        state.setLanguage(QStringLiteral("nl"));
        OverviewModel overview;
        overview.setDocument(controller.get());
        overview.setAppState(&state);

        const QStringList names = overview.factorNames();
        QCOMPARE(names.size(), 7);
        QCOMPARE(overview.factorTips(), names); // Dutch interface: the Dutch names, whole

        QSignalSpy changed(&overview, &OverviewModel::summaryChanged);
        state.setLanguage(QStringLiteral("en"));
        QVERIFY(changed.count() >= 1);
        const QStringList tips = overview.factorTips();
        QCOMPARE(tips.size(), 7);
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY2(tips[i].startsWith(names[i] + QStringLiteral(" (")), qPrintable(tips[i]));
            QVERIFY2(tips[i].endsWith(QLatin1Char(')')), qPrintable(tips[i]));
            QVERIFY(tips[i] != names[i]);
        }
    }
};

QTEST_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
