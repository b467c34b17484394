// tst_gui_schedulecheck.cpp — View ▸ Schedule check… on MAB, by keyboard only: Ctrl+Shift+K opens it,
// the findings are listed in words, the arrow keys walk through them and each selects its post in the
// whole application; Escape closes it.
#include "guitest.h"

#include "qml/schedulecheck.h"

using rb::test::GuiFixture;
using rb::test::isOpen;

class TestGuiScheduleCheck : public QObject {
    Q_OBJECT
private slots:
    void init() { GuiFixture::takeWarnings(); }

    void findingsSelectTheirPosts()
    {
        GuiFixture fx;
        QVERIFY(fx.ok());
        fx.key(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QObject *dialog = fx.find(QStringLiteral("scheduleCheckDialog"));
        QVERIFY(dialog);
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        auto *model = fx.find<rb::ui::ScheduleCheckModel>(QStringLiteral("scheduleCheckModel"));
        QVERIFY(model);
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->rowCount(), model->errors() + model->warnings());
        QVERIFY(fx.text(QStringLiteral("scheduleCheckSummary")).contains(QStringLiteral("warning")));
        // Findings are sentences naming a post of MAB, e.g. "2D2 has no predecessor".
        const QModelIndex first = model->index(0, 0);
        const QString post = model->data(first, rb::ui::ScheduleCheckModel::PostRole).toString();
        QVERIFY(fx.document().portfolio().postIndex(post) >= 0);
        QVERIFY(model->data(first, rb::ui::ScheduleCheckModel::TextRole).toString().startsWith(post));
        QVERIFY(model->rowCount() > 3);

        // Nothing is chosen on opening; Down chooses the first finding, Down again the second.
        fx.key(Qt::Key_Down);
        QVERIFY(GuiFixture::waitFor([&] { return fx.state().selectedPostId() == post; }));
        fx.key(Qt::Key_Down);
        const QString second = model->data(model->index(1, 0), rb::ui::ScheduleCheckModel::PostRole).toString();
        QVERIFY(GuiFixture::waitFor([&] { return fx.state().selectedPostId() == second; }));
        QVERIFY(!fx.text(QStringLiteral("scheduleCheckWhy")).isEmpty());

        // A click on a finding further down selects its post too.
        QQuickItem *list = fx.item(QStringLiteral("scheduleCheckList"));
        QVERIFY(list);
        QQuickItem *row = nullptr;
        QVERIFY(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, 3)));
        QVERIFY(row);
        QVERIFY(fx.click(row));
        const QString fourth = model->data(model->index(3, 0), rb::ui::ScheduleCheckModel::PostRole).toString();
        QVERIFY(GuiFixture::waitFor([&] { return fx.state().selectedPostId() == fourth; }));

        fx.key(Qt::Key_Escape);
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(dialog); }));
        RB_VERIFY_NO_WARNINGS();
    }

    void dutchThroughout()
    {
        // In a Dutch window the dialog is Dutch, Qt's own standard button included ("Sluiten", from
        // Qt's catalogue: qt6-translations-l10n, AppState::setLanguage), not "Close".
        GuiFixture fx(rb::test::GuiOptions{.language = QStringLiteral("nl")});
        QVERIFY(fx.ok());
        fx.key(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QObject *dialog = fx.find(QStringLiteral("scheduleCheckDialog"));
        QVERIFY(dialog);
        QVERIFY(GuiFixture::waitFor([&] { return isOpen(dialog); }));
        QVERIFY(fx.text(QStringLiteral("scheduleCheckSummary")).contains(QStringLiteral("waarschuwing")));
        QStringList buttons;
        const std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
            if (!item) return;
            if (item->inherits("QQuickAbstractButton")) buttons << item->property("text").toString();
            for (QQuickItem *child : item->childItems()) collect(child);
        };
        collect(dialog->property("footer").value<QQuickItem *>());
        QCOMPARE(buttons, QStringList{QStringLiteral("Sluiten")});
        fx.key(Qt::Key_Escape);
        QVERIFY(GuiFixture::waitFor([&] { return !isOpen(dialog); }));
        RB_VERIFY_NO_WARNINGS();
    }
};

QTEST_MAIN(TestGuiScheduleCheck)
#include "tst_gui_schedulecheck.moc"
