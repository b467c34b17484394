// tst_scheduledeckpage.cpp — the deck's Schedule check page(s): one row per rule with findings, split
// over pages like every table of the deck, and painted.
#include "export/scheduledeckpage.h"

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
};

QTEST_MAIN(TestScheduleDeckPage)
#include "tst_scheduledeckpage.moc"
