// riskregister.cpp
#include "qml/riskregister.h"

#include "model/enumnames.h"
#include "model/portfoliodocument.h"
#include "model/riskmatrix.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>

namespace rb::ui {

using namespace rb::model;

namespace {

// For texts marked with QT_TRANSLATE_NOOP; literals are spelled out so that lupdate finds them. (Not tr():
// inside a QObject member that would be QObject::tr, with the class's qualified name as context.)
QString regTr(const char *text) { return QCoreApplication::translate("RiskRegister", text); }
std::optional<int> toOpt(int v) { return v >= 1 && v <= 5 ? std::optional<int>(v) : std::nullopt; }

// The option lists of the filters and the form, and the words the table and the change log show for
// the document's enum names. The first entry of each group is "no value".
struct OptionLabel {
    const char *group;
    const char *value;
    const char *text;
};
constexpr OptionLabel kOptions[] = {
    {"level", "", QT_TRANSLATE_NOOP("RiskRegister", "All levels")},
    {"level", "programme", QT_TRANSLATE_NOOP("RiskRegister", "Programme")},
    {"level", "project", QT_TRANSLATE_NOOP("RiskRegister", "Project")},
    {"level", "activity", QT_TRANSLATE_NOOP("RiskRegister", "Activity")},
    {"status", "", QT_TRANSLATE_NOOP("RiskRegister", "Any status")},
    {"status", "open", QT_TRANSLATE_NOOP("RiskRegister", "Open")},
    {"status", "closed", QT_TRANSLATE_NOOP("RiskRegister", "Closed")},
    {"status", "occurred", QT_TRANSLATE_NOOP("RiskRegister", "Occurred")},
    {"response", "", QT_TRANSLATE_NOOP("RiskRegister", "(none)")},
    {"response", "avoid", QT_TRANSLATE_NOOP("RiskRegister", "Avoid")},
    {"response", "reduce", QT_TRANSLATE_NOOP("RiskRegister", "Reduce")},
    {"response", "fallback", QT_TRANSLATE_NOOP("RiskRegister", "Fallback")},
    {"response", "transfer", QT_TRANSLATE_NOOP("RiskRegister", "Transfer")},
    {"response", "accept", QT_TRANSLATE_NOOP("RiskRegister", "Accept")},
    {"response", "share", QT_TRANSLATE_NOOP("RiskRegister", "Share")},
};

// The fields a change-log entry names: the document's name (stored, language-neutral) and the form's
// label (shown). The labels are the form's own strings, so the log and the form use the same words.
struct FieldLabel {
    const char *id;
    const char *label; // context RiskForm
};
constexpr FieldLabel kFields[] = {
    {"title", QT_TRANSLATE_NOOP("RiskForm", "Title")},
    {"level", QT_TRANSLATE_NOOP("RiskForm", "Level")},
    {"posts", QT_TRANSLATE_NOOP("RiskForm", "Posts")},
    {"factor", QT_TRANSLATE_NOOP("RiskForm", "Success factor")},
    {"cause", QT_TRANSLATE_NOOP("RiskForm", "Cause")},
    {"event", QT_TRANSLATE_NOOP("RiskForm", "Event")},
    {"effect", QT_TRANSLATE_NOOP("RiskForm", "Effect")},
    {"probability", QT_TRANSLATE_NOOP("RiskForm", "Inherent probability")},
    {"impact", QT_TRANSLATE_NOOP("RiskForm", "Inherent impact")},
    {"residualProbability", QT_TRANSLATE_NOOP("RiskForm", "Residual probability")},
    {"residualImpact", QT_TRANSLATE_NOOP("RiskForm", "Residual impact")},
    {"delayDays", QT_TRANSLATE_NOOP("RiskForm", "Delay (days)")},
    {"owner", QT_TRANSLATE_NOOP("RiskForm", "Owner")},
    {"response", QT_TRANSLATE_NOOP("RiskForm", "Response")},
    {"mitigation", QT_TRANSLATE_NOOP("RiskForm", "Mitigation")},
    {"status", QT_TRANSLATE_NOOP("RiskForm", "Status")},
    {"nextReview", QT_TRANSLATE_NOOP("RiskForm", "Next review")},
    {"note", QT_TRANSLATE_NOOP("RiskForm", "Note")},
};
const FieldLabel *findField(QStringView id)
{
    for (const FieldLabel &f : kFields)
        if (id == QLatin1String(f.id)) return &f;
    return nullptr;
}

const QString kArrow = QStringLiteral(" → ");
const QString kDash = QStringLiteral("–");

// The change-log entry as stored in the document: field names and values as in the format, so the
// file reads the same in every language ("residualProbability 3 → 2; mitigation changed").
QString storedChange(const Risk &a, const Risk &b)
{
    QStringList changes;
    auto num = [](const std::optional<int> &v) { return v ? QString::number(*v) : kDash; };
    auto cmp = [&](const char *name, const QString &x, const QString &y) {
        if (x == y) return;
        if (x.size() + y.size() < 60)
            changes << QLatin1String(name) + QLatin1Char(' ') + (x.isEmpty() ? kDash : x) + kArrow
                    + (y.isEmpty() ? kDash : y);
        else
            changes << QLatin1String(name) + QLatin1String(" changed");
    };
    cmp("title", a.title, b.title);
    cmp("level", toString(a.level), toString(b.level));
    cmp("posts", a.posts.join(QLatin1Char(',')), b.posts.join(QLatin1Char(',')));
    cmp("factor", a.factor, b.factor);
    cmp("cause", a.cause, b.cause);
    cmp("event", a.event, b.event);
    cmp("effect", a.effect, b.effect);
    cmp("probability", num(a.probability), num(b.probability));
    cmp("impact", num(a.impact), num(b.impact));
    cmp("residualProbability", num(a.residualProbability), num(b.residualProbability));
    cmp("residualImpact", num(a.residualImpact), num(b.residualImpact));
    cmp("delayDays", num(a.delayDays), num(b.delayDays));
    cmp("owner", a.owner, b.owner);
    cmp("response", toString(a.response), toString(b.response));
    cmp("mitigation", a.mitigation, b.mitigation);
    cmp("status", toString(a.status), toString(b.status));
    cmp("nextReview", a.nextReview.toString(Qt::ISODate), b.nextReview.toString(Qt::ISODate));
    cmp("note", a.note, b.note);
    return changes.join(QStringLiteral("; "));
}

} // namespace

// ---- RiskDraft ----------------------------------------------------------------------------------

RiskDraft::RiskDraft(QObject *parent) : QObject(parent)
{
    connect(this, &RiskDraft::changed, this, &RiskDraft::updateDirty);
}

QVariantList RiskDraft::values() const
{
    return {m_title,          m_level,      m_posts,       m_factor,   m_cause,
            m_event,          m_effect,     m_probability, m_impact,   m_residualProbability,
            m_residualImpact, m_delayDays,  m_owner,       m_response, m_mitigation,
            m_status,         m_nextReview, m_note};
}

void RiskDraft::updateDirty()
{
    const bool dirty = !m_id.isEmpty() && values() != m_loaded;
    if (dirty == m_dirty) return;
    m_dirty = dirty;
    emit dirtyChanged();
}

void RiskDraft::load(const Risk &r)
{
    m_id = r.id;
    m_title = r.title;
    m_level = r.id.isEmpty() ? QString() : toString(r.level);
    m_posts = r.posts.join(QStringLiteral(", "));
    m_factor = r.factor;
    m_cause = r.cause;
    m_event = r.event;
    m_effect = r.effect;
    m_probability = r.probability.value_or(0);
    m_impact = r.impact.value_or(0);
    m_residualProbability = r.residualProbability.value_or(0);
    m_residualImpact = r.residualImpact.value_or(0);
    m_delayDays = r.delayDays.value_or(0);
    m_owner = r.owner;
    m_response = r.id.isEmpty() ? QString() : toString(r.response);
    m_mitigation = r.mitigation;
    m_status = r.id.isEmpty() ? QString() : toString(r.status);
    m_nextReview = r.nextReview.isValid() ? r.nextReview.toString(Qt::ISODate) : QString();
    m_note = r.note;
    m_loaded = values();
    emit loaded();
    emit changed();
}

std::optional<Risk> RiskDraft::toRisk(const Risk &before, const Portfolio &portfolio, QString *error) const
{
    Risk r = before;
    auto fail = [&](const QString &message) {
        if (error) *error = message;
        return std::nullopt;
    };
    r.title = m_title.trimmed();
    if (r.title.isEmpty()) return fail(QCoreApplication::translate("RiskRegister", "A risk needs a title."));
    if (const auto level = enumFromName<RiskLevel>(m_level.toStdString())) r.level = *level;
    r.posts.clear();
    for (const QString &id : m_posts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (portfolio.postIndex(id.trimmed()) < 0)
            return fail(QCoreApplication::translate("RiskRegister", "Unknown post “%1”.").arg(id.trimmed()));
        r.posts << id.trimmed();
    }
    r.factor = m_factor;
    r.cause = m_cause;
    r.event = m_event;
    r.effect = m_effect;
    r.probability = toOpt(m_probability);
    r.impact = toOpt(m_impact);
    r.residualProbability = toOpt(m_residualProbability);
    r.residualImpact = toOpt(m_residualImpact);
    // An explicit 0 in the document stays 0 (not "unset") while the form shows 0.
    r.delayDays = m_delayDays > 0 ? std::optional<int>(m_delayDays)
                                  : (before.delayDays && *before.delayDays == 0 ? before.delayDays : std::nullopt);
    r.owner = m_owner;
    r.response = enumFromName<RiskResponse>(m_response.toStdString()).value_or(RiskResponse::None);
    r.mitigation = m_mitigation;
    if (const auto st = enumFromName<RiskStatus>(m_status.toStdString())) r.status = *st;
    const QString review = m_nextReview.trimmed();
    r.nextReview = review.isEmpty() ? QDate() : QDate::fromString(review, Qt::ISODate);
    if (!review.isEmpty() && !r.nextReview.isValid())
        return fail(QCoreApplication::translate("RiskRegister", "“%1” is not a date (YYYY-MM-DD).").arg(review));
    r.note = m_note;
    return r;
}

// ---- RiskRegister -------------------------------------------------------------------------------

RiskRegister::RiskRegister(QObject *parent) : QObject(parent)
{
    connect(&m_filter, &RiskFilterModel::filterChanged, this, &RiskRegister::matrixChanged);
    // The selection follows its risk (by id) through every change of the rows shown.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_filter, signal, this, &RiskRegister::afterRowsChanged);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &RiskRegister::afterRowsChanged);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = sourceRowOf(m_currentId); row >= 0 && !m_draft.dirty())
            m_draft.load(portfolio().risks[row]); // another document, a restore: the new content
        emit historyChanged();
        afterRowsChanged();
    });
    connect(&m_filter, &RiskFilterModel::filterChanged, this, &RiskRegister::afterRowsChanged);
    connect(&m_draft, &RiskDraft::dirtyChanged, this, &RiskRegister::syncPendingEdit);
}

RiskRegister::~RiskRegister()
{
    // The draft dies with the view: it can no longer be applied or discarded through the registry.
    if (m_document && !m_pendingKey.isEmpty()) m_document->clearPendingEdit(m_pendingKey);
}

void RiskRegister::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) {
        if (!m_pendingKey.isEmpty()) m_document->clearPendingEdit(std::exchange(m_pendingKey, {}));
        disconnect(m_document->document(), nullptr, this, nullptr);
    }
    m_draft.load({});
    m_currentId.clear();
    m_filter.setSourceModel(nullptr);
    delete m_list;
    m_list = nullptr;
    m_document = document;
    if (document) {
        m_list = new RiskListModel(document->document(), this);
        m_filter.setSourceModel(m_list);
        connect(document->document(), &PortfolioDocument::changed, this, &RiskRegister::matrixChanged);
        connect(document->document(), &PortfolioDocument::riskChanged, this, [this](int row) {
            if (row != sourceRowOf(m_currentId)) return;
            if (!m_draft.dirty()) m_draft.load(portfolio().risks[row]); // an undo, a redo
            emit historyChanged();
        });
    }
    emit documentChanged();
    emit matrixChanged();
    emit optionsChanged();
    setCurrent(firstVisibleId());
}

void RiskRegister::setAppState(AppState *state)
{
    if (m_state == state) return;
    if (m_state) disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    // Strings made here are translated here: a language switch re-reads them.
    if (state)
        connect(state, &AppState::languageChanged, this, [this] {
            emit matrixChanged();
            emit optionsChanged();
            emit historyChanged();
            emit leaveQuestionChanged();
            if (m_document && !m_pendingKey.isEmpty()) { // the description in the new language
                m_document->clearPendingEdit(std::exchange(m_pendingKey, {}));
                syncPendingEdit();
            }
        });
    emit appStateChanged();
}

// ---- selection ----------------------------------------------------------------------------------

int RiskRegister::sourceRowOf(const QString &riskId) const
{
    if (riskId.isEmpty()) return -1;
    const auto &risks = portfolio().risks;
    for (int i = 0; i < risks.size(); ++i)
        if (risks[i].id == riskId) return i;
    return -1;
}

int RiskRegister::currentRow() const
{
    const int source = sourceRowOf(m_currentId);
    return source < 0 ? -1 : m_filter.proxyRow(source);
}

QString RiskRegister::firstVisibleId(int nearRow) const
{
    const int n = m_filter.rowCount();
    if (n == 0) return {};
    return m_filter.index(std::clamp(nearRow, 0, n - 1), 0).data(RiskListModel::IdRole).toString();
}

void RiskRegister::setCurrent(const QString &riskId)
{
    const int source = sourceRowOf(riskId);
    const QString id = source < 0 ? QString() : riskId;
    if (id != m_currentId || m_draft.riskId() != id) {
        m_currentId = id;
        m_draft.load(source < 0 ? Risk{} : portfolio().risks[source]);
        emit currentChanged();
        emit historyChanged();
    }
    const int row = currentRow();
    m_currentWasVisible = row >= 0;
    if (row >= 0) m_lastRow = row;
    emit currentRowChanged();
}

void RiskRegister::afterRowsChanged()
{
    if (!m_currentId.isEmpty() && sourceRowOf(m_currentId) < 0) {
        // The risk is gone (removed, its creation undone, another document): its neighbour instead.
        m_draft.load({});
        setCurrent(firstVisibleId(m_lastRow));
        return;
    }
    if (m_currentId.isEmpty()) { // nothing selected yet (an empty register that got a risk)
        setCurrent(firstVisibleId(m_lastRow));
        return;
    }
    const int row = currentRow();
    if (row < 0 && m_currentWasVisible && m_filter.rowCount() > 0) {
        // The filter hid the selected risk: the table and the form move on together — after asking
        // when the form holds changes.
        m_currentWasVisible = false;
        leave(Leave::Filter, {});
    } else {
        m_currentWasVisible = row >= 0;
        if (row >= 0) m_lastRow = row;
    }
    emit currentRowChanged();
}

bool RiskRegister::select(const QString &riskId)
{
    if (riskId == m_currentId) {
        emit currentRowChanged();
        return true;
    }
    if (sourceRowOf(riskId) < 0) return false;
    return leave(Leave::Select, riskId);
}

bool RiskRegister::selectRow(int row)
{
    if (row < 0 || row >= m_filter.rowCount()) return false;
    return select(m_filter.index(row, 0).data(RiskListModel::IdRole).toString());
}

bool RiskRegister::addRisk() { return leave(Leave::Add, {}); }

bool RiskRegister::leave(Leave action, const QString &target)
{
    if (m_draft.dirty()) {
        if (m_pendingLeave == Leave::None || action != Leave::Filter) { // the latest request wins
            m_pendingLeave = action;
            m_pendingTarget = target;
            emit leaveQuestionChanged();
        }
        emit currentRowChanged(); // the table stays on the changed risk meanwhile
        return false;
    }
    finishLeave(action, target);
    return true;
}

void RiskRegister::finishLeave(Leave action, const QString &target)
{
    switch (action) {
    case Leave::None:
        break;
    case Leave::Select:
        setCurrent(target);
        break;
    case Leave::Filter:
        if (currentRow() < 0) setCurrent(firstVisibleId(m_lastRow));
        break;
    case Leave::Add: {
        if (!m_document) break;
        Risk r;
        r.id = doc()->newRiskId(QStringLiteral("N"));
        r.title = QCoreApplication::translate("RiskRegister", "New risk");
        r.level = RiskLevel::Project;
        r.status = RiskStatus::Open;
        r.owner = doc()->author();
        doc()->addRisk(r, QStringLiteral("created"));
        setCurrent(r.id);
        break;
    }
    }
}

QString RiskRegister::leaveQuestion() const
{
    if (m_pendingLeave == Leave::None) return {};
    return QCoreApplication::translate("RiskRegister",
                                       "Risk %1 has changes that are not applied yet. Apply them before leaving it?")
        .arg(m_currentId);
}

void RiskRegister::answerLeave(LeaveChoice choice)
{
    const Leave action = std::exchange(m_pendingLeave, Leave::None);
    const QString target = std::exchange(m_pendingTarget, {});
    if (action == Leave::None) return;
    emit leaveQuestionChanged();
    if (choice == Cancel || (choice == Apply && !apply())) {
        emit currentRowChanged(); // stay on the changed risk (lastError says why when it did not apply)
        return;
    }
    if (choice == Discard) revert();
    finishLeave(action, target);
}

// ---- editing ------------------------------------------------------------------------------------

void RiskRegister::setError(const QString &error)
{
    if (error == m_error) return;
    m_error = error;
    emit lastErrorChanged();
}

bool RiskRegister::apply()
{
    const int row = sourceRowOf(m_currentId);
    if (row < 0) return false;
    const Risk before = portfolio().risks[row];
    QString error;
    const std::optional<Risk> after = m_draft.toRisk(before, portfolio(), &error);
    if (!after) {
        setError(error);
        return false;
    }
    setError({});
    const QString change = storedChange(before, *after);
    if (!change.isEmpty() && !doc()->editRisk(row, *after, change)) return false;
    m_draft.load(portfolio().risks[row]); // clean: the document has it now
    return true;
}

void RiskRegister::revert()
{
    setError({});
    const int row = sourceRowOf(m_currentId);
    m_draft.load(row < 0 ? Risk{} : portfolio().risks[row]);
}

bool RiskRegister::removeCurrent()
{
    const int row = sourceRowOf(m_currentId);
    if (row < 0) return false;
    m_draft.load({}); // its changes go with it
    return doc()->removeRisk(row);
}

void RiskRegister::syncPendingEdit()
{
    const QString key = m_draft.dirty() ? QStringLiteral("risk:") + m_currentId : QString();
    if (key == m_pendingKey) return;
    DocumentController *controller = m_document;
    if (!controller) return;
    if (!m_pendingKey.isEmpty()) controller->clearPendingEdit(m_pendingKey);
    m_pendingKey = key;
    if (key.isEmpty()) return;
    controller->setPendingEdit(
        {key, QStringLiteral("risks"),
         QCoreApplication::translate("RiskRegister", "Changes to risk %1 not applied").arg(m_currentId),
         [this](QString *error) {
             if (apply()) return true;
             if (error) *error = m_error;
             return false;
         },
         [this] { revert(); }});
}

// ---- words --------------------------------------------------------------------------------------

QString RiskRegister::optionLabel(const char *group, const QString &value) const
{
    for (const OptionLabel &o : kOptions)
        if (qstrcmp(o.group, group) == 0 && value == QLatin1String(o.value)) return regTr(o.text);
    return value;
}

QVariantList RiskRegister::options(const char *group) const
{
    QVariantList out;
    for (const OptionLabel &o : kOptions)
        if (qstrcmp(o.group, group) == 0)
            out << QVariantMap{{"value", QString::fromLatin1(o.value)}, {"label", regTr(o.text)}};
    return out;
}

// The plan's own (Dutch) factor names: the terms the programme uses, in either language.
QVariantList RiskRegister::factorOptions() const
{
    QVariantList out{
        QVariantMap{{"value", QString()}, {"label", QCoreApplication::translate("RiskRegister", "(none)")}}};
    for (const auto &f : portfolio().successFactors)
        out << QVariantMap{{"value", f.id}, {"label", f.nameNl.isEmpty() ? f.id : f.nameNl}};
    return out;
}

QVariantMap RiskRegister::labels() const
{
    QVariantMap out;
    for (const OptionLabel &o : kOptions)
        if (*o.value) out.insert(QLatin1String(o.group) + QLatin1Char('.') + QLatin1String(o.value), regTr(o.text));
    return out;
}

QString RiskRegister::describeChange(const QString &stored) const
{
    auto value = [this](const char *field, const QString &v) {
        if (v == kDash) return v;
        for (const char *group : {"level", "status", "response"})
            if (qstrcmp(field, group) == 0) return optionLabel(group, v);
        if (qstrcmp(field, "factor") == 0)
            for (const auto &f : portfolio().successFactors)
                if (f.id == v && !f.nameNl.isEmpty()) return f.nameNl;
        return v;
    };
    QStringList out;
    for (const QString &part : stored.split(QStringLiteral("; "))) {
        if (part == QLatin1String("created")) {
            out << QCoreApplication::translate("RiskRegister", "created");
            continue;
        }
        const qsizetype space = part.indexOf(QLatin1Char(' '));
        const FieldLabel *field = space > 0 ? findField(QStringView(part).left(space)) : nullptr;
        if (!field) { // written by hand or by another tool: as it is
            out << part;
            continue;
        }
        const QString label = QCoreApplication::translate("RiskForm", field->label);
        const QString rest = part.mid(space + 1);
        const qsizetype arrow = rest.indexOf(kArrow);
        if (rest == QLatin1String("changed"))
            out << QCoreApplication::translate("RiskRegister", "%1 changed").arg(label);
        else if (arrow >= 0)
            out << label + QLatin1Char(' ') + value(field->id, rest.left(arrow)) + kArrow
                    + value(field->id, rest.mid(arrow + kArrow.size()));
        else
            out << label + QLatin1Char(' ') + rest;
    }
    return out.join(QStringLiteral("; "));
}

QStringList RiskRegister::history() const
{
    QStringList out;
    const int row = sourceRowOf(m_currentId);
    if (row < 0) return out;
    for (const RiskChange &c : portfolio().risks[row].history)
        out.prepend(
            QStringLiteral("%1 · %2 · %3").arg(c.date.toString(Qt::ISODate), c.author, describeChange(c.change)));
    return out;
}

// ---- matrix -------------------------------------------------------------------------------------

QVariantList RiskRegister::matrixCounts() const
{
    // The open risks, the same rule as the exported matrix (model/riskmatrix.h).
    const rb::model::RiskMatrixCounts all = rb::model::riskMatrixCounts(portfolio());
    QVariantList counts;
    for (int n : m_filter.residual() ? all.residual : all.inherent) counts << n;
    return counts;
}

int RiskRegister::overdueCount() const
{
    int n = 0;
    for (const Risk &r : portfolio().risks)
        n += r.status == RiskStatus::Open && r.nextReview.isValid() && r.nextReview < doc()->today()
            ? 1
            : 0; // risks: a document
    return n;
}

int RiskRegister::totalCount() const { return int(portfolio().risks.size()); }

QString RiskRegister::matrixSummary() const
{
    const QVariantList c = matrixCounts();
    int high = 0, total = 0;
    for (int k = 0; k < 25; ++k) {
        total += c[k].toInt();
        if ((k / 5 + 1) * (k % 5 + 1) >= 12) high += c[k].toInt();
    }
    return QCoreApplication::translate(
               "RiskRegister", "%1 open risks in the %2 matrix, %3 with exposure 12 or more; %4 reviews overdue.")
        .arg(total)
        .arg(m_filter.residual() ? QCoreApplication::translate("RiskRegister", "residual")
                                 : QCoreApplication::translate("RiskRegister", "inherent"))
        .arg(high)
        .arg(overdueCount());
}

} // namespace rb::ui
