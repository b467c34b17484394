// csv.cpp — the RFC 4180 reader and writer.
#include "export/csv.h"

#include <QStringDecoder>

namespace rb::exporting {

namespace {

QString quoted(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes) return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QByteArray writeCsv(const QList<QStringList> &rows, QChar delimiter)
{
    QString text;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i) text += delimiter;
            text += quoted(row[i], delimiter);
        }
        text += QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

CsvTable readCsv(const QByteArray &bytes, QChar delimiter)
{
    CsvTable table;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        table.errors << CsvError{1, 1,
                                 QStringLiteral("the file is not valid UTF-8 (save it from Excel as \"CSV UTF-8\")")};
        return table;
    }
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);

    QStringList row;
    QString field;
    enum { FieldStart, Unquoted, Quoted, AfterQuote } state = FieldStart;
    auto endField = [&] {
        row << field;
        field.clear();
        state = FieldStart;
    };
    auto endRow = [&] {
        endField();
        table.rows << row;
        row.clear();
    };
    // A delimiter ends the field, a line break (CRLF, LF or CR) the record; outside quotes only.
    auto endsFieldOrRow = [&](qsizetype &i) {
        const QChar ch = text[i];
        if (ch == delimiter) {
            endField();
            return true;
        }
        if (ch != QLatin1Char('\r') && ch != QLatin1Char('\n')) return false;
        if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
        endRow();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        const int rowNo = int(table.rows.size()) + 1, colNo = int(row.size()) + 1;
        switch (state) {
        case FieldStart:
        case Unquoted:
            if (endsFieldOrRow(i)) break;
            if (ch == QLatin1Char('"')) {
                if (state == Unquoted) {
                    table.errors << CsvError{
                        rowNo, colNo,
                        QStringLiteral(
                            "a quote inside an unquoted field (quote the whole field and double the quote)")};
                    return table;
                }
                state = Quoted;
            } else {
                field += ch;
                state = Unquoted;
            }
            break;
        case Quoted:
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    state = AfterQuote;
                }
            } else {
                field += ch;
            }
            break;
        case AfterQuote:
            if (!endsFieldOrRow(i)) {
                table.errors << CsvError{rowNo, colNo,
                                         QStringLiteral("unexpected text after the closing quote of a field")};
                return table;
            }
            break;
        }
    }
    if (state == Quoted) {
        table.errors << CsvError{int(table.rows.size()) + 1, int(row.size()) + 1,
                                 QStringLiteral("a quoted field is never closed")};
        return table;
    }
    // The last record may lack its line break; a final line break does not start an empty record.
    if (state != FieldStart || !row.isEmpty()) endRow();
    return table;
}

} // namespace rb::exporting
