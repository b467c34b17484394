// deck.h — the storyboard deck: a 16:9 PDF with a title page, a one-page status summary, every chart on
// its own page, the top risks and, given an older version of the document, what changed since then.
// Page list and rules: docs/export.md.
#pragma once

#include "export/chartcatalog.h"
#include "model/portfolio.h"

#include <QByteArray>
#include <QSize>

#include <optional>

namespace rb::exporting {

inline constexpr QSize kDeckPageSize(1920, 1080); // 13.33 × 7.5 in at 144 px/in

// Whether a post's latest assessment calls for a detailed analysis (on the 20 generic and the
// project-specific factors), and why ("planning scored 5"); empty when it does not. The rule is
// model/assessmentrules.h (docs/assessment-rules.md): on the main factors, any score 5; or two or more
// scores of 4 or higher; or a mean of 3.0 or more with at least four factors scored.
QString detailedAnalysisReason(const model::Portfolio &portfolio, const QString &postId);

struct DeckResult {
    QByteArray pdf;
    int pages = 0;
    QString error; // set when the deck could not be made (e.g. a dependency cycle)
};

// `older`: the version "since last time" compares against (none: the latest baseline); `earlier`: every
// earlier version for the trend (a folder of snapshots).
DeckResult renderDeck(const model::Portfolio &portfolio, const std::optional<model::Portfolio> &older,
                      const ChartOptions &options, const QList<model::Portfolio> &earlier = {});

} // namespace rb::exporting
