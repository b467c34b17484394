// assessmentdraftmodel.h — the factors of one kick-off assessment being filled in: one row per factor
// (the main factors first, then the detailed ones), with the draft score, rationale and mitigation
// and the previous assessment's score for comparison. Editing a row changes only that row.
#pragma once

#include "model/portfolio.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>

namespace rb::model {

class AssessmentDraftModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        FactorIdRole = Qt::UserRole + 1, // QString
        NameNlRole,                      // QString: the plan's Dutch name (shown in both languages)
        NameEnRole,                      // QString
        DescriptionRole,                 // QString
        DetailedRole,                    // bool: one of the detailed factors
        ScoreRole,                       // int 0..5 (0 = not scored); editable
        PreviousScoreRole,               // int 0..5 from the previous assessment
        RationaleRole,                   // QString; editable
        MitigationRole,                  // QString; editable
        NeedsMitigationRole,             // bool: score >= 4 and no mitigation written yet
    };
    Q_ENUM(Role)

    explicit AssessmentDraftModel(QObject *parent = nullptr);

    // Starts a draft for the factors, pre-filled from `previous` (may be null).
    void load(const QList<SuccessFactor> &factors, const Assessment *previous);
    // The scored factors as assessment scores, in catalogue order.
    QList<QPair<QString, FactorScore>> scores() const;
    QList<int> mainScores() const;
    QList<int> previousMainScores() const;
    int mainCount() const;
    const SuccessFactor &factor(int row) const { return m_rows[row].factor; }
    int rowOf(const QString &factorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        SuccessFactor factor;
        FactorScore draft;
        int previous = 0;
    };
    QList<Row> m_rows;
};

// The radar chart's data: one row per main factor plus a closing row (= the first) so a line series
// draws a closed polygon. Columns: 0 angle in degrees, 1 the draft score, 2 the previous score.
class RadarModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit RadarModel(AssessmentDraftModel *draft, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    AssessmentDraftModel *m_draft;
};

} // namespace rb::model
