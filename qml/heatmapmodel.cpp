// heatmapmodel.cpp
#include "qml/heatmapmodel.h"

#include "model/assessmentrules.h"
#include "model/portfoliodocument.h"

namespace rb::model {

HeatmapModel::HeatmapModel(PortfolioDocument *document, QObject *parent) : QAbstractListModel(parent), m_doc(document)
{
    connect(m_doc, &PortfolioDocument::documentReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_doc, &PortfolioDocument::postChanged, this,
            [this](int row) { emit dataChanged(index(row), index(row)); });
    connect(m_doc, &PortfolioDocument::assessmentsChanged, this, [this](const QString &postId) {
        const int row = m_doc->portfolio().postIndex(postId);
        if (row >= 0) emit dataChanged(index(row), index(row), {ScoresRole, WorstRole, TotalRole, AssessedOnRole});
    });
}

QList<SuccessFactor> HeatmapModel::factors() const { return mainFactors(m_doc->portfolio().successFactors); }

QList<int> HeatmapModel::scoresOf(const QString &postId) const
{
    QList<int> out;
    const Assessment *a = m_doc->portfolio().latestAssessment(postId);
    for (const SuccessFactor &f : factors()) {
        const FactorScore *s = a ? a->score(f.id) : nullptr;
        out.append(s ? s->score : 0);
    }
    return out;
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->portfolio().posts.size());
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Post &p = m_doc->portfolio().posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case PostIdRole:
        return p.id;
    case TitleRole:
        return p.title;
    case ThemeRole:
        return p.theme;
    case KindRole:
        return toString(p.kind);
    case StatusRole:
        return toString(p.status);
    case OwnerRole:
        return p.owner;
    case ScoresRole: {
        QVariantList list;
        for (int s : scoresOf(p.id)) list.append(s);
        return list;
    }
    case WorstRole: {
        const QList<int> s = scoresOf(p.id);
        return s.isEmpty() ? 0 : *std::max_element(s.begin(), s.end());
    }
    case TotalRole: {
        int sum = 0;
        for (int s : scoresOf(p.id)) sum += s;
        return sum;
    }
    case AssessedOnRole: {
        const Assessment *a = m_doc->portfolio().latestAssessment(p.id);
        return a ? a->date.toString(Qt::ISODate) : QString();
    }
    }
    return {};
}

QHash<int, QByteArray> HeatmapModel::roleNames() const
{
    return {{PostIdRole, "postId"}, {TitleRole, "title"},          {ThemeRole, "theme"},   {KindRole, "kind"},
            {StatusRole, "status"}, {OwnerRole, "owner"},          {ScoresRole, "scores"}, {WorstRole, "worst"},
            {TotalRole, "total"},   {AssessedOnRole, "assessedOn"}};
}

// Compares runs of digits by value and everything else by character, so "2A4" < "2A10". (QCollator's
// numeric mode needs ICU, which the C locale does not use.)
bool postIdLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit()) ++ei;
            while (ej < b.size() && b[ej].isDigit()) ++ej;
            const qulonglong x = a.mid(i, ei - i).toULongLong(), y = b.mid(j, ej - j).toULongLong();
            if (x != y) return x < y;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

HeatmapFilterModel::HeatmapFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void HeatmapFilterModel::changeFilter()
{
    invalidate();
    emit filterChanged();
}

void HeatmapFilterModel::setTheme(int theme) { assign(m_theme, theme); }
void HeatmapFilterModel::setKind(const QString &kind) { assign(m_kind, kind); }
void HeatmapFilterModel::setStatus(const QString &status) { assign(m_status, status); }
void HeatmapFilterModel::setOwner(const QString &owner) { assign(m_owner, owner); }
void HeatmapFilterModel::setSortKey(const QString &key) { assign(m_sortKey, key); }

QString HeatmapFilterModel::postIdAt(int proxyRow) const
{
    return index(proxyRow, 0).data(HeatmapModel::PostIdRole).toString();
}

bool HeatmapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_theme > 0 && i.data(HeatmapModel::ThemeRole).toInt() != m_theme) return false;
    if (!m_kind.isEmpty() && i.data(HeatmapModel::KindRole).toString() != m_kind) return false;
    if (!m_status.isEmpty() && i.data(HeatmapModel::StatusRole).toString() != m_status) return false;
    if (!m_owner.isEmpty() && i.data(HeatmapModel::OwnerRole).toString() != m_owner) return false;
    return true;
}

// Worst and total sort the riskiest first; ties fall back to the post code so the order is stable.
bool HeatmapFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString l = left.data(HeatmapModel::PostIdRole).toString(),
                  r = right.data(HeatmapModel::PostIdRole).toString();
    auto byInt = [&](int role, bool descending) -> std::optional<bool> {
        const int a = left.data(role).toInt(), b = right.data(role).toInt();
        if (a == b) return std::nullopt;
        return descending ? a > b : a < b;
    };
    std::optional<bool> result;
    if (m_sortKey == QLatin1String("theme"))
        result = byInt(HeatmapModel::ThemeRole, false);
    else if (m_sortKey == QLatin1String("worst"))
        result = byInt(HeatmapModel::WorstRole, true);
    else if (m_sortKey == QLatin1String("total"))
        result = byInt(HeatmapModel::TotalRole, true);
    return result.value_or(postIdLess(l, r));
}

} // namespace rb::model
