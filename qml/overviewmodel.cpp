// overviewmodel.cpp
#include "qml/overviewmodel.h"

#include "model/summary.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace rb::ui {

namespace {
QVariantMap option(const QVariant &value, const QString &label) { return {{"value", value}, {"label", label}}; }
} // namespace

OverviewModel::OverviewModel(QObject *parent) : QObject(parent) {}

void OverviewModel::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_filter.setSourceModel(nullptr);
    delete m_heatmap;
    m_heatmap = nullptr;
    m_document = document;
    if (document) {
        m_heatmap = new rb::model::HeatmapModel(document->document(), this);
        m_filter.setSourceModel(m_heatmap);
        connect(document, &DocumentController::documentChanged, this, &OverviewModel::summaryChanged);
    }
    emit documentChanged();
    emit summaryChanged();
}

void OverviewModel::setAppState(AppState *state)
{
    if (m_state == state) return;
    if (m_state) disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    // Strings made here are translated here: a language switch re-reads them.
    if (state) connect(state, &AppState::languageChanged, this, &OverviewModel::summaryChanged);
    emit appStateChanged();
    emit summaryChanged();
}

QStringList OverviewModel::factorNames() const
{
    QStringList out;
    if (m_heatmap)
        for (const auto &f : m_heatmap->factors()) out << f.nameNl;
    return out;
}

QStringList OverviewModel::factorTips() const
{
    // The header shows the plan's Dutch names, turned and possibly elided: the tip gives the whole name,
    // and in the English interface the English one beside it.
    QStringList out;
    const bool english = m_state && m_state->language() == QLatin1String("en");
    if (m_heatmap)
        for (const auto &f : m_heatmap->factors())
            out << (english && !f.nameEn.isEmpty() ? QStringLiteral("%1 (%2)").arg(f.nameNl, f.nameEn) : f.nameNl);
    return out;
}

QVariantList OverviewModel::themeOptions() const
{
    QVariantList out{option(0, QCoreApplication::translate("OverviewModel", "All themes"))};
    QSet<int> seen;
    for (const auto &t : doc().programme.themes) {
        out << option(t.id, QCoreApplication::translate("OverviewModel", "%1 %2").arg(t.id).arg(t.name));
        seen.insert(t.id);
    }
    for (const auto &p : doc().posts)
        if (!seen.contains(p.theme)) {
            seen.insert(p.theme);
            out << option(p.theme, QCoreApplication::translate("OverviewModel", "Theme %1").arg(p.theme));
        }
    return out;
}

QVariantList OverviewModel::kindOptions() const
{
    return {option(QString(), QCoreApplication::translate("OverviewModel", "All kinds")),
            option(QStringLiteral("project"), QCoreApplication::translate("OverviewModel", "Projects")),
            option(QStringLiteral("activity"), QCoreApplication::translate("OverviewModel", "Activities")),
            option(QStringLiteral("external"), QCoreApplication::translate("OverviewModel", "External"))};
}

QVariantList OverviewModel::statusOptions() const
{
    return {option(QString(), QCoreApplication::translate("OverviewModel", "Any status")),
            option(QStringLiteral("planned"), QCoreApplication::translate("OverviewModel", "Planned")),
            option(QStringLiteral("running"), QCoreApplication::translate("OverviewModel", "Running")),
            option(QStringLiteral("done"), QCoreApplication::translate("OverviewModel", "Done")),
            option(QStringLiteral("deferred"), QCoreApplication::translate("OverviewModel", "Deferred")),
            option(QStringLiteral("cancelled"), QCoreApplication::translate("OverviewModel", "Cancelled"))};
}

QVariantList OverviewModel::ownerOptions() const
{
    QStringList owners;
    for (const auto &p : doc().posts)
        if (!p.owner.isEmpty() && !owners.contains(p.owner)) owners << p.owner;
    owners.sort(Qt::CaseInsensitive);
    QVariantList out{option(QString(), QCoreApplication::translate("OverviewModel", "Any owner"))};
    for (const QString &o : owners) out << option(o, o);
    return out;
}

QVariantList OverviewModel::sortOptions() const
{
    return {option(QStringLiteral("id"), QCoreApplication::translate("OverviewModel", "Sort by post code")),
            option(QStringLiteral("theme"), QCoreApplication::translate("OverviewModel", "Sort by theme")),
            option(QStringLiteral("worst"), QCoreApplication::translate("OverviewModel", "Sort by worst score")),
            option(QStringLiteral("total"), QCoreApplication::translate("OverviewModel", "Sort by total score"))};
}

int OverviewModel::projectCount() const
{
    int n = 0;
    for (const auto &p : doc().posts) n += p.kind == rb::model::PostKind::Project ? 1 : 0;
    return n;
}

int OverviewModel::postCount() const { return int(doc().posts.size()); }

int OverviewModel::openRisks(int level) const
{
    int n = 0;
    for (const auto &r : doc().risks) n += r.status == rb::model::RiskStatus::Open && int(r.level) == level ? 1 : 0;
    return n;
}

int OverviewModel::criticalCount() const
{
    const auto s = m_document ? m_document->schedule() : nullptr;
    if (!s) return 0;
    int n = 0;
    for (const auto &t : s->schedule().tasks) n += t.critical ? 1 : 0;
    return n;
}

QString OverviewModel::budgetTotal() const
{
    const rb::model::Budget b = rb::model::budgetTotals(doc()).total;
    const double total = b.investment.proposed + b.operating.proposed + b.oneOff.proposed;
    return QCoreApplication::translate("OverviewModel", "%1 k€").arg(QLocale().toString(total, 'f', 0));
}

QString OverviewModel::plannedFinish() const
{
    const auto s = m_document ? m_document->schedule() : nullptr;
    return s ? rb::model::fromDayNumber(s->schedule().finish).toString(Qt::ISODate) : QString();
}

// e.g. "43 posts. 3 posts score 5 on Beschikbare capaciteit. 5 posts not assessed."
QString OverviewModel::accessibleSummary() const
{
    QStringList parts{
        QCoreApplication::translate("OverviewModel", "%1 posts, %2 projects.").arg(postCount()).arg(projectCount())};
    if (!m_heatmap) return parts.join(QLatin1Char(' '));
    const auto factors = m_heatmap->factors();
    int unassessed = 0;
    QList<int> fives(factors.size(), 0), fours(factors.size(), 0);
    for (const auto &p : doc().posts) {
        const QList<int> s = m_heatmap->scoresOf(p.id);
        bool any = false;
        for (int i = 0; i < s.size(); ++i) {
            any = any || s[i] > 0;
            fives[i] += s[i] == 5 ? 1 : 0;
            fours[i] += s[i] == 4 ? 1 : 0;
        }
        unassessed += any ? 0 : 1;
    }
    for (int i = 0; i < factors.size(); ++i) {
        if (fives[i])
            parts << QCoreApplication::translate("OverviewModel", "%1 post(s) score 5 on %2.")
                         .arg(fives[i])
                         .arg(factors[i].nameNl);
        if (fours[i])
            parts << QCoreApplication::translate("OverviewModel", "%1 post(s) score 4 on %2.")
                         .arg(fours[i])
                         .arg(factors[i].nameNl);
    }
    parts << QCoreApplication::translate("OverviewModel", "%1 post(s) not assessed.").arg(unassessed);
    return parts.join(QLatin1Char(' '));
}

} // namespace rb::ui
