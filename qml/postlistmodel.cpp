// postlistmodel.cpp
#include "qml/postlistmodel.h"

namespace rb::model {

PostListModel::PostListModel(QObject *parent) : QAbstractListModel(parent) {}

void PostListModel::setPosts(const QList<Post> &posts)
{
    beginResetModel();
    m_posts = posts;
    endResetModel();
}

int PostListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_posts.size()); }

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Post &p = m_posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2").arg(p.id, p.title);
    case IdRole:
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
    case StartRole:
        return p.start;
    case FinishRole:
        return p.plannedFinish();
    }
    return {};
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    return {{IdRole, "postId"},     {TitleRole, "title"}, {ThemeRole, "theme"}, {KindRole, "kind"},
            {StatusRole, "status"}, {OwnerRole, "owner"}, {StartRole, "start"}, {FinishRole, "finish"}};
}

} // namespace rb::model
