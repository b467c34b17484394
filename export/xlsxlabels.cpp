// xlsxlabels.cpp
#include "export/xlsxlabels.h"

#include "charts/exportlanguage.h"

#include <QtGlobal>

namespace rb::exporting {

namespace {

// A word and the catalogue context it is translated in (QT_TRANSLATE_NOOP marks it for lupdate).
struct Label {
    const char *key;
    const char *context;
    const char *text;
};

// The risk form's own labels (context RiskForm): the workbook's risk columns say what the form says.
constexpr Label kRiskColumns[] = {
    {"id", "rb::exporting::Deck", QT_TRANSLATE_NOOP("rb::exporting::Deck", "Risk")},
    {"title", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Title")},
    {"level", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Level")},
    {"posts", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Posts")},
    {"factor", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Success factor")},
    {"cause", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Cause")},
    {"event", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Event")},
    {"effect", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Effect")},
    {"probability", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Inherent probability")},
    {"impact", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Inherent impact")},
    {"residualProbability", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Residual probability")},
    {"residualImpact", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Residual impact")},
    {"delayDays", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Delay (days)")},
    {"owner", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Owner")},
    {"response", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Response")},
    {"mitigation", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Mitigation")},
    {"status", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Status")},
    {"nextReview", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Next review")},
    {"history", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "History")},
    {"note", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Note")},
    {"sources", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Sources")},
};

constexpr Label kAssessmentColumns[] = {
    {"assessment", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Assessment")},
    {"post", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Post")},
    {"date", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Date")},
    {"assessor", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Assessor")},
    {"note", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Note")},
    {"factor", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Success factor")},
    {"score", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Score")},
    {"rationale", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Rationale")},
    {"mitigation", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Mitigation")},
};

constexpr Label kPostColumns[] = {
    {"id", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Post")},
    {"title", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Title")},
    {"theme", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Theme")},
    {"kind", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Kind")},
    {"status", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Status")},
    {"owner", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Owner")},
    {"contractor", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Contractor")},
    {"projectLeader", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Project leader")},
    {"start", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Start")},
    {"finish", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Finish")},
    {"actualStart", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Actual start")},
    {"actualFinish", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Actual finish")},
    {"remainingDays", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Remaining (days)")},
    {"durationDays", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Duration (days)")},
    {"optimisticDays", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Optimistic (days)")},
    {"mostLikelyDays", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Most likely (days)")},
    {"pessimisticDays", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Pessimistic (days)")},
    {"deadline", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Deadline")},
    {"investmentPlanned", "rb::exporting::Workbook",
     QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Investment planned (k€)")},
    {"investmentProposed", "rb::exporting::Workbook",
     QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Investment proposed (k€)")},
    {"operatingPlanned", "rb::exporting::Workbook",
     QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Operating planned (k€)")},
    {"operatingProposed", "rb::exporting::Workbook",
     QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Operating proposed (k€)")},
    {"oneOffPlanned", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "One-off planned (k€)")},
    {"oneOffProposed", "rb::exporting::Workbook",
     QT_TRANSLATE_NOOP("rb::exporting::Workbook", "One-off proposed (k€)")},
    {"oneOffCarriedOver", "rb::exporting::Workbook",
     QT_TRANSLATE_NOOP("rb::exporting::Workbook", "One-off carried over (k€)")},
    {"costOfDelayPerMonth", "rb::exporting::Workbook",
     QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Cost of delay (k€ per month)")},
    {"plateau", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Plateau")},
    {"tags", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Tags")},
    {"result", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Result")},
    {"goal", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Goal")},
    {"activities", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Activities")},
    {"note", "RiskForm", QT_TRANSLATE_NOOP("RiskForm", "Note")},
    {"sources", "rb::exporting::Workbook", QT_TRANSLATE_NOOP("rb::exporting::Workbook", "Sources")},
};

// The risk register's words for levels, statuses and responses (context RiskRegister); the rest here.
constexpr Label kEnumValues[] = {
    {"programme", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Programme")},
    {"project", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Project")},
    {"activity", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Activity")},
    {"open", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Open")},
    {"closed", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Closed")},
    {"occurred", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Occurred")},
    {"none", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "(none)")},
    {"avoid", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Avoid")},
    {"reduce", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Reduce")},
    {"fallback", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Fallback")},
    {"transfer", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Transfer")},
    {"accept", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Accept")},
    {"share", "RiskRegister", QT_TRANSLATE_NOOP("RiskRegister", "Share")},
    {"external", "OverviewModel", QT_TRANSLATE_NOOP("OverviewModel", "External")},
    {"planned", "OverviewModel", QT_TRANSLATE_NOOP("OverviewModel", "Planned")},
    {"running", "OverviewModel", QT_TRANSLATE_NOOP("OverviewModel", "Running")},
    {"done", "OverviewModel", QT_TRANSLATE_NOOP("OverviewModel", "Done")},
    {"deferred", "OverviewModel", QT_TRANSLATE_NOOP("OverviewModel", "Deferred")},
    {"cancelled", "OverviewModel", QT_TRANSLATE_NOOP("OverviewModel", "Cancelled")},
};

template <size_t N>
const Label *find(const Label (&labels)[N], const QString &key)
{
    for (const Label &l : labels)
        if (key == QLatin1String(l.key)) return &l;
    return nullptr;
}

} // namespace

QString columnLabel(CsvTableKind table, const QString &field)
{
    const Label *l = table == CsvTableKind::Risks ? find(kRiskColumns, field)
        : table == CsvTableKind::Assessments      ? find(kAssessmentColumns, field)
                                                  : find(kPostColumns, field);
    return l ? translate(l->context, l->text) : field;
}

QString enumLabel(const QString &value)
{
    const Label *l = find(kEnumValues, value);
    return l ? translate(l->context, l->text) : value;
}

} // namespace rb::exporting
