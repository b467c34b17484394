// programmeinfo.cpp — the names of the charter topics (see programmeinfo.h).
#include "model/programmeinfo.h"

namespace rb::model {

template <>
std::span<const EnumName<CharterTopic>> enumNames<CharterTopic>()
{
    static constexpr EnumName<CharterTopic> table[] = {
        {CharterTopic::Goal, "goal"},
        {CharterTopic::Ambition, "ambition"},
        {CharterTopic::Governance, "governance"},
        {CharterTopic::Rhythm, "rhythm"},
        {CharterTopic::WayOfWorking, "wayOfWorking"},
        {CharterTopic::RiskProfile, "riskProfile"},
        {CharterTopic::Procedure, "procedure"},
        {CharterTopic::Finance, "finance"},
    };
    return table;
}

QString toString(CharterTopic t) { return QString::fromLatin1(enumName(t)); }

} // namespace rb::model
