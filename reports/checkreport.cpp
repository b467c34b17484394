// checkreport.cpp — the schedule check as words or JSON (checkreport.h).
#include "reports/checkreport.h"

#include "model/analysisinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb::reports {

using namespace rb::model;
namespace an = rb::analysis;

namespace {

const char *severityId(an::CheckSeverity s) { return s == an::CheckSeverity::Error ? "error" : "warning"; }

QJsonValue dayOrNull(const std::optional<int32_t> &day)
{
    return day ? QJsonValue(fromDayNumber(*day).toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QByteArray checkJson(const ScheduleCheck &check, const Portfolio &portfolio, const an::CheckOptions &options)
{
    static const char *const kTypes[] = {"FS", "SS", "FF", "SF"};
    const PortfolioSchedule &s = *check.schedule;
    QJsonObject root;
    root.insert(QStringLiteral("statusDate"), dayOrNull(options.statusDate));
    root.insert(QStringLiteral("thresholds"),
                QJsonObject{{QStringLiteral("longLagDays"), options.longLagDays},
                            {QStringLiteral("highFloatDays"), options.highFloatDays}});
    root.insert(QStringLiteral("errors"), qint64(check.report.errors));
    root.insert(QStringLiteral("warnings"), qint64(check.report.warnings));
    QJsonArray rules;
    for (const an::CheckRuleSummary &r : check.report.rules) {
        QJsonObject o{{QStringLiteral("id"), QLatin1String(an::checkRuleId(r.rule))},
                      {QStringLiteral("severity"), QLatin1String(severityId(an::checkSeverity(r.rule)))},
                      {QStringLiteral("title"), checkRuleTitle(r.rule)},
                      {QStringLiteral("count"), qint64(r.count)},
                      {QStringLiteral("population"), qint64(r.population)}};
        const char *dcma = an::checkDcmaPoint(r.rule);
        o.insert(QStringLiteral("dcma"), dcma ? QJsonValue(QLatin1String(dcma)) : QJsonValue());
        const auto limit = an::checkDcmaLimit(r.rule);
        o.insert(QStringLiteral("dcmaLimitPercent"), limit ? QJsonValue(*limit * 100.0) : QJsonValue());
        rules.append(o);
    }
    root.insert(QStringLiteral("rules"), rules);
    QJsonArray findings;
    for (const an::CheckFinding &f : check.report.findings) {
        QJsonArray posts;
        for (uint32_t t : f.tasks) posts.append(s.postId(t));
        QJsonObject o{{QStringLiteral("rule"), QLatin1String(an::checkRuleId(f.rule))},
                      {QStringLiteral("severity"), QLatin1String(severityId(an::checkSeverity(f.rule)))},
                      {QStringLiteral("posts"), posts},
                      {QStringLiteral("days"), f.days},
                      {QStringLiteral("message"), checkFindingText(f, portfolio, s)}};
        if (f.link) {
            const an::Link &l = s.network().links()[*f.link];
            o.insert(QStringLiteral("link"),
                     QJsonObject{{QStringLiteral("from"), s.postId(l.from)},
                                 {QStringLiteral("to"), s.postId(l.to)},
                                 {QStringLiteral("type"), QLatin1String(kTypes[int(l.type)])},
                                 {QStringLiteral("lagDays"), l.lagDays}});
        }
        findings.append(o);
    }
    root.insert(QStringLiteral("findings"), findings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writeCheckText(QTextStream &out, const QString &file, const ScheduleCheck &check, const Portfolio &portfolio,
                    const an::CheckOptions &options)
{
    out << file << ": " << check.report.errors << (check.report.errors == 1 ? " error, " : " errors, ")
        << check.report.warnings << (check.report.warnings == 1 ? " warning" : " warnings");
    if (options.statusDate) out << " (status date " << fromDayNumber(*options.statusDate).toString(Qt::ISODate) << ")";
    out << "\n";
    for (const an::CheckRuleSummary &r : check.report.rules) {
        if (!r.count) continue;
        out << "\n"
            << checkSeverityName(an::checkSeverity(r.rule)) << ": " << checkRuleTitle(r.rule) << " ["
            << an::checkRuleId(r.rule) << "] — " << checkRuleCount(r, appTranslate, QLocale::c()) << "\n"
            << "  " << checkRuleWhy(r.rule) << "\n";
        for (const an::CheckFinding &f : check.report.findings)
            if (f.rule == r.rule) out << "  - " << checkFindingText(f, portfolio, *check.schedule) << "\n";
    }
    if (!check.report.errors && !check.report.warnings) out << "No findings.\n";
}

} // namespace rb::reports
