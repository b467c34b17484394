// simulationcontroller.cpp
#include "qml/simulationcontroller.h"

#include <QLocale>

#include "analysis/drivers.h"
#include "model/scheduleadapter.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"
#include "qml/sessionobjects.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rb::ui {

namespace an = rb::analysis;

namespace {
constexpr int kTopDrivers = 10;
constexpr int kCriticalityRows = 15;
constexpr int kMaxBins = 90;
} // namespace

struct SimulationController::Outcome {
    std::shared_ptr<const rb::model::PortfolioSchedule> schedule;
    std::optional<an::MonteCarloResult> result;
    std::optional<an::MonteCarloResult> mitigated; // the same draws with residual risk probabilities
    std::vector<an::FinishDriver> drivers;         // days of the P80 (docs/analysis.md)
    std::vector<QString> driverIds;                // by driver: post or risk id
    bool cancelled = false;
    QString error;
};

SimulationController::SimulationController(DocumentController *document, AppState *state, QObject *parent)
    : QObject(parent), m_document(document), m_state(state)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SimulationController::finished);
    if (DocumentController *doc = document) {
        connect(doc, &DocumentController::documentChanged, this, [this] { setStale(m_hasResult); });
        connect(doc->document(), &rb::model::PortfolioDocument::documentReset, this,
                &SimulationController::documentReplaced);
    }
    for (auto signal : {&SimulationController::runningChanged, &SimulationController::resultChanged,
                        &SimulationController::staleChanged, &SimulationController::progressChanged})
        connect(this, signal, this, &SimulationController::statusChanged);
    // Strings made here are translated here: a language switch re-reads them.
    if (state) connect(state, &AppState::languageChanged, this, &SimulationController::resultChanged);
}

SimulationController::~SimulationController()
{
    cancel();
    m_watcher.waitForFinished();
}

SimulationController *SimulationController::create(QQmlEngine *engine, QJSEngine *)
{
    SimulationController *simulation = sessionObjectsOf(engine).simulation;
    if (!simulation)
        qWarning("SimulationController: no session registered its objects on this QML engine "
                 "(rb::ui::registerSessionObjects)");
    return simulation;
}

void SimulationController::setIterations(int n)
{
    n = std::clamp(n, 100, 1000000);
    if (n == m_iterations) return;
    m_iterations = n;
    emit iterationsChanged();
}

void SimulationController::setSeed(int seed)
{
    if (seed == m_seed) return;
    m_seed = seed;
    emit seedChanged();
}

void SimulationController::setStale(bool stale)
{
    if (m_stale == stale) return;
    m_stale = stale;
    emit staleChanged();
}

void SimulationController::run()
{
    DocumentController *doc = m_document;
    if (!doc) return;
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
    auto schedule = doc->schedule();
    m_runGeneration = m_generation;
    m_cancelled = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = 0;
    emit progressChanged();
    QPointer<SimulationController> self(this);
    auto cancelFlag = m_cancel;
    const auto iterations = std::uint32_t(m_iterations);
    const auto seed = std::uint64_t(m_seed);
    m_watcher.setFuture(QtConcurrent::run([schedule, cancelFlag, iterations, seed, self] {
        auto out = std::make_shared<Outcome>();
        out->schedule = schedule;
        if (!schedule) {
            out->error = QCoreApplication::translate("SimulationController",
                                                     "The schedule cannot be computed (see the dependency graph).");
            return out;
        }
        an::MonteCarloOptions options;
        options.iterations = iterations;
        options.seed = seed;
        options.threads = 1; // leave the other cores to the UI; the result does not depend on it
        options.cancel = cancelFlag.get();
        // Progress: the main run is the first half, the drivers' re-runs the second.
        auto report = [self](double p) {
            QMetaObject::invokeMethod(
                qApp,
                [self, p] {
                    if (self) {
                        self->m_progress = p;
                        emit self->progressChanged();
                    }
                },
                Qt::QueuedConnection);
        };
        options.progress
            = [report](std::uint32_t done, std::uint32_t total) { report(total ? 0.5 * done / total : 0); };
        const an::MonteCarloModel model = schedule->monteCarloModel();
        auto result = an::runMonteCarlo(schedule->network(), model, options);
        auto fail = [&](const an::Error &e) {
            if (e.code == an::ErrorCode::Cancelled)
                out->cancelled = true;
            else
                out->error = QString::fromStdString(e.message);
            return out;
        };
        if (!result.ok()) return fail(result.error());
        an::MonteCarloOptions finishOnly = options;
        finishOnly.progress = nullptr;
        finishOnly.taskPercentiles = false;
        finishOnly.criticality = false;
        auto mitigated
            = an::runMonteCarlo(schedule->network(),
                                schedule->monteCarloModel(an::DistributionKind::Triangular,
                                                          rb::model::PortfolioSchedule::RiskProbability::Residual),
                                finishOnly);
        if (!mitigated.ok()) return fail(mitigated.error());
        options.progress
            = [report](std::uint32_t done, std::uint32_t total) { report(total ? 0.5 + 0.5 * done / total : 1); };
        auto drivers
            = an::computeDrivers(schedule->network(), model, result.value(), schedule->registerEvents(model), options);
        if (!drivers.ok()) return fail(drivers.error());
        out->result = std::move(result.value());
        out->mitigated = std::move(mitigated.value());
        out->drivers = std::move(drivers.value());
        for (const an::FinishDriver &d : out->drivers)
            out->driverIds.push_back(d.kind == an::DriverKind::Task ? schedule->postId(d.index)
                                                                    : schedule->riskId(model, d.index));
        return out;
    }));
    emit runningChanged();
}

void SimulationController::cancel()
{
    if (m_cancel) m_cancel->store(true);
}

void SimulationController::waitForFinished()
{
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(); // deliver finished() and the last progress
    QCoreApplication::processEvents();
}

void SimulationController::finished()
{
    const auto out = m_watcher.future().isValid() && m_watcher.future().resultCount() ? m_watcher.result() : nullptr;
    emit runningChanged();
    if (m_runGeneration != m_generation) return; // a run of the document that was open before: nothing to show of it
    if (out && out->cancelled) {
        m_cancelled = true; // the previous result stays, and the status says so
        emit statusChanged();
        return;
    }
    if (!out) return;
    m_error = out->error;
    if (!out->result) {
        m_hasResult = false;
        emit resultChanged();
        return;
    }
    const an::MonteCarloResult &r = *out->result;
    const auto &sched = *out->schedule;
    using rb::model::fromDayNumber;
    m_p50 = fromDayNumber(r.finish.p50);
    m_p80 = fromDayNumber(r.finish.p80);
    m_p90 = fromDayNumber(r.finish.p90);
    m_planned = fromDayNumber(sched.schedule().finish);
    m_mitigatedP80 = out->mitigated ? fromDayNumber(out->mitigated->finish.p80) : QDate();
    // The programme's own end and every fixed-date target, in words (the numbers of simulate --json).
    m_targets.clear();
    const QLocale locale;
    const auto percent = [&](double share) { return locale.toString(qRound(share * 100)) + QStringLiteral(" %"); };
    if (const auto end = sched.schedule().programmeEnd)
        m_targets << QCoreApplication::translate("SimulationController",
                                                 "Chance to finish by the programme end (%1): %2")
                         .arg(fromDayNumber(*end).toString(Qt::ISODate), percent(r.probabilityBy(*end)));
    for (const an::TargetRisk &t : r.targets) {
        const QString post = QString::fromStdString(sched.network().id(t.task));
        const QString target = QString::fromStdString(sched.network().id(t.target));
        const QString date = fromDayNumber(t.date).toString(Qt::ISODate);
        const int miss = t.p80MissDays;
        m_targets << (miss > 0 ? QCoreApplication::translate("SimulationController",
                                                             "%1 ready by %2 (%3): %4 chance; at P80 %5 late")
                                     .arg(post, target, date, percent(t.probabilityMet),
                                          QCoreApplication::translate("SimulationController", "%n day(s)", "", miss))
                               : QCoreApplication::translate("SimulationController",
                                                             "%1 ready by %2 (%3): %4 chance; met at P80")
                                     .arg(post, target, date, percent(t.probabilityMet)));
    }

    // Daily counts are spiky over a range of years; bins of several days keep about 90 bars. Each bin
    // is drawn at its last day, where the cumulative share is exact.
    const auto &fd = r.finishDistribution;
    const int range = fd.empty() ? 0 : fd.back().day - fd.front().day + 1;
    m_binDays = std::max(1, (range + kMaxBins - 1) / kMaxBins);
    QList<rb::model::FinishDistributionModel::Bin> bins;
    for (std::size_t i = 0; i < fd.size();) {
        const int start = fd[i].day;
        int count = 0, last = start;
        double cumulative = 0;
        for (; i < fd.size() && fd[i].day < start + m_binDays; ++i) {
            count += int(fd[i].count);
            cumulative = fd[i].cumulative;
            last = fd[i].day;
        }
        bins.append({fromDayNumber(last), count, cumulative * 100.0});
    }
    m_distribution.setBins(bins);
    // The cumulative curve after mitigation, in bins of the same width (its range starts no later:
    // on the same draws, lower probabilities never lengthen an iteration).
    QList<rb::model::FinishDistributionModel::Bin> after;
    if (out->mitigated) {
        const auto &md = out->mitigated->finishDistribution;
        for (std::size_t i = 0; i < md.size();) {
            const int start = md[i].day;
            int last = start;
            double cumulative = 0;
            for (; i < md.size() && md[i].day < start + m_binDays; ++i) {
                cumulative = md[i].cumulative;
                last = md[i].day;
            }
            after.append({fromDayNumber(last), 0, cumulative * 100.0});
        }
    }
    m_mitigated.setBins(after);
    // Marker lines: two points each (bottom, top) for P50, P80, P90; the chart maps rows 0-1, 2-3, 4-5.
    const int top = maxCount();
    m_markers.setBins(
        {{m_p50, 0, 0}, {m_p50, top, 100}, {m_p80, 0, 0}, {m_p80, top, 100}, {m_p90, 0, 0}, {m_p90, top, 100}});

    const rb::model::Portfolio none;
    const rb::model::Portfolio &portfolio = m_document ? m_document->portfolio() : none;
    const auto &posts = portfolio.posts;
    auto titleOf = [&](const QString &id) {
        for (const auto &p : posts)
            if (p.id == id) return p.title;
        return QString();
    };
    const auto &risks = portfolio.risks;
    auto riskTitle = [&](const QString &id) {
        for (const auto &k : risks)
            if (k.id == id) return k.title;
        return QString();
    };
    // The tornado in days: what each post's own uncertainty or each register risk adds to the P80.
    QList<rb::model::RankedPostModel::Row> drivers;
    for (std::size_t i = 0; i < out->drivers.size() && drivers.size() < kTopDrivers; ++i) {
        const an::FinishDriver &d = out->drivers[i];
        if (d.p80Days == 0) continue;
        const QString &id = out->driverIds[i];
        const int days = d.p80Days;
        drivers.append({id, d.kind == an::DriverKind::Task ? titleOf(id) : riskTitle(id), double(days),
                        QCoreApplication::translate("SimulationController", "%n day(s)", "", days)});
    }
    m_drivers.setRows(drivers);

    std::vector<std::uint32_t> order(r.tasks.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return r.tasks[a].criticality > r.tasks[b].criticality; });
    QList<rb::model::RankedPostModel::Row> crit;
    for (std::uint32_t t : order) {
        if (crit.size() >= kCriticalityRows || r.tasks[t].criticality <= 0) break;
        const QString id = sched.postId(t);
        crit.append({id, titleOf(id), r.tasks[t].criticality,
                     QCoreApplication::translate("SimulationController", "%1 %")
                         .arg(QLocale().toString(r.tasks[t].criticality * 100, 'f', 0))});
    }
    m_criticality.setRows(crit);
    m_hasResult = true;
    setStale(false);
    emit resultChanged();
}

void SimulationController::documentReplaced()
{
    // The user had a result (or was waiting for one): give them one of the new document.
    const bool rerun = m_hasResult || running();
    ++m_generation;
    cancel();
    clearResult();
    if (rerun && !(m_state && m_state->screenshotMode()))
        QMetaObject::invokeMethod(this, &SimulationController::run, Qt::QueuedConnection);
}

void SimulationController::clearResult()
{
    m_hasResult = false;
    m_cancelled = false;
    m_error.clear();
    m_p50 = m_p80 = m_p90 = m_planned = m_mitigatedP80 = QDate();
    m_targets.clear();
    m_distribution.setBins({});
    m_mitigated.setBins({});
    m_markers.setBins({});
    m_drivers.setRows({});
    m_criticality.setRows({});
    setStale(false);
    emit resultChanged();
}

QString SimulationController::statusText() const
{
    if (running())
        return QCoreApplication::translate("SimulationController", "Running: %1 % of %2 iterations.")
            .arg(QLocale().toString(qRound(m_progress * 100)))
            .arg(QLocale().toString(m_iterations));
    if (!m_error.isEmpty()) return m_error;
    if (m_cancelled)
        return m_hasResult ? QCoreApplication::translate("SimulationController",
                                                         "Run cancelled. The charts still show the previous run.")
                           : QCoreApplication::translate("SimulationController",
                                                         "Run cancelled. There is no result yet: run the simulation.");
    if (m_stale)
        return QCoreApplication::translate(
            "SimulationController", "The portfolio changed since this run: run again to bring the charts up to date.");
    if (!m_hasResult)
        return QCoreApplication::translate("SimulationController", "No simulation result yet: run the simulation.");
    return QString();
}

int SimulationController::maxCount() const
{
    // 1, 2 or 5 × 10^k at or above the highest bin, so the axis gets round tick labels.
    const int m = std::max(1, m_distribution.maxCount());
    int step = 1;
    while (step * 10 <= m) step *= 10;
    for (int f : {1, 2, 5, 10})
        if (f * step >= m) return f * step;
    return 10 * step;
}

double SimulationController::p50Ms() const { return rb::model::FinishDistributionModel::msecs(m_p50); }
double SimulationController::p80Ms() const { return rb::model::FinishDistributionModel::msecs(m_p80); }
double SimulationController::p90Ms() const { return rb::model::FinishDistributionModel::msecs(m_p90); }
double SimulationController::minMs() const
{
    const auto &b = m_distribution.bins();
    if (b.isEmpty()) return 0;
    QDate first = b.first().date;
    if (!m_mitigated.bins().isEmpty()) first = std::min(first, m_mitigated.bins().first().date);
    return rb::model::FinishDistributionModel::msecs(first.addDays(-7));
}
double SimulationController::maxMs() const
{
    const auto &b = m_distribution.bins();
    return b.isEmpty() ? 0 : rb::model::FinishDistributionModel::msecs(b.last().date.addDays(7));
}

QString SimulationController::summary() const
{
    if (!m_hasResult) return QCoreApplication::translate("SimulationController", "No simulation result yet.");
    QString s = QCoreApplication::translate("SimulationController",
                                            "Programme finish: 50 % chance by %1, 80 % by %2, 90 % by %3; planned %4.")
                    .arg(p50(), p80(), p90(), plannedFinish());
    if (m_mitigatedP80.isValid())
        s += QLatin1Char(' ')
            + QCoreApplication::translate("SimulationController", "After mitigation 80 % chance by %1.")
                  .arg(mitigatedP80());
    if (!m_drivers.rows().isEmpty()) {
        const int days = int(m_drivers.rows().first().value);
        s += QLatin1Char(' ')
            + QCoreApplication::translate("SimulationController", "Largest driver: %1 (%2).")
                  .arg(m_drivers.rows().first().postId,
                       QCoreApplication::translate("SimulationController", "%n day(s)", "", days));
    }
    return s;
}

} // namespace rb::ui
