// guitest.h — drives the real application window in a test, offscreen: one rb::ui::Session per test
// (the same state, document, what-if, simulation and Main.qml the user gets), with helpers to find
// items by objectName, click them, type and press keys, and wait for the user interface to catch up.
//
// Every QML warning (a binding error, a missing module, a type error) is recorded; the test fails on
// it in verifyNoWarnings(), which each test calls last (GuiTest's cleanup() does it for you).
#pragma once

#include "qml/session.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

namespace rb::test {

inline QString mabPath() { return QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"); }
inline QString samplePath() { return QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"); }
// A writable copy of the MAB portfolio as `name` in `dir` (a source checkout may be read-only); "" when
// it cannot be made.
inline QString mabCopy(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!QFile::copy(mabPath(), path)) return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Warnings and errors Qt printed since the last take(); the QPA plugin's chatter is left out.
class WarningLog {
public:
    static WarningLog &instance()
    {
        static WarningLog log;
        return log;
    }
    void install()
    {
        if (!m_previous) m_previous = qInstallMessageHandler(&WarningLog::handler);
    }
    QStringList take() { return std::exchange(m_lines, {}); }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        const QLatin1String category(context.category ? context.category : "");
        const bool noise = category.startsWith(QLatin1String("qt.qpa"))
            || category.startsWith(QLatin1String("qt.text.font"))
            || message.contains(QLatin1String("propagateSizeHints"))
            // Qt 6.4's delegate model, when a model is reset while a ListView is still
            // building a row of its cache buffer in the background: nothing is wrong.
            || message.startsWith(QLatin1String("DelegateModel::cancel: index out range"));
        if (type != QtDebugMsg && type != QtInfoMsg && !noise) instance().m_lines << message;
        if (instance().m_previous) instance().m_previous(type, context, message);
    }
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

struct GuiOptions {
    QString path = mabPath();
    QString language = QStringLiteral("en");
    QSize size{1600, 1000};
    QDate today{2018, 10, 18};                   // the MAB plan's status date
    QString userName = QStringLiteral("Tester"); // empty: the name has never been asked
};

class GuiFixture {
public:
    explicit GuiFixture(const GuiOptions &options = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        WarningLog::instance().install();
        // As on a desktop with a mouse: controls follow the pointer (the offscreen platform says no).
        QGuiApplication::styleHints()->setUseHoverEffects(true);
        QSettings settings;
        settings.clear();
        if (!options.userName.isEmpty()) settings.setValue(QStringLiteral("userName"), options.userName);
        settings.sync();
        rb::ui::SessionOptions so;
        so.language = options.language;
        so.today = options.today;
        so.offerRecovery = false;
        m_session = std::make_unique<rb::ui::Session>(so);
        m_opened = options.path.isEmpty() || m_session->open(options.path);
        m_loaded = m_session->load();
        if (QQuickWindow *w = window()) {
            w->resize(options.size);
            w->show();
            m_exposed = QTest::qWaitForWindowExposed(w);
        }
    }
    ~GuiFixture()
    {
        m_session.reset();
        QSettings().clear();
    }

    // False when the document could not be opened, the window not made or not shown.
    bool ok() const { return m_opened && m_loaded && m_exposed; }
    rb::ui::Session &session() { return *m_session; }
    rb::ui::DocumentController &document() { return m_session->document(); }
    rb::ui::AppState &state() { return m_session->state(); }
    QQuickWindow *window() const { return m_session ? m_session->window() : nullptr; }

    // The object (item, popup, dialog, view-model) with this objectName anywhere in the window.
    template <typename T = QObject>
    T *find(const QString &objectName) const
    {
        QQuickWindow *w = window();
        if (!w) return nullptr;
        if (w->objectName() == objectName) return qobject_cast<T *>(w);
        if (T *found = w->findChild<T *>(objectName)) return found;
        // Delegates of views (a TabBar's buttons, a ListView's rows) are in the item tree only.
        return qobject_cast<T *>(findItem(w->contentItem(), objectName));
    }
    static QQuickItem *findItem(QQuickItem *root, const QString &objectName)
    {
        if (!root) return nullptr;
        if (root->objectName() == objectName) return root;
        if (auto *found = root->findChild<QQuickItem *>(objectName)) return found;
        for (QQuickItem *child : root->childItems())
            if (QQuickItem *found = findItem(child, objectName)) return found;
        return nullptr;
    }
    // The `text` property of the item with this objectName ("" when there is none).
    QString text(const QString &objectName) const
    {
        QObject *o = find(objectName);
        return o ? o->property("text").toString() : QString();
    }
    QQuickItem *item(const QString &objectName) const { return find<QQuickItem>(objectName); }

    // A left click in the middle of the item (or at `at`, in the item's coordinates).
    bool click(QQuickItem *item, QPointF at = {-1, -1}, Qt::KeyboardModifiers modifiers = {})
    {
        if (!item || !item->isVisible() || !window()) return false;
        if (at.x() < 0) at = QPointF(item->width() / 2, item->height() / 2);
        QTest::mouseClick(window(), Qt::LeftButton, modifiers, item->mapToScene(at).toPoint());
        settle();
        return true;
    }
    bool click(const QString &objectName) { return click(item(objectName)); }
    void key(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(window(), Qt::Key(key), modifiers);
        settle();
    }
    // Types text as key presses (any Unicode; letters and digits with their key codes).
    void type(const QString &text)
    {
        for (const QChar c : text) {
            const QChar upper = c.toUpper();
            const Qt::Key code
                = upper.unicode() < 128 && upper.isLetterOrNumber() ? Qt::Key(upper.unicode()) : Qt::Key_unknown;
            const Qt::KeyboardModifiers mods = c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
            QTest::sendKeyEvent(QTest::Click, window(), code, QString(c), mods);
        }
        settle();
    }
    // Gives the item keyboard focus, as a Tab or a click would.
    bool focus(QQuickItem *item)
    {
        if (!item) return false;
        item->forceActiveFocus(Qt::TabFocusReason);
        settle();
        return item->hasActiveFocus();
    }
    // Lets bindings, layouts and queued signals run.
    static void settle(int ms = 30) { QTest::qWait(ms); }
    static bool waitFor(const std::function<bool()> &condition, int ms = 10000)
    {
        return QTest::qWaitFor(condition, ms);
    }
    QImage grab() { return window() ? window()->grabWindow() : QImage(); }

    // Fails the current test with the warnings Qt printed since the last call.
    static QStringList takeWarnings() { return WarningLog::instance().take(); }

private:
    std::unique_ptr<rb::ui::Session> m_session;
    bool m_opened = false, m_loaded = false, m_exposed = false;
};

// A dialog or popup is showing.
inline bool isOpen(QObject *dialog) { return dialog && dialog->property("visible").toBool(); }

// In an open file dialog (Qt Quick's own, as on a desktop without a platform dialog), goes to the
// file's folder, clicks the file in the list (or types its name when saving) and accepts with the
// dialog's own button, as the user would.
inline bool chooseFile(GuiFixture &fx, QObject *dialog, const QString &path)
{
    if (!isOpen(dialog)) return false;
    const QFileInfo info(path);
    dialog->setProperty("currentFolder", QUrl::fromLocalFile(info.absolutePath()));
    auto *list = fx.find<QQuickItem>(QStringLiteral("fileDialogListView"));
    if (!list) return false;
    // The dialog's own implementation: the popup that holds the list.
    QObject *impl = nullptr;
    for (QQuickItem *item = list; item && !impl; item = item->parentItem())
        for (QObject *o = item; o && !impl; o = o->parent())
            if (o->inherits("QQuickFileDialogImpl")) impl = o;
    if (!impl) return false;
    auto *name = fx.find<QQuickItem>(QStringLiteral("fileNameTextField"));
    if (name && name->isVisible()) { // saving: type the name
        fx.focus(name);
        QMetaObject::invokeMethod(name, "selectAll");
        fx.type(info.fileName());
    } else { // opening: click the file in the list
        QQuickItem *hit = nullptr;
        GuiFixture::waitFor(
            [&] {
                auto *content = list->property("contentItem").value<QQuickItem *>();
                const auto delegates = content ? content->childItems() : QList<QQuickItem *>();
                for (QQuickItem *d : delegates)
                    if (d->property("fileName").toString() == info.fileName()) hit = d;
                return hit != nullptr;
            },
            5000);
        if (!fx.click(hit)) return false;
    }
    QMetaObject::invokeMethod(impl, "accept");
    fx.settle(100);
    return true;
}

// Verifies, at the end of a test function, that Qt printed no warning.
#define RB_VERIFY_NO_WARNINGS()                                                                                        \
    do {                                                                                                               \
        const QStringList rbWarnings = rb::test::GuiFixture::takeWarnings();                                           \
        QVERIFY2(rbWarnings.isEmpty(),                                                                                 \
                 qPrintable(QStringLiteral("Qt printed:\n") + rbWarnings.join(QLatin1Char('\n'))));                    \
    } while (false)

} // namespace rb::test
