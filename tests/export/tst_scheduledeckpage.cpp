// tst_scheduledeckpage.cpp — the deck's Schedule check page(s): one row per rule with findings, split
// over pages like every table of the deck, and painted.
#include "export/scheduledeckpage.h"

#include "charts/exportlanguage.h"
#include "model/schedulecheck.h"

#include "exporttestsupport.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace rb::exporting;

class TestScheduleDeckPage : public QObject {
    Q_OBJECT
private slots:
    void onePagePerTenRules()
    {
        // The hand-made sample has findings for 11 of the 12 rules (tests/model/tst_checkcommand.cpp):
        // ten rows on the first page, one on the second.
        const auto portfolio = test::loadPortfolio(QStringLiteral(RISKBOARD_TEST_DATA "/valid/schedule-check.json"));
        std::vector<std::unique_ptr<Chart>> pages;
        appendScheduleCheckPages(pages, portfolio);
        QCOMPARE(pages.size(), std::size_t(2));
        QVERIFY(pages[0]->title().startsWith(QStringLiteral("Schedule check")));
        QImage image(1600, 900, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        for (const auto &page : pages) page->paint(painter, QRectF(0, 0, 1600, 900));
        painter.end();
        // Something was written: not every pixel is white.
        bool ink = false;
        for (int y = 0; y < image.height() && !ink; y += 3)
            for (int x = 0; x < image.width() && !ink; x += 3) ink = image.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY(ink);
    }

    void mabFitsOnePage()
    {
        std::vector<std::unique_ptr<Chart>> pages;
        appendScheduleCheckPages(pages, test::loadPortfolio());
        QCOMPARE(pages.size(), std::size_t(1));
        QCOMPARE(pages[0]->title(), QStringLiteral("Schedule check"));
    }

    void sharesUseTheLanguagesDecimalSeparator()
    {
        // The test links the catalogue (:/i18n, riskboard_qml) the deck reads.
        // 3 of 97 is 3.09 %: one decimal below 10 %, with a comma in Dutch and a point in English.
        const rb::analysis::CheckRuleSummary summary{rb::analysis::CheckRule::NoPredecessor, 3, 97};
        const auto tx = [](const char *context, const char *source) { return translate(context, source); };
        {
            ExportLanguage nl(QStringLiteral("nl"));
            QVERIFY(
                rb::model::checkRuleCount(summary, tx, exportLocale()).startsWith(QStringLiteral("3 van 97 (3,1 %)")));
        }
        {
            ExportLanguage en(QStringLiteral("en"));
            QVERIFY(
                rb::model::checkRuleCount(summary, tx, exportLocale()).startsWith(QStringLiteral("3 of 97 (3.1 %)")));
        }
        // 30 of 97 rounds to a whole percentage in either language.
        const rb::analysis::CheckRuleSummary many{rb::analysis::CheckRule::NoPredecessor, 30, 97};
        ExportLanguage nl(QStringLiteral("nl"));
        QVERIFY(rb::model::checkRuleCount(many, tx, exportLocale()).startsWith(QStringLiteral("30 van 97 (31 %)")));
    }
};

QTEST_MAIN(TestScheduleDeckPage)
#include "tst_scheduledeckpage.moc"
