// assessmentdraftmodel.cpp
#include "qml/assessmentdraftmodel.h"

#include "model/assessmentrules.h"

#include <algorithm>

namespace rb::model {

AssessmentDraftModel::AssessmentDraftModel(QObject *parent) : QAbstractListModel(parent) {}

namespace {
int scoreIn(const Assessment *a, const QString &factor)
{
    const FactorScore *s = a ? a->score(factor) : nullptr;
    return s ? s->score : 0;
}
} // namespace

void AssessmentDraftModel::load(const QList<SuccessFactor> &factors, const Assessment *start,
                                const Assessment *comparison, const QHash<QString, FactorScore> *draft)
{
    beginResetModel();
    m_rows.clear();
    for (bool mainFactor : {true, false})
        for (const SuccessFactor &f : factors) {
            if (isMainFactor(f) != mainFactor) continue;
            Row row{f, {}, scoreIn(comparison, f.id)};
            if (draft)
                row.draft = draft->value(f.id);
            else if (const FactorScore *s = start ? start->score(f.id) : nullptr)
                row.draft = *s; // start from the last assessment; saving makes a new one
            m_rows.append(row);
        }
    endResetModel();
}

void AssessmentDraftModel::setComparison(const Assessment *comparison)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const int previous = scoreIn(comparison, m_rows[i].factor.id);
        if (previous == m_rows[i].previous) continue;
        m_rows[i].previous = previous;
        emit dataChanged(index(i), index(i), {PreviousScoreRole});
    }
}

void AssessmentDraftModel::setLanguage(const QString &language)
{
    if (language == m_language) return;
    m_language = language;
    if (!m_rows.isEmpty()) emit dataChanged(index(0), index(int(m_rows.size()) - 1), {NameRole, PlanNameRole});
}

QString AssessmentDraftModel::displayName(const SuccessFactor &f, const QString &language)
{
    const QString &first = language == QLatin1String("nl") ? f.nameNl : f.nameEn;
    const QString &second = language == QLatin1String("nl") ? f.nameEn : f.nameNl;
    return !first.isEmpty() ? first : !second.isEmpty() ? second : f.id;
}

QHash<QString, FactorScore> AssessmentDraftModel::draftRows() const
{
    QHash<QString, FactorScore> out;
    for (const Row &r : m_rows)
        if (r.draft != FactorScore{}) out.insert(r.factor.id, r.draft);
    return out;
}

QList<int> AssessmentDraftModel::unscoredWithText() const
{
    QList<int> out;
    for (int i = 0; i < m_rows.size(); ++i)
        if (textWithoutScore(m_rows[i].draft)) out << i;
    return out;
}

bool AssessmentDraftModel::sameAs(const Assessment *a) const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [a](const Row &r) {
        const FactorScore *s = a ? a->score(r.factor.id) : nullptr;
        return r.draft == (s ? *s : FactorScore{});
    });
}

QList<QPair<QString, FactorScore>> AssessmentDraftModel::scores() const
{
    QList<QPair<QString, FactorScore>> out;
    for (const Row &r : m_rows)
        if (r.draft.score > 0) out.append({r.factor.id, r.draft});
    return out;
}

QList<int> AssessmentDraftModel::mainScores() const
{
    QList<int> out;
    for (const Row &r : m_rows)
        if (isMainFactor(r.factor)) out.append(r.draft.score);
    return out;
}

QList<int> AssessmentDraftModel::previousMainScores() const
{
    QList<int> out;
    for (const Row &r : m_rows)
        if (isMainFactor(r.factor)) out.append(r.previous);
    return out;
}

int AssessmentDraftModel::mainCount() const { return int(mainScores().size()); }

int AssessmentDraftModel::rowOf(const QString &factorId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].factor.id == factorId) return i;
    return -1;
}

int AssessmentDraftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssessmentDraftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameNlRole:
        return r.factor.nameNl;
    case FactorIdRole:
        return r.factor.id;
    case NameEnRole:
        return r.factor.nameEn;
    case NameRole:
        return displayName(r.factor, m_language);
    case PlanNameRole:
        return displayName(r.factor, m_language) == r.factor.nameNl ? QString() : r.factor.nameNl;
    case DescriptionRole:
        return r.factor.description;
    case DetailedRole:
        return r.factor.detailed;
    case ScoreRole:
        return r.draft.score;
    case PreviousScoreRole:
        return r.previous;
    case RationaleRole:
        return r.draft.rationale;
    case MitigationRole:
        return r.draft.mitigation;
    case NeedsMitigationRole:
        return mitigationRequired(r.draft.score) && r.draft.mitigation.trimmed().isEmpty();
    }
    return {};
}

bool AssessmentDraftModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FactorScore &d = m_rows[index.row()].draft;
    switch (role) {
    case ScoreRole: {
        const int s = std::clamp(value.toInt(), 0, 5);
        if (s == d.score) return false;
        d.score = s;
        emit dataChanged(index, index, {ScoreRole, NeedsMitigationRole});
        return true;
    }
    case RationaleRole:
        if (value.toString() == d.rationale) return false;
        d.rationale = value.toString();
        emit dataChanged(index, index, {RationaleRole});
        return true;
    case MitigationRole:
        if (value.toString() == d.mitigation) return false;
        d.mitigation = value.toString();
        emit dataChanged(index, index, {MitigationRole, NeedsMitigationRole});
        return true;
    }
    return false;
}

Qt::ItemFlags AssessmentDraftModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || m_readOnly) return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

QHash<int, QByteArray> AssessmentDraftModel::roleNames() const
{
    return {{FactorIdRole, "factorId"},   {NameNlRole, "nameNl"},         {NameEnRole, "nameEn"},
            {NameRole, "name"},           {PlanNameRole, "planName"},     {DescriptionRole, "description"},
            {DetailedRole, "detailed"},   {ScoreRole, "score"},           {PreviousScoreRole, "previousScore"},
            {RationaleRole, "rationale"}, {MitigationRole, "mitigation"}, {NeedsMitigationRole, "needsMitigation"}};
}

RadarModel::RadarModel(AssessmentDraftModel *draft, QObject *parent) : QAbstractTableModel(parent), m_draft(draft)
{
    connect(draft, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(draft, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                const bool draftScore = roles.isEmpty() || roles.contains(AssessmentDraftModel::ScoreRole);
                const bool previous = roles.isEmpty() || roles.contains(AssessmentDraftModel::PreviousScoreRole);
                if (!draftScore && !previous) return; // texts and names: not on the radar
                const int first = draftScore ? 1 : 2, last = previous ? 2 : 1;
                const int n = m_draft->mainCount();
                for (int r = tl.row(); r <= br.row() && r < n; ++r) {
                    emit dataChanged(index(r, first), index(r, last));
                    if (r == 0) emit dataChanged(index(n, first), index(n, last)); // the closing point
                }
            });
}

int RadarModel::rowCount(const QModelIndex &parent) const
{
    const int n = m_draft->mainCount();
    return parent.isValid() || n == 0 ? 0 : n + 1;
}

int RadarModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 3; }

QVariant RadarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const int n = m_draft->mainCount();
    const int row = index.row() % n;
    switch (index.column()) {
    case 0:
        return index.row() == n ? 360.0 : 360.0 * row / n;
    case 1:
        return m_draft->mainScores().value(row);
    case 2:
        return m_draft->previousMainScores().value(row);
    }
    return {};
}

} // namespace rb::model
