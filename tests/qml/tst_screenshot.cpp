// tst_screenshot.cpp — `riskboard --screenshot DIR` on the shipped portfolio: exits 0 and writes one
// 1920×1080 PNG per view, each with real content (not one colour) and all different; a bad input
// file makes it fail with a message.
#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject {
    Q_OBJECT
private slots:
    void rendersEveryView()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess p;
        p.start(QStringLiteral(RISKBOARD_EXECUTABLE),
                {QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QSet<QByteArray> hashes;
        for (const char *view : {"overview", "assessment", "risks", "graph", "timeline", "simulation"}) {
            const QString path = dir.filePath(QLatin1String(view) + QLatin1String(".png"));
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(1920, 1080));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height() && colours.size() < 50; y += 7)
                for (int x = 0; x < image.width() && colours.size() < 50; x += 7) colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() >= 50, qPrintable(QStringLiteral("%1 is nearly one colour").arg(view)));
            const QByteArray bits(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
            hashes.insert(QCryptographicHash::hash(bits, QCryptographicHash::Sha1));
        }
        QCOMPARE(hashes.size(), 6);
    }

    void failsOnABrokenFile()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"schemaVersion\": 1, ");
        f.close();
        QProcess p;
        p.start(QStringLiteral(RISKBOARD_EXECUTABLE), {QStringLiteral("--screenshot"), dir.path(), bad});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("bad.json:1:"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("overview.png"))));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
