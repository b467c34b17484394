// overviewmodel.cpp
#include "qml/overviewmodel.h"

#include "model/summary.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace rb::ui {

namespace {
QString tr(const char *t) { return QCoreApplication::translate("OverviewModel", t); }
QVariantMap option(const QVariant &value, const QString &label) { return {{"value", value}, {"label", label}}; }
const rb::model::Portfolio &doc() { return DocumentController::instance()->portfolio(); }
} // namespace

OverviewModel::OverviewModel(QObject *parent) : QObject(parent)
{
    DocumentController *d = DocumentController::instance();
    Q_ASSERT(d);
    m_heatmap = new rb::model::HeatmapModel(d->document(), this);
    m_filter.setSourceModel(m_heatmap);
    connect(d, &DocumentController::documentChanged, this, &OverviewModel::summaryChanged);
}

QStringList OverviewModel::factorNames() const
{
    QStringList out;
    for (const auto &f : m_heatmap->factors()) out << f.nameNl;
    return out;
}

QStringList OverviewModel::factorNamesEn() const
{
    QStringList out;
    for (const auto &f : m_heatmap->factors()) out << f.nameEn;
    return out;
}

QVariantList OverviewModel::themeOptions() const
{
    QVariantList out{option(0, tr("All themes"))};
    QSet<int> seen;
    for (const auto &t : doc().programme.themes) {
        out << option(t.id, tr("%1 %2").arg(t.id).arg(t.name));
        seen.insert(t.id);
    }
    for (const auto &p : doc().posts)
        if (!seen.contains(p.theme)) {
            seen.insert(p.theme);
            out << option(p.theme, tr("Theme %1").arg(p.theme));
        }
    return out;
}

QVariantList OverviewModel::kindOptions() const
{
    return {option(QString(), tr("All kinds")), option(QStringLiteral("project"), tr("Projects")),
            option(QStringLiteral("activity"), tr("Activities")), option(QStringLiteral("external"), tr("External"))};
}

QVariantList OverviewModel::statusOptions() const
{
    return {option(QString(), tr("Any status")), option(QStringLiteral("planned"), tr("Planned")),
            option(QStringLiteral("running"), tr("Running")), option(QStringLiteral("done"), tr("Done")),
            option(QStringLiteral("deferred"), tr("Deferred")), option(QStringLiteral("cancelled"), tr("Cancelled"))};
}

QVariantList OverviewModel::ownerOptions() const
{
    QStringList owners;
    for (const auto &p : doc().posts)
        if (!p.owner.isEmpty() && !owners.contains(p.owner)) owners << p.owner;
    owners.sort(Qt::CaseInsensitive);
    QVariantList out{option(QString(), tr("Any owner"))};
    for (const QString &o : owners) out << option(o, o);
    return out;
}

QVariantList OverviewModel::sortOptions() const
{
    return {option(QStringLiteral("id"), tr("Sort by post code")), option(QStringLiteral("theme"), tr("Sort by theme")),
            option(QStringLiteral("worst"), tr("Sort by worst score")), option(QStringLiteral("total"), tr("Sort by total score"))};
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
    for (const auto &r : doc().risks)
        n += r.status == rb::model::RiskStatus::Open && int(r.level) == level ? 1 : 0;
    return n;
}

int OverviewModel::criticalCount() const
{
    const auto s = DocumentController::instance()->schedule();
    if (!s) return 0;
    int n = 0;
    for (const auto &t : s->schedule().tasks) n += t.critical ? 1 : 0;
    return n;
}

QString OverviewModel::budgetTotal() const
{
    const rb::model::Budget b = rb::model::budgetTotals(doc()).total;
    const double total = b.investment.proposed + b.operating.proposed + b.oneOff.proposed;
    return tr("%1 k€").arg(QLocale().toString(total, 'f', 0));
}

QString OverviewModel::plannedFinish() const
{
    const auto s = DocumentController::instance()->schedule();
    return s ? rb::model::fromDayNumber(s->schedule().finish).toString(Qt::ISODate) : QString();
}

// e.g. "43 posts. 3 posts score 5 on Beschikbare capaciteit. 5 posts not assessed."
QString OverviewModel::accessibleSummary() const
{
    QStringList parts{tr("%1 posts, %2 projects.").arg(postCount()).arg(projectCount())};
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
        if (fives[i]) parts << tr("%1 post(s) score 5 on %2.").arg(fives[i]).arg(factors[i].nameNl);
        if (fours[i]) parts << tr("%1 post(s) score 4 on %2.").arg(fours[i]).arg(factors[i].nameNl);
    }
    parts << tr("%1 post(s) not assessed.").arg(unassessed);
    return parts.join(QLatin1Char(' '));
}

} // namespace rb::ui
