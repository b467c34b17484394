// tst_programmecharter.cpp — the Overview's "Programme" panel's view-model: the charter grouped by topic
// in the topics' order (docs/format.md), headings through the translator, the plan's words unchanged
// (bullets one per line), amounts with k€, the sources' sections; empty without a charter.
#include "qml/programmecharter.h"
#include "testsupport.h"

#include <QTranslator>

using rb::ui::ProgrammeCharter;

namespace {
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QLatin1String(context) == QLatin1String("ProgrammeCharter")
            ? QStringLiteral("«%1»").arg(QString::fromUtf8(source))
            : QString();
    }
};
} // namespace

class TestProgrammeCharter : public QObject {
    Q_OBJECT
private slots:
    void groupsTheMabCharterByTopic()
    {
        auto controller = rb::test::openDocument(rb::test::mabPath());
        MarkingTranslator marker;
        QCoreApplication::installTranslator(&marker);
        ProgrammeCharter charter;
        charter.setDocument(controller.get());
        const QVariantList sections = charter.sections();
        QCoreApplication::removeTranslator(&marker);
        QVERIFY(!charter.empty());
        QCOMPARE(charter.title(), QStringLiteral("MAB plateau 4 · Provincie Flevoland"));
        QStringList headings;
        int items = 0;
        for (const QVariant &s : sections) {
            headings << s.toMap().value(QStringLiteral("heading")).toString();
            items += s.toMap().value(QStringLiteral("items")).toList().size();
        }
        QCOMPARE(headings,
                 (QStringList{QStringLiteral("«Goals»"), QStringLiteral("«Ambitions of the plateau»"),
                              QStringLiteral("«Governance»"), QStringLiteral("«Rhythm of reporting»"),
                              QStringLiteral("«Way of working»"), QStringLiteral("«Risk profile»"),
                              QStringLiteral("«Success-factor procedure»"), QStringLiteral("«Finances»")}));
        QCOMPARE(items, controller->portfolio().programme.charter.size());

        const QVariantMap storyboard = sections[3].toMap().value(QStringLiteral("items")).toList().first().toMap();
        QCOMPARE(storyboard.value(QStringLiteral("label")).toString(), QStringLiteral("Storyboard (2-wekelijks)"));
        QVERIFY(storyboard.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("De 2-wekelijks korte ‘storyboard sessies")));
        QCOMPARE(storyboard.value(QStringLiteral("where")).toString(),
                 QStringLiteral("5. Hoe pakken we dat aan? — Communicatie"));
        QVERIFY(storyboard.value(QStringLiteral("sources"))
                    .toStringList()
                    .first()
                    .contains(QStringLiteral("“De 2-wekelijks")));

        // The plan's flattened lists: one bullet per line, the words themselves unchanged.
        const QString ambition = sections[1]
                                     .toMap()
                                     .value(QStringLiteral("items"))
                                     .toList()
                                     .first()
                                     .toMap()
                                     .value(QStringLiteral("text"))
                                     .toString();
        QVERIFY(ambition.startsWith(QStringLiteral("• Het gebruik van een digitale paraaf")));
        QCOMPARE(ambition.count(QStringLiteral("\n• ")), 5);

        const QVariantMap diverse = sections[7].toMap().value(QStringLiteral("items")).toList().first().toMap();
        QVERIFY2(diverse.value(QStringLiteral("label")).toString().endsWith(QStringLiteral("(«-56 k€»)")),
                 qPrintable(diverse.value(QStringLiteral("label")).toString()));
        QVERIFY(diverse.value(QStringLiteral("note")).toString().contains(QStringLiteral("944")));
    }

    void emptyWithoutACharter()
    {
        auto controller = rb::test::openDocument(rb::test::samplePath());
        ProgrammeCharter charter;
        charter.setDocument(controller.get());
        QVERIFY(charter.empty());
        QVERIFY(charter.sections().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgrammeCharter)
#include "tst_programmecharter.moc"
