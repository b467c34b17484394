// simulationmodels.cpp
#include "qml/simulationmodels.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace rb::model {

void FinishDistributionModel::setBins(const QList<Bin> &bins)
{
    beginResetModel();
    m_bins = bins;
    endResetModel();
}

int FinishDistributionModel::maxCount() const
{
    int m = 0;
    for (const Bin &b : m_bins) m = std::max(m, b.count);
    return m;
}

double FinishDistributionModel::msecs(const QDate &date)
{
    return double(date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
}

int FinishDistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bins.size());
}

int FinishDistributionModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FinishDistributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Bin &b = m_bins[index.row()];
    switch (index.column()) {
    case DateColumn:
        return msecs(b.date);
    case CountColumn:
        return b.count;
    case CumulativeColumn:
        return b.cumulativePercent;
    }
    return {};
}

void RankedPostModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_max = 0;
    for (const Row &r : m_rows) m_max = std::max(m_max, std::abs(r.value));
    endResetModel();
}

int RankedPostModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant RankedPostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case PostIdRole:
        return r.postId;
    case TitleRole:
        return r.title;
    case ValueRole:
        return r.value;
    case FractionRole:
        return m_max > 0 ? std::abs(r.value) / m_max : 0.0;
    case LabelRole:
        return r.label;
    }
    return {};
}

QHash<int, QByteArray> RankedPostModel::roleNames() const
{
    return {{PostIdRole, "postId"},
            {TitleRole, "title"},
            {ValueRole, "value"},
            {FractionRole, "fraction"},
            {LabelRole, "label"}};
}

} // namespace rb::model
