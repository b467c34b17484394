// assessmentrules.cpp
#include "model/assessmentrules.h"

namespace rb::model {

QList<SuccessFactor> mainFactors(const QList<SuccessFactor> &catalogue)
{
    QList<SuccessFactor> out;
    for (const SuccessFactor &f : catalogue)
        if (isMainFactor(f)) out << f;
    return out;
}

DetailedReason detailedAnalysisReason(const QList<int> &scores)
{
    int fours = 0, scored = 0, sum = 0;
    for (int s : scores) {
        if (s <= 0) continue;
        if (s >= 5) return DetailedReason::AnyFive;
        fours += s >= 4 ? 1 : 0;
        ++scored;
        sum += s;
    }
    if (fours >= 2) return DetailedReason::TwoFours;
    if (scored >= 4 && sum >= 3 * scored) return DetailedReason::HighMean;
    return DetailedReason::None;
}

} // namespace rb::model
