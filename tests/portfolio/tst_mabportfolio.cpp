// Checks the shipped default portfolio assets/portfolios/mab-plateau4.json against its source, the
// programme plan "Programmaplan MAB plateau 4" (a copy of the PDF's text extraction lives in
// tests/data/sources/programmaplan-mab-plateau4.txt, so this test needs nothing outside the repo).
//
// The expected values below are the plan's own tables; they are the specification. When the JSON and
// these tables disagree, the JSON is wrong (or the plan was misread) — not the table.

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

QString repoRoot()
{
#ifdef RISKBOARD_SOURCE_DIR
    const QString configured = QStringLiteral(RISKBOARD_SOURCE_DIR);
    if (QFileInfo::exists(configured + QStringLiteral("/assets/portfolios/mab-plateau4.json"))) return configured;
#endif
    // Built from a driver project outside the repo: this file is tests/portfolio/ in the repo.
    return QDir::cleanPath(QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../.."));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

// Normalisation for quote matching: the plan is a PDF text extraction (line breaks inside sentences,
// end-of-line hyphenation, words split by spaces such as "bi j"). Keeping only letters and digits,
// lower-cased, drops line breaks, hyphens, punctuation and whitespace in one go.
QString normalise(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) out.append(c.toLower());
    }
    return out;
}

// Money is compared in k€ with a tolerance far below the plan's precision (whole k€).
bool sameAmount(double a, double b) { return std::fabs(a - b) < 0.0005; }

double budgetValue(const QJsonObject &post, const char *group, const char *field)
{
    return post.value(QStringLiteral("budget"))
        .toObject()
        .value(QLatin1String(group))
        .toObject()
        .value(QLatin1String(field))
        .toDouble(0.0);
}

// The seven columns of Bijlage 1: investering voorzien/voorstel, exploitatie voorzien/voorstel,
// eenmalig voorzien/voorstel/rest P3.
struct Columns {
    double v[7];
};

Columns sumBudget(const QJsonArray &posts, const std::function<bool(const QJsonObject &)> &select)
{
    Columns c{};
    for (const QJsonValue &pv : posts) {
        const QJsonObject p = pv.toObject();
        if (!select(p)) continue;
        c.v[0] += budgetValue(p, "investment", "planned");
        c.v[1] += budgetValue(p, "investment", "proposed");
        c.v[2] += budgetValue(p, "operating", "planned");
        c.v[3] += budgetValue(p, "operating", "proposed");
        c.v[4] += budgetValue(p, "oneOff", "planned");
        c.v[5] += budgetValue(p, "oneOff", "proposed");
        c.v[6] += budgetValue(p, "oneOff", "carriedOver");
    }
    return c;
}

QString describe(const Columns &c)
{
    QStringList parts;
    for (double x : c.v) parts << QString::number(x);
    return parts.join(QLatin1Char(' '));
}

const QStringList kFactorIds = {
    QStringLiteral("ambition"),
    QStringLiteral("ownership"),
    QStringLiteral("nationalDependency"),
    QStringLiteral("planning"),
    QStringLiteral("technicalComplexity"),
    QStringLiteral("capacity"),
    QStringLiteral("organisationalImpact"),
};

} // namespace

class TestMabPortfolio : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void quotesAreVerbatim();
    void rationaleQuotesAreVerbatim();
    void budgetTotalsMatchBijlage1_data();
    void budgetTotalsMatchBijlage1();
    void chapter7ProjectsAreTheOnlyProjects();
    void everyBijlage1PostIsPresent();
    void postsAreWellFormed();
    void dependenciesAreValidAndAcyclic();
    void reserveFlowCloses();
    void assessmentsScoreAllSevenFactors();
    void risksAreComplete();
    void postSemantics();

private:
    QJsonObject m_doc;
    QJsonArray m_posts;
    QHash<QString, QJsonObject> m_byId;
    QString m_planNormalised;
};

void TestMabPortfolio::initTestCase()
{
    const QString root = repoRoot();
    const QByteArray json = readAll(root + QStringLiteral("/assets/portfolios/mab-plateau4.json"));
    QVERIFY2(!json.isEmpty(), qPrintable(QStringLiteral("cannot read the portfolio under ") + root));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    m_doc = doc.object();
    QCOMPARE(m_doc.value(QStringLiteral("schemaVersion")).toInt(), 3); // uses levelOfEffort, fixedDate and the charter
    m_posts = m_doc.value(QStringLiteral("posts")).toArray();
    for (const QJsonValue &pv : m_posts) {
        const QJsonObject p = pv.toObject();
        const QString id = p.value(QStringLiteral("id")).toString();
        QVERIFY2(!m_byId.contains(id), qPrintable(QStringLiteral("duplicate post id ") + id));
        m_byId.insert(id, p);
    }

    const QByteArray plan = readAll(root + QStringLiteral("/tests/data/sources/programmaplan-mab-plateau4.txt"));
    QVERIFY2(plan.size() > 100000, "the plan text is missing from tests/data/sources");
    m_planNormalised = normalise(QString::fromUtf8(plan));
}

// 1. Every source.quote anywhere in the document appears verbatim in the plan (after normalisation),
//    and is long enough to trace.
void TestMabPortfolio::quotesAreVerbatim()
{
    QStringList failures;
    int count = 0;
    std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &v, const QString &path) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString childPath = path + QLatin1Char('/') + it.key();
                if (it.key() == QLatin1String("quote")) {
                    const QString q = it.value().toString();
                    ++count;
                    if (q.size() < 25)
                        failures << childPath + QStringLiteral(": quote shorter than 25 characters: ") + q;
                    else if (!m_planNormalised.contains(normalise(q)))
                        failures << childPath + QStringLiteral(": not in the plan: ") + q;
                } else {
                    walk(it.value(), childPath);
                }
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i)
                walk(a.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
        }
    };
    walk(m_doc, QString());
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // Every post, dependency, risk and reserve row carries a source: there are well over 150 quotes.
    QVERIFY2(count > 150, qPrintable(QStringLiteral("only %1 quotes").arg(count)));
}

// Assessment rationales quote the plan as  Plan: "…"  — those quotes must be verbatim too.
void TestMabPortfolio::rationaleQuotesAreVerbatim()
{
    static const QRegularExpression planQuote(QStringLiteral("Plan: \"([^\"]+)\""));
    QStringList failures;
    int count = 0;
    for (const QJsonValue &av : m_doc.value(QStringLiteral("assessments")).toArray()) {
        const QJsonObject scores = av.toObject().value(QStringLiteral("scores")).toObject();
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            const QString rationale = it.value().toObject().value(QStringLiteral("rationale")).toString();
            auto matches = planQuote.globalMatch(rationale);
            while (matches.hasNext()) {
                const QString q = matches.next().captured(1);
                ++count;
                if (!m_planNormalised.contains(normalise(q)))
                    failures << av.toObject().value(QStringLiteral("post")).toString() + QLatin1Char('/') + it.key()
                            + QStringLiteral(": ") + q;
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(count >= 50);
}

// 2. Bijlage 1 / chapter 6 "Financiën MAB - plateau 4" (plan lines ~3138-3160 and the detailed table
//    at the end, ~3805-3842): investering voorzien/voorstel, exploitatie voorzien/voorstel, eenmalig
//    voorzien/voorstel/rest P3, in k€. The detailed table prints the operating total as "883,5"; the
//    summary table (and the sum of the per-post lines) is 884.
void TestMabPortfolio::budgetTotalsMatchBijlage1_data()
{
    QTest::addColumn<QString>("prefix"); // posts whose id starts with this (empty: all plan posts)
    QTest::addColumn<QList<double>>("expected");
    using L = QList<double>;
    QTest::newRow("1. Kennis en expertise") << QStringLiteral("1") << L{0, 0, 0, 0, 248, 115, 0};
    QTest::newRow("2. Basis op orde") << QStringLiteral("2") << L{0, 0, 105, 0, 0, 315, 100};
    QTest::newRow("3A Uitwisselen van informatie") << QStringLiteral("3A") << L{0, 0, 42, 0, 0, 250, 75};
    QTest::newRow("3B Digitaal zaken doen") << QStringLiteral("3B") << L{0, 0, 17, 0, 0, 50, 0};
    QTest::newRow("3C Open overheid") << QStringLiteral("3C") << L{0, 0, 70, 0, 0, 100, 0};
    QTest::newRow("3. Digitaal in verbinding") << QStringLiteral("3") << L{0, 0, 129, 0, 0, 400, 75};
    QTest::newRow("4A DSO") << QStringLiteral("4A") << L{150, 0, 429, 0, 200, 200, 50};
    QTest::newRow("4D Digitale Keten Natuur") << QStringLiteral("4D") << L{0, 0, 80, 0, 0, 0, 100};
    QTest::newRow("4. Ruimte: eenvoudig en beter") << QStringLiteral("4") << L{150, 0, 509, 0, 200, 200, 150};
    QTest::newRow("5A Gegevens toekomstvast") << QStringLiteral("5A") << L{0, 0, 0, 0, 0, 0, 50};
    QTest::newRow("5B Informatie toekomstvast") << QStringLiteral("5B") << L{0, 0, 10, 0, 200, 50, 55};
    QTest::newRow("5C ICT-toekomstvast") << QStringLiteral("5C") << L{130, 0, 131, 0, 75, 215, 215};
    QTest::newRow("5D Toekomstvaste vaardigheden") << QStringLiteral("5D") << L{0, 0, 0, 0, 390, 150, 127};
    QTest::newRow("5E Procesorientatie / E2 Optimalisatie IV") << QStringLiteral("5E") << L{0, 0, 0, 0, 40, 75, 25};
    QTest::newRow("5. IT-toekomstbestendig") << QStringLiteral("5") << L{130, 0, 141, 0, 705, 490, 472};
    QTest::newRow("Totaal") << QString() << L{280, 0, 884, 0, 1153, 1520, 797};
}

void TestMabPortfolio::budgetTotalsMatchBijlage1()
{
    QFETCH(QString, prefix);
    QFETCH(QList<double>, expected);
    const Columns got = sumBudget(
        m_posts, [&](const QJsonObject &p) { return p.value(QStringLiteral("id")).toString().startsWith(prefix); });
    for (int i = 0; i < 7; ++i) {
        QVERIFY2(sameAmount(got.v[i], expected.at(i)),
                 qPrintable(QStringLiteral("column %1: got %2").arg(i + 1).arg(describe(got))));
    }
    // External posts carry no programme money.
    const Columns ext = sumBudget(m_posts, [](const QJsonObject &p) {
        return p.value(QStringLiteral("kind")).toString() == QLatin1String("external");
    });
    for (double x : ext.v) QCOMPARE(x, 0.0);
}

// 3. Chapter 7 "Voor plateau 4 worden de volgende projecten (met aansturing door een projectleider)
//    voorzien" — 8 to finish from plateau 3, 6 to start in plateau 4 (plan lines ~3377-3393). 3A0 and
//    5C3 each carry two of them (deel 1/deel 2, POC/aanbesteding); "4A1 DSO" is post 4A of Bijlage 1.
void TestMabPortfolio::chapter7ProjectsAreTheOnlyProjects()
{
    const QList<QPair<QString, QString>> chapter7 = {
        // af te ronden uit plateau 3
        {QStringLiteral("3A0"), QStringLiteral("3A0")}, // Integratie-architectuur deel 1
        {QStringLiteral("3A1"), QStringLiteral("3A1")}, // Realisatie BRO
        {QStringLiteral("3A5"), QStringLiteral("3A5")}, // e-Formulierenplatform (Bijlage 1: 3A5-6)
        {QStringLiteral("3B1"), QStringLiteral("3B1")}, // e-Factureren
        {QStringLiteral("5C2"), QStringLiteral("5C2")}, // MIS verdieping/Infra projectendashboard
        {QStringLiteral("5C3"), QStringLiteral("5C3")}, // POC Cloud Datacenter
        {QStringLiteral("5C4"), QStringLiteral("5C4")}, // IAM
        {QStringLiteral("5C5"), QStringLiteral("5C5")}, // Uitrol nieuwe mobiele werkplek
        // te starten in plateau 4
        {QStringLiteral("2A4"), QStringLiteral("2A4")}, // digitale paraaf en handtekening
        {QStringLiteral("3A0"), QStringLiteral("3A0")}, // Integratie-architectuur deel 2 'data'
        {QStringLiteral("4A1"), QStringLiteral("4A")},  // DSO
        {QStringLiteral("5B2"), QStringLiteral("5B2")}, // Aansluiting e-Depot
        {QStringLiteral("5C3"), QStringLiteral("5C3")}, // Aanbesteding en implementatie Cloud Datacenter
        {QStringLiteral("5D3"), QStringLiteral("5D3")}, // Innovatie (meerdere proeven)
    };
    QCOMPARE(chapter7.size(), 14);
    QSet<QString> expected;
    for (const auto &[planCode, postId] : chapter7) {
        QVERIFY2(m_byId.contains(postId), qPrintable(planCode + QStringLiteral(" is missing as ") + postId));
        QCOMPARE(m_byId.value(postId).value(QStringLiteral("kind")).toString(), QStringLiteral("project"));
        expected.insert(postId);
    }
    QSet<QString> projects;
    for (const QJsonObject &p : std::as_const(m_byId)) {
        if (p.value(QStringLiteral("kind")).toString() == QLatin1String("project"))
            projects.insert(p.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(projects, expected);
}

// 4. Every budget line of Bijlage 1 (detailed table, plan lines ~3795-3842) is a post. "3A5-6" is post
//    3A5 (the code chapters 4, 5, 7 and 8 use).
void TestMabPortfolio::everyBijlage1PostIsPresent()
{
    const QStringList bijlage1 = {
        QStringLiteral("1A"),  QStringLiteral("1C"),    QStringLiteral("1D"),    QStringLiteral("1E"),
        QStringLiteral("2A1"), QStringLiteral("2A3"),   QStringLiteral("2A4"),   QStringLiteral("2C"),
        QStringLiteral("2D2"), QStringLiteral("2D3"),   QStringLiteral("2D4"),   QStringLiteral("3A0"),
        QStringLiteral("3A1"), QStringLiteral("3A2-4"), QStringLiteral("3A5-6"), QStringLiteral("3B0"),
        QStringLiteral("3B1"), QStringLiteral("3C"),    QStringLiteral("4A"),    QStringLiteral("4D"),
        QStringLiteral("5A"),  QStringLiteral("5B1"),   QStringLiteral("5B2"),   QStringLiteral("5C1"),
        QStringLiteral("5C2"), QStringLiteral("5C3"),   QStringLiteral("5C4"),   QStringLiteral("5C5"),
        QStringLiteral("5D1"), QStringLiteral("5D2"),   QStringLiteral("5D3"),   QStringLiteral("5E1"),
        QStringLiteral("5E2"),
    };
    const QHash<QString, QString> alias = {{QStringLiteral("3A5-6"), QStringLiteral("3A5")}};
    for (const QString &code : bijlage1) {
        const QString id = alias.value(code, code);
        QVERIFY2(m_byId.contains(id), qPrintable(QStringLiteral("Bijlage-1 post missing: ") + code));
        QVERIFY2(m_byId.value(id).value(QStringLiteral("kind")).toString() != QLatin1String("external"),
                 qPrintable(code));
    }
    // The completed eDocs posts and the Office365 workplace they froze are part of the picture.
    for (const char *id : {"2A2", "2D1", "X-O365"}) QVERIFY2(m_byId.contains(QLatin1String(id)), id);
}

// Plan posts: theme = first digit of the code; external posts use X- ids that cannot clash.
void TestMabPortfolio::postsAreWellFormed()
{
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const QJsonObject &p : std::as_const(m_byId)) {
        const QString id = p.value(QStringLiteral("id")).toString();
        const QString kind = p.value(QStringLiteral("kind")).toString();
        QVERIFY2(!p.value(QStringLiteral("title")).toString().isEmpty(), qPrintable(id));
        if (kind == QLatin1String("external")) {
            QVERIFY2(id.startsWith(QLatin1String("X-")), qPrintable(id));
        } else {
            QVERIFY2(!id.startsWith(QLatin1String("X-")), qPrintable(id));
            QCOMPARE(p.value(QStringLiteral("theme")).toInt(), id.left(1).toInt());
        }
        QVERIFY2(p.contains(QStringLiteral("source")), qPrintable(id + QStringLiteral(" has no source")));
        for (const char *f : {"start", "finish", "deadline"}) {
            if (p.contains(QLatin1String(f)))
                QVERIFY2(dateRe.match(p.value(QLatin1String(f)).toString()).hasMatch(), qPrintable(id));
        }
        if (p.contains(QStringLiteral("start")) && p.contains(QStringLiteral("finish")))
            QVERIFY2(p.value(QStringLiteral("start")).toString() <= p.value(QStringLiteral("finish")).toString(),
                     qPrintable(id));
    }
}

// 5. Dependencies name existing, different posts, appear once, and form no cycle.
void TestMabPortfolio::dependenciesAreValidAndAcyclic()
{
    const QJsonArray deps = m_doc.value(QStringLiteral("dependencies")).toArray();
    QVERIFY(deps.size() >= 25);
    QHash<QString, QStringList> successors;
    QSet<QString> seen;
    for (const QJsonValue &dv : deps) {
        const QJsonObject d = dv.toObject();
        const QString from = d.value(QStringLiteral("from")).toString();
        const QString to = d.value(QStringLiteral("to")).toString();
        const QString type = d.value(QStringLiteral("type")).toString(QStringLiteral("FS"));
        QVERIFY2(m_byId.contains(from), qPrintable(QStringLiteral("unknown from: ") + from));
        QVERIFY2(m_byId.contains(to), qPrintable(QStringLiteral("unknown to: ") + to));
        QVERIFY2(from != to, qPrintable(from));
        QVERIFY2(QStringList({QStringLiteral("FS"), QStringLiteral("SS"), QStringLiteral("FF"), QStringLiteral("SF")})
                     .contains(type),
                 qPrintable(type));
        const QString key = from + QLatin1Char('>') + to + QLatin1Char(':') + type;
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("duplicate dependency ") + key));
        seen.insert(key);
        QVERIFY2(d.value(QStringLiteral("source")).toObject().contains(QStringLiteral("quote")), qPrintable(key));
        successors[from].append(to);
    }

    // Depth-first search with three colours; a grey successor closes a cycle.
    enum Colour { White, Grey, Black };
    QHash<QString, Colour> colour;
    QStringList stack;
    QString cycle;
    std::function<bool(const QString &)> visit = [&](const QString &n) {
        colour[n] = Grey;
        stack << n;
        for (const QString &s : successors.value(n)) {
            if (colour.value(s, White) == Grey) {
                cycle = stack.mid(stack.indexOf(s)).join(QStringLiteral(" -> ")) + QStringLiteral(" -> ") + s;
                return true;
            }
            if (colour.value(s, White) == White && visit(s)) return true;
        }
        stack.removeLast();
        colour[n] = Black;
        return false;
    };
    for (const QString &n : m_byId.keys()) {
        if (colour.value(n, White) == White) QVERIFY2(!visit(n), qPrintable(QStringLiteral("cycle: ") + cycle));
    }

    // The best-known chain of the plan: eDocs late -> Office365 workplace frozen -> 2A1.
    QVERIFY(successors.value(QStringLiteral("2A2")).contains(QStringLiteral("X-O365")));
    QVERIFY(successors.value(QStringLiteral("X-O365")).contains(QStringLiteral("2A1")));
}

// 6. Chapter 8 "Verloop reserve" (plan lines ~3773-3783), in k€.
void TestMabPortfolio::reserveFlowCloses()
{
    const double expected[5][3] = {
        {6500.000, 349.991, 6150.009},  {6150.009, 1093.037, 5056.972}, {5056.972, 920.000, 4136.972},
        {4136.972, 1770.000, 2366.972}, {2366.972, 2317.000, 49.972},
    };
    const QJsonArray reserve
        = m_doc.value(QStringLiteral("programme")).toObject().value(QStringLiteral("reserve")).toArray();
    QCOMPARE(reserve.size(), 5);
    double previousClosing = 0;
    for (int i = 0; i < reserve.size(); ++i) {
        const QJsonObject r = reserve.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("plateau")).toInt(), i);
        const double opening = r.value(QStringLiteral("opening")).toDouble();
        const double spending = r.value(QStringLiteral("spending")).toDouble();
        const double closing = r.value(QStringLiteral("closing")).toDouble();
        QVERIFY2(sameAmount(opening - spending, closing), qPrintable(QString::number(i)));
        if (i > 0) QVERIFY2(sameAmount(opening, previousClosing), qPrintable(QString::number(i)));
        QVERIFY(sameAmount(opening, expected[i][0]));
        QVERIFY(sameAmount(spending, expected[i][1]));
        QVERIFY(sameAmount(closing, expected[i][2]));
        previousClosing = closing;
    }
    // Plateau-4 spending = rest P3 + voorstel of Bijlage 1 (797 + 1520).
    QVERIFY(sameAmount(expected[4][1], 797 + 1520));
}

// 7. Every chapter-7 project has a first assessment scoring all seven factors with a rationale, and a
//    mitigation wherever the score is 3 or more.
void TestMabPortfolio::assessmentsScoreAllSevenFactors()
{
    const QJsonArray assessments = m_doc.value(QStringLiteral("assessments")).toArray();
    QSet<QString> assessed;
    for (const QJsonValue &av : assessments) {
        const QJsonObject a = av.toObject();
        const QString post = a.value(QStringLiteral("post")).toString();
        QVERIFY2(m_byId.contains(post), qPrintable(post));
        QVERIFY(!a.value(QStringLiteral("assessor")).toString().isEmpty());
        QCOMPARE(a.value(QStringLiteral("date")).toString(),
                 m_doc.value(QStringLiteral("programme")).toObject().value(QStringLiteral("statusDate")).toString());
        const QJsonObject scores = a.value(QStringLiteral("scores")).toObject();
        QCOMPARE(scores.size(), 7);
        for (const QString &f : kFactorIds) {
            QVERIFY2(scores.contains(f), qPrintable(post + QLatin1Char('/') + f));
            const QJsonObject s = scores.value(f).toObject();
            const int score = s.value(QStringLiteral("score")).toInt();
            QVERIFY2(score >= 1 && score <= 5, qPrintable(post + QLatin1Char('/') + f));
            QVERIFY2(s.value(QStringLiteral("rationale")).toString().size() > 20,
                     qPrintable(post + QLatin1Char('/') + f));
            if (score >= 3)
                QVERIFY2(!s.value(QStringLiteral("mitigation")).toString().isEmpty(),
                         qPrintable(post + QLatin1Char('/') + f));
        }
        assessed.insert(post);
    }
    for (const QJsonObject &p : std::as_const(m_byId)) {
        if (p.value(QStringLiteral("kind")).toString() == QLatin1String("project"))
            QVERIFY2(assessed.contains(p.value(QStringLiteral("id")).toString()),
                     qPrintable(p.value(QStringLiteral("id")).toString()));
    }
}

// The four programme risks and the activity risks of chapter 7, each traceable and scored.
void TestMabPortfolio::risksAreComplete()
{
    const QJsonArray risks = m_doc.value(QStringLiteral("risks")).toArray();
    int programmeRisks = 0;
    QSet<QString> factorIds;
    for (const QJsonValue &fv : m_doc.value(QStringLiteral("successFactors")).toArray())
        factorIds.insert(fv.toObject().value(QStringLiteral("id")).toString());
    for (const QString &f : kFactorIds) QVERIFY(factorIds.contains(f));
    QCOMPARE(factorIds.size(), 27); // 7 plan factors + 20 detailed
    for (const QJsonValue &rv : risks) {
        const QJsonObject r = rv.toObject();
        const QString id = r.value(QStringLiteral("id")).toString();
        if (r.value(QStringLiteral("level")).toString() == QLatin1String("programme")) ++programmeRisks;
        for (const char *f : {"probability", "impact", "residualProbability", "residualImpact"}) {
            const int v = r.value(QLatin1String(f)).toInt();
            QVERIFY2(v >= 1 && v <= 5, qPrintable(id + QLatin1Char('/') + QLatin1String(f)));
        }
        QVERIFY2(!r.value(QStringLiteral("mitigation")).toString().isEmpty(), qPrintable(id));
        QVERIFY2(r.contains(QStringLiteral("source")), qPrintable(id));
        if (r.contains(QStringLiteral("factor")))
            QVERIFY2(factorIds.contains(r.value(QStringLiteral("factor")).toString()), qPrintable(id));
        for (const QJsonValue &pv : r.value(QStringLiteral("posts")).toArray())
            QVERIFY2(m_byId.contains(pv.toString()), qPrintable(id + QStringLiteral(": ") + pv.toString()));
        // Mitigations quote the plan's beheersmaatregelen.
        QVERIFY2(m_planNormalised.contains(normalise(r.value(QStringLiteral("mitigation")).toString())),
                 qPrintable(id));
    }
    QCOMPARE(programmeRisks, 4);
    // Activity groups of chapter 7: 2c, 3a/3b, 3c, 4a, 4d, 5b, 5c.
    QVERIFY(risks.size() >= 11);
}

// 10. Post semantics (issue 13): the roles and continuous services are level of effort, each with the
// chapter-2 sentence that calls it a role, a continuity or a standing budget; the Omgevingswet and the EU e-invoicing
// date are fixed dates with a post that must be ready before them (a target); national deliveries stay
// external work that can slip.
void TestMabPortfolio::postSemantics()
{
    QSet<QString> levelOfEffort, fixedDates;
    for (const QJsonObject &p : std::as_const(m_byId)) {
        const QString id = p.value(QStringLiteral("id")).toString();
        const bool external = p.value(QStringLiteral("kind")).toString() == QLatin1String("external");
        if (p.value(QStringLiteral("levelOfEffort")).toBool()) {
            QVERIFY2(!external, qPrintable(id));
            levelOfEffort << id;
            bool chapter2 = false;
            for (const QJsonValue &sv : p.value(QStringLiteral("source")).toArray()) {
                const QJsonObject src = sv.toObject();
                const QString quote = src.value(QStringLiteral("quote")).toString();
                chapter2
                    |= src.value(QStringLiteral("section")).toString().startsWith(QLatin1String("2. Waar staan we"))
                    && (quote.contains(QLatin1String("rol")) || quote.contains(QStringLiteral("continuïteit"))
                        || quote.contains(QLatin1String("opleidingsplan")));
            }
            QVERIFY2(chapter2, qPrintable(id + QStringLiteral(": no chapter-2 sentence that describes the role")));
        }
        if (p.value(QStringLiteral("fixedDate")).toBool()) {
            QVERIFY2(external, qPrintable(id));
            fixedDates << id;
        }
    }
    QCOMPARE(levelOfEffort,
             (QSet<QString>{QStringLiteral("1A"), QStringLiteral("1C"), QStringLiteral("1D"), QStringLiteral("1E"),
                            QStringLiteral("5D2")}));
    QCOMPARE(fixedDates, (QSet<QString>{QStringLiteral("X-OMGEVINGSWET"), QStringLiteral("X-EU-EFACTUREN")}));
    QCOMPARE(m_byId.value(QStringLiteral("X-OMGEVINGSWET")).value(QStringLiteral("start")).toString(),
             QStringLiteral("2021-01-01"));
    QCOMPARE(m_byId.value(QStringLiteral("X-EU-EFACTUREN")).value(QStringLiteral("start")).toString(),
             QStringLiteral("2019-04-18"));
    for (const char *national : {"X-DSO", "X-HFA-EDEPOT", "X-NA-EDEPOT"}) {
        const QJsonObject p = m_byId.value(QLatin1String(national));
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("external"));
        QVERIFY2(!p.value(QStringLiteral("fixedDate")).toBool(), national); // external work that can slip
    }
    // Each fixed date is a target: the post that must be ready before it.
    QSet<QString> targets;
    for (const QJsonValue &dv : m_doc.value(QStringLiteral("dependencies")).toArray()) {
        const QJsonObject d = dv.toObject();
        if (fixedDates.contains(d.value(QStringLiteral("to")).toString()))
            targets << d.value(QStringLiteral("from")).toString() + QStringLiteral("→")
                    + d.value(QStringLiteral("to")).toString();
    }
    QCOMPARE(targets, (QSet<QString>{QStringLiteral("4A→X-OMGEVINGSWET"), QStringLiteral("3B1→X-EU-EFACTUREN")}));
    QVERIFY(!m_byId.value(QStringLiteral("3B1")).contains(QStringLiteral("deadline"))); // the target replaces it
}

QTEST_GUILESS_MAIN(TestMabPortfolio)
#include "tst_mabportfolio.moc"
