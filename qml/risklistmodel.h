// risklistmodel.h — the risk register as a list model (one row per risk, in document order), kept in
// step with a PortfolioDocument through fine-grained signals (an edit changes one row, not the model).
#pragma once

#include "qml/filtersupport.h"
#include "model/portfolio.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace rb::model {

class PortfolioDocument;

class RiskListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString, e.g. "R-P1"
        TitleRole,                 // QString
        LevelRole,                 // QString: programme | project | activity
        PostsRole,                 // QString: post ids joined by ", "
        FactorRole,                // QString: factor id (may be empty)
        ProbabilityRole,           // int 1..5, 0 when not set (inherent)
        ImpactRole,                // int 1..5, 0 when not set (inherent)
        ResidualProbabilityRole,   // int 0..5
        ResidualImpactRole,        // int 0..5
        ExposureRole,              // int probability × impact, 0..25
        ResidualExposureRole,      // int 0..25
        OwnerRole,                 // QString
        ResponseRole,              // QString: avoid | reduce | ... | "" (none)
        StatusRole,                // QString: open | closed | occurred
        NextReviewRole,            // QString ISO date, "" when not set
        OverdueRole,               // bool: open and nextReview < today
        MitigationRole,            // QString
        SearchTextRole,            // QString: everything searchable, lower case
    };
    Q_ENUM(Role)

    explicit RiskListModel(PortfolioDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    PortfolioDocument *m_doc;
};

// Sorting, filtering and searching of the register. Filters combine with AND; an empty/0 filter is off.
class RiskFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(int matrixProbability READ matrixProbability NOTIFY filterChanged)
    Q_PROPERTY(int matrixImpact READ matrixImpact NOTIFY filterChanged)
    Q_PROPERTY(bool residual READ residual WRITE setResidual NOTIFY filterChanged)
    Q_PROPERTY(bool overdueOnly READ overdueOnly WRITE setOverdueOnly NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged) // rows shown
public:
    explicit RiskFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    QString level() const { return m_level; }
    void setLevel(const QString &level);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    int matrixProbability() const { return m_probability; }
    int matrixImpact() const { return m_impact; }
    // Filters on one cell of the probability × impact matrix (inherent or residual); 0, 0 clears it.
    Q_INVOKABLE void setMatrixCell(int probability, int impact);
    bool residual() const { return m_residual; }
    void setResidual(bool residual);
    bool overdueOnly() const { return m_overdueOnly; }
    void setOverdueOnly(bool overdueOnly);
    // Sorts by a role name of RiskListModel ("riskId", "exposure", "nextReview", ...).
    Q_INVOKABLE void sortBy(const QString &roleName, bool descending);
    Q_INVOKABLE int sourceRow(int proxyRow) const;
    Q_INVOKABLE int proxyRow(int sourceRow) const;

    int count() const { return rowCount(); }

signals:
    void filterChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changeFilter();
    template <typename T>
    void assign(T &member, const T &value)
    {
        assignFilter(member, value, [this] { changeFilter(); });
    }
    QString m_search, m_level, m_status;
    int m_probability = 0, m_impact = 0;
    bool m_residual = false, m_overdueOnly = false;
};

} // namespace rb::model
