// csvcells.cpp
#include "export/csvcells.h"

#include <QLocale>
#include <QRegularExpression>

namespace rb::exporting {

namespace {

QString escaped(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar ch : s) {
        if (ch == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (ch == QLatin1Char('|'))
            out += QLatin1String("\\|");
        else if (ch == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += ch;
    }
    return out;
}

// Splits on unescaped `separator` and unescapes; null on a dangling or unknown escape.
std::optional<QStringList> splitEscaped(const QString &s, QChar separator, QString *error)
{
    QStringList parts;
    QString cur;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s[i];
        if (ch == QLatin1Char('\\')) {
            if (i + 1 >= s.size()) {
                *error = QStringLiteral("a backslash at the end of the cell (write \\\\ for a backslash)");
                return std::nullopt;
            }
            const QChar next = s[++i];
            if (next == QLatin1Char('\\'))
                cur += QLatin1Char('\\');
            else if (next == QLatin1Char('|'))
                cur += QLatin1Char('|');
            else if (next == QLatin1Char('n'))
                cur += QLatin1Char('\n');
            else {
                *error = QStringLiteral("unknown escape \\%1 (use \\\\, \\| or \\n)").arg(next);
                return std::nullopt;
            }
        } else if (ch == separator) {
            parts << cur;
            cur.clear();
        } else {
            cur += ch;
        }
    }
    parts << cur;
    return parts;
}

} // namespace

QString encodeList(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items) out << escaped(s);
    return out.join(QLatin1Char('|'));
}

std::optional<QStringList> decodeList(const QString &cell, QString *error)
{
    if (cell.isEmpty()) return QStringList();
    return splitEscaped(cell, QLatin1Char('|'), error);
}

QString encodeRecords(const QList<QStringList> &records)
{
    QStringList lines;
    for (const QStringList &r : records) lines << encodeList(r);
    return lines.join(QLatin1Char('\n'));
}

std::optional<QList<QStringList>> decodeRecords(const QString &cell, QString *error)
{
    QList<QStringList> records;
    if (cell.isEmpty()) return records;
    QString text = cell;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")); // a spreadsheet may store CRLF in a cell
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        auto fields = splitEscaped(line, QLatin1Char('|'), error);
        if (!fields) return std::nullopt;
        records << *fields;
    }
    return records;
}

bool startsWithFormulaTrigger(const QString &cell)
{
    if (cell.isEmpty()) return false;
    switch (cell.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString protectCell(const QString &text)
{
    if (startsWithFormulaTrigger(text) || text.startsWith(QLatin1Char('\''))) return QLatin1Char('\'') + text;
    return text;
}

QString unprotectCell(const QString &cell) { return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell; }

QString formatNumber(double value, bool decimalComma)
{
    QString s = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (s.contains(QLatin1Char('e'))) s = QString::number(value, 'f', 6); // no exponents in a spreadsheet cell
    if (decimalComma) s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

std::optional<int> parseInteger(const QString &cell, int min, int max, QString *error)
{
    bool ok = false;
    const int v = cell.trimmed().toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("'%1' is not a whole number").arg(cell);
        return std::nullopt;
    }
    if (v < min || v > max) {
        *error = max == INT_MAX ? QStringLiteral("%1 is below %2").arg(v).arg(min)
                                : QStringLiteral("%1 is outside %2..%3").arg(v).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

std::optional<QDate> parseDate(const QString &cell, QString *error)
{
    // ISO as exported; also D-M-YYYY, which Dutch Excel writes when it re-saves a date cell.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$"));
    QDate d;
    if (const auto m = iso.match(cell.trimmed()); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = dutch.match(cell.trimmed()); m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid()) {
        *error = QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(cell);
        return std::nullopt;
    }
    return d;
}

QString formatDate(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

} // namespace rb::exporting
