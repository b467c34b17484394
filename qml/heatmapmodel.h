// heatmapmodel.h — posts × the main success factors: one row per post with the scores of its latest
// assessment, for the portfolio overview heatmap. An assessment added to one post changes that row only.
#pragma once

#include "qml/filtersupport.h"
#include "model/portfolio.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace rb::model {

class PortfolioDocument;

class HeatmapModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PostIdRole = Qt::UserRole + 1, // QString
        TitleRole,                     // QString
        ThemeRole,                     // int 1..5
        KindRole,                      // QString: project | activity | external
        StatusRole,                    // QString
        OwnerRole,                     // QString
        ScoresRole,                    // QVariantList of int, one per main factor in catalogue order; 0 = not assessed
        WorstRole,                     // int: highest score, 0 when not assessed
        TotalRole,                     // int: sum of the scores
        AssessedOnRole,                // QString ISO date of the latest assessment, "" when none
    };
    Q_ENUM(Role)

    explicit HeatmapModel(PortfolioDocument *document, QObject *parent = nullptr);

    // The main (non-detailed) factors, the heatmap's columns.
    QList<SuccessFactor> factors() const;
    QList<int> scoresOf(const QString &postId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    PortfolioDocument *m_doc;
};

class HeatmapFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(int theme READ theme WRITE setTheme NOTIFY filterChanged)  // 0 = all
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged) // "" = all
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString owner READ owner WRITE setOwner NOTIFY filterChanged)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY filterChanged) // id | theme | worst | total
public:
    explicit HeatmapFilterModel(QObject *parent = nullptr);
    int theme() const { return m_theme; }
    void setTheme(int theme);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QString owner() const { return m_owner; }
    void setOwner(const QString &owner);
    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    Q_INVOKABLE QString postIdAt(int proxyRow) const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changeFilter();
    template <typename T>
    void assign(T &member, const T &value)
    {
        assignFilter(member, value, [this] { changeFilter(); });
    }
    int m_theme = 0;
    QString m_kind, m_status, m_owner, m_sortKey = QStringLiteral("id");
};

// Natural order of post codes: "2A4" < "2A10", "3A2-4" after "3A2".
bool postIdLess(const QString &a, const QString &b);

} // namespace rb::model
