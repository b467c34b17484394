// documentcontroller.cpp
#include "qml/documentcontroller.h"

#include "model/documentreader.h"

namespace rb::ui {

namespace {
DocumentController *s_instance = nullptr;
}

DocumentController::DocumentController(QObject *parent) : QObject(parent)
{
    if (!s_instance)
        s_instance = this;
}

DocumentController *DocumentController::instance()
{
    return s_instance;
}

DocumentController *DocumentController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance)
        s_instance = new DocumentController; // e.g. in QML tests that set up no document
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool DocumentController::open(const QString &path)
{
    const rb::model::LoadResult r = rb::model::DocumentReader::readFile(path);
    if (!r.ok()) {
        m_errorText = r.errorText();
        emit errorTextChanged();
        return false;
    }
    m_portfolio = *r.portfolio;
    m_fileName = path;
    m_posts.setPosts(m_portfolio.posts);
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        emit errorTextChanged();
    }
    emit documentChanged();
    return true;
}

} // namespace rb::ui
