// tst_chartexport.cpp — every chart in every format, drawn in-process from the shipped portfolio:
// PNG at the requested size and not blank, SVG well-formed with vector elements, PDF with one page that
// pdftoppm can render; the deck's page count with and without an older version.
#include "export/chartcatalog.h"
#include "export/chartinputs.h"
#include "charts/chartoutput.h"
#include "export/deck.h"
#include "export/scheduleinputs.h"
#include "exporttestsupport.h"

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace rb::exporting;
using namespace rb::exporting::test;

class TestChartExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_portfolio = loadPortfolio(); }

    void chartInEveryFormat_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("format");
        for (const QString &chart : chartKindNames())
            for (const QString &format : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")})
                QTest::newRow(qPrintable(chart + QLatin1Char('.') + format)) << chart << format;
    }

    void chartInEveryFormat()
    {
        QFETCH(QString, chart);
        QFETCH(QString, format);
        ChartFactory factory(m_portfolio);
        ChartOptions options;
        options.iterations = 2000; // enough for the shape; the default run is tested on the command line
        QString error;
        const auto c = factory.make(*chartKindFromName(chart), options, &error);
        QVERIFY2(c, qPrintable(error));
        const QSize size(1280, 720);
        const QByteArray bytes = renderChart(*c, frameInfo(m_portfolio), size, *imageFormatFromName(format));
        QVERIFY(!bytes.isEmpty());
        if (format == QLatin1String("png"))
            checkPng(bytes, size);
        else if (format == QLatin1String("svg"))
            checkSvg(bytes);
        else
            checkPdf(bytes, 1);
    }

    // The example status (progress of May 2019, the plan and a re-plan as baselines): the exported
    // timeline carries the done work, the remainder from the status date and both baselines, and says so
    // in its legend (in Dutch: tst_exportcli, which has the catalogue).
    void timelineOfTheExampleStatus()
    {
        const rb::model::Portfolio p
            = loadPortfolio(QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/examples/mab-status-2019-05.json"));
        QString error;
        const auto analysis = PortfolioAnalysis::build(p, &error);
        QVERIFY2(analysis, qPrintable(error));
        const TimelineChart::Input in = timelineInput(*analysis);
        QCOMPARE(in.statusDate, QDate(2019, 5, 31));
        QCOMPARE(in.originalName, QStringLiteral("Programmaplan plateau 4"));
        QCOMPARE(in.latestName, QStringLiteral("Herijking april 2019"));
        const auto find = [&](const QString &id) {
            for (const auto &b : in.bars)
                if (b.id == id) return b;
            return rb::model::TimelineBar{};
        };
        // 1D is done (1 Jan .. 30 Apr 2019); 1A runs since 1 Jan with 215 days left from 31 May.
        const auto d = find(QStringLiteral("1D"));
        QVERIFY(d.done);
        QCOMPARE(d.doneUntil, QDate(2019, 4, 30));
        const auto a = find(QStringLiteral("1A"));
        QCOMPARE(a.start, QDate(2019, 1, 1));
        QCOMPARE(a.doneUntil, QDate(2019, 5, 30));
        QCOMPARE(a.remainderStart, QDate(2019, 5, 31));
        QCOMPARE(a.finish, QDate(2019, 5, 31).addDays(215 - 1));
        QCOMPARE(a.originalFinish, QDate(2019, 12, 31));
        QCOMPARE(find(QStringLiteral("2A4")).latestFinish, QDate(2019, 7, 14));

        const QString svg
            = QString::fromUtf8(renderChart(TimelineChart(in), frameInfo(p), QSize(1920, 1080), ImageFormat::Svg));
        for (const QString &text :
             {QStringLiteral("status date 31 May 2019"), QStringLiteral("original baseline: Programmaplan plateau 4"),
              QStringLiteral("latest re-plan: Herijking april 2019"), QStringLiteral("remaining work")})
            QVERIFY2(svg.contains(text), qPrintable(text));
    }

    // The radar overlays the previous assessment when there is one.
    void radarWithPreviousAssessment()
    {
        rb::model::Portfolio p = m_portfolio;
        QVERIFY(!p.assessments.isEmpty());
        rb::model::Assessment older = p.assessments.first();
        older.date = older.date.addMonths(-3);
        for (auto &s : older.scores) s.second.score = s.second.score % 5 + 1;
        older.scores.removeLast(); // one factor not assessed then
        p.assessments.prepend(older);
        const RadarChart::Input in = radarInput(p, older.post);
        QVERIFY(!in.previousLabel.isEmpty());
        QCOMPARE(in.factors.size(), mainFactors(p).size());
        const QByteArray png = renderChart(RadarChart(in), frameInfo(p), QSize(1920, 1080), ImageFormat::Png);
        checkPng(png, QSize(1920, 1080));
    }

    void pngKeepsTheRequestedSizeAt2xDensity()
    {
        ChartFactory factory(m_portfolio);
        QString error;
        const auto c = factory.make(ChartKind::Heatmap, {}, &error);
        QVERIFY(c);
        QImage image;
        QVERIFY(
            image.loadFromData(renderChart(*c, frameInfo(m_portfolio), QSize(1920, 1080), ImageFormat::Png), "PNG"));
        QCOMPARE(image.size(), QSize(1920, 1080));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    }

    void deckPageCount()
    {
        ChartOptions options;
        options.iterations = 2000;
        const DeckResult plain = renderDeck(m_portfolio, std::nullopt, options);
        QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
        int radars = 0;
        for (const auto &post : m_portfolio.posts)
            if (!detailedAnalysisReason(m_portfolio, post.id).isEmpty()) ++radars;
        // title, the programme charter (when there is one), summary, 8 charts, a radar per post needing a
        // detailed analysis, top risks, schedule check, trend, "since last time" ("no earlier version")
        const int charter = m_portfolio.programme.charter.isEmpty() ? 0 : 1;
        QCOMPARE(plain.pages, 1 + charter + 1 + 8 + radars + 1 + 1 + 1 + 1);
        checkPdf(plain.pdf, plain.pages);

        const DeckResult since = renderDeck(m_portfolio, olderVersion(), options);
        QVERIFY2(since.error.isEmpty(), qPrintable(since.error));
        QCOMPARE(since.pages, plain.pages); // "since last time" takes the place of "no earlier version"
        checkPdf(since.pdf, since.pages);
    }

    void detailedAnalysisRule()
    {
        rb::model::Portfolio p = m_portfolio;
        rb::model::Assessment a;
        a.post = p.posts.first().id;
        a.date = QDate(2030, 1, 1);
        a.assessor = QStringLiteral("test");
        a.scores = {{QStringLiteral("ambition"), {4, {}, {}}}, {QStringLiteral("planning"), {3, {}, {}}}};
        p.assessments << a;
        QVERIFY(detailedAnalysisReason(p, a.post).isEmpty()); // one 4 is not enough
        p.assessments.last().scores[1].second.score = 4;
        QCOMPARE(detailedAnalysisReason(p, a.post),
                 QStringLiteral("Realistic ambition/objective, Feasible planning scored 4"));
        p.assessments.last().scores = {{QStringLiteral("capacity"), {5, {}, {}}}};
        QCOMPARE(detailedAnalysisReason(p, a.post), QStringLiteral("Available capacity scored 5"));
        // Broad weakness: a mean of 3.0 over four or more scored main factors.
        p.assessments.last().scores = {{QStringLiteral("ambition"), {3, {}, {}}},
                                       {QStringLiteral("planning"), {3, {}, {}}},
                                       {QStringLiteral("capacity"), {3, {}, {}}}};
        QVERIFY(detailedAnalysisReason(p, a.post).isEmpty()); // three scores say too little
        p.assessments.last().scores << qMakePair(QStringLiteral("ownership"), rb::model::FactorScore{3, {}, {}});
        QCOMPARE(detailedAnalysisReason(p, a.post), QStringLiteral("mean score 3.0 over 4 factors"));
    }

private:
    // The same document two weeks earlier: one risk not yet there, another scored differently, a factor
    // score and a finish date different.
    std::optional<rb::model::Portfolio> olderVersion() const
    {
        rb::model::Portfolio older = m_portfolio;
        older.programme.statusDate = older.programme.statusDate.addDays(-14);
        if (!older.risks.isEmpty()) older.risks.removeLast();
        if (!older.risks.isEmpty()) older.risks.first().residualImpact = 1;
        if (!older.assessments.isEmpty()) older.assessments.first().scores.first().second.score = 1;
        for (auto &post : older.posts)
            if (post.finish.isValid()) {
                post.finish = post.finish.addDays(-10);
                break;
            }
        return older;
    }

    static void checkPng(const QByteArray &bytes, const QSize &size)
    {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), size);
        // Not a single colour: the chart drew something besides the background.
        const QRgb first = image.pixel(0, 0);
        int different = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                if (image.pixel(x, y) != first) ++different;
        QVERIFY2(different > 200, qPrintable(QStringLiteral("only %1 sampled pixels differ").arg(different)));
    }

    static void checkSvg(const QByteArray &bytes)
    {
        QXmlStreamReader xml(bytes);
        int paths = 0, texts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline")
                    || xml.name() == QLatin1String("rect"))
                    ++paths;
                if (xml.name() == QLatin1String("text")) ++texts;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(paths > 5);
        QVERIFY(texts > 3);                 // real text, not pixels
        QVERIFY(!bytes.contains("<image")); // vectors, no embedded bitmap
    }

    static void checkPdf(const QByteArray &bytes, int pages)
    {
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(pdfPageCount(bytes), pages);
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty()) return;
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("chart.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QProcess p;
        p.start(pdftoppm,
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), f.fileName(),
                 dir.filePath(QStringLiteral("page"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardError().isEmpty() || true, "pdftoppm warnings are not errors");
        QImage rendered(dir.filePath(QStringLiteral("page-1.png")));
        if (rendered.isNull()) rendered = QImage(dir.filePath(QStringLiteral("page-01.png")));
        if (rendered.isNull()) rendered = QImage(dir.filePath(QStringLiteral("page-001.png")));
        QVERIFY(!rendered.isNull());
    }

    rb::model::Portfolio m_portfolio;
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv); // QtCharts draws through widgets
    TestChartExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chartexport.moc"
