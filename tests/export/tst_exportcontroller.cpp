// tst_exportcontroller.cpp — the application's export (export/exportcontroller.h) without the
// window: what the dialog offers, where it suggests to write, and that every failure is a sentence and
// leaves no file, while a good export writes what `riskboard export` writes.
#include "export/chartcatalog.h"
#include "export/exportcontroller.h"
#include "exporttestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rb::exporting;
using namespace rb::exporting::test;

class TestExportController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_portfolio = loadPortfolio(); }

    void offersTheCatalogue()
    {
        ExportController c = controller();
        const QVariantList charts = c.charts();
        QCOMPARE(charts.size(), chartKindNames().size());
        for (const QVariant &chart : charts) {
            QVERIFY(chartKindFromName(chart.toMap().value("name").toString()));
            QVERIFY(!chart.toMap().value("title").toString().isEmpty());
        }
        const QVariantList sizes = c.sizes();
        QCOMPARE(sizes.first().toMap().value("width").toInt(), 1920);
        QCOMPARE(sizes.first().toMap().value("height").toInt(), 1080);
        QCOMPARE(sizes.last().toMap().value("width").toInt(), 0); // custom
        QCOMPARE(c.formats(), (QStringList{"png", "svg", "pdf"}));
    }

    void chartOfTheCurrentView()
    {
        m_view = QStringLiteral("graph");
        ExportController c = controller();
        QCOMPARE(c.currentViewChart(), QStringLiteral("graph"));
        QCOMPARE(c.chartForView("overview"), QStringLiteral("heatmap"));
        QCOMPARE(c.chartForView("assessment"), QStringLiteral("radar"));
        QCOMPARE(c.chartForView("risks"), QStringLiteral("matrix"));
        QCOMPARE(c.chartForView("timeline"), QStringLiteral("timeline"));
        QCOMPARE(c.chartForView("simulation"), QStringLiteral("histogram"));
    }

    // The file written is the command's: same bytes for the same chart, size, format and language.
    void writesWhatTheCommandWrites()
    {
        ExportController c = controller();
        QSignalSpy spy(&c, &ExportController::lastMessageChanged);
        const QString path = m_dir.filePath("matrix.svg");
        QCOMPARE(c.exportChart("matrix", "svg", 1600, 900, "en", QUrl::fromLocalFile(path).toString()), QString());
        ChartOptions options;
        const ChartFile expected
            = renderChartFile(m_portfolio, ChartKind::Matrix, options, QSize(1600, 900), ImageFormat::Svg);
        QCOMPARE(readAll(path), expected.bytes);
        QCOMPARE(c.lastFile(), path);
        QVERIFY(c.lastMessage().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(spy.count(), 1);
        // The next suggestion is in the same folder.
        QCOMPARE(c.suggestedPath("timeline", "pdf"),
                 QDir::toNativeSeparators(m_dir.filePath("timeline-2018-10-18.pdf")));
    }

    // The what-if of the Timeline view: on a timeline when asked for, as `export --delay` draws it.
    void timelineWithTheWhatIf()
    {
        ExportController c = controller();
        QCOMPARE(c.whatIfSlipCount(), 0);
        const QList<QPair<QString, int>> slips{{QStringLiteral("5C3"), 45}};
        c.setWhatIfSource([&] { return slips; });
        QCOMPARE(c.whatIfSlipCount(), 1);
        ChartOptions options;
        options.delays = slips;
        const ChartFile whatIf
            = renderChartFile(m_portfolio, ChartKind::Timeline, options, QSize(1920, 1080), ImageFormat::Svg);
        const QString path = m_dir.filePath("whatif.svg"), plain = m_dir.filePath("plain.svg");
        QCOMPARE(c.exportChart("timeline", "svg", 1920, 1080, "en", path, {}, true), QString());
        QCOMPARE(readAll(path), whatIf.bytes);
        QCOMPARE(c.exportChart("timeline", "svg", 1920, 1080, "en", plain, {}, false), QString());
        QVERIFY(readAll(plain) != whatIf.bytes);
        QVERIFY(readAll(plain).contains("Timeline and critical path"));
    }

    // A path without the format's extension gets it.
    void addsTheExtension()
    {
        ExportController c = controller();
        QCOMPARE(c.exportChart("budget", "png", 640, 360, "nl", m_dir.filePath("budget")), QString());
        QVERIFY(QFile::exists(m_dir.filePath("budget.png")));
        QCOMPARE(c.exportDeck("en", m_dir.filePath("deck.txt")), QString());
        QVERIFY(readAll(m_dir.filePath("deck.txt.pdf")).startsWith("%PDF"));
        QCOMPARE(c.exportWorkbook("nl", m_dir.filePath("register")), QString());
        QVERIFY(readAll(m_dir.filePath("register.xlsx")).startsWith("PK")); // a zip: the workbook
        QCOMPARE(c.lastFile(), m_dir.filePath("register.xlsx"));
    }

    // The workbook's failures are sentences too, and leave nothing behind.
    void workbookFailures()
    {
        QTemporaryDir dir;
        ExportController c = controller();
        QCOMPARE(c.exportWorkbook("en", QString()), QStringLiteral("Choose the file to export to."));
        QVERIFY(c.exportWorkbook("en", dir.filePath("missing/w.xlsx")).startsWith("The workbook could not be saved: "));
        QVERIFY(c.lastFile().isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void failuresAreSentencesAndWriteNothing_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown chart") << "pie"
                                       << "png" << 1920 << "a.png"
                                       << "Choose a chart and a format.";
        QTest::newRow("unknown format") << "radar"
                                        << "gif" << 1920 << "a.gif"
                                        << "Choose a chart and a format.";
        QTest::newRow("too small") << "radar"
                                   << "png" << 10 << "a.png"
                                   << "The size must be 64 to 8192 pixels wide and high.";
        QTest::newRow("no file") << "radar"
                                 << "png" << 1920 << ""
                                 << "Choose the file to export to.";
        QTest::newRow("no folder") << "radar"
                                   << "png" << 1920 << "missing/a.png"
                                   << "The chart could not be saved: ";
    }

    void failuresAreSentencesAndWriteNothing()
    {
        QFETCH(QString, chart);
        QFETCH(QString, format);
        QFETCH(int, width);
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        ExportController c = controller();
        const QString error
            = c.exportChart(chart, format, width, 1080, "en", file.isEmpty() ? file : dir.filePath(file));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QCOMPARE(c.lastMessage(), error);
        QVERIFY(c.lastFile().isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    // A document the schedule cannot be computed for: the schedule charts and the deck say so.
    void unschedulableDocument()
    {
        rb::model::Portfolio cyclic = m_portfolio;
        QVERIFY(!cyclic.dependencies.isEmpty());
        const rb::model::Dependency link = cyclic.dependencies.first();
        rb::model::Dependency back = link;
        std::swap(back.from, back.to);
        cyclic.dependencies << back;
        ExportController c([&]() -> const rb::model::Portfolio & { return cyclic; }, [] { return QString(); });
        QTemporaryDir dir;
        QVERIFY(c.exportChart("timeline", "png", 1920, 1080, "en", dir.filePath("t.png"))
                    .startsWith("The chart could not be made: "));
        QVERIFY(c.exportDeck("en", dir.filePath("d.pdf")).startsWith("The deck could not be made: "));
        QCOMPARE(c.copyChart("graph", 1920, 1080, "en").left(29), QStringLiteral("The chart could not be made: "));
        QVERIFY(QDir(dir.path()).isEmpty());
        // The charts that need no schedule still work.
        QCOMPARE(c.exportChart("heatmap", "png", 1920, 1080, "en", dir.filePath("h.png")), QString());
        // So does the workbook (its schedule columns stay empty).
        QCOMPARE(c.exportWorkbook("en", dir.filePath("w.xlsx")), QString());
    }

    void copiesAnImage()
    {
        ExportController c = controller();
        QApplication::clipboard()->clear();
        QCOMPARE(c.copyChart("reserve", 1280, 720, "nl"), QString());
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(1280, 720));
        QVERIFY(c.lastFile().isEmpty());
    }

private:
    ExportController controller()
    {
        return ExportController([this]() -> const rb::model::Portfolio & { return m_portfolio; },
                                [this] { return m_view; });
    }

    rb::model::Portfolio m_portfolio;
    QString m_view = QStringLiteral("overview");
    QTemporaryDir m_dir;
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv); // QtCharts draws through widgets
    TestExportController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportcontroller.moc"
