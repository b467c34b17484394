// tst_cli.cpp — the `riskboard` command line as a user meets it: the real binary, its exit codes,
// its standard output and its error messages.
#include "document/documentreader.h"
#include "tests/riskboardrun.h"
#include "document/documentwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace rb::model;

namespace {
using rb::test::riskboard;
using rb::test::Run;

const QString kSample = QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json");
const QString kMab = QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json");
const QString kInvalid = QStringLiteral(RISKBOARD_TEST_DATA "/invalid/38-multiple-errors.json");

// A role over the whole year (level of effort), 4A that must be ready before a law on 2019-10-01 (a
// fixed date), work ending on the year's end by its own window (3C, 5D1, 5D2), and 2D2 with 10 days of float.
QString writeSemanticsPortfolio(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("semantics.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(file));
    f.write(R"({"schemaVersion": 2, "programme": {"name": "S", "start": "2019-01-01", "end": "2019-12-31"},
"posts": [
{"id": "1A", "title": "Programmamanager", "theme": 1, "kind": "activity", "levelOfEffort": true, "start": "2019-01-01", "finish": "2020-03-31"},
{"id": "4A", "title": "DSO", "theme": 4, "kind": "project", "start": "2019-01-01", "finish": "2019-09-30",
 "estimate": {"optimisticDays": 200, "mostLikelyDays": 273, "pessimisticDays": 400}},
{"id": "3C", "title": "Open overheid", "theme": 3, "kind": "activity", "start": "2019-01-01", "finish": "2019-12-31"},
{"id": "5D1", "title": "Digivaardigheden", "theme": 5, "kind": "activity", "start": "2019-03-01", "finish": "2019-12-31"},
{"id": "5D2", "title": "Ontwikkeling IM", "theme": 5, "kind": "activity", "start": "2019-06-01", "finish": "2019-12-31"},
{"id": "2D2", "title": "Informatiebeheer", "theme": 2, "kind": "activity", "start": "2019-01-01", "finish": "2019-12-21"},
{"id": "X-LAW", "title": "Wet", "theme": 4, "kind": "external", "fixedDate": true, "start": "2019-10-01", "durationDays": 0}],
"dependencies": [{"from": "4A", "to": "X-LAW"}]})");
    return file;
}
} // namespace

// Whether the shipped MAB portfolio's register risk ID names post 4A.
static bool risksOn4A(const QString &id)
{
    QFile f(kMab);
    if (!f.open(QIODevice::ReadOnly)) return false;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("risks")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("id")).toString() == id)
            return r.value(QStringLiteral("posts")).toArray().contains(QJsonValue(QStringLiteral("4A")));
    }
    return false;
}

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion()
    {
        const Run help = riskboard({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *cmd : {"validate", "summary", "format", "analyze", "propagate", "simulate"})
            QVERIFY2(help.out.contains(QLatin1String(cmd)), cmd);
        const Run version = riskboard({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("riskboard ")));
        const Run cmdHelp = riskboard({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(cmdHelp.code, 0);
        QVERIFY(cmdHelp.out.startsWith(QStringLiteral("Usage: riskboard validate")));
    }

    void usageErrorsExitOne()
    {
        QCOMPARE(riskboard({QStringLiteral("validate")}).code, 1);                                    // no file
        QCOMPARE(riskboard({QStringLiteral("summary"), kSample, QStringLiteral("--bogus")}).code, 1); // unknown option
        const Run unknown = riskboard({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QCOMPARE(riskboard({QStringLiteral("propagate"), kSample}).code, 1); // no --delay
        QCOMPARE(
            riskboard({QStringLiteral("propagate"), kSample, QStringLiteral("--delay"), QStringLiteral("NOPE=5")}).code,
            1);
        QCOMPARE(
            riskboard({QStringLiteral("simulate"), kSample, QStringLiteral("--iterations"), QStringLiteral("zero")})
                .code,
            1);
    }

    void validate()
    {
        const Run ok = riskboard({QStringLiteral("validate"), kSample, kMab});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.err.isEmpty());
        const Run bad = riskboard({QStringLiteral("validate"), kSample, kInvalid});
        QCOMPARE(bad.code, 2);
        const QStringList lines = bad.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], kInvalid + QStringLiteral(":5:45: error: \"theme\" is 9, outside the allowed range 1..5"));
        QVERIFY(lines[1].startsWith(kInvalid + QStringLiteral(":6:72: error: ")));
        QCOMPARE(riskboard({QStringLiteral("validate"), QStringLiteral("/nonexistent.json")}).code, 2);
    }

    void summaryJson()
    {
        const Run r = riskboard({QStringLiteral("summary"), kSample, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("posts")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("dependencies")).toInt(), 2);
        QCOMPARE(o[QStringLiteral("postsPerKind")][QStringLiteral("project")].toInt(), 3);
        QCOMPARE(o[QStringLiteral("risksPerLevel")][QStringLiteral("activity")].toInt(), 1);
        QCOMPARE(
            o[QStringLiteral("budget")][QStringLiteral("total")][QStringLiteral("oneOff")][QStringLiteral("proposed")]
                .toDouble(),
            275.0);
        QCOMPARE(riskboard({QStringLiteral("summary"), kInvalid}).code, 2);
    }

    void formatIsCanonicalAndAtomic()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(riskboard({QStringLiteral("format"), kSample, QStringLiteral("-o"), out}).code, 0);
        QCOMPARE(riskboard({QStringLiteral("format"), out, QStringLiteral("--check")}).code, 0);
        QCOMPARE(riskboard({QStringLiteral("format"), kSample, QStringLiteral("--check")}).code,
                 2); // hand-written, not canonical
        // An invalid document is not rewritten.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(QFile::copy(kInvalid, bad));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const Run r = riskboard({QStringLiteral("format"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral(":5:45: error:")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(riskboard({QStringLiteral("format"), kSample, QStringLiteral("-o"),
                            QStringLiteral("/nonexistent-dir/x.json")})
                     .code,
                 3);
    }

    void analyzeJson()
    {
        const Run r = riskboard({QStringLiteral("analyze"), kSample, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // 2A4 done until 2018-10-15 → 2A1 2019-01-01..06-30 (planned start); 5C3 SS+30 after 2A1 starts
        // 2019-01-31 and lasts 181 days, so it finishes on 01-31 + 180 = 2019-07-30 (inclusive).
        QCOMPARE(o.value(QStringLiteral("finish")).toString(), QStringLiteral("2019-07-30"));
        const QJsonArray posts = o.value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 3);
        const QJsonObject cloud = posts[2].toObject();
        QCOMPARE(cloud.value(QStringLiteral("id")).toString(), QStringLiteral("5C3"));
        QCOMPARE(cloud.value(QStringLiteral("earlyStart")).toString(), QStringLiteral("2019-01-31"));
        QCOMPARE(cloud.value(QStringLiteral("earlyFinish")).toString(), QStringLiteral("2019-07-30"));
        for (const char *key : {"lateStart", "lateFinish", "totalFloatDays", "freeFloatDays", "critical"})
            QVERIFY2(cloud.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("criticalPath")).isArray());
    }

    // The rows of `analyze --json` are written without the JSON writer: ids that need escaping, other
    // scripts and negative floats must come out as the writer would write them.
    void analyzeJsonRowsAreExactJson()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ids.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schemaVersion\": 1, \"programme\": {\"name\": \"Ids\", \"start\": \"2019-01-01\"},\n"
                "\"posts\": [\n"
                "{\"id\": \"a\\\"b\\\\c\\u0001\", \"title\": \"Quote, backslash, control\", \"theme\": 1, \"kind\": "
                "\"project\", \"durationDays\": 10},\n"
                "{\"id\": \"\u00eb/\u20ac\", \"title\": \"Not ASCII\", \"theme\": 1, \"kind\": \"project\", "
                "\"durationDays\": 5, \"deadline\": \"2019-01-12\"}],\n"
                "\"dependencies\": [{\"from\": \"a\\\"b\\\\c\\u0001\", \"to\": \"\u00eb/\u20ac\"}]}");
        f.close();
        const Run r = riskboard({QStringLiteral("analyze"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray posts = o.value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a\"b\\c\x01"));
        QCOMPARE(posts[1].toObject().value(QStringLiteral("id")).toString(), QString::fromUtf8("ë/€"));
        // The writer's escapes: \" and \\, \u00XX for control characters; '/' and UTF-8 as they are.
        const QString first = QStringLiteral(
            "{\"id\":\"a\\\"b\\\\c\\u0001\",\"earlyStart\":\"2019-01-01\",\"earlyFinish\":\"2019-01-10\",");
        QVERIFY2(r.out.contains(first), qPrintable(r.out));
        // 2019-01-11..15 against a deadline of 01-12: three days late, the first post too.
        const QString second = QString::fromUtf8(
            "{\"id\":\"\u00eb/\u20ac\",\"earlyStart\":\"2019-01-11\",\"earlyFinish\":\"2019-01-15\","
            "\"lateStart\":\"2019-01-08\",\"lateFinish\":\"2019-01-12\",\"totalFloatDays\":-3,"
            "\"freeFloatDays\":0,\"critical\":true,\"levelOfEffort\":false}]");
        QVERIFY2(r.out.contains(second), qPrintable(r.out));
        QVERIFY(r.out.endsWith(QStringLiteral("}\n")));
    }

    // Level of effort, targets, near-critical posts and the note about fixed windows (docs/analysis.md).
    void analyzePostSemantics()
    {
        QTemporaryDir dir;
        const QString file = writeSemanticsPortfolio(dir);
        const Run r = riskboard({QStringLiteral("analyze"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("finish")).toString(), QStringLiteral("2019-12-31")); // not 1A's 2020-03-31
        QCOMPARE(o.value(QStringLiteral("nearCriticalDays")).toInt(), 20);
        QCOMPARE(o.value(QStringLiteral("nearCritical")).toArray(), QJsonArray{QStringLiteral("2D2")});
        const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        const QJsonObject t = targets[0].toObject();
        QCOMPARE(t.value(QStringLiteral("post")).toString(), QStringLiteral("4A"));
        QCOMPARE(t.value(QStringLiteral("target")).toString(), QStringLiteral("X-LAW"));
        QCOMPARE(t.value(QStringLiteral("date")).toString(), QStringLiteral("2019-10-01"));
        QCOMPARE(t.value(QStringLiteral("slackDays")).toInt(), 0);
        QCOMPARE(t.value(QStringLiteral("drivingChain")).toArray(), QJsonArray{QStringLiteral("4A")});
        const QJsonArray notes = o.value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].toString(),
                 QStringLiteral("3 posts end on the programme end date (2019-12-31); their windows are fixed "
                                "by the plan, so none drives another: 3C, 5D1, 5D2."));
        for (const QJsonValue &v : o.value(QStringLiteral("posts")).toArray()) {
            const QJsonObject post = v.toObject();
            const bool role = post.value(QStringLiteral("id")).toString() == QStringLiteral("1A");
            QCOMPARE(post.value(QStringLiteral("levelOfEffort")).toBool(), role);
            if (role) QVERIFY(!post.value(QStringLiteral("critical")).toBool());
        }
        QVERIFY(!o.value(QStringLiteral("criticalPath")).toArray().contains(QStringLiteral("1A")));

        const Run near = riskboard({QStringLiteral("analyze"), file, QStringLiteral("--json"),
                                    QStringLiteral("--near-critical"), QStringLiteral("5")});
        QCOMPARE(QJsonDocument::fromJson(near.out.toUtf8()).object().value(QStringLiteral("nearCritical")).toArray(),
                 QJsonArray{});
        QCOMPARE(riskboard({QStringLiteral("analyze"), file, QStringLiteral("--near-critical"), QStringLiteral("soon")})
                     .code,
                 1);

        const Run text = riskboard({QStringLiteral("analyze"), file});
        QVERIFY2(text.out.contains(QStringLiteral("Note: 3 posts end on the programme end date (2019-12-31)")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Target: 4A before X-LAW (2019-10-01): 0 days to spare")));
        QVERIFY(text.out.contains(QStringLiteral("Near-critical (total float under 20 days): 2D2")));
        QVERIFY(!text.out.contains(QStringLiteral("Critical path: 3C")));
    }

    // The fixed date is the same in every iteration; the target's probability and P80 miss, and the
    // probability of finishing by the programme end, are reported.
    void simulateTargets()
    {
        QTemporaryDir dir;
        const QString file = writeSemanticsPortfolio(dir);
        const Run r = riskboard({QStringLiteral("simulate"), file, QStringLiteral("--iterations"),
                                 QStringLiteral("4000"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject finish = o.value(QStringLiteral("finish")).toObject();
        QCOMPARE(finish.value(QStringLiteral("programmeEnd")).toString(), QStringLiteral("2019-12-31"));
        const double byEnd = finish.value(QStringLiteral("probabilityByEnd")).toDouble(-1);
        QVERIFY2(byEnd > 0.5 && byEnd < 1.0, qPrintable(QString::number(byEnd))); // 4A's tail can pass the year end
        for (const QJsonValue &v : o.value(QStringLiteral("posts")).toArray()) {
            const QJsonObject post = v.toObject();
            if (post.value(QStringLiteral("id")).toString() != QStringLiteral("X-LAW")) continue;
            for (const char *key : {"p50Finish", "p80Finish", "p90Finish"})
                QCOMPARE(post.value(QLatin1String(key)).toString(), QStringLiteral("2019-10-01"));
        }
        const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        const QJsonObject t = targets[0].toObject();
        QCOMPARE(t.value(QStringLiteral("post")).toString(), QStringLiteral("4A"));
        QCOMPARE(t.value(QStringLiteral("date")).toString(), QStringLiteral("2019-10-01"));
        // Met when 4A's sample is at most 273 days: F(273.5) of triangular(200, 273, 400) = 73.5^2 / (200 * 73).
        const double met = t.value(QStringLiteral("probabilityMet")).toDouble(-1);
        QVERIFY2(std::abs(met - 0.37) < 0.03, qPrintable(QString::number(met)));
        QVERIFY(t.value(QStringLiteral("p80MissDays")).toInt() > 0);
        for (const QJsonValue &v : o.value(QStringLiteral("sensitivity")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("1A"));
    }

    // Drivers in days and the value of the mitigations, on a hand-made programme: A (100 days) decides
    // the finish, B (10 days) has 90 days of float. R-A always strikes A before mitigation (score 5 =
    // 90 %) and almost never after (score 1 = 5 %); R-B strikes B but B's float absorbs it.
    void simulateDriversAndMitigation()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drivers.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schemaVersion": 2, "programme": {"name": "D", "start": "2019-01-01", "end": "2019-12-31"},
"posts": [
{"id": "A", "title": "A", "theme": 1, "kind": "project", "start": "2019-01-01", "durationDays": 100},
{"id": "B", "title": "B", "theme": 1, "kind": "project", "start": "2019-01-01", "durationDays": 10}],
"risks": [
{"id": "R-A", "title": "a", "level": "activity", "posts": ["A"], "probability": 5, "impact": 3, "residualProbability": 1, "delayDays": 30, "status": "open"},
{"id": "R-B", "title": "b", "level": "activity", "posts": ["B"], "probability": 5, "impact": 3, "delayDays": 30, "status": "open"}]})");
        f.close();
        const Run r = riskboard({QStringLiteral("simulate"), file, QStringLiteral("--iterations"),
                                 QStringLiteral("1000"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // A runs 2019-01-01..2019-04-10; with R-A's 30 days until 2019-05-10 (in 90 % of iterations).
        QCOMPARE(o[QStringLiteral("finish")][QStringLiteral("p80")].toString(), QStringLiteral("2019-05-10"));
        QCOMPARE(o[QStringLiteral("mitigated")][QStringLiteral("p50")].toString(), QStringLiteral("2019-04-10"));
        QCOMPARE(o[QStringLiteral("mitigated")][QStringLiteral("p80")].toString(), QStringLiteral("2019-04-10"));
        QVERIFY(o[QStringLiteral("mitigated")].toObject().contains(QStringLiteral("probabilityByEnd")));
        const QJsonArray drivers = o.value(QStringLiteral("drivers")).toArray();
        QCOMPARE(drivers.size(), 2);
        const QJsonObject first = drivers[0].toObject(), second = drivers[1].toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("R-A"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("risk"));
        QCOMPARE(first.value(QStringLiteral("p80Days")).toInt(), 30);
        QCOMPARE(second.value(QStringLiteral("id")).toString(), QStringLiteral("R-B"));
        QCOMPARE(second.value(QStringLiteral("p80Days")).toInt(), 0);
        const Run text
            = riskboard({QStringLiteral("simulate"), file, QStringLiteral("--iterations"), QStringLiteral("1000")});
        QVERIFY2(text.out.contains(QStringLiteral("After mitigation (residual risk probabilities): P50 2019-04-10")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("R-A            risk    30 days")));
    }

    // On MAB (issue 13): no level-of-effort post is critical, on a critical path or a driver; the
    // Omgevingswet's date is the same in every iteration, and 4A's chance to be ready for it is reported.
    void mabPostSemantics()
    {
        const Run a = riskboard({QStringLiteral("analyze"), kMab, QStringLiteral("--json")});
        QCOMPARE(a.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(a.out.toUtf8()).object();
        QSet<QString> roles;
        for (const QJsonValue &v : o.value(QStringLiteral("posts")).toArray()) {
            const QJsonObject post = v.toObject();
            if (!post.value(QStringLiteral("levelOfEffort")).toBool()) continue;
            roles << post.value(QStringLiteral("id")).toString();
            QVERIFY(!post.value(QStringLiteral("critical")).toBool());
        }
        QVERIFY(roles.contains(QStringLiteral("1A")));
        for (const QJsonValue &path : o.value(QStringLiteral("criticalPaths")).toArray())
            for (const QJsonValue &id : path.toArray())
                QVERIFY2(!roles.contains(id.toString()), qPrintable(id.toString()));
        bool law = false;
        for (const QJsonValue &v : o.value(QStringLiteral("targets")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("target")).toString() != QStringLiteral("X-OMGEVINGSWET")) continue;
            law = true;
            QCOMPARE(t.value(QStringLiteral("post")).toString(), QStringLiteral("4A"));
            QCOMPARE(t.value(QStringLiteral("date")).toString(), QStringLiteral("2021-01-01"));
            QCOMPARE(t.value(QStringLiteral("slackDays")).toInt(), 366); // 4A ends 2019-12-31
        }
        QVERIFY(law);

        const Run s = riskboard({QStringLiteral("simulate"), kMab, QStringLiteral("--iterations"),
                                 QStringLiteral("2000"), QStringLiteral("--json")});
        QCOMPARE(s.code, 0);
        const QJsonObject r = QJsonDocument::fromJson(s.out.toUtf8()).object();
        for (const QJsonValue &v : r.value(QStringLiteral("posts")).toArray()) {
            const QJsonObject post = v.toObject();
            if (post.value(QStringLiteral("id")).toString() == QStringLiteral("X-OMGEVINGSWET")) {
                QCOMPARE(post.value(QStringLiteral("p50Finish")).toString(), QStringLiteral("2021-01-01"));
                QCOMPARE(post.value(QStringLiteral("p90Finish")).toString(), QStringLiteral("2021-01-01"));
            }
            if (roles.contains(post.value(QStringLiteral("id")).toString()))
                QCOMPARE(post.value(QStringLiteral("criticality")).toDouble(), 0.0);
        }
        for (const QJsonValue &v : r.value(QStringLiteral("sensitivity")).toArray())
            QVERIFY(!roles.contains(v.toObject().value(QStringLiteral("id")).toString()));
        // No role is a driver in days; 4A (the Omgevingswet's DSO) drives the P80 most.
        const QJsonArray drivers = r.value(QStringLiteral("drivers")).toArray();
        QVERIFY(!drivers.isEmpty());
        for (const QJsonValue &v : drivers)
            QVERIFY(!roles.contains(v.toObject().value(QStringLiteral("id")).toString()));
        // 4A itself is among the three largest drivers, and the largest is 4A or a register risk on 4A
        // (the national building blocks it waits for: R-P1, R-A4A-DATE …), never another post.
        QVERIFY(drivers[0].toObject().value(QStringLiteral("p80Days")).toInt() > 0);
        const QJsonObject top = drivers[0].toObject();
        QVERIFY2(top.value(QStringLiteral("id")).toString() == QLatin1String("4A")
                     || (top.value(QStringLiteral("kind")).toString() == QLatin1String("risk")
                         && risksOn4A(top.value(QStringLiteral("id")).toString())),
                 qPrintable(top.value(QStringLiteral("id")).toString()));
        bool fourAInTop3 = false;
        for (int i = 0; i < std::min<qsizetype>(3, drivers.size()); ++i)
            fourAInTop3 |= drivers[i].toObject().value(QStringLiteral("id")).toString() == QLatin1String("4A");
        QVERIFY(fourAInTop3);
        // The mitigations only lower risk probabilities: the mitigated P80 is never later.
        QVERIFY(r[QStringLiteral("mitigated")][QStringLiteral("p80")].toString()
                <= r[QStringLiteral("finish")][QStringLiteral("p80")].toString());
        bool reported = false;
        for (const QJsonValue &v : r.value(QStringLiteral("targets")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("post")).toString() == QStringLiteral("4A")
                && t.value(QStringLiteral("target")).toString() == QStringLiteral("X-OMGEVINGSWET")) {
                const double p = t.value(QStringLiteral("probabilityMet")).toDouble(-1);
                reported = p >= 0 && p <= 1 && t.contains(QStringLiteral("p80MissDays"));
            }
        }
        QVERIFY(reported);
        QVERIFY(r.value(QStringLiteral("finish")).toObject().contains(QStringLiteral("probabilityByEnd")));
    }

    void propagateJson()
    {
        const Run r = riskboard({QStringLiteral("propagate"), kSample, QStringLiteral("--delay"),
                                 QStringLiteral("2A1=2w"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray affected = o.value(QStringLiteral("affected")).toArray();
        QVERIFY(!affected.isEmpty());
        const QJsonObject first = affected[0].toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("2A1"));
        QCOMPARE(first.value(QStringLiteral("slipDays")).toInt(), 14);
        QCOMPARE(first.value(QStringLiteral("finishAfter")).toString(), QStringLiteral("2019-07-14"));
        QVERIFY(o.contains(QStringLiteral("absorbed")));
    }

    void simulateIsReproducible()
    {
        const QStringList args{QStringLiteral("simulate"),     kSample,
                               QStringLiteral("--iterations"), QStringLiteral("2000"),
                               QStringLiteral("--seed"),       QStringLiteral("7"),
                               QStringLiteral("--json")};
        const Run a = riskboard(args + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
        const Run b = riskboard(args + QStringList{QStringLiteral("--threads"), QStringLiteral("2")});
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        const QJsonObject o = QJsonDocument::fromJson(a.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("iterations")).toInt(), 2000);
        const QJsonObject finish = o.value(QStringLiteral("finish")).toObject();
        QVERIFY(finish.value(QStringLiteral("p50")).toString() <= finish.value(QStringLiteral("p80")).toString());
        QVERIFY(finish.value(QStringLiteral("p80")).toString() <= finish.value(QStringLiteral("p90")).toString());
        int total = 0;
        for (const QJsonValue &bin : o.value(QStringLiteral("histogram")).toArray())
            total += bin.toObject().value(QStringLiteral("count")).toInt();
        QCOMPARE(total, 2000);
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
