// tst_postdetail.cpp — the Overview's post detail panel's view-model: the latest assessment with its
// full texts and factor names in the user's language, and words (not the file's codes) for kind,
// status, history and risk status, all through the translator.
#include "qml/appstate.h"
#include "qml/postdetail.h"
#include "testsupport.h"

#include <QTranslator>

using rb::ui::PostDetail;

namespace {
// Marks every PostDetail string it is asked for, so a test sees which ones go through translation.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QLatin1String(context) == QLatin1String("PostDetail")
            ? QStringLiteral("«%1»").arg(QString::fromUtf8(source))
            : QString();
    }
};
} // namespace

class TestPostDetail : public QObject {
    Q_OBJECT
private slots:
    void latestAssessmentWithFullTexts()
    {
        auto controller = rb::test::openDocument(rb::test::mabPath());
        PostDetail detail;
        detail.setDocument(controller.get());
        detail.setPostId(QStringLiteral("5C4"));
        QVERIFY(detail.assessmentCaption().contains(QLatin1String("derived from programme plan")));
        const QStringList lines = detail.assessment();
        QCOMPARE(lines.size(), 7);
        const auto *a = controller->portfolio().latestAssessment(QStringLiteral("5C4"));
        const auto *ambition = a->score(QStringLiteral("ambition"));
        QVERIFY(lines.first().startsWith(QLatin1String("Realistic ambition/objective: 3\n")));
        QVERIFY(lines.first().contains(ambition->rationale)); // whole, not elided
        QVERIFY(lines.first().contains(ambition->mitigation));
        QVERIFY(!lines.join(QString()).contains(QLatin1String("nationalDependency")));
        detail.setPostId(QStringLiteral("1A")); // not assessed
        QVERIFY(detail.assessment().isEmpty());
        QVERIFY(detail.assessmentCaption().isEmpty());
    }

    void wordsNotCodes()
    {
        auto controller = rb::test::openDocument(rb::test::mabPath());
        MarkingTranslator marker;
        QCoreApplication::installTranslator(&marker);
        PostDetail detail;
        detail.setDocument(controller.get());
        detail.setPostId(QStringLiteral("5C4"));
        const QString facts = detail.facts();
        QCoreApplication::removeTranslator(&marker);
        // 5C4 is running as of the plan's date since the second MAB review (issue 15).
        QVERIFY2(facts.contains(QStringLiteral("«project»")) && facts.contains(QStringLiteral("«running»")),
                 qPrintable(facts));
        QCoreApplication::installTranslator(&marker);
        const QString history = detail.history().join(QLatin1Char('\n'));
        const QString risks = detail.risks().join(QLatin1Char('\n'));
        QCoreApplication::removeTranslator(&marker);
        QVERIFY2(history.contains(QStringLiteral("«extra»")), qPrintable(history));
        QVERIFY2(risks.contains(QStringLiteral("«open»")), qPrintable(risks));
    }
};

QTEST_GUILESS_MAIN(TestPostDetail)
#include "tst_postdetail.moc"
