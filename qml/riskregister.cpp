// riskregister.cpp
#include "qml/riskregister.h"

#include "model/enumnames.h"
#include "model/portfoliodocument.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>

namespace rb::ui {

using namespace rb::model;

namespace {
PortfolioDocument *doc() { return DocumentController::instance()->document(); }
QVariantMap option(const QString &value, const QString &label) { return {{"value", value}, {"label", label}}; }
QVariant optInt(const std::optional<int> &v) { return v.value_or(0); }
std::optional<int> toOpt(const QVariant &v)
{
    const int i = v.toInt();
    return i >= 1 && i <= 5 ? std::optional<int>(i) : std::nullopt;
}
} // namespace

RiskRegister::RiskRegister(QObject *parent) : QObject(parent)
{
    m_list = new RiskListModel(doc(), this);
    m_filter.setSourceModel(m_list);
    connect(doc(), &PortfolioDocument::changed, this, &RiskRegister::matrixChanged);
    connect(&m_filter, &RiskFilterModel::filterChanged, this, &RiskRegister::matrixChanged);
    // Strings made here are translated here: a language switch re-reads them.
    if (AppState *app = AppState::instance())
        connect(app, &AppState::languageChanged, this, &RiskRegister::matrixChanged);
}

QVariantList RiskRegister::matrixCounts() const
{
    QVariantList counts(25, 0);
    const bool residual = m_filter.residual();
    for (const Risk &r : doc()->portfolio().risks) {
        if (r.status != RiskStatus::Open) continue; // the matrix shows live risks
        const auto p = residual ? r.residualProbability : r.probability;
        const auto i = residual ? r.residualImpact : r.impact;
        if (p && i) {
            const int k = (*p - 1) * 5 + (*i - 1);
            counts[k] = counts[k].toInt() + 1;
        }
    }
    return counts;
}

int RiskRegister::overdueCount() const
{
    int n = 0;
    for (const Risk &r : doc()->portfolio().risks)
        n += r.status == RiskStatus::Open && r.nextReview.isValid() && r.nextReview < doc()->today() ? 1 : 0;
    return n;
}

int RiskRegister::totalCount() const { return int(doc()->portfolio().risks.size()); }

QString RiskRegister::matrixSummary() const
{
    const QVariantList c = matrixCounts();
    int high = 0, total = 0;
    for (int k = 0; k < 25; ++k) {
        total += c[k].toInt();
        if ((k / 5 + 1) * (k % 5 + 1) >= 12) high += c[k].toInt();
    }
    return QCoreApplication::translate("RiskRegister", "%1 open risks in the %2 matrix, %3 with exposure 12 or more; %4 reviews overdue.")
        .arg(total)
        .arg(m_filter.residual() ? QCoreApplication::translate("RiskRegister", "residual") : QCoreApplication::translate("RiskRegister", "inherent"))
        .arg(high)
        .arg(overdueCount());
}

QVariantList RiskRegister::levelOptions() const
{
    return {option({}, QCoreApplication::translate("RiskRegister", "All levels")), option("programme", QCoreApplication::translate("RiskRegister", "Programme")), option("project", QCoreApplication::translate("RiskRegister", "Project")),
            option("activity", QCoreApplication::translate("RiskRegister", "Activity"))};
}

QVariantList RiskRegister::statusOptions() const
{
    return {option({}, QCoreApplication::translate("RiskRegister", "Any status")), option("open", QCoreApplication::translate("RiskRegister", "Open")), option("closed", QCoreApplication::translate("RiskRegister", "Closed")),
            option("occurred", QCoreApplication::translate("RiskRegister", "Occurred"))};
}

QVariantList RiskRegister::responseOptions() const
{
    return {option({}, QCoreApplication::translate("RiskRegister", "(none)")), option("avoid", QCoreApplication::translate("RiskRegister", "Avoid")), option("reduce", QCoreApplication::translate("RiskRegister", "Reduce")),
            option("fallback", QCoreApplication::translate("RiskRegister", "Fallback")), option("transfer", QCoreApplication::translate("RiskRegister", "Transfer")), option("accept", QCoreApplication::translate("RiskRegister", "Accept")),
            option("share", QCoreApplication::translate("RiskRegister", "Share"))};
}

QStringList RiskRegister::factorIds() const
{
    QStringList ids{QString()};
    for (const auto &f : doc()->portfolio().successFactors) ids << f.id;
    return ids;
}

QVariantMap RiskRegister::riskAt(int row) const
{
    const auto &risks = doc()->portfolio().risks;
    if (row < 0 || row >= risks.size()) return {};
    const Risk &r = risks[row];
    return {{"id", r.id},
            {"title", r.title},
            {"level", toString(r.level)},
            {"posts", r.posts.join(QStringLiteral(", "))},
            {"factor", r.factor},
            {"cause", r.cause},
            {"event", r.event},
            {"effect", r.effect},
            {"probability", optInt(r.probability)},
            {"impact", optInt(r.impact)},
            {"residualProbability", optInt(r.residualProbability)},
            {"residualImpact", optInt(r.residualImpact)},
            {"delayDays", r.delayDays.value_or(0)},
            {"owner", r.owner},
            {"response", toString(r.response)},
            {"mitigation", r.mitigation},
            {"status", toString(r.status)},
            {"nextReview", r.nextReview.isValid() ? r.nextReview.toString(Qt::ISODate) : QString()},
            {"note", r.note}};
}

bool RiskRegister::applyEdit(int row, const QVariantMap &f)
{
    const auto &risks = doc()->portfolio().risks;
    if (row < 0 || row >= risks.size()) return false;
    const Risk &before = risks[row];
    Risk r = before;
    m_error.clear();
    r.title = f.value("title", r.title).toString().trimmed();
    if (r.title.isEmpty()) {
        m_error = QCoreApplication::translate("RiskRegister", "A risk needs a title.");
        return false;
    }
    if (const auto level = enumFromName<RiskLevel>(f.value("level").toString().toStdString())) r.level = *level;
    r.posts.clear();
    for (const QString &id : f.value("posts").toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (doc()->portfolio().postIndex(id.trimmed()) < 0) {
            m_error = QCoreApplication::translate("RiskRegister", "Unknown post “%1”.").arg(id.trimmed());
            return false;
        }
        r.posts << id.trimmed();
    }
    r.factor = f.value("factor").toString();
    r.cause = f.value("cause").toString();
    r.event = f.value("event").toString();
    r.effect = f.value("effect").toString();
    r.probability = toOpt(f.value("probability"));
    r.impact = toOpt(f.value("impact"));
    r.residualProbability = toOpt(f.value("residualProbability"));
    r.residualImpact = toOpt(f.value("residualImpact"));
    const int delay = f.value("delayDays").toInt();
    r.delayDays = delay > 0 ? std::optional<int>(delay) : (before.delayDays && *before.delayDays == 0 ? before.delayDays : std::nullopt);
    r.owner = f.value("owner").toString();
    r.response = enumFromName<RiskResponse>(f.value("response").toString().toStdString()).value_or(RiskResponse::None);
    r.mitigation = f.value("mitigation").toString();
    if (const auto st = enumFromName<RiskStatus>(f.value("status").toString().toStdString())) r.status = *st;
    const QString review = f.value("nextReview").toString().trimmed();
    r.nextReview = review.isEmpty() ? QDate() : QDate::fromString(review, Qt::ISODate);
    if (!review.isEmpty() && !r.nextReview.isValid()) {
        m_error = QCoreApplication::translate("RiskRegister", "“%1” is not a date (YYYY-MM-DD).").arg(review);
        return false;
    }
    r.note = f.value("note").toString();

    // The change log entry names what changed, in the document's terms.
    QStringList changes;
    auto num = [](const std::optional<int> &v) { return v ? QString::number(*v) : QStringLiteral("–"); };
    auto cmp = [&](const char *name, const QString &a, const QString &b) {
        if (a != b) changes << (a.size() + b.size() < 60 ? QStringLiteral("%1 %2 → %3").arg(QLatin1String(name), a.isEmpty() ? QStringLiteral("–") : a, b.isEmpty() ? QStringLiteral("–") : b)
                                                         : QStringLiteral("%1 changed").arg(QLatin1String(name)));
    };
    cmp("title", before.title, r.title);
    cmp("level", toString(before.level), toString(r.level));
    cmp("posts", before.posts.join(QLatin1Char(',')), r.posts.join(QLatin1Char(',')));
    cmp("factor", before.factor, r.factor);
    cmp("cause", before.cause, r.cause);
    cmp("event", before.event, r.event);
    cmp("effect", before.effect, r.effect);
    cmp("probability", num(before.probability), num(r.probability));
    cmp("impact", num(before.impact), num(r.impact));
    cmp("residualProbability", num(before.residualProbability), num(r.residualProbability));
    cmp("residualImpact", num(before.residualImpact), num(r.residualImpact));
    cmp("delayDays", num(before.delayDays), num(r.delayDays));
    cmp("owner", before.owner, r.owner);
    cmp("response", toString(before.response), toString(r.response));
    cmp("mitigation", before.mitigation, r.mitigation);
    cmp("status", toString(before.status), toString(r.status));
    cmp("nextReview", before.nextReview.toString(Qt::ISODate), r.nextReview.toString(Qt::ISODate));
    cmp("note", before.note, r.note);
    if (changes.isEmpty()) return false;
    return doc()->editRisk(row, r, changes.join(QStringLiteral("; ")));
}

int RiskRegister::addRisk()
{
    Risk r;
    r.id = doc()->newRiskId(QStringLiteral("N"));
    r.title = QCoreApplication::translate("RiskRegister", "New risk");
    r.level = RiskLevel::Project;
    r.status = RiskStatus::Open;
    r.owner = doc()->author();
    return doc()->addRisk(r, QStringLiteral("created"));
}

bool RiskRegister::removeRisk(int row) { return doc()->removeRisk(row); }

QStringList RiskRegister::historyOf(int row) const
{
    const auto &risks = doc()->portfolio().risks;
    QStringList out;
    if (row < 0 || row >= risks.size()) return out;
    for (const RiskChange &c : risks[row].history)
        out.prepend(QStringLiteral("%1 · %2 · %3").arg(c.date.toString(Qt::ISODate), c.author, c.change));
    return out;
}

} // namespace rb::ui
