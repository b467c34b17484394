// xlsxsheet.cpp
#include "export/xlsxsheet.h"

#include "model/palette.h"

#include <xlsxwriter.h>

#include <algorithm>

namespace rb::exporting {

namespace {

constexpr int kMaxCellChars = 32767;            // Excel's limit for a cell's text
constexpr double kMinWidth = 6, kMaxWidth = 60; // column widths in characters

lxw_color_t rgb(const QColor &c) { return lxw_color_t(c.rgb() & 0xffffff); }

// XML 1.0 cannot hold most control characters; a document text may (they are rare and invisible). They
// become U+FFFD so the workbook stays readable, and the text is cut at Excel's limit of a cell.
QByteArray cellText(const QString &text)
{
    QString out = text.left(kMaxCellChars);
    for (QChar &ch : out)
        if (ch.unicode() < 0x20 && ch != QLatin1Char('\n') && ch != QLatin1Char('\t')) ch = QChar(0xFFFD);
    return out.toUtf8();
}

} // namespace

// ---- XlsxSheet --------------------------------------------------------------------------------------

void XlsxSheet::measure(int col, const QString &text, bool bold)
{
    double longest = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) longest = std::max<double>(longest, line.size());
    if (bold) longest *= 1.1;
    m_widths[col] = std::max(m_widths.value(col, kMinWidth), std::min(longest + 2, kMaxWidth));
}

void XlsxSheet::text(int row, int col, const QString &text, bool bold)
{
    if (!m_sheet) return;
    if (text.isEmpty()) return;
    const bool wrap = text.contains(QLatin1Char('\n')) || text.size() + 2 > kMaxWidth;
    m_book->check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), cellText(text).constData(),
                                         m_book->textFormat(wrap, bold)));
    measure(col, text, bold);
}

void XlsxSheet::number(int row, int col, double value)
{
    if (!m_sheet) return;
    m_book->check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, nullptr));
    measure(col, QString::number(value));
}

void XlsxSheet::date(int row, int col, const QDate &date)
{
    if (!m_sheet) return;
    if (!date.isValid()) return;
    lxw_datetime dt{date.year(), date.month(), date.day(), 0, 0, 0};
    m_book->check(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &dt, m_book->dateFormat()));
    measure(col, QStringLiteral("0000-00-00"));
}

void XlsxSheet::scoreNumber(int row, int col, int value, int step)
{
    if (!m_sheet) return;
    m_book->check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value, m_book->stepFormat(step)));
    measure(col, QString::number(value));
}

void XlsxSheet::header(int row, const QStringList &labels, bool freeze)
{
    if (!m_sheet) return;
    for (int c = 0; c < labels.size(); ++c) {
        m_book->check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(c), cellText(labels[c]).constData(),
                                             m_book->headerFormat()));
        measure(c, labels[c] + QStringLiteral("   "), true); // room for the autofilter's button
    }
    if (freeze) worksheet_freeze_panes(m_sheet, lxw_row_t(row + 1), 0);
}

void XlsxSheet::finishTable(int headerRow, int lastRow, int columns)
{
    if (!m_sheet) return;
    if (columns > 0)
        m_book->check(worksheet_autofilter(m_sheet, lxw_row_t(headerRow), 0, lxw_row_t(std::max(lastRow, headerRow)),
                                           lxw_col_t(columns - 1)));
    fitColumns();
}

void XlsxSheet::fitColumns()
{
    if (!m_sheet) return;
    for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it)
        m_book->check(worksheet_set_column(m_sheet, lxw_col_t(it.key()), lxw_col_t(it.key()), it.value(), nullptr));
}

// ---- XlsxBook ---------------------------------------------------------------------------------------

XlsxBook::XlsxBook(const QString &path)
{
    m_book = workbook_new(path.toLocal8Bit().constData());
    if (!m_book) m_error = QStringLiteral("cannot create the workbook");
}

XlsxBook::~XlsxBook()
{
    if (m_book) workbook_close(m_book); // frees it (a workbook not closed by close() is not wanted)
}

void XlsxBook::check(int error)
{
    if (error != LXW_NO_ERROR && m_error.isEmpty()) m_error = QString::fromUtf8(lxw_strerror(lxw_error(error)));
}

XlsxSheet *XlsxBook::addSheet(const QString &name)
{
    QString valid = name;
    for (const QChar bad : QStringLiteral("[]:*?/\\")) valid.replace(bad, QLatin1Char('-'));
    m_names << valid.left(LXW_SHEETNAME_MAX).toUtf8();
    lxw_worksheet *sheet = m_book ? workbook_add_worksheet(m_book, m_names.last().constData()) : nullptr;
    if (!sheet && m_error.isEmpty()) m_error = QStringLiteral("cannot add the sheet '%1'").arg(valid);
    // A sheet that could not be made still takes the calls, and ignores them (close() reports the error).
    m_sheets << std::shared_ptr<XlsxSheet>(new XlsxSheet(this, sheet));
    return m_sheets.last().get();
}

QString XlsxBook::close()
{
    if (!m_book) return m_error;
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    check(error);
    return m_error;
}

lxw_format *XlsxBook::textFormat(bool wrap, bool bold)
{
    lxw_format *&f = m_text[(wrap ? 1 : 0) + (bold ? 2 : 0)];
    if (!f && m_book) {
        f = workbook_add_format(m_book);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (wrap) format_set_text_wrap(f);
        if (bold) format_set_bold(f);
    }
    return f;
}

lxw_format *XlsxBook::headerFormat()
{
    if (!m_header && m_book) {
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bg_color(m_header, rgb(palette::grid()));
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_text_wrap(m_header);
    }
    return m_header;
}

lxw_format *XlsxBook::dateFormat()
{
    if (!m_date && m_book) {
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd"); // ISO, as in the CSV and the document
        format_set_align(m_date, LXW_ALIGN_VERTICAL_TOP);
    }
    return m_date;
}

lxw_format *XlsxBook::stepFormat(int step)
{
    step = std::clamp(step, 0, 5);
    lxw_format *&f = m_steps[step];
    if (!f && m_book) {
        f = workbook_add_format(m_book);
        format_set_bg_color(f, rgb(palette::score(step)));
        format_set_font_color(f, rgb(palette::onScore(step)));
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    return f;
}

} // namespace rb::exporting
