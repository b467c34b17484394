// appstate.cpp
#include "qml/appstate.h"

#include <QLibraryInfo>

#include "model/portfoliodocument.h"
#include "qml/sessionobjects.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTimer>
#include <QDateTime>

#include <functional>

namespace rb::ui {

namespace {
const char *kUserNameKey = "userName";
} // namespace

AppState::AppState(QObject *parent) : QObject(parent)
{
    const QSettings settings;
    m_userNameConfirmed = settings.contains(QLatin1String(kUserNameKey));
    m_userName = settings.value(QLatin1String(kUserNameKey)).toString().trimmed();
    if (m_userName.isEmpty()) m_userName = rb::model::PortfolioDocument::systemUserName();
}

void AppState::setUserName(const QString &name)
{
    const QString trimmed = name.trimmed();
    QSettings().setValue(QLatin1String(kUserNameKey), trimmed);
    const QString effective = trimmed.isEmpty() ? rb::model::PortfolioDocument::systemUserName() : trimmed;
    if (effective == m_userName && m_userNameConfirmed) return;
    m_userName = effective;
    m_userNameConfirmed = true;
    emit userNameChanged();
}

AppState::~AppState()
{
    if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator) QCoreApplication::removeTranslator(m_qtTranslator.get());
}

AppState *AppState::create(QQmlEngine *engine, QJSEngine *)
{
    AppState *state = sessionObjectsOf(engine).state;
    if (!state)
        qWarning("AppState: no session registered its objects on this QML engine (rb::ui::registerSessionObjects)");
    return state;
}

bool AppState::focusFileName(QQuickItem *inWindow) const
{
    if (!inWindow || !inWindow->window()) return false;
    // Each FileDialog has its own field (Qt's objectName); only the open one's is visible.
    std::function<QQuickItem *(QQuickItem *)> visibleField = [&](QQuickItem *item) -> QQuickItem * {
        if (!item->isVisible()) return nullptr;
        if (item->objectName() == QLatin1String("fileNameTextField")) return item;
        for (QQuickItem *child : item->childItems())
            if (QQuickItem *found = visibleField(child)) return found;
        return nullptr;
    };
    QQuickItem *field = visibleField(inWindow->window()->contentItem());
    if (!field) return false;
    const auto focusName = [](QQuickItem *f) {
        f->forceActiveFocus(Qt::TabFocusReason);
        QMetaObject::invokeMethod(f, "selectAll");
    };
    focusName(field);
    // The folder list loads after the dialog opens, and Qt then gives its current row the focus. Until
    // the user has typed, or for two seconds, the name takes it back; later (the user browsing the
    // folders) the list keeps it.
    const QString suggested = field->property("text").toString();
    auto *poll = new QTimer(field);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, field,
                     [field, poll, suggested, focusName, started = QDateTime::currentMSecsSinceEpoch()] {
                         QQuickItem *focused = field->window() ? field->window()->activeFocusItem() : nullptr;
                         if (!field->isVisible() || field->property("text").toString() != suggested
                             || QDateTime::currentMSecsSinceEpoch() - started > 2000) {
                             poll->deleteLater();
                             return;
                         }
                         if (focused && focused != field
                             && focused->objectName().startsWith(QLatin1String("fileDialogDelegate")))
                             focusName(field);
                     });
    poll->start();
    // The dialog's implementation (QQuickFileDialogImpl, a Dialog): its accept() is the Save button's.
    QObject *impl = nullptr;
    for (QQuickItem *item = field; item && !impl; item = item->parentItem())
        for (QObject *o = item; o && !impl; o = o->parent())
            if (o->inherits("QQuickFileDialogImpl")) impl = o;
    if (impl && !field->property("rbReturnAccepts").toBool()) {
        field->setProperty("rbReturnAccepts", true);
        QObject::connect(field, SIGNAL(accepted()), impl, SLOT(accept()));
    }
    return true;
}

QString AppState::fileDialogProblem() const
{
    if (m_fileDialogProblem) return *m_fileDialogProblem;
    m_fileDialogProblem = [this] {
        if (!m_engine) return QString();
        // The modules the non-native FileDialog of QtQuick.Dialogs imports beyond Qt Quick Controls.
        QQmlComponent probe(m_engine.data());
        probe.setData("import QtQuick\nimport Qt.labs.folderlistmodel\nFolderListModel {}\n", QUrl());
        if (!probe.isError()) return QString();
        QStringList errors;
        for (const QQmlError &e : probe.errors()) errors << e.description();
        return QCoreApplication::translate(
                   "AppState",
                   "The file dialog cannot be shown: %1. Install the Debian package "
                   "qml6-module-qt-labs-folderlistmodel (scripts/setup.sh does). Until then, type the file's path.")
            .arg(errors.join(QLatin1String("; ")));
    }();
    return *m_fileDialogProblem;
}

QStringList AppState::viewNames()
{
    return {QStringLiteral("overview"), QStringLiteral("assessment"), QStringLiteral("risks"),
            QStringLiteral("graph"),    QStringLiteral("timeline"),   QStringLiteral("simulation")};
}

void AppState::setCurrentView(int view)
{
    if (view < 0 || view >= ViewCount || view == m_view) return;
    m_view = view;
    emit currentViewChanged();
}

void AppState::setSelectedPostId(const QString &id)
{
    if (m_post == id) return;
    m_post = id;
    emit selectedPostIdChanged();
}

void AppState::setToday(const QDate &today)
{
    m_today = today;
    emit todayChanged();
}

QString AppState::systemLanguage()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

void AppState::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
    if (lang == m_language) return;
    if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // The .qm files are embedded by qt_add_translations (qml/CMakeLists.txt) under :/i18n.
    if (m_translator->load(QStringLiteral(":/i18n/riskboard_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(m_translator.get());
    // Qt's own texts — a dialog's Close/Cancel/Save buttons, the file dialog — come from Qt's catalogue
    // (Debian qt6-translations-l10n, scripts/setup.sh); without it they stay English in a Dutch window.
    if (m_qtTranslator) QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QLocale(lang == QLatin1String("nl") ? QLocale::Dutch : QLocale::English),
                             QStringLiteral("qt"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    m_language = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                                lang == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    if (m_engine) m_engine->retranslate();
    emit languageChanged();
}

} // namespace rb::ui
