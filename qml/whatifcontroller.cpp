// whatifcontroller.cpp
#include "qml/whatifcontroller.h"

#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/sessionobjects.h"

#include <QCoreApplication>
#include <QLocale>

namespace rb::ui {

namespace an = rb::analysis;

WhatIfController::WhatIfController(DocumentController *document, AppState *state, QObject *parent)
    : QObject(parent), m_document(document)
{
    if (document) connect(document, &DocumentController::scheduleChanged, this, &WhatIfController::rebuild);
    // Strings made here are translated here: a language switch re-reads them.
    if (state) connect(state, &AppState::languageChanged, this, &WhatIfController::scenarioChanged);
    rebuild();
}

WhatIfController::~WhatIfController() = default;

WhatIfController *WhatIfController::create(QQmlEngine *engine, QJSEngine *)
{
    WhatIfController *whatIf = sessionObjectsOf(engine).whatIf;
    if (!whatIf)
        qWarning(
            "WhatIfController: no session registered its objects on this QML engine (rb::ui::registerSessionObjects)");
    return whatIf;
}

void WhatIfController::rebuild()
{
    m_propagator.reset();
    m_schedule = m_document ? m_document->schedule() : nullptr;
    if (m_schedule) m_propagator = std::make_unique<an::DelayPropagator>(m_schedule->network(), m_schedule->schedule());
    // Slips of posts that no longer exist are dropped; the rest carry over to the new baseline.
    for (auto it = m_slips.begin(); it != m_slips.end();)
        it = (!m_schedule || m_schedule->taskOf(it.key()) < 0) ? m_slips.erase(it) : std::next(it);
    propagate();
}

void WhatIfController::setSlip(const QString &postId, int days)
{
    days = std::max(0, days);
    if (days == m_slips.value(postId) || !m_schedule || m_schedule->taskOf(postId) < 0) return;
    if (days == 0)
        m_slips.remove(postId);
    else
        m_slips.insert(postId, days);
    propagate();
}

int WhatIfController::parseSlip(const QString &text) const
{
    const auto days = rb::model::parseDays(text);
    return days && *days >= 0 ? *days : -1;
}

bool WhatIfController::setSlipText(const QString &postId, const QString &text)
{
    const int days = parseSlip(text);
    if (days < 0) return false;
    setSlip(postId, days);
    return true;
}

void WhatIfController::clear()
{
    if (m_slips.isEmpty()) return;
    m_slips.clear();
    propagate();
}

void WhatIfController::propagate()
{
    m_result.reset();
    m_newFinish.clear();
    m_absorbed.clear();
    if (m_propagator) {
        an::DelayScenario scenario;
        for (auto it = m_slips.cbegin(); it != m_slips.cend(); ++it)
            scenario.slips.push_back({std::uint32_t(m_schedule->taskOf(it.key())), it.value()});
        auto r = m_propagator->propagate(scenario);
        if (r.ok()) {
            m_result = std::move(r.value());
            for (const an::AffectedTask &a : m_result->affected) m_newFinish.insert(a.task, a.newFinish);
            for (const an::AbsorbedTask &a : m_result->absorbed) m_absorbed.insert(a.task);
        }
    }
    emit scenarioChanged();
}

std::pair<int, int> WhatIfController::datesOf(std::uint32_t task) const
{
    const an::TaskDates &d = m_schedule->schedule().tasks[task];
    const auto it = m_newFinish.constFind(task);
    if (it == m_newFinish.cend()) return {d.earlyStart, d.earlyFinish};
    // A slipped post keeps its start and takes longer; a pushed post moves as a whole.
    const int own = m_slips.value(m_schedule->postId(task));
    const int duration = d.earlyFinish - d.earlyStart + own;
    return {*it - duration, *it};
}

QVariantList WhatIfController::slipList() const
{
    QVariantList out;
    for (auto it = m_slips.cbegin(); it != m_slips.cend(); ++it)
        out << QVariantMap{{QStringLiteral("post"), it.key()}, {QStringLiteral("days"), it.value()}};
    return out;
}

QString WhatIfController::finishBefore() const
{
    if (!m_schedule) return {};
    return rb::model::fromDayNumber(m_result ? m_result->finishBefore : m_schedule->schedule().finish)
        .toString(Qt::ISODate);
}

QString WhatIfController::finishAfter() const
{
    if (!m_schedule) return {};
    return rb::model::fromDayNumber(m_result ? m_result->finishAfter : m_schedule->schedule().finish)
        .toString(Qt::ISODate);
}

int WhatIfController::programmeSlipDays() const
{
    return m_result ? m_result->finishAfter - m_result->finishBefore : 0;
}

QStringList WhatIfController::absorbedPosts() const
{
    QStringList names;
    if (!m_result) return names;
    for (const an::AbsorbedTask &a : m_result->absorbed)
        names << QCoreApplication::translate("WhatIfController", "%1: its float absorbs the slip of %2")
                     .arg(m_schedule->postId(a.task), m_schedule->postId(a.via));
    return names;
}

QString WhatIfController::summary() const
{
    if (m_slips.isEmpty()) return QCoreApplication::translate("WhatIfController", "No what-if slip applied.");
    return QCoreApplication::translate("WhatIfController",
                                       "%1 post(s) slipped; %2 post(s) move, %3 absorbed by float; programme finish %4 "
                                       "(%5 days later); cost of delay %6 k€.")
        .arg(m_slips.size())
        .arg(affectedCount())
        .arg(absorbedCount())
        .arg(finishAfter())
        .arg(programmeSlipDays())
        .arg(QLocale().toString(costOfDelay(), 'f', 0));
}

} // namespace rb::ui
