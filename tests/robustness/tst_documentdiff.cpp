// tst_documentdiff — FileStamp (has the file on the shared drive changed?), diffPortfolios (what did
// the colleague change?) and mergePortfolios (combine their changes with mine without losing either).
#include "generate.h"

#include "document/documentdiff.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/filestamp.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::model;
using Area = DocumentChange::Area;
using Kind = DocumentChange::Kind;

namespace {

QString show(const DocumentChange &c)
{
    static const char *areas[] = {"Programme", "Post", "Dependency", "Assessment", "Risk", "Factor"};
    static const char *kinds[] = {"Added", "Removed", "Changed"};
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QLatin1String(areas[int(c.area)]), QLatin1String(kinds[int(c.kind)]), c.id, c.description);
}

QStringList show(const QList<DocumentChange> &changes)
{
    QStringList out;
    for (const DocumentChange &c : changes) out << show(c);
    return out;
}

Portfolio sample()
{
    const LoadResult r = DocumentReader::readFile(QStringLiteral(RISKBOARD_TEST_DATA "/valid/small-sample.json"));
    if (!r.ok()) qFatal("%s", qPrintable(r.errorText()));
    return *r.portfolio;
}

Post &post(Portfolio &p, const QString &id) { return p.posts[p.postIndex(id)]; }
const Post &post(const Portfolio &p, const QString &id) { return p.posts[p.postIndex(id)]; }

Post newPost(const QString &id)
{
    Post p;
    p.id = id;
    p.title = QStringLiteral("New post ") + id;
    p.theme = 3;
    p.kind = PostKind::Activity;
    return p;
}

FactorScore *score(Portfolio &p, const QString &factor)
{
    for (auto &[f, s] : p.assessments[0].scores)
        if (f == factor) return &s;
    return nullptr;
}
const FactorScore *score(const Portfolio &p, const QString &factor) { return p.assessments[0].score(factor); }

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestDocumentDiff : public QObject {
    Q_OBJECT

private slots:
    // ---- FileStamp

    void stampOfMissingFileIsNull()
    {
        QTemporaryDir dir;
        const FileStamp s = FileStamp::of(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(s.isNull());
        QCOMPARE(s.size, -1);
        QVERIFY(s == FileStamp::of(dir.filePath(QStringLiteral("other.json"))));
        QVERIFY(FileStamp::of(dir.path()).isNull()); // a directory is not a document
    }

    void stampDescribesTheContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        write(path, "hello");
        const FileStamp s = FileStamp::of(path);
        QVERIFY(!s.isNull());
        QCOMPARE(s.size, 5);
        QCOMPARE(s.sha256, QCryptographicHash::hash("hello", QCryptographicHash::Sha256));
        QVERIFY(s.modified.isValid());
        QVERIFY(!(s == FileStamp()));
        QVERIFY(!(FileStamp() == s));
    }

    void contentDecidesNotTheTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        write(path, "version 1");
        const FileStamp first = FileStamp::of(path);
        // Rewritten with the same content and a later time: unchanged.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(first.modified.addSecs(3600), QFileDevice::FileModificationTime));
        f.close();
        const FileStamp touched = FileStamp::of(path);
        QVERIFY(touched.modified != first.modified);
        QVERIFY(touched == first);
        // Same size, other content, same time: changed.
        write(path, "version 2");
        QVERIFY(QFile(path).open(QIODevice::ReadWrite) && true);
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadWrite));
        QVERIFY(g.setFileTime(first.modified, QFileDevice::FileModificationTime));
        g.close();
        const FileStamp edited = FileStamp::of(path);
        QCOMPARE(edited.size, first.size);
        QCOMPARE(edited.modified, first.modified);
        QVERIFY(!(edited == first));
        // Other size: changed.
        write(path, "version 10");
        QVERIFY(!(FileStamp::of(path) == edited));
        // Deleted: changed.
        QVERIFY(QFile::remove(path));
        QVERIFY(!(FileStamp::of(path) == edited));
    }

    void stampAfterAtomicSaveSeesTheNewVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        Portfolio p = sample();
        QVERIFY(DocumentWriter::save(p, path));
        const FileStamp before = FileStamp::of(path);
        p.programme.note = QStringLiteral("a colleague was here");
        QVERIFY(DocumentWriter::save(p, path));
        const FileStamp after = FileStamp::of(path);
        QVERIFY(!(after == before));
        QCOMPARE(after.sha256, QCryptographicHash::hash(DocumentWriter::toJson(p), QCryptographicHash::Sha256));
    }

    // ---- diffPortfolios

    void identicalDocumentsHaveNoChanges()
    {
        QVERIFY(diffPortfolios(sample(), sample()).isEmpty());
        const Portfolio big = rb::test::generatePortfolio(2000, 3);
        QVERIFY(diffPortfolios(big, big).isEmpty());
    }

    void describesEachChangeInOrder()
    {
        const Portfolio older = sample();
        Portfolio newer = older;
        newer.programme.statusDate = QDate(2019, 1, 15);
        post(newer, QStringLiteral("2A1")).finish = QDate(2019, 9, 30);
        post(newer, QStringLiteral("2A1")).owner = QStringLiteral("Team DIV");
        post(newer, QStringLiteral("5C3")).status = PostStatus::Running;
        newer.posts.removeAt(newer.postIndex(QStringLiteral("2A4")));
        newer.dependencies.removeFirst(); // 2A4 → 2A1
        newer.dependencies[0].lagDays = 45;
        newer.posts.append(newPost(QStringLiteral("3B1")));
        newer.dependencies.append({QStringLiteral("5C3"), QStringLiteral("3B1"), LinkType::FS, 0, {}, {}});
        score(newer, QStringLiteral("capacity"))->score = 3;
        newer.assessments[0].scores.append({QStringLiteral("ownership"), FactorScore{2, {}, {}}});
        newer.risks[0].status = RiskStatus::Closed;
        newer.risks[0].residualProbability = 2;

        const QStringList expected{
            "Programme Changed programme: statusDate 2018-10-15 → 2019-01-15",
            "Post Removed 2A4: removed (Upgrade en herinrichting eDocs)",
            "Post Changed 2A1: owner set to \"Team DIV\"",
            "Post Changed 2A1: finish 2019-06-30 → 2019-09-30",
            "Post Changed 5C3: status planned → running",
            "Post Added 3B1: added (New post 3B1)",
            "Dependency Removed 2A4→2A1 (FS): removed (no lag)",
            "Dependency Changed 2A1→5C3 (SS): lagDays 30 → 45",
            "Dependency Added 5C3→3B1 (FS): added (no lag)",
            "Assessment Changed 5C3@2018-10-15: capacity score 4 → 3",
            "Assessment Added 5C3@2018-10-15: added (ownership scored 2)",
            "Risk Changed R-5C: residualProbability 3 → 2",
            "Risk Changed R-5C: risk closed",
        };
        QCOMPARE(show(diffPortfolios(older, newer)), expected);
        // And the other way round, the opposite sentences.
        const QStringList back = show(diffPortfolios(newer, older));
        QVERIFY2(back.contains("Risk Changed R-5C: risk reopened"), qPrintable(back.join('\n')));
        QVERIFY(back.contains("Post Added 2A4: added (Upgrade en herinrichting eDocs)"));
        QVERIFY(back.contains("Post Changed 2A1: owner removed (was \"Team DIV\")"));
    }

    void assessmentsAndFactorsAsWholes()
    {
        const Portfolio older = sample();
        Portfolio newer = older;
        Assessment a;
        a.post = QStringLiteral("2A1");
        a.date = QDate(2019, 2, 1);
        a.assessor = QStringLiteral("PL");
        a.scores = {{QStringLiteral("planning"), FactorScore{4, {}, {}}},
                    {QStringLiteral("capacity"), FactorScore{2, {}, {}}}};
        newer.assessments.append(a);
        newer.hasFactorCatalogue = true;
        newer.successFactors[0].nameEn = QStringLiteral("Realistic ambition");
        const QStringList changes = show(diffPortfolios(older, newer));
        QCOMPARE(changes,
                 (QStringList{
                     "Factor Changed successFactors: own factor catalogue instead of the plan's seven factors",
                     "Factor Changed ambition: nameEn \"Realistic ambition/objective\" → \"Realistic ambition\"",
                     "Assessment Added 2A1@2019-02-01: added (assessment by PL)", // one change, not one per score
                 }));
    }

    // ---- mergePortfolios

    void changesOnOneSideAreTaken()
    {
        const Portfolio base = sample();
        Portfolio mine = base, theirs = base, expected = base;
        post(mine, QStringLiteral("2A1")).title = QStringLiteral("Office365");
        post(theirs, QStringLiteral("2A1")).finish = QDate(2019, 9, 30);   // same post, other field
        post(theirs, QStringLiteral("5C3")).deadline = QDate(2020, 3, 31); // other post
        theirs.risks[0].status = RiskStatus::Closed;
        score(theirs, QStringLiteral("planning"))->score = 5;                     // same assessment,
        score(mine, QStringLiteral("capacity"))->rationale = QStringLiteral("x"); // other factors
        post(expected, QStringLiteral("2A1")).title = QStringLiteral("Office365");
        post(expected, QStringLiteral("2A1")).finish = QDate(2019, 9, 30);
        post(expected, QStringLiteral("5C3")).deadline = QDate(2020, 3, 31);
        expected.risks[0].status = RiskStatus::Closed;
        score(expected, QStringLiteral("planning"))->score = 5;
        score(expected, QStringLiteral("capacity"))->rationale = QStringLiteral("x");
        const MergeResult r = mergePortfolios(base, mine, theirs);
        QVERIFY2(r.clean(), qPrintable(show(r.conflicts).join('\n')));
        QVERIFY(r.merged == expected);
        // Merging is symmetric when there are no conflicts.
        QVERIFY(mergePortfolios(base, theirs, mine).merged == expected);
    }

    void sameChangeOnBothSidesIsFine()
    {
        const Portfolio base = sample();
        Portfolio mine = base;
        post(mine, QStringLiteral("5C3")).finish = QDate(2019, 8, 1);
        post(mine, QStringLiteral("5C3")).durationDays.reset();
        mine.posts.append(newPost(QStringLiteral("4A")));
        const MergeResult r = mergePortfolios(base, mine, mine);
        QVERIFY2(r.clean(), qPrintable(show(r.conflicts).join('\n')));
        QVERIFY(r.merged == mine);
        QVERIFY(mergePortfolios(base, base, base).merged == base);
    }

    void differentChangesToOneFieldConflict()
    {
        const Portfolio base = sample();
        Portfolio mine = base, theirs = base;
        post(mine, QStringLiteral("2A1")).finish = QDate(2019, 9, 30);
        post(theirs, QStringLiteral("2A1")).finish = QDate(2019, 12, 31);
        post(theirs, QStringLiteral("2A1")).owner = QStringLiteral("them");
        score(mine, QStringLiteral("capacity"))->score = 5;
        score(theirs, QStringLiteral("capacity"))->score = 2;
        const MergeResult r = mergePortfolios(base, mine, theirs);
        QCOMPARE(show(r.conflicts),
                 (QStringList{
                     "Post Changed 2A1: changed on both sides: finish 2019-06-30 → 2019-09-30 (mine); finish "
                     "2019-06-30 → 2019-12-31 (theirs)",
                     "Assessment Changed 5C3@2018-10-15: changed on both sides: capacity score 4 → 5 (mine); capacity "
                     "score 4 → 2 (theirs)",
                 }));
        QCOMPARE(post(r.merged, QStringLiteral("2A1")).finish, QDate(2019, 9, 30));    // mine kept
        QCOMPARE(post(r.merged, QStringLiteral("2A1")).owner, QStringLiteral("them")); // their other change taken
        QCOMPARE(score(r.merged, QStringLiteral("capacity"))->score, 5);
        QVERIFY(!r.clean());
    }

    void additionsOnBothSidesAreMerged()
    {
        const Portfolio base = sample();
        Portfolio mine = base, theirs = base;
        mine.posts.append(newPost(QStringLiteral("4A")));
        mine.dependencies.append({QStringLiteral("2A1"), QStringLiteral("4A"), LinkType::FS, 0, {}, {}});
        theirs.posts.append(newPost(QStringLiteral("4D")));
        theirs.dependencies.append({QStringLiteral("5C3"), QStringLiteral("4D"), LinkType::FF, 10, {}, {}});
        Risk risk;
        risk.id = QStringLiteral("R-4D");
        risk.title = QStringLiteral("Omgevingswet date moves");
        risk.posts = {QStringLiteral("4D")};
        theirs.risks.append(risk);
        const MergeResult r = mergePortfolios(base, mine, theirs);
        QVERIFY2(r.clean(), qPrintable(show(r.conflicts).join('\n')));
        QStringList ids;
        for (const Post &p : r.merged.posts) ids << p.id;
        QCOMPARE(ids, (QStringList{"2A4", "2A1", "5C3", "4A", "4D"})); // mine's order, then theirs' additions
        QCOMPARE(r.merged.dependencies.size(), base.dependencies.size() + 2);
        QCOMPARE(r.merged.risks.size(), 2);
        QCOMPARE(r.merged.risks[1], risk);
    }

    void sameIdAddedDifferentlyConflicts()
    {
        const Portfolio base = sample();
        Portfolio mine = base, theirs = base;
        mine.posts.append(newPost(QStringLiteral("4A")));
        Post other = newPost(QStringLiteral("4A"));
        other.title = QStringLiteral("Something else");
        theirs.posts.append(other);
        const MergeResult r = mergePortfolios(base, mine, theirs);
        QCOMPARE(show(r.conflicts),
                 QStringList{"Post Added 4A: added on both sides with different content; mine kept"});
        QCOMPARE(post(r.merged, QStringLiteral("4A")).title, QStringLiteral("New post 4A"));
        QCOMPARE(r.merged.posts.size(), base.posts.size() + 1);
    }

    void deletionAgainstModificationConflicts()
    {
        const Portfolio base = sample();
        { // they deleted the risk, I changed it: kept, conflict
            Portfolio mine = base, theirs = base;
            mine.risks[0].mitigation = QStringLiteral("Hire capacity");
            theirs.risks.clear();
            const MergeResult r = mergePortfolios(base, mine, theirs);
            QCOMPARE(show(r.conflicts), QStringList{"Risk Removed R-5C: deleted by them but changed by me; kept"});
            QCOMPARE(r.merged.risks.size(), 1);
            QCOMPARE(r.merged.risks[0].mitigation, QStringLiteral("Hire capacity"));
        }
        { // I deleted it, they changed it: stays deleted (mine), conflict
            Portfolio mine = base, theirs = base;
            mine.risks.clear();
            theirs.risks[0].mitigation = QStringLiteral("Hire capacity");
            const MergeResult r = mergePortfolios(base, mine, theirs);
            QCOMPARE(show(r.conflicts),
                     QStringList{"Risk Removed R-5C: deleted by me but changed by them; left deleted"});
            QVERIFY(r.merged.risks.isEmpty());
        }
        { // deleted on one side, untouched on the other: deleted, no conflict
            Portfolio mine = base, theirs = base;
            theirs.risks.clear();
            const MergeResult r = mergePortfolios(base, mine, theirs);
            QVERIFY(r.clean());
            QVERIFY(r.merged.risks.isEmpty());
        }
    }

    void mergedCycleIsAConflict()
    {
        // Each side adds one harmless dependency; together they close the cycle 2A4 → 2A1 → 5C3 → 4A → 2A4.
        Portfolio base = sample();
        base.posts.append(newPost(QStringLiteral("4A")));
        Portfolio mine = base, theirs = base;
        mine.dependencies.append({QStringLiteral("5C3"), QStringLiteral("4A"), LinkType::FS, 0, {}, {}});
        theirs.dependencies.append({QStringLiteral("4A"), QStringLiteral("2A4"), LinkType::FS, 0, {}, {}});
        QVERIFY(DocumentReader::readBytes(DocumentWriter::toJson(mine), QStringLiteral("mine")).ok());
        QVERIFY(DocumentReader::readBytes(DocumentWriter::toJson(theirs), QStringLiteral("theirs")).ok());
        const MergeResult r = mergePortfolios(base, mine, theirs);
        QCOMPARE(r.merged.dependencies.size(), base.dependencies.size() + 2); // both kept, mine first
        QCOMPARE(show(r.conflicts),
                 QStringList{"Dependency Changed dependencies[3]: the merged document is invalid: dependency cycle: "
                             "2A4 → 2A1 → 5C3 → 4A → 2A4"});
    }

    void mergedDanglingReferenceIsAConflict()
    {
        const Portfolio base = sample();
        Portfolio mine = base, theirs = base;
        theirs.risks.clear();
        theirs.assessments.clear();
        theirs.dependencies.removeAt(1);
        theirs.posts.removeAt(theirs.postIndex(QStringLiteral("5C3")));
        mine.dependencies.append({QStringLiteral("2A4"), QStringLiteral("5C3"), LinkType::FS, 0, {}, {}});
        const MergeResult r = mergePortfolios(base, mine, theirs);
        const QString text = show(r.conflicts).join('\n');
        QVERIFY2(text.contains("the merged document is invalid: dependency to unknown post \"5C3\""), qPrintable(text));
    }

    void largeDocumentsMerge()
    {
        const Portfolio base = rb::test::generatePortfolio(5000, 3);
        Portfolio mine = base, theirs = base;
        mine.posts[10].title = QStringLiteral("mine");
        theirs.posts[4000].finish = theirs.posts[4000].start.addDays(200);
        theirs.posts[4000].durationDays.reset();
        theirs.dependencies.removeLast();
        const MergeResult r = mergePortfolios(base, mine, theirs);
        QVERIFY2(r.clean(), qPrintable(show(r.conflicts).join('\n')));
        QCOMPARE(r.merged.posts[10].title, QStringLiteral("mine"));
        QCOMPARE(r.merged.posts[4000], theirs.posts[4000]);
        QCOMPARE(r.merged.dependencies.size(), base.dependencies.size() - 1);
        QCOMPARE(diffPortfolios(base, r.merged).size(), 4); // title, finish, durationDays, one dependency
    }
};

QTEST_GUILESS_MAIN(TestDocumentDiff)
#include "tst_documentdiff.moc"
