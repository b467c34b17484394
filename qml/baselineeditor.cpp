// baselineeditor.cpp — taking a baseline from the app, and the programme's variances (see baselineeditor.h).
#include "qml/baselineeditor.h"

#include "model/baselines.h"
#include "model/scheduleadapter.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>

namespace rb::ui {

namespace {
QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
} // namespace

// ---- BaselineEditor --------------------------------------------------------------------------------

BaselineEditor::BaselineEditor(QObject *parent) : QObject(parent) { check(); }

void BaselineEditor::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) connect(m_document, &DocumentController::documentChanged, this, &BaselineEditor::check);
    emit documentChanged();
    reset();
}

void BaselineEditor::setName(const QString &v)
{
    if (m_name != v) {
        m_name = v;
        check();
    }
}

void BaselineEditor::setReason(const QString &v)
{
    if (m_reason != v) {
        m_reason = v;
        check();
    }
}

void BaselineEditor::setDecidedBy(const QString &v)
{
    if (m_decidedBy != v) {
        m_decidedBy = v;
        check();
    }
}

void BaselineEditor::setDate(const QString &v)
{
    if (m_date != v) {
        m_date = v;
        check();
    }
}

int BaselineEditor::baselineCount() const { return m_document ? int(m_document->portfolio().baselines.size()) : 0; }

QString BaselineEditor::originalName() const
{
    return baselineCount() > 0 ? m_document->portfolio().baselines.first().name : QString();
}

QString BaselineEditor::latestName() const
{
    return baselineCount() > 0 ? m_document->portfolio().baselines.last().name : QString();
}

void BaselineEditor::reset()
{
    m_name.clear();
    m_reason.clear();
    m_decidedBy.clear();
    m_error.clear();
    m_date.clear();
    if (m_document) {
        const QDate status = m_document->portfolio().programme.statusDate;
        m_date = iso(status.isValid() ? status : m_document->document()->today());
    }
    check();
}

// The rules of `riskboard baseline`: a name and a reason, a date, and baselines in date order.
void BaselineEditor::check()
{
    QStringList out;
    if (m_name.trimmed().isEmpty())
        out << QCoreApplication::translate("BaselineEditor", "Give the baseline a name, e.g. “Herijking mei 2019”.");
    if (m_reason.trimmed().isEmpty())
        out << QCoreApplication::translate("BaselineEditor",
                                           "Say why this baseline is taken (the reason is shown with the trend).");
    const QString t = m_date.trimmed();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() || t.size() != 10) {
        out << QCoreApplication::translate("BaselineEditor",
                                           "The date is not a date: type it as YYYY-MM-DD, e.g. 2019-05-31.");
    } else if (m_document && !m_document->portfolio().baselines.isEmpty()) {
        const rb::model::Baseline &latest = m_document->portfolio().baselines.last();
        if (latest.date.isValid() && d < latest.date)
            out << QCoreApplication::translate(
                       "BaselineEditor",
                       "The date is before the latest baseline “%1” (%2): baselines are kept in date order.")
                       .arg(latest.name, iso(latest.date));
    }
    if (m_document && !m_document->scheduleError().isEmpty())
        out << QCoreApplication::translate("BaselineEditor", "The plan cannot be scheduled: %1")
                   .arg(m_document->scheduleError());
    if (!m_document) out << QCoreApplication::translate("BaselineEditor", "No portfolio is open.");
    m_problems = out;
    emit draftChanged();
}

bool BaselineEditor::take()
{
    check();
    if (!canTake()) return false;
    QString error;
    const std::optional<rb::model::Baseline> b = rb::model::baselineOfPortfolio(
        m_document->portfolio(), m_name.trimmed(), QDate::fromString(m_date.trimmed(), Qt::ISODate), m_reason.trimmed(),
        m_decidedBy.trimmed(), rb::model::kBaselineIterations, rb::model::kBaselineSeed, &error);
    if (!b) {
        m_error = QCoreApplication::translate("BaselineEditor", "The baseline could not be taken: %1").arg(error);
        emit draftChanged();
        return false;
    }
    m_document->document()->addBaseline(
        *b, QCoreApplication::translate("BaselineEditor", "Take baseline “%1”").arg(b->name));
    reset();
    return true;
}

// ---- ProgrammeVariances ----------------------------------------------------------------------------

ProgrammeVariances::ProgrammeVariances(QObject *parent) : QObject(parent) {}

void ProgrammeVariances::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) connect(m_document, &DocumentController::scheduleChanged, this, &ProgrammeVariances::recompute);
    emit documentChanged();
    recompute();
}

void ProgrammeVariances::recompute()
{
    rb::model::ProgrammeVariance v;
    const auto schedule = m_document ? m_document->schedule() : nullptr;
    if (schedule) v = rb::model::programmeVariance(m_document->portfolio().baselines, *schedule);
    m_baselineCount = v.baselineCount;
    m_originalName = v.originalName;
    m_latestName = v.latestName;
    m_finish = iso(v.finish);
    m_originalFinish = iso(v.originalFinish);
    m_latestFinish = iso(v.latestFinish);
    m_hasVsOriginal = v.finishVsOriginalDays.has_value();
    m_vsOriginal = v.finishVsOriginalDays.value_or(0);
    m_hasVsLatest = v.finishVsLatestDays.has_value();
    m_vsLatest = v.finishVsLatestDays.value_or(0);
    m_slippedVsOriginal = v.slippedVsOriginal;
    m_slippedVsLatest = v.slippedVsLatest;
    emit changed();
}

} // namespace rb::ui
