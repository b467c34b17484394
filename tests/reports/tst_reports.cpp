// tst_reports.cpp — the reports (reports/) called in-process give what the command line writes: the
// golden JSON of the MAB portfolio (tests/data/golden, scripts/golden.sh), to a string and to a device alike.
#include "document/documentreader.h"
#include "model/schedulecheck.h"
#include "reports/checkreport.h"
#include "reports/schedulereports.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace rb::model;
namespace rp = rb::reports;
namespace an = rb::analysis;

namespace {

const QString kMab = QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
const QString kGolden = QStringLiteral(RISKBOARD_TEST_DATA "/golden");

QJsonDocument golden(const QString &name)
{
    QFile f(kGolden + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll());
}

// Writes through a stream on a string and through one on a device; both must give the same bytes.
QByteArray written(const std::function<void(QTextStream &)> &write)
{
    QString text;
    {
        QTextStream toString(&text);
        write(toString);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QTextStream toDevice(&buffer);
        write(toDevice);
    }
    if (buffer.data() != text.toUtf8()) qWarning("the string and the device differ");
    return buffer.data() == text.toUtf8() ? buffer.data() : QByteArray();
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

    std::shared_ptr<const PortfolioSchedule> m_schedule;
    QList<Baseline> m_baselines;

private slots:
    void initTestCase()
    {
        ScheduleLoadResult r = DocumentReader::readSchedule(kMab);
        QVERIFY(r.ok());
        m_baselines = r.baselines;
        QString error;
        m_schedule = PortfolioSchedule::build(std::move(*r.input), r.risks, &error);
        QVERIFY2(m_schedule, qPrintable(error));
    }

    void analyzeIsTheGolden()
    {
        const QByteArray json
            = written([&](QTextStream &out) { rp::writeAnalyzeJson(out, *m_schedule, m_baselines, 20); });
        QVERIFY(json.endsWith('\n'));
        QCOMPARE(QJsonDocument::fromJson(json), golden(QStringLiteral("analyze.json")));
    }

    void propagateIsTheGolden()
    {
        // scripts/golden.sh: --delay 3A0=8w
        const int task = m_schedule->taskOf(QStringLiteral("3A0"));
        QVERIFY(task >= 0);
        an::DelayScenario scenario;
        scenario.slips.push_back({uint32_t(task), 56});
        an::DelayPropagator propagator(m_schedule->network(), m_schedule->schedule());
        const auto result = propagator.propagate(scenario);
        QVERIFY(result);
        const QByteArray json = written([&](QTextStream &out) { rp::writePropagationJson(out, *m_schedule, *result); });
        QCOMPARE(QJsonDocument::fromJson(json), golden(QStringLiteral("propagate.json")));
        const QByteArray text = written([&](QTextStream &out) { rp::writePropagationText(out, *m_schedule, *result); });
        QVERIFY(text.startsWith("Programme finish "));
        QVERIFY(text.contains("3A0"));
    }

    void simulateIsTheGolden()
    {
        // scripts/golden.sh: --seed 20190101 --iterations 2000
        rp::SimulationOptions options;
        options.seed = 20190101;
        options.iterations = 2000;
        QString error;
        const auto simulation = rp::simulate(*m_schedule, options, &error);
        QVERIFY2(simulation, qPrintable(error));
        const QByteArray json
            = written([&](QTextStream &out) { rp::writeSimulationJson(out, *m_schedule, *simulation); });
        QCOMPARE(QJsonDocument::fromJson(json), golden(QStringLiteral("simulate.json")));
    }

    void checkReportIsJsonAndWords()
    {
        const LoadResult r = DocumentReader::readFile(kMab);
        QVERIFY(r.ok());
        const an::CheckOptions options = scheduleCheckOptions(*r.portfolio);
        const ScheduleCheck check = runScheduleCheck(*r.portfolio, options);
        QVERIFY(check.ok());
        const QJsonObject json = QJsonDocument::fromJson(rp::checkJson(check, *r.portfolio, options)).object();
        QCOMPARE(json.value(QStringLiteral("errors")).toInt(), int(check.report.errors));
        QCOMPARE(json.value(QStringLiteral("warnings")).toInt(), int(check.report.warnings));
        const QByteArray text = written([&](QTextStream &out) {
            rp::writeCheckText(out, QStringLiteral("mab.json"), check, *r.portfolio, options);
        });
        QVERIFY(text.startsWith("mab.json: "));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
