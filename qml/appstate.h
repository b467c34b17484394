// appstate.h — application-wide UI state shared by the views: the current view, the selected post,
// "today" (injectable for screenshots and tests) and the user interface language.
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTranslator>

#include <memory>
#include <optional>

namespace rb::ui {

class AppState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int currentView READ currentView WRITE setCurrentView NOTIFY currentViewChanged)
    Q_PROPERTY(QString selectedPostId READ selectedPostId WRITE setSelectedPostId NOTIFY selectedPostIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString today READ todayText NOTIFY todayChanged)
    Q_PROPERTY(bool screenshotMode READ screenshotMode CONSTANT)
    Q_PROPERTY(QStringList viewNames READ viewNames CONSTANT) // by View: "overview", "assessment", …
    // Empty when Qt Quick's own file dialog can be built here; otherwise why not, for the user. Qt 6.4
    // crashes in FileDialog.open() when its implementation fails to load (a missing QML module), so the
    // views ask first and offer a typed path instead.
    Q_PROPERTY(QString fileDialogProblem READ fileDialogProblem CONSTANT)
    // The user's name, written as assessor and change-log author. Asked once (userNameConfirmed is
    // false until the user has seen it); the default is the system account's full name.
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY userNameChanged)
    Q_PROPERTY(bool userNameConfirmed READ userNameConfirmed NOTIFY userNameChanged)
public:
    enum View { Overview, Assessment, Risks, Graph, Timeline, Simulation, ViewCount };
    Q_ENUM(View)

    // No default argument: Qt 6.4 builds a QML singleton with the default constructor when there is
    // one (before looking at create()), which would give QML a second, empty instance.
    explicit AppState(QObject *parent);
    ~AppState() override;
    // QML's AppState: the one its session registered on `engine` (qml/sessionobjects.h).
    static AppState *create(QQmlEngine *engine, QJSEngine *);
    // The engine a language switch retranslates.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    // The names used for screenshot files and the command line, by View.
    static QStringList viewNames();

    int currentView() const { return m_view; }
    void setCurrentView(int view);
    QString selectedPostId() const { return m_post; }
    void setSelectedPostId(const QString &id);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QString todayText() const { return today().toString(Qt::ISODate); }
    void setToday(const QDate &today);
    bool screenshotMode() const { return m_screenshot; }
    void setScreenshotMode(bool on) { m_screenshot = on; }

    QString userName() const { return m_userName; }
    // Sets and remembers the name (QSettings); an empty name falls back to the system account's.
    void setUserName(const QString &name);
    bool userNameConfirmed() const { return m_userNameConfirmed; }
    QString fileDialogProblem() const;
    // Puts the cursor in the file name of the save dialog open in `inWindow`'s window, and lets Return
    // there save. Qt 6.4's own dialog opens on its folder list and takes Return in the name for nothing;
    // a user saving types a name and presses Return, as in every desktop's save dialog.
    Q_INVOKABLE bool focusFileName(QQuickItem *inWindow) const;
    // Tests: pretend the file dialog cannot be built (or can, with an empty text).
    void overrideFileDialogProblem(const QString &problem) { m_fileDialogProblem = problem; }

    // "nl" or "en". Installs the translator and retranslates the running QML engine.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // The language the system locale asks for ("nl" for Dutch locales, otherwise "en").
    static QString systemLanguage();

signals:
    void currentViewChanged();
    void selectedPostIdChanged();
    void languageChanged();
    void todayChanged();
    void userNameChanged();

private:
    int m_view = Overview;
    QString m_post;
    QDate m_today;
    bool m_screenshot = false;
    QString m_language;
    QString m_userName;
    mutable std::optional<QString> m_fileDialogProblem; // probed once, on first use
    bool m_userNameConfirmed = false;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's own strings (standard buttons, file dialog)
    QPointer<QQmlEngine> m_engine;
};

} // namespace rb::ui
