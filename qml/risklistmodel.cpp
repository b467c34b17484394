// risklistmodel.cpp
#include "qml/risklistmodel.h"

#include "model/portfoliodocument.h"

namespace rb::model {

RiskListModel::RiskListModel(PortfolioDocument *document, QObject *parent) : QAbstractListModel(parent), m_doc(document)
{
    connect(m_doc, &PortfolioDocument::documentReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_doc, &PortfolioDocument::riskChanged, this,
            [this](int row) { emit dataChanged(index(row), index(row)); });
    connect(m_doc, &PortfolioDocument::riskAboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(m_doc, &PortfolioDocument::riskInserted, this, [this](int) { endInsertRows(); });
    connect(m_doc, &PortfolioDocument::riskAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(m_doc, &PortfolioDocument::riskRemoved, this, [this](int) { endRemoveRows(); });
}

int RiskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->portfolio().risks.size());
}

QVariant RiskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Risk &r = m_doc->portfolio().risks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case IdRole:
        return r.id;
    case LevelRole:
        return toString(r.level);
    case PostsRole:
        return r.posts.join(QStringLiteral(", "));
    case FactorRole:
        return r.factor;
    case ProbabilityRole:
        return r.probability.value_or(0);
    case ImpactRole:
        return r.impact.value_or(0);
    case ResidualProbabilityRole:
        return r.residualProbability.value_or(0);
    case ResidualImpactRole:
        return r.residualImpact.value_or(0);
    case ExposureRole:
        return r.probability.value_or(0) * r.impact.value_or(0);
    case ResidualExposureRole:
        return r.residualProbability.value_or(0) * r.residualImpact.value_or(0);
    case OwnerRole:
        return r.owner;
    case ResponseRole:
        return toString(r.response);
    case StatusRole:
        return toString(r.status);
    case NextReviewRole:
        return r.nextReview.isValid() ? r.nextReview.toString(Qt::ISODate) : QString();
    case OverdueRole:
        return r.status == RiskStatus::Open && r.nextReview.isValid() && r.nextReview < m_doc->today();
    case MitigationRole:
        return r.mitigation;
    case SearchTextRole:
        return QStringList{
            r.id,         r.title, r.posts.join(QLatin1Char(' ')), r.factor, r.cause, r.event, r.effect, r.owner,
            r.mitigation, r.note}
            .join(QLatin1Char(' '))
            .toLower();
    }
    return {};
}

QHash<int, QByteArray> RiskListModel::roleNames() const
{
    return {{IdRole, "riskId"},
            {TitleRole, "title"},
            {LevelRole, "level"},
            {PostsRole, "posts"},
            {FactorRole, "factor"},
            {ProbabilityRole, "probability"},
            {ImpactRole, "impact"},
            {ResidualProbabilityRole, "residualProbability"},
            {ResidualImpactRole, "residualImpact"},
            {ExposureRole, "exposure"},
            {ResidualExposureRole, "residualExposure"},
            {OwnerRole, "owner"},
            {ResponseRole, "response"},
            {StatusRole, "status"},
            {NextReviewRole, "nextReview"},
            {OverdueRole, "overdue"},
            {MitigationRole, "mitigation"}};
}

RiskFilterModel::RiskFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RiskListModel::IdRole);
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &RiskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &RiskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &RiskFilterModel::countChanged);
}

void RiskFilterModel::changeFilter()
{
    invalidateFilter();
    emit filterChanged();
}

void RiskFilterModel::setSearchText(const QString &text) { assign(m_search, text); }
void RiskFilterModel::setLevel(const QString &level) { assign(m_level, level); }
void RiskFilterModel::setStatus(const QString &status) { assign(m_status, status); }
void RiskFilterModel::setMatrixCell(int probability, int impact)
{
    if (m_probability == probability && m_impact == impact) return;
    m_probability = probability;
    m_impact = impact;
    changeFilter();
}
void RiskFilterModel::setResidual(bool residual) { assign(m_residual, residual); }
void RiskFilterModel::setOverdueOnly(bool overdueOnly) { assign(m_overdueOnly, overdueOnly); }

void RiskFilterModel::sortBy(const QString &roleName, bool descending)
{
    if (!sourceModel()) return;
    const QByteArray name = roleName.toUtf8();
    const auto roles = sourceModel()->roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        if (it.value() == name) {
            setSortRole(it.key());
            sort(0, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            return;
        }
}

int RiskFilterModel::sourceRow(int proxyRow) const { return mapToSource(index(proxyRow, 0)).row(); }

int RiskFilterModel::proxyRow(int sourceRow) const
{
    return sourceModel() ? mapFromSource(sourceModel()->index(sourceRow, 0)).row() : -1;
}

bool RiskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    auto str = [&](int role) { return i.data(role).toString(); };
    if (!m_level.isEmpty() && str(RiskListModel::LevelRole) != m_level) return false;
    if (!m_status.isEmpty() && str(RiskListModel::StatusRole) != m_status) return false;
    if (m_overdueOnly && !i.data(RiskListModel::OverdueRole).toBool()) return false;
    if (m_probability > 0 && m_impact > 0) {
        const int p
            = i.data(m_residual ? RiskListModel::ResidualProbabilityRole : RiskListModel::ProbabilityRole).toInt();
        const int im = i.data(m_residual ? RiskListModel::ResidualImpactRole : RiskListModel::ImpactRole).toInt();
        if (p != m_probability || im != m_impact) return false;
    }
    if (!m_search.trimmed().isEmpty()) {
        const QString hay = str(RiskListModel::SearchTextRole);
        for (const QString &word : m_search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!hay.contains(word)) return false;
    }
    return true;
}

} // namespace rb::model
