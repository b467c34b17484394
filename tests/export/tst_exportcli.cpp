// tst_exportcli.cpp — the export commands as a user runs them: the built riskboard binary, its files
// and its exit codes (0 ok, 1 usage, 2 invalid input, 3 cannot write).
#include "export/csv.h"
#include "export/deck.h"
#include "exporttestsupport.h"
#include "document/documentwriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace rb::exporting;
using namespace rb::exporting::test;

class TestExportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), "build the riskboard target first");
        QVERIFY(m_dir.isValid());
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("out");
        QTest::newRow("png by extension") << QStringList{"--chart", "heatmap", "--size", "1600x900"} << "heatmap.png";
        QTest::newRow("svg by option") << QStringList{"--chart", "matrix", "--format", "svg"} << "matrix.out";
        QTest::newRow("pdf") << QStringList{"--chart", "budget"} << "budget.pdf";
        QTest::newRow("radar with post") << QStringList{"--chart", "radar", "--post", "3A0"} << "radar.png";
        QTest::newRow("what-if") << QStringList{"--chart", "timeline", "--delay", "5C3=45", "--delay=2A4=10"}
                                 << "whatif.png";
        // Weeks as propagate and the what-if panel take them (one parser: rb::model::parseDays).
        QTest::newRow("what-if in weeks")
            << QStringList{"--chart", "timeline", "--delay", "3A0=8w", "--delay=2A4=10d"} << "whatifweeks.png";
        QTest::newRow("histogram seeded")
            << QStringList{"--chart", "histogram", "--seed", "7", "--iterations", "500"} << "histogram.svg";
    }

    void exportsEachFormat()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, out);
        const QString path = m_dir.filePath(out);
        const Run r = run(QStringList{"export", portfolioPath()} + args + QStringList{"-o", path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray bytes = readAll(path);
        if (out.endsWith(QLatin1String(".png"))) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), args.contains("1600x900") ? QSize(1600, 900) : QSize(1920, 1080));
        } else if (out.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF"));
            QCOMPARE(pdfPageCount(bytes), 1);
        } else {
            QVERIFY(bytes.contains("<svg"));
        }
    }

    // Same document, same seed: the same chart, byte for byte.
    void histogramIsReproducible()
    {
        const QString a = m_dir.filePath("h1.svg"), b = m_dir.filePath("h2.svg");
        for (const QString &out : {a, b})
            QCOMPARE(run({"export", portfolioPath(), "--chart", "histogram", "--iterations", "1000", "-o", out}).code,
                     0);
        QCOMPARE(readAll(a), readAll(b));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "-o", "x.png"} << "unknown chart 'pie'";
        QTest::newRow("unknown format") << QStringList{"--chart", "radar", "--format", "gif", "-o", "x.gif"}
                                        << "unknown format 'gif'";
        QTest::newRow("no format") << QStringList{"--chart", "radar", "-o", "x"} << "--format is required";
        QTest::newRow("bad size") << QStringList{"--chart", "radar", "--size", "big", "-o", "x.png"} << "bad --size";
        QTest::newRow("tiny size") << QStringList{"--chart", "radar", "--size", "10x10", "-o", "x.png"} << "bad --size";
        QTest::newRow("unknown post") << QStringList{"--chart", "radar", "--post", "9Z9", "-o", "x.png"}
                                      << "unknown post '9Z9'";
        QTest::newRow("bad delay") << QStringList{"--chart", "timeline", "--delay", "2A4", "-o", "x.png"}
                                   << "bad --delay";
        QTest::newRow("delay unknown post")
            << QStringList{"--chart", "timeline", "--delay", "NOPE=3", "-o", "x.png"} << "unknown post 'NOPE'";
        QTest::newRow("unknown option") << QStringList{"--chart", "radar", "--colour", "red", "-o", "x.png"}
                                        << "unknown option";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (QString &a : args)
            if (a.startsWith(QLatin1String("x."))) a = m_dir.filePath(a);
        const Run r = run(QStringList{"export", portfolioPath()} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath("x.png")));
    }

    void invalidDocumentIsExit2WithPositions()
    {
        const QString bad = m_dir.filePath("bad.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"schemaVersion\": 1,\n  \"programme\": {\"name\": \"x\"},\n  \"posts\": [{\"id\": \"A\", "
                "\"title\": \"a\", \"theme\": 9, \"kind\": \"project\"}]\n}\n");
        f.close();
        const Run r = run({"export", bad, "--chart", "heatmap", "-o", m_dir.filePath("never.png")});
        QCOMPARE(r.code, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("bad\\.json:\\d+:\\d+: error:")).match(r.err).hasMatch(),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath("never.png")));
    }

    void unwritableOutputIsExit3()
    {
        const Run r = run({"export", portfolioPath(), "--chart", "budget", "-o", "/nonexistent-dir/chart.png"});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("cannot write")));
        QCOMPARE(run({"export-csv", portfolioPath(), "--table", "risks", "-o", "/nonexistent-dir/r.csv"}).code, 3);
    }

    void deckPages()
    {
        const rb::model::Portfolio portfolio = loadPortfolio();
        int radars = 0;
        for (const auto &p : portfolio.posts)
            if (!detailedAnalysisReason(portfolio, p.id).isEmpty()) ++radars;
        // + charter, schedule check, trend, "since last time" (here: "no earlier version", the plan has no baseline)
        const int expected = 1 + (portfolio.programme.charter.isEmpty() ? 0 : 1) + 1 + 8 + radars + 1 + 1 + 1 + 1;

        const QString deck = m_dir.filePath("deck.pdf");
        Run r = run({"deck", portfolioPath(), "-o", deck, "--iterations", "1000"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pdfPageCount(readAll(deck)), expected);

        // An older version: a risk fewer and a re-scored risk.
        rb::model::Portfolio older = portfolio;
        older.programme.statusDate = older.programme.statusDate.addDays(-14);
        older.risks.removeLast();
        older.risks.first().probability = 1;
        const QString olderPath = m_dir.filePath("older.json");
        QVERIFY(rb::model::DocumentWriter::save(older, olderPath));
        const QString since = m_dir.filePath("deck-since.pdf");
        r = run({"deck", portfolioPath(), "--since", olderPath, "-o", since, "--iterations", "1000"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // "Since last time" (one page of 2 rows) takes the place of the "no earlier version" page; the changes
        // are said once, in words (no second table of field ids).
        QCOMPARE(pdfPageCount(readAll(since)), expected);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {since, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pages = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(pages.contains(QStringLiteral("New risk")));
        QVERIFY(pages.contains(QStringLiteral("Re-scored")));
        QVERIFY(!pages.contains(QStringLiteral("There is no earlier version")));
        QVERIFY(!pages.contains(QStringLiteral("residualProbability")));

        QCOMPARE(run({"deck", portfolioPath(), "--since", m_dir.filePath("missing.json"), "-o", since}).code, 2);
        QCOMPARE(run({"deck", portfolioPath()}).code, 1);
    }

    // --lang: the chart's texts, dates and the plan's factor names in the language asked for; without it
    // the system locale's (nl for a Dutch locale, else en).
    void exportSpeaksTheLanguageAskedFor()
    {
        const QString nl = m_dir.filePath("timeline-nl.svg"), en = m_dir.filePath("timeline-en.svg");
        Run r = run({"export", portfolioPath(), "--chart", "timeline", "--lang", "nl", "-o", nl});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString dutch = QString::fromUtf8(readAll(nl));
        QVERIFY2(dutch.contains(QStringLiteral("Tijdlijn en kritiek pad")), "Dutch title");
        QVERIFY(dutch.contains(QStringLiteral("Peildatum 18 oktober 2018")));
        QVERIFY(!dutch.contains(QStringLiteral("critical path")));
        QCOMPARE(run({"export", portfolioPath(), "--chart", "timeline", "--lang", "en", "-o", en}).code, 0);
        const QString english = QString::fromUtf8(readAll(en));
        QVERIFY(english.contains(QStringLiteral("Timeline and critical path")));
        QVERIFY(english.contains(QStringLiteral("Status 18 October 2018")));

        const QString heatmap = m_dir.filePath("heatmap-nl.svg");
        QCOMPARE(run({"export", portfolioPath(), "--chart", "heatmap", "--lang=nl", "-o", heatmap}).code, 0);
        const QString cells = QString::fromUtf8(readAll(heatmap));
        QVERIFY(cells.contains(QStringLiteral("Heatmap van de succesfactoren")));
        QVERIFY(cells.contains(QStringLiteral("niet beheerst")));

        const QString byLocale = m_dir.filePath("timeline-locale.svg");
        r = run({"export", portfolioPath(), "--chart", "timeline", "-o", byLocale}, QStringLiteral("nl_NL.UTF-8"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(readAll(byLocale)).contains(QStringLiteral("Tijdlijn en kritiek pad")));

        r = run({"export", portfolioPath(), "--chart", "timeline", "--lang", "de", "-o", m_dir.filePath("de.svg")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--lang must be nl or en")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath("de.svg")));
    }

    // The example status in Dutch: the timeline's status-date line, the done work, the remainder and
    // both baselines by name in the legend.
    void exampleStatusTimelineInDutch()
    {
        const QString out = m_dir.filePath("status-nl.svg");
        const Run r = run({"export", QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/examples/mab-status-2019-05.json"),
                           "--chart", "timeline", "--lang", "nl", "-o", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString svg = QString::fromUtf8(readAll(out));
        for (const QString &text : {QStringLiteral("peildatum 31 mei 2019"), QStringLiteral("afgerond"),
                                    QStringLiteral("resterend werk (vanaf de peildatum)"),
                                    QStringLiteral("oorspronkelijke basislijn: Programmaplan plateau 4"),
                                    QStringLiteral("laatste herijking: Herijking april 2019")})
            QVERIFY2(svg.contains(text), qPrintable(text));
    }

    // The shipped example against its earlier version: the trend page and the "since last time" lines,
    // each worked out from the two files (scripts/make-mab-status-example.py says what it changed).
    void deckShowsSinceLastTimeOnTheExample()
    {
        const QString current = QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/examples/mab-status-2019-05.json");
        const QString earlier = QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/examples/mab-status-2019-04.json");
        const auto layoutText = [](const QString &pdf) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            return text.waitForFinished(60000) ? QString::fromUtf8(text.readAllStandardOutput()) : QString();
        };
        const auto hasLine = [](const QString &text, const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).hasMatch();
        };
        const QString deck = m_dir.filePath("deck-example.pdf");
        Run r = run({"deck", current, "--since", earlier, "--lang", "en", "--iterations", "1000", "-o", deck});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString text = layoutText(deck);
        QVERIFY(text.contains(QStringLiteral("and open risks over time"))); // the trend page ("fi" may be a ligature)
        QVERIFY(text.contains(QStringLiteral("Since last time (1 April 2019)")));
        QVERIFY(hasLine(text, QStringLiteral("^Started +5B2 .* 22 April 2019$"))); // late start of 21 days
        QVERIFY(!hasLine(text, QStringLiteral("^Finished +2A4 "))); // 2A4 finishes 14 days late, after 31 May
        QVERIFY(hasLine(text, QStringLiteral("^Finished +1D .* 30 April 2019$")));
        QVERIFY(hasLine(
            text,
            QStringLiteral("^Slipped +4A .* 14 Feb 2020 → 29 Feb 2020 \\(15 days later\\)$"))); // slip 45 → 60 days
        QVERIFY(hasLine(text, QStringLiteral("^Slipped +3A0 .*\\(20 days later\\)$")));
        QVERIFY(hasLine(text, QStringLiteral("^New risk +R-S1 ")));
        QVERIFY(hasLine(text, QStringLiteral("^Risk closed +R-A3C .* closed$")));
        QVERIFY(hasLine(text, QStringLiteral("^Re-scored +R-A4A-DATE .* 3×4 \\(3×3\\) → 4×4 \\(4×3\\)$")));
        QVERIFY(hasLine(text, QStringLiteral("^Assessment +4A ")));
        QVERIFY(text.contains(
            QStringLiteral("assessed 15 May 2019: Realistic ambition/objective 4 → 5"))); // every factor one worse
        QVERIFY(!hasLine(text, QStringLiteral("^Slipped +X-"))); // undated external posts do not slip

        // A folder of versions: the earlier one is compared with, the current file itself is not.
        QDir(m_dir.path()).mkpath(QStringLiteral("versions"));
        const QString dir = m_dir.filePath("versions");
        QVERIFY(QFile::copy(earlier, dir + QStringLiteral("/2019-04.json")));
        QVERIFY(QFile::copy(current, dir + QStringLiteral("/2019-05.json")));
        const QString fromDir = m_dir.filePath("deck-dir.pdf");
        r = run({"deck", current, "--since", dir, "--lang", "en", "--iterations", "1000", "-o", fromDir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pdfPageCount(readAll(fromDir)), pdfPageCount(readAll(deck)));
        QVERIFY(layoutText(fromDir).contains(QStringLiteral("Since last time (1 April 2019)")));

        // Without --since: against the latest baseline, the re-plan of 1 April.
        r = run({"deck", current, "--lang", "en", "--iterations", "1000", "-o", deck});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        text = layoutText(deck);
        QVERIFY(text.contains(QStringLiteral("Since the baseline “Herijking april 2019” (1 April 2019)")));
        QVERIFY(!hasLine(text, QStringLiteral("^New risk ")));
    }

    void deckSpeaksTheLanguageAskedFor()
    {
        const QString deck = m_dir.filePath("deck-nl.pdf");
        const Run r = run({"deck", portfolioPath(), "--lang", "nl", "--iterations", "1000", "-o", deck});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {deck, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pages = QString::fromUtf8(text.readAllStandardOutput());
        for (const char *title :
             {"Storyboardsessie", "Statussamenvatting", "Peildatum 18 oktober 2018", "Tijdlijn en kritiek pad",
              "Grootste risico’s naar netto risicoscore", "Open risico’s per niveau"})
            QVERIFY2(pages.contains(QString::fromUtf8(title)), title);
        QVERIFY(!pages.contains(QStringLiteral("Status summary")));
        QCOMPARE(run({"deck", portfolioPath(), "--lang", "fr", "-o", deck}).code, 1);
    }

    void deckStatusExplainsTheP80()
    {
        // The status page explains its P80 with the numbers `simulate --json` gives for the same run
        // (same seed and iterations, another code path): the largest drivers in days, the P80 after
        // mitigation, and each fixed-date target's chance (issue 13).
        const QStringList same{"--seed", "7", "--iterations", "2000"};
        const Run sim = run(QStringList{"simulate", portfolioPath(), "--json"} + same);
        QVERIFY2(sim.code == 0, qPrintable(sim.err));
        const QJsonObject json = QJsonDocument::fromJson(sim.out.toUtf8()).object();
        const QString deck = m_dir.filePath("deck-status.pdf");
        const Run r = run(QStringList{"deck", portfolioPath(), "--lang", "en", "-o", deck} + same);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {deck, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pages
            = QString::fromUtf8(text.readAllStandardOutput()).replace(QLatin1Char('\n'), QLatin1Char(' '));

        const QJsonObject top = json.value(QStringLiteral("drivers")).toArray().first().toObject();
        QVERIFY(top.value(QStringLiteral("p80Days")).toInt() > 0);
        const QString cause = QStringLiteral("Largest causes of the P80: %1 +%2 d")
                                  .arg(top.value(QStringLiteral("id")).toString())
                                  .arg(top.value(QStringLiteral("p80Days")).toInt());
        QVERIFY2(pages.contains(cause), qPrintable(cause));

        const QDate p80
            = QDate::fromString(json[QStringLiteral("finish")][QStringLiteral("p80")].toString(), Qt::ISODate);
        const QDate mitigated
            = QDate::fromString(json[QStringLiteral("mitigated")][QStringLiteral("p80")].toString(), Qt::ISODate);
        const QString earlier = QStringLiteral("(%1 days earlier)").arg(mitigated.daysTo(p80));
        QVERIFY2(pages.contains(earlier), qPrintable(earlier));

        // The critical-path tile says, as `analyze` does, how many posts end on the end date by their
        // own fixed window (MAB: its plateau-4 posts planned to the plateau's last day).
        const Run an = run({"analyze", portfolioPath(), "--json"});
        QVERIFY2(an.code == 0, qPrintable(an.err));
        const QJsonArray notes
            = QJsonDocument::fromJson(an.out.toUtf8()).object().value(QStringLiteral("notes")).toArray();
        QVERIFY(!notes.isEmpty());
        const QString windows = notes.first().toString().section(QLatin1Char(' '), 0, 0);
        QVERIFY(windows.toInt() >= 3);
        QVERIFY2(
            pages.contains(
                windows
                + QStringLiteral(
                    " posts end on the programme end date; their windows are") /* "fixed": a ligature in the PDF */),
            qPrintable(windows));

        const QJsonArray targets = json.value(QStringLiteral("targets")).toArray();
        QVERIFY(!targets.isEmpty()); // MAB: 4A by the Omgevingswet, 3B1 by the EU e-invoicing date
        for (const QJsonValue &v : targets) {
            const QJsonObject t = v.toObject();
            const QString line
                = QStringLiteral("%1 by %2")
                      .arg(t.value(QStringLiteral("post")).toString(), t.value(QStringLiteral("target")).toString());
            const QString chance
                = QStringLiteral("%1 % chance").arg(qRound(t.value(QStringLiteral("probabilityMet")).toDouble() * 100));
            const qsizetype at = pages.indexOf(line);
            QVERIFY2(at >= 0, qPrintable(line));
            QVERIFY2(pages.mid(at, 80).contains(chance),
                     qPrintable(line + QStringLiteral(": ") + chance + QStringLiteral(" in ") + pages.mid(at, 80)));
        }
    }

    void csvRoundTripThroughTheCommandLine()
    {
        for (const QString table : {"risks", "assessments"}) {
            const QString csv = m_dir.filePath(table + ".csv"), json = m_dir.filePath(table + ".json");
            QCOMPARE(run({"export-csv", portfolioPath(), "--table", table, "-o", csv, "--decimal-comma"}).code, 0);
            QVERIFY(readAll(csv).startsWith("\xEF\xBB\xBF"));
            const Run r = run({"import-csv", portfolioPath(), "--table", table, csv, "-o", json, "--decimal-comma"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(readAll(json), rb::model::DocumentWriter::toJson(loadPortfolio()));
        }
        QCOMPARE(run({"export-csv", portfolioPath(), "--table", "posts", "-o", m_dir.filePath("posts.csv")}).code, 0);
        QCOMPARE(run({"export-csv", portfolioPath(), "--table", "people", "-o", m_dir.filePath("x.csv")}).code, 1);
        // Posts come back only for their progress: unchanged progress changes nothing.
        QCOMPARE(run({"import-csv", portfolioPath(), "--table", "posts", m_dir.filePath("posts.csv"), "-o",
                      m_dir.filePath("x.json")})
                     .code,
                 0);
        QCOMPARE(readAll(m_dir.filePath("x.json")), rb::model::DocumentWriter::toJson(loadPortfolio()));
    }

    void badCsvRowIsReportedAndNothingWritten()
    {
        const QString csv = m_dir.filePath("bad-risks.csv"), json = m_dir.filePath("bad-risks.json");
        QCOMPARE(run({"export-csv", portfolioPath(), "--table", "risks", "-o", csv}).code, 0);
        // Row 3 (the second risk): its level (column 3) becomes unknown.
        CsvTable table = readCsv(readAll(csv), QLatin1Char(';'));
        QVERIFY(table.errors.isEmpty() && table.rows.size() > 3);
        QCOMPARE(table.rows[0][2], QStringLiteral("level"));
        table.rows[2][2] = QStringLiteral("nonsense");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(writeCsv(table.rows, QLatin1Char(';')));
        f.close();
        const Run r = run({"import-csv", portfolioPath(), "--table", "risks", csv, "-o", json});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(csv + ":3:3: error: level: unknown value 'nonsense'"), qPrintable(r.err));
        QVERIFY(!QFile::exists(json));
    }

private:
    struct Run {
        int code = -1;
        QString out, err;
    };

    static QString binary() { return QStringLiteral(RISKBOARD_BINARY_DIR "/riskboard"); }

    // Runs the binary; `locale` sets LC_ALL (the system locale it sees).
    static Run run(const QStringList &args, const QString &locale = {})
    {
        QProcess p;
        if (!locale.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            p.setProcessEnvironment(env);
        }
        p.start(binary(), args);
        if (!p.waitForFinished(300000)) return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
