// scheduleadapter.cpp
#include "model/scheduleadapter.h"

#include <QRegularExpression>

#include <algorithm>

namespace rb::model {

namespace an = rb::analysis;

QStringList PortfolioSchedule::postIds(const std::vector<uint32_t> &tasks) const
{
    QStringList ids;
    for (uint32_t t : tasks) ids << postId(t);
    return ids;
}

QStringList PortfolioSchedule::criticalPathTexts() const
{
    QStringList paths;
    for (const auto &path : rb::analysis::criticalPaths(network(), schedule()))
        paths << postIds(path).join(QStringLiteral(" → "));
    return paths;
}

std::shared_ptr<const PortfolioSchedule> PortfolioSchedule::build(const Portfolio &portfolio, QString *error)
{
    return build(buildAnalysisInput(portfolio), portfolio.risks, error);
}

std::shared_ptr<const PortfolioSchedule> PortfolioSchedule::build(AnalysisInput input, const QList<Risk> &risks,
                                                                  QString *error)
{
    std::shared_ptr<PortfolioSchedule> s(new PortfolioSchedule);
    s->m_input = std::move(input);
    // The network takes the tasks and links over (a 100k-post copy saved); the input keeps the rest.
    auto built = an::ScheduleNetwork::build(std::move(s->m_input.network));
    s->m_input.network = {};
    if (!built) {
        if (error) {
            const an::Error &e = built.error();
            if (e.code == an::ErrorCode::Cycle) {
                QStringList ids;
                for (const std::string &id : e.cycleIds) ids << QString::fromStdString(id);
                *error = QStringLiteral("dependency cycle: %1").arg(ids.join(QStringLiteral(" → ")));
            } else {
                *error = QString::fromStdString(e.message);
            }
        }
        return nullptr;
    }
    s->m_network.emplace(std::move(built).value());
    s->m_schedule = an::computeSchedule(*s->m_network);
    for (const Risk &r : risks) {
        if (r.status != RiskStatus::Open || !r.delayDays || *r.delayDays <= 0) continue;
        // Before mitigation: the inherent score (the residual one when only that is given); after it:
        // the residual score when given (docs/uncertainty-model.md, "Before and after mitigation").
        const int inherent = r.probability ? *r.probability : r.residualProbability.value_or(0);
        const int residual = r.residualProbability ? *r.residualProbability : inherent;
        an::RiskEvent e;
        e.probability = probabilityOfScore(inherent);
        e.delayDays = *r.delayDays;
        for (const QString &post : r.posts)
            if (const int t = s->taskOf(post); t >= 0) e.tasks.push_back(uint32_t(t));
        if ((e.probability <= 0 && probabilityOfScore(residual) <= 0) || e.tasks.empty()) continue;
        // One cause, counted once: this risk's delay replaces its factor's delay event on its posts
        // (docs/uncertainty-model.md). A risk without a (main) factor adds to the factor model.
        if (const auto f = successFactorIndex(r.factor))
            for (uint32_t t : e.tasks)
                if (t < s->m_input.profiles.size() && s->m_input.profiles[t])
                    s->m_input.profiles[t]->riskCoveredFactors |= uint8_t(1u << *f);
        s->m_registerEvents.push_back(std::move(e));
        s->m_residualProbabilities.push_back(probabilityOfScore(residual));
        s->m_registerRiskIds << r.id;
    }
    return s;
}

int PortfolioSchedule::taskOf(const QString &postId) const
{
    // The network's index of its task ids, which are the post ids in UTF-8.
    const QByteArray id = postId.toUtf8();
    const std::optional<uint32_t> task = m_network->indexOf(std::string_view(id.constData(), size_t(id.size())));
    return task ? int(*task) : -1;
}

std::vector<uint32_t> PortfolioSchedule::linksBetween(const QString &from, const QString &to) const
{
    const int a = taskOf(from), b = taskOf(to);
    std::vector<uint32_t> found;
    const auto &links = m_network->links();
    for (size_t i = 0; a >= 0 && b >= 0 && i < links.size(); ++i)
        if (int(links[i].from) == a && int(links[i].to) == b) found.push_back(uint32_t(i));
    return found;
}

an::MonteCarloModel PortfolioSchedule::monteCarloModel(an::DistributionKind kind, RiskProbability which) const
{
    an::MonteCarloModel model = an::buildMonteCarloModel(*m_network, m_input.profiles, {}, kind);
    const size_t first = model.riskEvents.size();
    model.riskEvents.insert(model.riskEvents.end(), m_registerEvents.begin(), m_registerEvents.end());
    if (which == RiskProbability::Residual)
        for (size_t k = 0; k < m_residualProbabilities.size(); ++k)
            model.riskEvents[first + k].probability = m_residualProbabilities[k];
    return model;
}

// The register's events are the last ones of the model (after the factor model's).
std::vector<uint32_t> PortfolioSchedule::registerEvents(const an::MonteCarloModel &model) const
{
    std::vector<uint32_t> events;
    const size_t first = model.riskEvents.size() - std::min(model.riskEvents.size(), m_registerEvents.size());
    for (size_t k = first; k < model.riskEvents.size(); ++k) events.push_back(uint32_t(k));
    return events;
}

QString PortfolioSchedule::riskId(const an::MonteCarloModel &model, uint32_t event) const
{
    const size_t first = model.riskEvents.size() - std::min(model.riskEvents.size(), m_registerEvents.size());
    return event >= first && event < model.riskEvents.size() ? m_registerRiskIds.value(int(event - first)) : QString();
}

std::optional<int> parseDays(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([-+]?\\d{1,6})\\s*([dDwW]?)\\s*$"));
    const auto m = re.match(text); // matchView is 6.5+
    if (!m.hasMatch()) return std::nullopt;
    const long long n = m.captured(1).toLongLong();
    const long long days = m.captured(2).compare(QLatin1String("w"), Qt::CaseInsensitive) == 0 ? n * 7 : n;
    if (days < -100000 || days > 100000) return std::nullopt;
    return int(days);
}

std::optional<std::pair<QString, int>> parseDelayAssignment(const QString &text)
{
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    if (eq <= 0) return std::nullopt;
    const auto days = parseDays(QStringView(text).mid(eq + 1));
    if (!days) return std::nullopt;
    return std::pair<QString, int>(text.left(eq), *days);
}

} // namespace rb::model
