// whatifcontroller.h — "if X slips N days, what else slips, by how much, and what does it cost?"
//
// Holds the what-if scenario (slips per post; not part of the document, so not undoable) and its
// propagation through the baseline schedule with the incremental DelayPropagator, fast enough to run
// on every step of a slider drag. The timeline chart paints from here.
#pragma once

#include "analysis/propagation.h"
#include "model/scheduleadapter.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include <memory>

namespace rb::ui {

class AppState;
class DocumentController;

class WhatIfController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList slippedPosts READ slippedPosts NOTIFY scenarioChanged)
    // The slips as [{post, days}], by post: a list whose value changes when a slip's days change, so
    // that a view listing them (a Repeater keeps its delegates while its model compares equal) redraws.
    Q_PROPERTY(QVariantList slipList READ slipList NOTIFY scenarioChanged)
    Q_PROPERTY(QString finishBefore READ finishBefore NOTIFY scenarioChanged) // ISO dates
    Q_PROPERTY(QString finishAfter READ finishAfter NOTIFY scenarioChanged)
    Q_PROPERTY(int programmeSlipDays READ programmeSlipDays NOTIFY scenarioChanged)
    Q_PROPERTY(double costOfDelay READ costOfDelay NOTIFY scenarioChanged)  // k€
    Q_PROPERTY(int affectedCount READ affectedCount NOTIFY scenarioChanged) // posts that move
    Q_PROPERTY(int absorbedCount READ absorbedCount NOTIFY scenarioChanged) // reached, absorbed by float
    // "4A2: its float absorbs the slip of 3A0" per post reached by a slip but kept on its dates by float.
    Q_PROPERTY(QStringList absorbedPosts READ absorbedPosts NOTIFY scenarioChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY scenarioChanged)
public:
    // The scenario of `document`'s schedule; `state` (may be null) retranslates the texts made here.
    // No default constructor: Qt 6.4 would build a second, empty QML singleton with it.
    WhatIfController(DocumentController *document, AppState *state, QObject *parent = nullptr);
    ~WhatIfController() override;
    // QML's WhatIfController: the one its session registered on `engine` (qml/sessionobjects.h).
    static WhatIfController *create(QQmlEngine *engine, QJSEngine *);

    // Sets the slip of one post in days (0 removes it) and propagates at once.
    Q_INVOKABLE void setSlip(const QString &postId, int days);
    Q_INVOKABLE int slipOf(const QString &postId) const { return m_slips.value(postId); }
    Q_INVOKABLE void clear();
    // A slip as typed ("10", "10d", "6w": rb::model::parseDays, the parser of --delay): the days, or
    // -1 when the text is not a slip of 0 days or more.
    Q_INVOKABLE int parseSlip(const QString &text) const;
    // Sets the slip of a post from typed text; false (and nothing changes) when the text is no slip.
    Q_INVOKABLE bool setSlipText(const QString &postId, const QString &text);

    QStringList slippedPosts() const { return m_slips.keys(); }
    QVariantList slipList() const;
    QString finishBefore() const;
    QString finishAfter() const;
    int programmeSlipDays() const;
    double costOfDelay() const { return m_result ? m_result->costOfDelay : 0; }
    int affectedCount() const { return m_result ? int(m_result->affected.size()) : 0; }
    int absorbedCount() const { return m_result ? int(m_result->absorbed.size()) : 0; }
    QStringList absorbedPosts() const;
    QString summary() const;

    // For painting (task indices of schedule()):
    std::shared_ptr<const rb::model::PortfolioSchedule> schedule() const { return m_schedule; }
    // Inclusive early start/finish of a task under the scenario (the baseline when unaffected).
    std::pair<int, int> datesOf(std::uint32_t task) const;
    bool isAffected(std::uint32_t task) const { return m_newFinish.contains(task); }
    bool isAbsorbed(std::uint32_t task) const { return m_absorbed.contains(task); }
    // The scenario and its propagation (null without one), for the timeline plan.
    const QMap<QString, int> &slips() const { return m_slips; }
    const rb::analysis::PropagationResult *result() const { return m_result ? &*m_result : nullptr; }

signals:
    void scenarioChanged();

private:
    void rebuild();
    void propagate();

    QPointer<DocumentController> m_document;
    std::shared_ptr<const rb::model::PortfolioSchedule> m_schedule;
    std::unique_ptr<rb::analysis::DelayPropagator> m_propagator;
    QMap<QString, int> m_slips;
    std::optional<rb::analysis::PropagationResult> m_result;
    QHash<std::uint32_t, int> m_newFinish; // task -> inclusive finish under the scenario
    QSet<std::uint32_t> m_absorbed;
};

} // namespace rb::ui
