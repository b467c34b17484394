// csvcells.h — how structured values are written into one CSV cell and read back, losslessly.
//
// Lists (a risk's posts, a post's tags): items joined by '|'. Records (a risk's history and sources):
// one record per line, fields joined by '|'. Inside an item or field, a backslash escapes: "\\" is a
// backslash, "\|" a bar, "\n" a line break. So "3A1|3A2-4" is two posts, and a history of two entries is
// "2019-01-10|PM|re-scored\n2019-02-01|PM|closed" (with real line breaks between the records).
// Numbers use '.' (or ',' with --decimal-comma); dates are ISO YYYY-MM-DD.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb::exporting {

QString encodeList(const QStringList &items);
// Null on a bad escape; an empty cell is an empty list.
std::optional<QStringList> decodeList(const QString &cell, QString *error);

QString encodeRecords(const QList<QStringList> &records);
std::optional<QList<QStringList>> decodeRecords(const QString &cell, QString *error);

// Protection against formulas (CSV injection, CWE-1236; docs/export.md). A spreadsheet takes a cell that
// starts with '=', '+', '-', '@', a tab or a carriage return as a formula; such a text cell is written
// with a leading apostrophe, which spreadsheet users know as "this is text". So that the apostrophe can be
// taken off again without doubt, a text that itself starts with an apostrophe gets one more. Import
// removes exactly one leading apostrophe. So unprotectCell(protectCell(s)) == s for every s, and no
// protected cell starts with a formula trigger. Number cells are not protected (a negative number stays
// a number).
bool startsWithFormulaTrigger(const QString &cell);
QString protectCell(const QString &text);
QString unprotectCell(const QString &cell);

QString formatNumber(double value, bool decimalComma);
std::optional<int> parseInteger(const QString &cell, int min, int max, QString *error);
std::optional<QDate> parseDate(const QString &cell, QString *error);
QString formatDate(const QDate &date); // empty for a null date

} // namespace rb::exporting
