// assessmentrules.h — which success factors are the main ones, and when a kick-off assessment calls
// for the detailed analysis on the 20 detailed factors (docs/assessment-rules.md gives the rule and why).
#pragma once

#include "model/portfolio.h"

#include <QList>

namespace rb::model {

// The main factors are the ones every kick-off scores (the heatmap's columns, the radar's axes); the
// detailed ones refine them and are scored only in the detailed analysis.
inline bool isMainFactor(const SuccessFactor &f) { return !f.detailed; }
// The main factors of a catalogue, in catalogue order.
QList<SuccessFactor> mainFactors(const QList<SuccessFactor> &catalogue);

enum class DetailedReason { None, AnyFive, TwoFours, HighMean };

// `scores` are the main factors' scores, 0 = not scored (ignored). The rule, in order:
// any score 5; or two or more scores >= 4; or a mean of the scored factors >= 3.0 with at least
// four factors scored (broad weakness; a mean of one to three scores says little).
DetailedReason detailedAnalysisReason(const QList<int> &scores);
inline bool detailedAnalysisRequired(const QList<int> &scores)
{
    return detailedAnalysisReason(scores) != DetailedReason::None;
}
// A factor scored 4 or 5 needs a mitigation (docs/format.md score scale).
inline bool mitigationRequired(int score) { return score >= 4; }
// A rationale or mitigation on an unscored factor: it cannot be saved (docs/format.md: score required).
inline bool textWithoutScore(const FactorScore &s)
{
    return s.score == 0 && !(s.rationale.trimmed().isEmpty() && s.mitigation.trimmed().isEmpty());
}

} // namespace rb::model
