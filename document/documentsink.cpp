// documentsink.cpp — the two products of the portfolio reader (see documentsink.h).
#include "document/documentsink.h"

namespace rb::model {

void PortfolioSink::begin(const Programme &, bool, size_t posts, size_t dependencies)
{
    // Sized once: growing a QList of 100k posts moves them again and again.
    m_posts.reserve(qsizetype(posts));
    m_dependencies.reserve(qsizetype(dependencies));
}

void PortfolioSink::post(Post &&post) { m_posts << std::move(post); }

void PortfolioSink::dependency(Dependency &&d, std::string_view from, std::string_view to)
{
    d.from = QString::fromUtf8(from.data(), qsizetype(from.size()));
    d.to = QString::fromUtf8(to.data(), qsizetype(to.size()));
    m_dependencies << std::move(d);
}

void PortfolioSink::link(uint32_t, uint32_t, LinkType, int) {} // the dependencies are kept as written

void PortfolioSink::finish(Portfolio &&rest)
{
    rest.posts = std::move(m_posts);
    rest.dependencies = std::move(m_dependencies);
    m_portfolio = std::move(rest);
}

void AnalysisInputSink::begin(const Programme &programme, bool recordsProgress, size_t posts, size_t dependencies)
{
    m_programme = analysisProgramme(programme, recordsProgress);
    m_input.network.tasks.reserve(posts);
    m_input.postIds.reserve(qsizetype(posts));
    m_dependencies = dependencies;
}

void AnalysisInputSink::post(Post &&post) { addPost(m_input, post, m_programme); }

void AnalysisInputSink::dependency(Dependency &&, std::string_view, std::string_view) {} // link() has what it needs

void AnalysisInputSink::link(uint32_t from, uint32_t to, LinkType type, int lagDays)
{
    if (m_input.network.links.empty()) m_input.network.links.reserve(m_dependencies);
    addLink(m_input, from, to, type, lagDays);
}

void AnalysisInputSink::finish(Portfolio &&rest)
{
    completeInput(m_input, m_programme, rest.assessments);
    m_result = std::move(m_input);
    m_risks = std::move(rest.risks);
    m_baselines = std::move(rest.baselines);
}

} // namespace rb::model
