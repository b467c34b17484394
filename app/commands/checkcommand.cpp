// checkcommand.cpp — `riskboard check FILE [--json]`: the schedule check (analysis/schedulecheck.h) on
// the command line, grouped by rule in words, or as JSON (keys in docs/analysis.md).
#include "store/documentsource.h"
#include "app/cli.h"
#include "app/commands/argparse.h"

#include "model/analysisinput.h"
#include "document/documentreader.h"
#include "model/schedulecheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rb::app {

using namespace rb::model;
namespace an = rb::analysis;

namespace {

const char *severityId(an::CheckSeverity s) { return s == an::CheckSeverity::Error ? "error" : "warning"; }

QJsonValue dayOrNull(const std::optional<int32_t> &day)
{
    return day ? QJsonValue(fromDayNumber(*day).toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const ScheduleCheck &check, const Portfolio &portfolio, const an::CheckOptions &options)
{
    static const char *const kTypes[] = {"FS", "SS", "FF", "SF"};
    const PortfolioSchedule &s = *check.schedule;
    QJsonObject root;
    root.insert(QStringLiteral("statusDate"), dayOrNull(options.statusDate));
    root.insert(QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("longLagDays"), options.longLagDays},
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
            o.insert(QStringLiteral("link"), QJsonObject{{QStringLiteral("from"), s.postId(l.from)},
                                                         {QStringLiteral("to"), s.postId(l.to)},
                                                         {QStringLiteral("type"), QLatin1String(kTypes[int(l.type)])},
                                                         {QStringLiteral("lagDays"), l.lagDays}});
        }
        findings.append(o);
    }
    root.insert(QStringLiteral("findings"), findings);
    return root;
}

void printText(QTextStream &out, const QString &file, const ScheduleCheck &check, const Portfolio &portfolio,
               const an::CheckOptions &options)
{
    out << file << ": " << check.report.errors << (check.report.errors == 1 ? " error, " : " errors, ")
        << check.report.warnings << (check.report.warnings == 1 ? " warning" : " warnings");
    if (options.statusDate) out << " (status date " << fromDayNumber(*options.statusDate).toString(Qt::ISODate) << ")";
    out << "\n";
    for (const an::CheckRuleSummary &r : check.report.rules) {
        if (!r.count) continue;
        out << "\n" << checkSeverityName(an::checkSeverity(r.rule)) << ": " << checkRuleTitle(r.rule) << " ["
            << an::checkRuleId(r.rule) << "] — " << checkRuleCount(r) << "\n"
            << "  " << checkRuleWhy(r.rule) << "\n";
        for (const an::CheckFinding &f : check.report.findings)
            if (f.rule == r.rule) out << "  - " << checkFindingText(f, portfolio, *check.schedule) << "\n";
    }
    if (!check.report.errors && !check.report.warnings) out << "No findings.\n";
}

std::optional<int> dayCount(const ParsedArgs &a, const QString &option, int fallback, QString *error)
{
    if (!a.has(option)) return fallback;
    bool ok = false;
    const int days = a.value(option).toInt(&ok);
    if (!ok || days < 0 || days > 100000) {
        *error = QStringLiteral("%1 expects a number of days, not '%2'").arg(option, a.value(option));
        return std::nullopt;
    }
    return days;
}

int runCheck(CommandContext &c)
{
    const Command &cmd = *findCommand(QStringLiteral("check"));
    const QString longLag = QStringLiteral("--long-lag"), highFloat = QStringLiteral("--high-float");
    const ParsedArgs a = parseArgs(c.args, {longLag, highFloat}, {QStringLiteral("--json")});
    if (!a.error.isEmpty()) return usageError(c, cmd, a.error);
    if (a.positional.size() != 1) return usageError(c, cmd, QStringLiteral("expected exactly one file"));
    const QString file = a.positional.first();
    const LoadResult r = store::readDocument(file); // a file or a shared portfolio (a store URL)
    if (!r.ok()) {
        for (const Diagnostic &d : r.diagnostics) c.err << d.toString() << "\n";
        return ExitInvalid;
    }
    an::CheckOptions options = scheduleCheckOptions(*r.portfolio);
    QString error;
    const auto lag = dayCount(a, longLag, options.longLagDays, &error);
    const auto slack = dayCount(a, highFloat, options.highFloatDays, &error);
    if (!lag || !slack) return usageError(c, cmd, error);
    options.longLagDays = *lag;
    options.highFloatDays = *slack;
    const ScheduleCheck check = runScheduleCheck(*r.portfolio, options);
    if (!check.ok()) {
        c.err << file << ": error: " << check.error << "\n";
        return ExitInvalid;
    }
    if (a.has(QStringLiteral("--json")))
        c.out << QJsonDocument(toJson(check, *r.portfolio, options)).toJson(QJsonDocument::Indented);
    else
        printText(c.out, file, check, *r.portfolio, options);
    return check.report.errors ? ExitInvalid : ExitOk;
}

} // namespace

void registerCheckCommand()
{
    registerCommand({QStringLiteral("check"), QStringLiteral("schedule check: missing logic, lags, constraints, float"),
                     QStringLiteral("Usage: riskboard check FILE [--json] [--long-lag DAYS] [--high-float DAYS]\n\n"
                                    "Checks whether the schedule is fit to be analysed, in the spirit of the DCMA\n"
                                    "14-point assessment adapted to programme portfolios: posts without predecessor or\n"
                                    "successor (level of effort and external posts excepted), level-of-effort posts\n"
                                    "in dependencies, deadlines, leads and long lags, fixed dates no post has to meet,\n"
                                    "posts with neither estimate nor assessment, dates that contradict the status date,\n"
                                    "negative and high float. Rules and sources: docs/analysis.md.\n\n"
                                    "  --json              {statusDate, thresholds, errors, warnings, rules: [{id,\n"
                                    "                      severity, title, count, population, dcma, dcmaLimitPercent}],\n"
                                    "                      findings: [{rule, severity, posts, days, message, link}]}\n"
                                    "  --long-lag DAYS     a lag longer than DAYS is a finding (default 62)\n"
                                    "  --high-float DAYS   a total float above DAYS is a finding (default 62)\n\n"
                                    "Exit status: 0 no errors (warnings allowed), 1 usage error, 2 the file is\n"
                                    "invalid or the check found errors.\n"),
                     false, runCheck});
}

} // namespace rb::app
