// csvtables.cpp — column definitions of the CSV tables and the generic row reader/writer.
#include "export/csvtables.h"

#include "export/csvcells.h"
#include "export/csvprogress.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/enumnames.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace rb::exporting {

using namespace rb::model;

std::optional<CsvTableKind> csvTableFromName(const QString &name)
{
    if (name == QLatin1String("risks")) return CsvTableKind::Risks;
    if (name == QLatin1String("assessments")) return CsvTableKind::Assessments;
    if (name == QLatin1String("posts")) return CsvTableKind::Posts;
    return std::nullopt;
}

namespace {

constexpr int kMaxErrors = 50;

struct Context {
    const Portfolio &portfolio;
    CsvFormat format;
    QSet<QString> postIds, factorIds;
};

// A column: its header, how to write a record's value, and (for importable tables) how to read it back.
// `set` returns false and fills `error` for a bad cell.
template <typename T>
struct Column {
    QString name;
    std::function<QString(const T &, const Context &)> get;
    std::function<bool(T &, const QString &, const Context &, QString *)> set;
    CellType type = CellType::Text;
};

// ---- reusable cell converters -------------------------------------------------------------------

template <typename T>
Column<T> text(const char *name, QString T::*member)
{
    return {QString::fromLatin1(name), [member](const T &r, const Context &) { return r.*member; },
            [member](T &r, const QString &cell, const Context &, QString *) {
                r.*member = cell;
                return true;
            }};
}

// `blankIsMissing`: a cell of only spaces or control characters counts as missing, as the document
// reader judges ids (a risk id of vertical tabs would import, and the document would not open again);
// other required texts (a title) need only be non-empty, so that whatever loads also round-trips.
template <typename T>
Column<T> requiredText(const char *name, QString T::*member, bool blankIsMissing = false)
{
    Column<T> c = text<T>(name, member);
    c.set = [member, name, blankIsMissing](T &r, const QString &cell, const Context &, QString *error) {
        if (blankIsMissing ? cell.trimmed().isEmpty() : cell.isEmpty()) {
            *error = QStringLiteral("%1 is required").arg(QLatin1String(name));
            return false;
        }
        r.*member = cell;
        return true;
    };
    return c;
}

template <typename T>
Column<T> optionalInt(const char *name, std::optional<int> T::*member, int min, int max)
{
    return {QString::fromLatin1(name),
            [member](const T &r, const Context &) { return r.*member ? QString::number(*(r.*member)) : QString(); },
            [member, min, max](T &r, const QString &cell, const Context &, QString *error) {
                if (cell.trimmed().isEmpty()) {
                    r.*member = std::nullopt;
                    return true;
                }
                const auto v = parseInteger(cell, min, max, error);
                if (!v) return false;
                r.*member = *v;
                return true;
            },
            CellType::Number};
}

template <typename T>
Column<T> date(const char *name, QDate T::*member, bool required)
{
    return {QString::fromLatin1(name), [member](const T &r, const Context &) { return formatDate(r.*member); },
            [member, required, name](T &r, const QString &cell, const Context &, QString *error) {
                if (cell.trimmed().isEmpty()) {
                    if (required) *error = QStringLiteral("%1 is required").arg(QLatin1String(name));
                    r.*member = QDate();
                    return !required;
                }
                const auto d = parseDate(cell, error);
                if (!d) return false;
                r.*member = *d;
                return true;
            },
            CellType::Date};
}

template <typename T, typename E>
Column<T> enumeration(const char *name, E T::*member, std::optional<E> emptyMeans = std::nullopt)
{
    return {QString::fromLatin1(name),
            [member](const T &r, const Context &) { return QString::fromLatin1(enumName(r.*member)); },
            [member, emptyMeans](T &r, const QString &cell, const Context &, QString *error) {
                const QString v = cell.trimmed();
                if (v.isEmpty() && emptyMeans) {
                    r.*member = *emptyMeans;
                    return true;
                }
                const auto e = enumFromName<E>(v.toStdString());
                if (!e || v.isEmpty()) {
                    *error = QStringLiteral("unknown value '%1' (expected %2)")
                                 .arg(cell, QString::fromStdString(enumChoices<E>()));
                    return false;
                }
                r.*member = *e;
                return true;
            },
            CellType::Enum};
}

// Sources as records "section|quote|document" (the document only when it is set).
QString encodeSources(const QList<Source> &sources)
{
    QList<QStringList> records;
    for (const Source &s : sources) {
        QStringList r{s.section, s.quote};
        if (!s.document.isEmpty()) r << s.document;
        records << r;
    }
    return encodeRecords(records);
}

std::optional<QList<Source>> decodeSources(const QString &cell, QString *error)
{
    const auto records = decodeRecords(cell, error);
    if (!records) return std::nullopt;
    QList<Source> sources;
    for (const QStringList &r : *records) {
        if (r.size() < 2 || r.size() > 3) {
            *error = QStringLiteral("a source is section|quote or section|quote|document, found %1 field(s)")
                         .arg(r.size());
            return std::nullopt;
        }
        sources << Source{r.value(2), r[0], r[1]};
    }
    return sources;
}

template <typename T>
Column<T> sourcesColumn()
{
    return {QStringLiteral("sources"), [](const T &r, const Context &) { return encodeSources(r.sources); },
            [](T &r, const QString &cell, const Context &, QString *error) {
                auto s = decodeSources(cell, error);
                if (!s) return false;
                r.sources = *s;
                return true;
            },
            CellType::Records};
}

// ---- risks ----------------------------------------------------------------------------------------

QList<Column<Risk>> riskColumns()
{
    using R = Risk;
    return {
        requiredText<R>("id", &R::id, true),
        requiredText<R>("title", &R::title),
        enumeration<R, RiskLevel>("level", &R::level),
        {QStringLiteral("posts"), [](const R &r, const Context &) { return encodeList(r.posts); },
         [](R &r, const QString &cell, const Context &ctx, QString *error) {
             const auto list = decodeList(cell, error);
             if (!list) return false;
             for (const QString &p : *list)
                 if (!ctx.postIds.contains(p)) {
                     *error = QStringLiteral("unknown post '%1'").arg(p);
                     return false;
                 }
             r.posts = *list;
             return true;
         },
         CellType::List},
        {QStringLiteral("factor"), [](const R &r, const Context &) { return r.factor; },
         [](R &r, const QString &cell, const Context &ctx, QString *error) {
             if (!cell.isEmpty() && !ctx.factorIds.contains(cell)) {
                 *error = QStringLiteral("unknown success factor '%1'").arg(cell);
                 return false;
             }
             r.factor = cell;
             return true;
         }},
        text<R>("cause", &R::cause),
        text<R>("event", &R::event),
        text<R>("effect", &R::effect),
        optionalInt<R>("probability", &R::probability, 1, 5),
        optionalInt<R>("impact", &R::impact, 1, 5),
        optionalInt<R>("residualProbability", &R::residualProbability, 1, 5),
        optionalInt<R>("residualImpact", &R::residualImpact, 1, 5),
        optionalInt<R>("delayDays", &R::delayDays, 0, kMaxDays), // the document reader's range
        text<R>("owner", &R::owner),
        enumeration<R, RiskResponse>("response", &R::response, RiskResponse::None),
        text<R>("mitigation", &R::mitigation),
        enumeration<R, RiskStatus>("status", &R::status, RiskStatus::Open),
        date<R>("nextReview", &R::nextReview, false),
        {QStringLiteral("history"),
         [](const R &r, const Context &) {
             QList<QStringList> records;
             for (const RiskChange &h : r.history) records << QStringList{formatDate(h.date), h.author, h.change};
             return encodeRecords(records);
         },
         [](R &r, const QString &cell, const Context &, QString *error) {
             const auto records = decodeRecords(cell, error);
             if (!records) return false;
             QList<RiskChange> history;
             for (const QStringList &rec : *records) {
                 if (rec.size() != 3) {
                     *error
                         = QStringLiteral("a history entry is date|author|change, found %1 field(s)").arg(rec.size());
                     return false;
                 }
                 // As the document reader requires: every change has a date and says what changed.
                 if (rec[0].isEmpty() || rec[2].isEmpty()) {
                     *error = QStringLiteral("a history entry needs a date and a change (date|author|change)");
                     return false;
                 }
                 const auto d = parseDate(rec[0], error);
                 if (!d) return false;
                 history << RiskChange{*d, rec[1], rec[2]};
             }
             r.history = history;
             return true;
         },
         CellType::Records},
        text<R>("note", &R::note),
        sourcesColumn<R>(),
    };
}

// ---- assessments: one row per (assessment, factor) ---------------------------------------------------

struct AssessmentRow {
    QString number; // groups the rows of one assessment
    Assessment assessment;
    QString factor;
    FactorScore score;
};

QList<Column<AssessmentRow>> assessmentColumns()
{
    using A = AssessmentRow;
    auto field = [](const char *name, auto member) {
        return Column<A>{QString::fromLatin1(name),
                         [member](const A &r, const Context &) { return r.assessment.*member; },
                         [member](A &r, const QString &cell, const Context &, QString *) {
                             r.assessment.*member = cell;
                             return true;
                         }};
    };
    Column<A> post{QStringLiteral("post"), [](const A &r, const Context &) { return r.assessment.post; },
                   [](A &r, const QString &cell, const Context &ctx, QString *error) {
                       if (!ctx.postIds.contains(cell)) {
                           *error = cell.isEmpty() ? QStringLiteral("post is required")
                                                   : QStringLiteral("unknown post '%1'").arg(cell);
                           return false;
                       }
                       r.assessment.post = cell;
                       return true;
                   }};
    Column<A> assessor = field("assessor", &Assessment::assessor);
    assessor.set = [](A &r, const QString &cell, const Context &, QString *error) {
        if (cell.isEmpty()) {
            *error = QStringLiteral("assessor is required");
            return false;
        }
        r.assessment.assessor = cell;
        return true;
    };
    return {
        requiredText<A>("assessment", &A::number),
        post,
        {QStringLiteral("date"), [](const A &r, const Context &) { return formatDate(r.assessment.date); },
         [](A &r, const QString &cell, const Context &, QString *error) {
             const auto d = parseDate(cell, error);
             if (!d) return false;
             r.assessment.date = *d;
             return true;
         },
         CellType::Date},
        assessor,
        field("note", &Assessment::note),
        {QStringLiteral("factor"), [](const A &r, const Context &) { return r.factor; },
         [](A &r, const QString &cell, const Context &ctx, QString *error) {
             if (!cell.isEmpty() && !ctx.factorIds.contains(cell)) {
                 *error = QStringLiteral("unknown success factor '%1'").arg(cell);
                 return false;
             }
             r.factor = cell;
             return true;
         }},
        {QStringLiteral("score"),
         [](const A &r, const Context &) { return r.factor.isEmpty() ? QString() : QString::number(r.score.score); },
         [](A &r, const QString &cell, const Context &, QString *error) {
             if (cell.trimmed().isEmpty()) {
                 r.score.score = 0; // checked against the factor once the whole row is read
                 return true;
             }
             const auto v = parseInteger(cell, 1, 5, error);
             if (!v) return false;
             r.score.score = *v;
             return true;
         },
         CellType::Number},
        {QStringLiteral("rationale"), [](const A &r, const Context &) { return r.score.rationale; },
         [](A &r, const QString &cell, const Context &, QString *) {
             r.score.rationale = cell;
             return true;
         }},
        {QStringLiteral("mitigation"), [](const A &r, const Context &) { return r.score.mitigation; },
         [](A &r, const QString &cell, const Context &, QString *) {
             r.score.mitigation = cell;
             return true;
         }},
    };
}

QList<AssessmentRow> assessmentRows(const Portfolio &portfolio)
{
    QList<AssessmentRow> rows;
    for (qsizetype i = 0; i < portfolio.assessments.size(); ++i) {
        const Assessment &a = portfolio.assessments[i];
        const QString number = QString::number(i + 1);
        if (a.scores.isEmpty()) rows << AssessmentRow{number, a, QString(), FactorScore{}};
        for (const auto &s : a.scores) rows << AssessmentRow{number, a, s.first, s.second};
    }
    return rows;
}

// ---- posts (export only) ------------------------------------------------------------------------------

QList<Column<Post>> postColumns()
{
    using P = Post;
    auto number = [](const char *name, std::function<std::optional<double>(const P &)> value) {
        return Column<P>{QString::fromLatin1(name),
                         [value](const P &p, const Context &ctx) {
                             const auto v = value(p);
                             return v ? formatNumber(*v, ctx.format.decimalComma) : QString();
                         },
                         {},
                         CellType::Number};
    };
    auto budget = [&](const char *name, BudgetLine Budget::*line, double BudgetLine::*field) {
        return number(name, [line, field](const P &p) -> std::optional<double> {
            if (!p.budget) return std::nullopt;
            return (*p.budget).*line.*field;
        });
    };
    auto estimate = [&](const char *name, int Estimate::*field) {
        return number(name, [field](const P &p) -> std::optional<double> {
            if (!p.estimate) return std::nullopt;
            return (*p.estimate).*field;
        });
    };
    return {
        text<P>("id", &P::id),
        text<P>("title", &P::title),
        number("theme", [](const P &p) { return std::optional<double>(p.theme); }),
        enumeration<P, PostKind>("kind", &P::kind),
        enumeration<P, PostStatus>("status", &P::status),
        text<P>("owner", &P::owner),
        text<P>("contractor", &P::contractor),
        text<P>("projectLeader", &P::projectLeader),
        date<P>("start", &P::start, false),
        date<P>("finish", &P::finish, false),
        number("durationDays",
               [](const P &p) { return p.durationDays ? std::optional<double>(*p.durationDays) : std::nullopt; }),
        estimate("optimisticDays", &Estimate::optimisticDays),
        estimate("mostLikelyDays", &Estimate::mostLikelyDays),
        estimate("pessimisticDays", &Estimate::pessimisticDays),
        date<P>("deadline", &P::deadline, false),
        // Progress: the columns import-csv --table posts reads back (csvprogress.h).
        date<P>("actualStart", &P::actualStart, false),
        date<P>("actualFinish", &P::actualFinish, false),
        number("remainingDays",
               [](const P &p) { return p.remainingDays ? std::optional<double>(*p.remainingDays) : std::nullopt; }),
        budget("investmentPlanned", &Budget::investment, &BudgetLine::planned),
        budget("investmentProposed", &Budget::investment, &BudgetLine::proposed),
        budget("operatingPlanned", &Budget::operating, &BudgetLine::planned),
        budget("operatingProposed", &Budget::operating, &BudgetLine::proposed),
        budget("oneOffPlanned", &Budget::oneOff, &BudgetLine::planned),
        budget("oneOffProposed", &Budget::oneOff, &BudgetLine::proposed),
        budget("oneOffCarriedOver", &Budget::oneOff, &BudgetLine::carriedOver),
        number("costOfDelayPerMonth", [](const P &p) { return p.costOfDelayPerMonth; }),
        number("plateau", [](const P &p) { return p.plateau ? std::optional<double>(*p.plateau) : std::nullopt; }),
        {QStringLiteral("tags"), [](const P &p, const Context &) { return encodeList(p.tags); }, {}, CellType::List},
        text<P>("result", &P::result),
        text<P>("goal", &P::goal),
        {QStringLiteral("activities"),
         [](const P &p, const Context &) { return encodeList(p.activities); },
         {},
         CellType::List},
        text<P>("note", &P::note),
        sourcesColumn<P>(),
    };
}

// ---- generic reader and writer --------------------------------------------------------------------------

template <typename T>
TypedTable writeRows(const QList<T> &records, const QList<Column<T>> &columns, const Context &ctx)
{
    TypedTable table;
    for (const auto &c : columns) {
        table.header << c.name;
        table.types << c.type;
    }
    for (const T &r : records) {
        QStringList row;
        for (const auto &c : columns) row << c.get(r, ctx);
        table.rows << row;
    }
    return table;
}

template <typename T>
struct ReadRows {
    QList<T> records;
    QList<int> rowNumbers;      // CSV row of each record
    QHash<QString, int> column; // header name -> 1-based column
};

template <typename T>
ReadRows<T> readRows(const CsvTable &table, const QList<Column<T>> &columns, const QStringList &required,
                     const Context &ctx, QList<CsvError> &errors)
{
    ReadRows<T> out;
    if (table.rows.isEmpty()) {
        errors << CsvError{1, 1, QStringLiteral("the file is empty (expected a header row)")};
        return out;
    }
    const QStringList &header = table.rows.first();
    QList<const Column<T> *> byIndex;
    QStringList names;
    for (const auto &c : columns) names << c.name;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        const int known = int(names.indexOf(name));
        if (known < 0) {
            errors << CsvError{
                1, i + 1,
                QStringLiteral("unknown column '%1' (expected %2)").arg(name, names.join(QLatin1String(", ")))};
        } else if (out.column.contains(name)) {
            errors << CsvError{1, i + 1, QStringLiteral("column '%1' appears twice").arg(name)};
        } else {
            out.column.insert(name, i + 1);
        }
        byIndex << (known < 0 ? nullptr : &columns[known]);
    }
    for (const QString &r : required)
        if (!out.column.contains(r))
            errors << CsvError{1, int(header.size()) + 1, QStringLiteral("the required column '%1' is missing").arg(r)};
    if (!errors.isEmpty()) return out;

    for (int rowIndex = 1; rowIndex < table.rows.size() && errors.size() < kMaxErrors; ++rowIndex) {
        const QStringList &row = table.rows[rowIndex];
        const int rowNo = rowIndex + 1;
        if (std::all_of(row.begin(), row.end(), [](const QString &s) { return s.isEmpty(); }))
            continue; // a blank line, e.g. left at the end by a spreadsheet
        if (row.size() != header.size()) {
            errors << CsvError{rowNo, int(qMin(row.size(), header.size())) + 1,
                               QStringLiteral("expected %1 fields, found %2").arg(header.size()).arg(row.size())};
            continue;
        }
        T record{};
        bool rowOk = true;
        for (int i = 0; i < row.size(); ++i) {
            QString error;
            const QString cell = byIndex[i]->type == CellType::Number ? row[i] : unprotectCell(row[i]);
            if (!byIndex[i]->set(record, cell, ctx, &error)) {
                errors << CsvError{rowNo, i + 1, QStringLiteral("%1: %2").arg(header[i].trimmed(), error)};
                rowOk = false;
            }
        }
        if (rowOk) {
            out.records << record;
            out.rowNumbers << rowNo;
        }
    }
    return out;
}

Context makeContext(const Portfolio &portfolio, const CsvFormat &format)
{
    Context ctx{portfolio, format, {}, {}};
    for (const Post &p : portfolio.posts) ctx.postIds.insert(p.id);
    for (const SuccessFactor &f : portfolio.successFactors) ctx.factorIds.insert(f.id);
    return ctx;
}

// The last guard: whatever the table's own checks let through must still be a document the loader
// accepts, or the next save could not be opened again (each mismatch the fuzzer found was one such
// gap). The loader's findings are reported at the CSV row of the entity and the column of the field
// they name, or at column 1.
QList<CsvError> checkLoads(const Portfolio &candidate, const QString &array, const QList<int> &rowOfIndex,
                           const QHash<QString, int> &columnOf)
{
    QList<CsvError> out;
    const model::LoadResult loaded
        = model::DocumentReader::readBytes(model::DocumentWriter::toJson(candidate), QStringLiteral("import"));
    if (loaded.ok()) return out;
    const QRegularExpression entity(QStringLiteral("^%1\\[(\\d+)\\]\\.?([A-Za-z]*)").arg(array));
    for (const model::Diagnostic &d : loaded.diagnostics) {
        if (d.severity != model::Diagnostic::Severity::Error) continue;
        int row = 1, column = 1;
        if (const QRegularExpressionMatch m = entity.match(d.path); m.hasMatch()) {
            row = rowOfIndex.value(m.captured(1).toInt(), 1);
            column = std::max(1, columnOf.value(m.captured(2), 1));
        }
        out << CsvError{row, column, QStringLiteral("the document would not load: %1").arg(d.message)};
    }
    if (out.isEmpty()) out << CsvError{1, 1, QStringLiteral("the document would not load")};
    return out;
}

QList<CsvError> importRisks(Portfolio &portfolio, const CsvTable &table, const Context &ctx)
{
    QList<CsvError> errors;
    ReadRows<Risk> rows = readRows(
        table, riskColumns(), {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("level")}, ctx, errors);
    QHash<QString, int> seen;
    for (int i = 0; i < rows.records.size(); ++i) {
        const QString &id = rows.records[i].id;
        if (seen.contains(id))
            errors << CsvError{
                rows.rowNumbers[i], rows.column.value(QStringLiteral("id")),
                QStringLiteral("id: duplicate risk id '%1' (first in row %2)").arg(id).arg(seen.value(id))};
        else
            seen.insert(id, rows.rowNumbers[i]);
    }
    if (!errors.isEmpty()) return errors;
    Portfolio candidate = portfolio;
    candidate.risks = rows.records;
    errors = checkLoads(candidate, QStringLiteral("risks"), rows.rowNumbers, rows.column);
    if (errors.isEmpty()) portfolio = std::move(candidate);
    return errors;
}

QList<CsvError> importAssessments(Portfolio &portfolio, const CsvTable &table, const Context &ctx)
{
    QList<CsvError> errors;
    ReadRows<AssessmentRow> rows = readRows(
        table, assessmentColumns(),
        {QStringLiteral("assessment"), QStringLiteral("post"), QStringLiteral("date"), QStringLiteral("assessor")}, ctx,
        errors);
    QList<Assessment> assessments;
    QHash<QString, int> indexOf;    // assessment number -> index in `assessments`
    QHash<QString, int> firstRowOf; // assessment number -> its first CSV row
    for (int i = 0; i < rows.records.size(); ++i) {
        const AssessmentRow &r = rows.records[i];
        const int rowNo = rows.rowNumbers[i];
        // The error's column: the first of `columns` the file has. A rule can concern a column the file
        // leaves out (a score without a factor column); the error then points at the cell that has the
        // value, and at the first column when none of them is there.
        auto at = [&](std::initializer_list<const char *> columns, const QString &message) {
            int column = 0;
            for (const char *name : columns)
                if ((column = rows.column.value(QString::fromLatin1(name))) > 0) break;
            errors << CsvError{rowNo, std::max(column, 1), message};
        };
        if (!indexOf.contains(r.number)) {
            indexOf.insert(r.number, int(assessments.size()));
            firstRowOf.insert(r.number, rowNo);
            Assessment a = r.assessment;
            a.scores.clear();
            assessments << a;
        }
        Assessment &a = assessments[indexOf.value(r.number)];
        // Every row of one assessment repeats its fields; they must agree.
        const int first = firstRowOf.value(r.number);
        if (a.post != r.assessment.post)
            at({"post"}, QStringLiteral("post: differs from row %1 of the same assessment").arg(first));
        if (a.date != r.assessment.date)
            at({"date"}, QStringLiteral("date: differs from row %1 of the same assessment").arg(first));
        if (a.assessor != r.assessment.assessor)
            at({"assessor"}, QStringLiteral("assessor: differs from row %1 of the same assessment").arg(first));
        if (a.note != r.assessment.note)
            at({"note"}, QStringLiteral("note: differs from row %1 of the same assessment").arg(first));
        if (r.factor.isEmpty()) {
            if (r.score.score != 0 || !r.score.rationale.isEmpty() || !r.score.mitigation.isEmpty())
                at({"factor",
                    r.score.score != 0                 ? "score"
                        : !r.score.rationale.isEmpty() ? "rationale"
                                                       : "mitigation"},
                   QStringLiteral("factor: required when the row has a score, rationale or mitigation"));
            continue;
        }
        if (r.score.score == 0) {
            at({"score", "factor"}, QStringLiteral("score: required (1..5) when a factor is given"));
            continue;
        }
        if (a.score(r.factor)) {
            at({"factor"}, QStringLiteral("factor: '%1' is scored twice in assessment %2").arg(r.factor, r.number));
            continue;
        }
        a.scores << qMakePair(r.factor, r.score);
    }
    if (!errors.isEmpty()) return errors;
    QList<int> rowOfIndex(assessments.size(), 1);
    for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it) rowOfIndex[it.value()] = firstRowOf.value(it.key(), 1);
    Portfolio candidate = portfolio;
    candidate.assessments = assessments;
    errors = checkLoads(candidate, QStringLiteral("assessments"), rowOfIndex, rows.column);
    if (errors.isEmpty()) portfolio = std::move(candidate);
    return errors;
}

} // namespace

TypedTable typedTable(const Portfolio &portfolio, CsvTableKind table, const CsvFormat &format)
{
    const Context ctx = makeContext(portfolio, format);
    switch (table) {
    case CsvTableKind::Risks:
        return writeRows(portfolio.risks, riskColumns(), ctx);
    case CsvTableKind::Assessments:
        return writeRows(assessmentRows(portfolio), assessmentColumns(), ctx);
    case CsvTableKind::Posts:
        return writeRows(portfolio.posts, postColumns(), ctx);
    }
    return {};
}

QList<QStringList> tableRows(const Portfolio &portfolio, CsvTableKind table, const CsvFormat &format)
{
    const TypedTable typed = typedTable(portfolio, table, format);
    QList<QStringList> rows{typed.header};
    for (QStringList row : typed.rows) {
        for (int i = 0; i < row.size(); ++i)
            if (typed.types[i] != CellType::Number) row[i] = protectCell(row[i]);
        rows << row;
    }
    return rows;
}

QByteArray exportCsv(const Portfolio &portfolio, CsvTableKind table, const CsvFormat &format)
{
    return writeCsv(tableRows(portfolio, table, format), format.delimiter);
}

QList<CsvError> importCsv(Portfolio &portfolio, CsvTableKind table, const QByteArray &csv, const CsvFormat &format)
{
    const CsvTable parsed = readCsv(csv, format.delimiter);
    if (!parsed.errors.isEmpty()) return parsed.errors;
    const Context ctx = makeContext(portfolio, format);
    switch (table) {
    case CsvTableKind::Risks:
        return importRisks(portfolio, parsed, ctx);
    case CsvTableKind::Assessments:
        return importAssessments(portfolio, parsed, ctx);
    case CsvTableKind::Posts:
        return importPostProgress(portfolio, parsed); // progress only
    }
    return {};
}

} // namespace rb::exporting
