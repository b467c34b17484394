// riskregister.h — view-model of the risk register: the filtered, sorted table, the 5×5 probability ×
// impact matrix (inherent or residual) whose cells filter the table, overdue reviews, and editing a
// risk as one undoable change that is also written to the risk's own change log.
#pragma once

#include "model/risklistmodel.h"

#include <QObject>
#include <QQmlEngine>

namespace rb::ui {

class RiskRegister : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rb::model::RiskFilterModel *risks READ risks CONSTANT)
    Q_PROPERTY(QVariantList matrixCounts READ matrixCounts NOTIFY matrixChanged) // 25 ints, [(p-1)*5 + (i-1)]
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY matrixChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY matrixChanged)
    Q_PROPERTY(QString matrixSummary READ matrixSummary NOTIFY matrixChanged)
    Q_PROPERTY(QVariantList levelOptions READ levelOptions CONSTANT)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    Q_PROPERTY(QVariantList responseOptions READ responseOptions CONSTANT)
    Q_PROPERTY(QStringList factorIds READ factorIds NOTIFY matrixChanged)
public:
    explicit RiskRegister(QObject *parent = nullptr);

    rb::model::RiskFilterModel *risks() { return &m_filter; }
    QVariantList matrixCounts() const;
    int overdueCount() const;
    int totalCount() const;
    QString matrixSummary() const;
    QVariantList levelOptions() const;
    QVariantList statusOptions() const;
    QVariantList responseOptions() const;
    QStringList factorIds() const;

    // All fields of the risk at a source row, for the editing form (keys as in docs/format.md;
    // probabilities 0 = not set; dates ISO).
    Q_INVOKABLE QVariantMap riskAt(int sourceRow) const;
    // Applies the form; returns false when nothing changed or a field is invalid (errorText says which).
    Q_INVOKABLE bool applyEdit(int sourceRow, const QVariantMap &fields);
    Q_INVOKABLE int addRisk();           // a new open risk; returns its source row
    Q_INVOKABLE bool removeRisk(int sourceRow);
    // The risk's change log, newest first: "2019-02-01 · jan · probability 3 → 4".
    Q_INVOKABLE QStringList historyOf(int sourceRow) const;
    Q_INVOKABLE QString lastError() const { return m_error; }

signals:
    void matrixChanged();

private:
    rb::model::RiskListModel *m_list = nullptr;
    rb::model::RiskFilterModel m_filter;
    QString m_error;
};

} // namespace rb::ui
