// assessmentdraftmodel.h — the factors of one kick-off assessment being filled in: one row per factor
// (the main factors first, then the detailed ones), with the draft score, rationale and mitigation
// and the score of the assessment it is compared with. Editing a row changes only that row.
#pragma once

#include "model/portfolio.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QHash>

namespace rb::model {

class AssessmentDraftModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        FactorIdRole = Qt::UserRole + 1, // QString
        NameNlRole,                      // QString: the plan's Dutch name
        NameEnRole,                      // QString
        NameRole,                        // QString: the name in the user's language (never the id)
        PlanNameRole,                    // QString: the plan's Dutch name when NameRole is not it, else ""
        DescriptionRole,                 // QString
        DetailedRole,                    // bool: one of the detailed factors
        ScoreRole,                       // int 0..5 (0 = not scored); editable
        PreviousScoreRole,               // int 0..5 from the assessment compared with (0: none)
        RationaleRole,                   // QString; editable
        MitigationRole,                  // QString; editable
        NeedsMitigationRole,             // bool: score >= 4 and no mitigation written yet
    };
    Q_ENUM(Role)

    explicit AssessmentDraftModel(QObject *parent = nullptr);

    // Starts a draft for the factors, pre-filled from `start` (may be null) or, when given, from a
    // kept draft (factor id -> its row; missing rows are empty), compared with `comparison`.
    void load(const QList<SuccessFactor> &factors, const Assessment *start, const Assessment *comparison,
              const QHash<QString, FactorScore> *draft = nullptr);
    // Changes what the draft is compared with (PreviousScoreRole of every row).
    void setComparison(const Assessment *comparison);
    // A read-only model (an opened history entry) refuses edits.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    // "nl" or "en": the language of NameRole.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // The rows that hold anything (a score or a text), by factor id: what a kept draft stores.
    QHash<QString, FactorScore> draftRows() const;
    // The rows with a rationale or mitigation but no score (a score is required to save them).
    QList<int> unscoredWithText() const;
    // True when every row equals the assessment's score for it (null: every row empty).
    bool sameAs(const Assessment *assessment) const;
    // The factor's name in `language` ("nl": the plan's Dutch name; otherwise the English name),
    // falling back to the other name and, only for a catalogue without names, to the id.
    static QString displayName(const SuccessFactor &factor, const QString &language);
    QString name(int row) const { return displayName(m_rows[row].factor, m_language); }
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
    QString m_language = QStringLiteral("en");
    bool m_readOnly = false;
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
