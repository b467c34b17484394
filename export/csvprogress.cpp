// csvprogress.cpp — progress from the posts CSV (see csvprogress.h).
#include "export/csvprogress.h"

#include "export/csvcells.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "model/enumnames.h"

#include <QHash>
#include <QRegularExpression>

namespace rb::exporting {

using namespace rb::model;

namespace {
constexpr int kMaxErrors = 50;
const char *const kProgressColumns[] = {"status", "actualStart", "actualFinish", "remainingDays"};
} // namespace

QList<CsvError> importPostProgress(Portfolio &portfolio, const CsvTable &table)
{
    QList<CsvError> errors;
    if (table.rows.isEmpty()) return {CsvError{1, 1, QStringLiteral("the file is empty (expected a header row)")}};
    const QStringList &header = table.rows.first();
    QHash<QString, int> column; // name -> 0-based index
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        if (column.contains(name)) errors << CsvError{1, i + 1, QStringLiteral("column '%1' appears twice").arg(name)};
        column.insert(name, i);
    }
    if (!column.contains(QStringLiteral("id")))
        errors << CsvError{1, int(header.size()) + 1, QStringLiteral("the required column 'id' is missing")};
    if (!errors.isEmpty()) return errors;
    QHash<QString, int> postIndex;
    for (int i = 0; i < portfolio.posts.size(); ++i) postIndex.insert(portfolio.posts[i].id, i);

    Portfolio candidate = portfolio;
    QList<int> rowOfPost(portfolio.posts.size(), 1);
    QHash<QString, int> seen;
    for (int r = 1; r < table.rows.size() && errors.size() < kMaxErrors; ++r) {
        const QStringList &row = table.rows[r];
        const int rowNo = r + 1;
        if (std::all_of(row.begin(), row.end(), [](const QString &s) { return s.isEmpty(); })) continue;
        if (row.size() != header.size()) {
            errors << CsvError{rowNo, int(qMin(row.size(), header.size())) + 1,
                               QStringLiteral("expected %1 fields, found %2").arg(header.size()).arg(row.size())};
            continue;
        }
        const int idColumn = column.value(QStringLiteral("id"));
        const QString id = row[idColumn].trimmed();
        const int index = postIndex.value(id, -1);
        if (index < 0) {
            errors << CsvError{
                rowNo, idColumn + 1,
                QStringLiteral("id: no post '%1' in the portfolio (this table updates existing posts)").arg(id)};
            continue;
        }
        if (seen.contains(id)) {
            errors << CsvError{rowNo, idColumn + 1,
                               QStringLiteral("id: post '%1' is also on row %2").arg(id).arg(seen.value(id))};
            continue;
        }
        seen.insert(id, rowNo);
        rowOfPost[index] = rowNo;
        Post &post = candidate.posts[index];
        for (const char *name : kProgressColumns) {
            const auto at = column.constFind(QLatin1String(name));
            if (at == column.constEnd()) continue;
            const QString cell = row[*at].trimmed();
            QString error;
            const auto fail = [&](const QString &message) {
                errors << CsvError{rowNo, *at + 1, QStringLiteral("%1: %2").arg(QLatin1String(name), message)};
            };
            if (qstrcmp(name, "status") == 0) {
                const auto status = enumFromName<PostStatus>(cell.toStdString());
                if (cell.isEmpty())
                    post.status = PostStatus::Planned;
                else if (!status)
                    fail(QStringLiteral("'%1'; expected one of: %2")
                             .arg(cell, QString::fromStdString(enumChoices<PostStatus>())));
                else
                    post.status = *status;
            } else if (qstrcmp(name, "remainingDays") == 0) {
                bool ok = true;
                const int days = cell.toInt(&ok);
                if (cell.isEmpty())
                    post.remainingDays.reset();
                else if (!ok || days < 0 || days > kMaxDays)
                    fail(QStringLiteral("'%1' is not a whole number of days from 0 to %2").arg(cell).arg(kMaxDays));
                else
                    post.remainingDays = days;
            } else {
                QDate &date = qstrcmp(name, "actualStart") == 0 ? post.actualStart : post.actualFinish;
                if (cell.isEmpty()) {
                    date = QDate();
                } else if (const auto d = parseDate(cell, &error)) {
                    date = *d;
                } else {
                    fail(error);
                }
            }
        }
    }
    if (!errors.isEmpty()) return errors;
    // The last guard: the document must still load (the progress rules), reported at the post's row and
    // the column of the field.
    const LoadResult loaded = DocumentReader::readBytes(DocumentWriter::toJson(candidate), QStringLiteral("import"));
    if (!loaded.ok()) {
        const QRegularExpression entity(QStringLiteral("^posts\\[(\\d+)\\]\\.?([A-Za-z]*)"));
        for (const Diagnostic &d : loaded.diagnostics) {
            int row = 1, col = 1;
            if (const QRegularExpressionMatch m = entity.match(d.path); m.hasMatch()) {
                row = rowOfPost.value(m.captured(1).toInt(), 1);
                col = column.value(m.captured(2), 0) + 1;
            }
            errors << CsvError{row, col, QStringLiteral("the document would not load: %1").arg(d.message)};
        }
        return errors;
    }
    portfolio = std::move(candidate);
    return {};
}

} // namespace rb::exporting
