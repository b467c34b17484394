// simulationmodels.h — Monte Carlo results as item models for the charts and lists of the simulation
// view: the programme-finish distribution (a table for QtCharts model mappers) and ranked post lists
// (the tornado of drivers, the criticality index).
#pragma once

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QDate>

namespace rb::model {

// One row per finish day. Columns: 0 the day as msecs since the epoch (UTC midnight, for a
// DateTimeAxis), 1 the number of iterations finishing that day, 2 the cumulative share in percent.
class FinishDistributionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, CountColumn, CumulativeColumn, ColumnCount };
    struct Bin {
        QDate date;
        int count = 0;
        double cumulativePercent = 0;
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setBins(const QList<Bin> &bins); // resets: a new run replaces every bin
    const QList<Bin> &bins() const { return m_bins; }
    int maxCount() const;
    static double msecs(const QDate &date);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Bin> m_bins;
};

// Posts ranked by a value: the tornado (value = correlation −1..1) or the criticality index (0..1).
class RankedPostModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PostIdRole = Qt::UserRole + 1, // QString
        TitleRole,                     // QString
        ValueRole,                     // double: correlation or criticality
        FractionRole,                  // double 0..1: |value| relative to the largest |value| (bar length)
        LabelRole,                     // QString: the value formatted for display ("0.62", "85 %")
    };
    Q_ENUM(Role)
    struct Row {
        QString postId, title;
        double value = 0;
        QString label;
    };
    using QAbstractListModel::QAbstractListModel;
    void setRows(const QList<Row> &rows); // resets
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Row> m_rows;
    double m_max = 0;
};

} // namespace rb::model
