// xlsxsheet.h — a thin C++ layer over libxlsxwriter (Debian libxlsxwriter-dev) for the Excel workbook
// (xlsxworkbook.h): typed cells (text always as a string cell, never a formula; numbers; dates as Excel
// dates with a date format), the shared cell formats, a header row that stays in view with an autofilter,
// and column widths that fit their contents. The first libxlsxwriter error is kept and reported by close().
#pragma once

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace rb::exporting {

class XlsxBook;

class XlsxSheet {
public:
    // A string cell (worksheet_write_string: Excel shows it as text, whatever its first character),
    // aligned to the top; wrapped when it has line breaks or is wider than a column may be.
    void text(int row, int col, const QString &text, bool bold = false);
    void number(int row, int col, double value);
    void date(int row, int col, const QDate &date); // nothing for an invalid date
    // A number on the colour of a score step 1..5 (model/palette.h), the number printed too.
    void scoreNumber(int row, int col, int value, int step);
    // A header row: bold on grey; with `freeze`, the rows down to it stay in view while scrolling. A table
    // gets its autofilter from finishTable(), once the number of rows is known.
    void header(int row, const QStringList &labels, bool freeze = true);
    void finishTable(int headerRow, int lastRow, int columns);
    // Sets every column used so far as wide as its longest line (in characters), between 6 and 60.
    void fitColumns();

private:
    friend class XlsxBook;
    XlsxSheet(XlsxBook *book, lxw_worksheet *sheet) : m_book(book), m_sheet(sheet) {}
    void measure(int col, const QString &text, bool bold = false);
    XlsxBook *m_book;
    lxw_worksheet *m_sheet;
    QHash<int, double> m_widths; // column -> characters
};

class XlsxBook {
public:
    // Writes to `path` when closed (libxlsxwriter writes the whole file in workbook_close).
    explicit XlsxBook(const QString &path);
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    // A new worksheet; `name` is made valid for Excel (at most 31 characters, no []:*?/\).
    XlsxSheet *addSheet(const QString &name);
    // Writes the file; "" on success, else what went wrong (the first error of any call).
    QString close();

private:
    friend class XlsxSheet;
    void check(int error); // keeps the first lxw_error
    lxw_format *textFormat(bool wrap, bool bold);
    lxw_format *headerFormat();
    lxw_format *dateFormat();
    lxw_format *stepFormat(int step);

    lxw_workbook *m_book = nullptr;
    QString m_error;
    QList<std::shared_ptr<XlsxSheet>> m_sheets;
    QList<QByteArray> m_names; // libxlsxwriter keeps the pointers
    lxw_format *m_text[4] = {}, *m_header = nullptr, *m_date = nullptr, *m_steps[6] = {};
};

} // namespace rb::exporting
