// documentsink.h — what the portfolio reader makes of a document: the full Portfolio (PortfolioSink)
// or the analysis engine's input (AnalysisInputSink).
//
// The portfolio reader (portfolioreader.h) runs every check either way and hands each post and each
// dependency to its sink as it reads them; the sink keeps what its product needs. The analysis input is
// built by the same steps as buildAnalysisInput (analysisinput.h), straight from the document: no
// Portfolio is built (at 100k posts its million QStrings cost more than the analysis).
#pragma once

#include "model/analysisinput.h"
#include "model/portfolio.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rb::model {

class DocumentSink {
public:
    virtual ~DocumentSink() = default;
    // Once the programme is read, before the posts: the programme, whether the document records
    // progress (some post has actuals) and how many posts and dependencies the document lists.
    virtual void begin(const Programme &programme, bool recordsProgress, size_t posts, size_t dependencies) = 0;
    // Each post, in document order.
    virtual void post(Post &&post) = 0;
    // Each dependency, in document order, with its ends as written (empty when absent). For a large
    // document this runs on a second thread, at the same time as post().
    virtual void dependency(Dependency &&dependency, std::string_view from, std::string_view to) = 0;
    // Only for a document without errors, after the posts and dependencies: each dependency, in
    // document order, with its ends as indices of the posts,
    virtual void link(uint32_t from, uint32_t to, LinkType type, int lagDays) = 0;
    // and then the rest of the portfolio (programme, factors, assessments, risks, baselines; no posts
    // or dependencies).
    virtual void finish(Portfolio &&rest) = 0;
};

// The whole Portfolio (DocumentReader::readFile).
class PortfolioSink final : public DocumentSink {
public:
    void begin(const Programme &programme, bool recordsProgress, size_t posts, size_t dependencies) override;
    void post(Post &&post) override;
    void dependency(Dependency &&dependency, std::string_view from, std::string_view to) override;
    void link(uint32_t from, uint32_t to, LinkType type, int lagDays) override;
    void finish(Portfolio &&rest) override;

    std::optional<Portfolio> take() { return std::move(m_portfolio); } // set by finish()

private:
    QList<Post> m_posts;
    QList<Dependency> m_dependencies; // (filled on the second thread for a large document)
    std::optional<Portfolio> m_portfolio;
};

// The analysis engine's input, the risks and the baselines (DocumentReader::readSchedule).
class AnalysisInputSink final : public DocumentSink {
public:
    void begin(const Programme &programme, bool recordsProgress, size_t posts, size_t dependencies) override;
    void post(Post &&post) override;
    void dependency(Dependency &&dependency, std::string_view from, std::string_view to) override;
    void link(uint32_t from, uint32_t to, LinkType type, int lagDays) override;
    void finish(Portfolio &&rest) override;

    std::optional<AnalysisInput> takeInput() { return std::move(m_result); } // set by finish()
    QList<Risk> takeRisks() { return std::move(m_risks); }
    QList<Baseline> takeBaselines() { return std::move(m_baselines); }

private:
    Programme m_programme; // as the analysis sees it (analysisProgramme)
    size_t m_dependencies = 0;
    AnalysisInput m_input;
    std::optional<AnalysisInput> m_result;
    QList<Risk> m_risks;
    QList<Baseline> m_baselines;
};

} // namespace rb::model
