// csv.h — Excel-compatible CSV (RFC 4180): UTF-8 with a byte-order mark, a configurable delimiter
// (default ';', what Excel expects in the Netherlands), CRLF between records, fields quoted when they
// contain the delimiter, a quote, CR or LF (quotes doubled). Embedded newlines are kept as they are.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace rb::exporting {

QByteArray writeCsv(const QList<QStringList> &rows, QChar delimiter);

struct CsvError {
    int row = 0;    // 1-based record number (the header is row 1), as Excel numbers its rows
    int column = 0; // 1-based field number (A = 1)
    QString message;
};

struct CsvTable {
    QList<QStringList> rows; // the header first
    QList<CsvError> errors;  // quoting problems; empty when the text parsed
};

// Parses CSV text (a leading UTF-8 BOM is dropped). Invalid UTF-8 and broken quoting are errors with
// their row and column.
CsvTable readCsv(const QByteArray &bytes, QChar delimiter);

} // namespace rb::exporting
