// postlistmodel.h — the posts of a portfolio as a list model (one row per post).
#pragma once

#include "model/portfolio.h"

#include <QAbstractListModel>

namespace rb::model {

class PostListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the plan's code, e.g. "2A4"
        TitleRole,                 // QString
        ThemeRole,                 // int 1..5
        KindRole,                  // QString: project | activity | external
        StatusRole,                // QString: planned | running | done | deferred | cancelled
        OwnerRole,                 // QString
        StartRole,                 // QDate (invalid when unplanned)
        FinishRole,                // QDate
    };
    Q_ENUM(Role)

    explicit PostListModel(QObject *parent = nullptr);

    void setPosts(const QList<Post> &posts); // resets the model
    const QList<Post> &posts() const { return m_posts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Post> m_posts;
};

} // namespace rb::model
