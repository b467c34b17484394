// xlsxworkbook.cpp — the sheets of the workbook.
#include "export/xlsxworkbook.h"

#include "export/chartinputs.h"
#include "export/csvcells.h"
#include "export/csvtables.h"
#include "charts/exportlanguage.h"
#include "export/xlsxlabels.h"
#include "export/xlsxsheet.h"
#include "model/palette.h"
#include "model/scheduleadapter.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

namespace rb::exporting {

using namespace rb::model;

namespace {

// A list cell ("3A1|3A2") as the items, comma-separated, or one per line when they are long.
QString listText(const QString &cell)
{
    QString error;
    const auto items = decodeList(cell, &error);
    if (!items) return cell;
    const QString joined = items->join(QStringLiteral(", "));
    return joined.size() > 60 ? items->join(QLatin1Char('\n')) : joined;
}

// A records cell (history, sources) as one line per record, its non-empty fields joined by " — ".
QString recordsText(const QString &cell)
{
    QString error;
    const auto records = decodeRecords(cell, &error);
    if (!records) return cell;
    QStringList lines;
    for (const QStringList &r : *records) {
        QStringList fields;
        for (const QString &f : r)
            if (!f.isEmpty()) fields << f;
        lines << fields.join(QStringLiteral(" — "));
    }
    return lines.join(QLatin1Char('\n'));
}

struct TableWriter {
    XlsxSheet &sheet;
    const Portfolio &portfolio;
    QHash<QString, QString> factorNames; // id -> name in the export language

    TableWriter(XlsxSheet &s, const Portfolio &p) : sheet(s), portfolio(p)
    {
        for (const SuccessFactor &f : p.successFactors) factorNames.insert(f.id, localName(f.nameNl, f.nameEn));
    }

    // One cell of a CSV table, by the column's type.
    void cell(int row, int col, CellType type, const QString &field, const QString &value)
    {
        switch (type) {
        case CellType::Number: {
            bool ok = false;
            const double v = value.toDouble(&ok); // formatNumber without decimalComma: '.' decimals
            if (ok) sheet.number(row, col, v);
            break;
        }
        case CellType::Date:
            sheet.date(row, col, QDate::fromString(value, Qt::ISODate));
            break;
        case CellType::Enum:
            sheet.text(row, col, enumLabel(value));
            break;
        case CellType::List:
            sheet.text(row, col, listText(value));
            break;
        case CellType::Records:
            sheet.text(row, col, recordsText(value));
            break;
        case CellType::Text:
            sheet.text(row, col, field == QLatin1String("factor") ? factorNames.value(value, value) : value);
            break;
        }
    }
};

// ---- risks ------------------------------------------------------------------------------------------

// The risk table, with the inherent and residual exposure (probability × impact) after the residual
// impact, coloured in the five steps of the risk matrix (palette::exposureStep).
void writeRisks(XlsxSheet &sheet, const Portfolio &portfolio)
{
    const TypedTable table = typedTable(portfolio, CsvTableKind::Risks, CsvFormat{});
    TableWriter w(sheet, portfolio);
    const int afterColumn = int(table.header.indexOf(QStringLiteral("residualImpact")));
    QStringList labels;
    for (int c = 0; c < table.header.size(); ++c) {
        labels << columnLabel(CsvTableKind::Risks, table.header[c]);
        if (c == afterColumn)
            labels << translate("rb::exporting::Workbook", "Inherent exposure")
                   << translate("rb::exporting::Workbook", "Residual exposure");
    }
    sheet.header(0, labels);
    for (int r = 0; r < table.rows.size(); ++r) {
        const Risk &risk = portfolio.risks[r];
        int col = 0;
        for (int c = 0; c < table.header.size(); ++c) {
            w.cell(r + 1, col++, table.types[c], table.header[c], table.rows[r][c]);
            if (c != afterColumn) continue;
            const auto exposure = [&](std::optional<int> p, std::optional<int> i) {
                if (p && i) sheet.scoreNumber(r + 1, col, *p * *i, palette::exposureStep(*p * *i));
                ++col;
            };
            exposure(risk.probability, risk.impact);
            exposure(risk.residualProbability, risk.residualImpact);
        }
    }
    sheet.finishTable(0, int(table.rows.size()), int(labels.size()));
}

// One 5×5 matrix: the number of open and occurred risks per cell (probability 5 at the top, impact 1 at
// the left, as on the chart), coloured by exposure, and below it the same grid with the risks' ids.
void writeMatrix(XlsxSheet &sheet, const Portfolio &portfolio, bool residual)
{
    const RiskMatrixChart::Input in = riskMatrixInput(portfolio);
    int counts[6][6] = {};
    QStringList ids[6][6];
    int unscored = 0;
    for (const RiskMatrixChart::Item &r : in.risks) {
        const int p = residual ? r.residualProbability : r.probability;
        const int i = residual ? r.residualImpact : r.impact;
        if (p < 1 || p > 5 || i < 1 || i > 5) {
            ++unscored;
            continue;
        }
        ++counts[p][i];
        ids[p][i] << r.id;
    }
    sheet.text(0, 0,
               residual ? translate("rb::exporting::Charts", "Residual (after mitigation)")
                        : translate("rb::exporting::Charts", "Inherent (before mitigation)"),
               true);
    sheet.text(
        1, 0,
        translate(
            "rb::exporting::Workbook",
            "Open risks per cell; colour = exposure (probability × impact). Closed and occurred risks left out: %1. "
            "Risks without these scores: %2.")
            .arg(in.leftOutRisks)
            .arg(unscored));
    auto grid = [&](int top, const QString &corner, bool withIds) {
        QStringList header{corner};
        for (int i = 1; i <= 5; ++i) header << QString::number(i);
        sheet.header(top, header, false); // two grids on one sheet: nothing frozen
        for (int p = 5; p >= 1; --p) {
            const int row = top + 1 + (5 - p);
            sheet.number(row, 0, p);
            for (int i = 1; i <= 5; ++i) {
                if (withIds)
                    sheet.text(row, i, ids[p][i].join(QStringLiteral(", ")));
                else
                    sheet.scoreNumber(row, i, counts[p][i], palette::exposureStep(p * i));
            }
        }
    };
    grid(3, translate("rb::exporting::Workbook", "Probability ↓ / impact →"), false);
    sheet.text(10, 0, translate("rb::exporting::Workbook", "Risks per cell"), true);
    grid(11, translate("rb::exporting::Workbook", "Probability ↓ / impact →"), true);
    sheet.fitColumns();
}

// ---- latest assessments -----------------------------------------------------------------------------

// The latest assessment of each post (docs/format.md), in the order of the posts, as the CSV table's
// rows (one per factor score) without the assessment number, with the post's title after its id and
// the score on the heatmap's colour.
void writeAssessments(XlsxSheet &sheet, const Portfolio &portfolio)
{
    Portfolio latest = portfolio;
    latest.assessments.clear();
    QHash<QString, QString> titles;
    for (const Post &p : portfolio.posts) {
        titles.insert(p.id, p.title);
        if (const Assessment *a = portfolio.latestAssessment(p.id)) latest.assessments << *a;
    }
    const TypedTable table = typedTable(latest, CsvTableKind::Assessments, CsvFormat{});
    TableWriter w(sheet, portfolio);
    QList<int> shown;
    QStringList labels;
    const int postColumn = int(table.header.indexOf(QStringLiteral("post")));
    for (int c = 0; c < table.header.size(); ++c) {
        if (table.header[c] == QLatin1String("assessment")) continue;
        shown << c;
        labels << columnLabel(CsvTableKind::Assessments, table.header[c]);
        if (c == postColumn) labels << translate("RiskForm", "Title");
    }
    sheet.header(0, labels);
    for (int r = 0; r < table.rows.size(); ++r) {
        int col = 0;
        for (const int c : shown) {
            const QString &value = table.rows[r][c];
            if (table.header[c] == QLatin1String("score") && !value.isEmpty())
                sheet.scoreNumber(r + 1, col++, value.toInt(), value.toInt());
            else
                w.cell(r + 1, col++, table.types[c], table.header[c], value);
            if (c == postColumn) sheet.text(r + 1, col++, titles.value(value));
        }
    }
    sheet.finishTable(0, int(table.rows.size()), int(labels.size()));
}

// ---- posts ------------------------------------------------------------------------------------------

// The posts table, then the early dates, the total float and whether the post is critical (critical path
// method, docs/analysis.md). Without a schedule (a dependency cycle) those columns stay empty.
void writePosts(XlsxSheet &sheet, const Portfolio &portfolio)
{
    const TypedTable table = typedTable(portfolio, CsvTableKind::Posts, CsvFormat{});
    TableWriter w(sheet, portfolio);
    QStringList labels;
    for (const QString &field : table.header) labels << columnLabel(CsvTableKind::Posts, field);
    const int scheduleColumn = int(labels.size());
    labels << translate("rb::exporting::Workbook", "Early start")
           << translate("rb::exporting::Workbook", "Early finish")
           << translate("rb::exporting::Workbook", "Total float (days)")
           << translate("rb::exporting::Workbook", "Critical");
    sheet.header(0, labels);
    QString error;
    const auto schedule = PortfolioSchedule::build(portfolio, &error);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.header.size(); ++c)
            w.cell(r + 1, c, table.types[c], table.header[c], table.rows[r][c]);
        const int task = schedule ? schedule->taskOf(portfolio.posts[r].id) : -1;
        if (task < 0 || size_t(task) >= schedule->schedule().tasks.size()) continue;
        const analysis::TaskDates &d = schedule->schedule().tasks[size_t(task)];
        sheet.date(r + 1, scheduleColumn, fromDayNumber(d.earlyStart));
        sheet.date(r + 1, scheduleColumn + 1, fromDayNumber(d.earlyFinish));
        sheet.number(r + 1, scheduleColumn + 2, d.totalFloat);
        sheet.text(r + 1, scheduleColumn + 3,
                   d.critical ? translate("rb::exporting::Workbook", "yes")
                              : translate("rb::exporting::Workbook", "no"));
    }
    sheet.finishTable(0, int(table.rows.size()), int(labels.size()));
}

// ---- method -----------------------------------------------------------------------------------------

// What the numbers mean: the document's scales (docs/format.md) and the rules the application applies
// (docs/assessment-rules.md, model/assessmentrules.h; palette::exposureStep).
void writeMethod(XlsxSheet &sheet, const Portfolio &portfolio)
{
    int row = 0;
    sheet.text(row, 0, portfolio.programme.name, true);
    sheet.text(row, 1, portfolio.programme.organisation);
    ++row;
    sheet.text(row, 0, translate("rb::exporting::Workbook", "Status date"));
    sheet.date(row++, 1, portfolio.programme.statusDate);
    ++row;
    sheet.text(row++, 0, translate("rb::exporting::Workbook", "Success-factor scores (the higher, the riskier)"), true);
    const char *meanings[]
        = {QT_TRANSLATE_NOOP("rb::exporting::Charts", "under control"),
           QT_TRANSLATE_NOOP("rb::exporting::Charts", "largely"), QT_TRANSLATE_NOOP("rb::exporting::Charts", "partly"),
           QT_TRANSLATE_NOOP("rb::exporting::Charts", "poorly"),
           QT_TRANSLATE_NOOP("rb::exporting::Charts", "not under control")};
    for (int s = 1; s <= 5; ++s) {
        sheet.scoreNumber(row, 0, s, s);
        sheet.text(row++, 1, translate("rb::exporting::Charts", meanings[s - 1]));
    }
    sheet.text(row++, 1, translate("rb::exporting::Workbook", "A factor scored 4 or 5 needs a mitigation."));
    sheet.text(row++, 1,
               translate("rb::exporting::Deck",
                         "Rule (docs/assessment-rules.md): a 5; or two scores ≥ 4; or a mean ≥ 3.0 over ≥ 4 factors."));
    sheet.text(row++, 1,
               translate("rb::exporting::Workbook",
                         "The sheet of assessments shows each post's latest assessment (latest date; on the same date "
                         "the later one)."));
    ++row;
    sheet.text(row++, 0, translate("rb::exporting::Workbook", "Risk probability and impact"), true);
    const char *probability[] = {QT_TRANSLATE_NOOP("rb::exporting::Workbook", "rare (< 10 %)"),
                                 QT_TRANSLATE_NOOP("rb::exporting::Workbook", "unlikely (10–30 %)"),
                                 QT_TRANSLATE_NOOP("rb::exporting::Workbook", "possible (30–50 %)"),
                                 QT_TRANSLATE_NOOP("rb::exporting::Workbook", "likely (50–80 %)"),
                                 QT_TRANSLATE_NOOP("rb::exporting::Workbook", "almost certain (> 80 %)")};
    const char *impact[] = {
        QT_TRANSLATE_NOOP("rb::exporting::Workbook", "negligible"),
        QT_TRANSLATE_NOOP("rb::exporting::Workbook", "minor"), QT_TRANSLATE_NOOP("rb::exporting::Workbook", "moderate"),
        QT_TRANSLATE_NOOP("rb::exporting::Workbook", "major"), QT_TRANSLATE_NOOP("rb::exporting::Workbook", "severe")};
    sheet.header(row++,
                 {QString(), translate("rb::exporting::Workbook", "Probability"),
                  translate("rb::exporting::Workbook", "Impact (on planning, cost or result)")},
                 false);
    for (int s = 1; s <= 5; ++s) {
        sheet.number(row, 0, s);
        sheet.text(row, 1, translate("rb::exporting::Workbook", probability[s - 1]));
        sheet.text(row++, 2, translate("rb::exporting::Workbook", impact[s - 1]));
    }
    ++row;
    sheet.text(row++, 0,
               translate("rb::exporting::Workbook", "Exposure = probability × impact (1–25), coloured in five steps"),
               true);
    const int from[] = {1, 3, 6, 12, 20}, to[] = {2, 5, 11, 19, 25};
    for (int s = 0; s < 5; ++s) {
        sheet.scoreNumber(row, 0, from[s], s + 1);
        sheet.text(row++, 1, translate("rb::exporting::Workbook", "%1 to %2").arg(from[s]).arg(to[s]));
    }
    sheet.text(
        row++, 1,
        translate(
            "rb::exporting::Workbook",
            "Inherent: before mitigation; residual: after mitigation. The matrices count open and occurred risks."));
    ++row;
    sheet.text(row++, 0, translate("rb::exporting::Workbook", "Schedule"), true);
    sheet.text(
        row++, 1,
        translate("rb::exporting::Workbook",
                  "Early start and finish and total float come from the critical path method over the dependencies "
                  "(inclusive calendar days). Float: the days a post can slip without moving the programme finish "
                  "or a deadline; critical: no float."));
    sheet.text(row++, 1, translate("rb::exporting::Workbook", "Amounts in k€."));
    // A page of text, not a table: nothing frozen, no filter.
    sheet.fitColumns();
}

} // namespace

WorkbookResult renderWorkbook(const Portfolio &portfolio, const QString &language)
{
    const ExportLanguage scope(language);
    WorkbookResult result;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString());
        return result;
    }
    const QString path = dir.filePath(QStringLiteral("workbook.xlsx"));
    {
        XlsxBook book(path);
        writeRisks(*book.addSheet(translate("rb::exporting::Workbook", "Risks")), portfolio);
        writeMatrix(*book.addSheet(translate("rb::exporting::Workbook", "Inherent matrix")), portfolio, false);
        writeMatrix(*book.addSheet(translate("rb::exporting::Workbook", "Residual matrix")), portfolio, true);
        writeAssessments(*book.addSheet(translate("rb::exporting::Workbook", "Latest assessments")), portfolio);
        writePosts(*book.addSheet(translate("rb::exporting::Workbook", "Posts")), portfolio);
        writeMethod(*book.addSheet(translate("rb::exporting::Workbook", "Method")), portfolio);
        result.error = book.close();
    }
    if (!result.error.isEmpty()) return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read the workbook back: %1").arg(file.errorString());
        return result;
    }
    result.bytes = file.readAll();
    if (result.bytes.isEmpty()) result.error = QStringLiteral("the workbook is empty");
    return result;
}

} // namespace rb::exporting
