// tst_largedocument — a portfolio far larger than any real programme (50,000 posts, 200,000
// dependencies) loads completely and correctly, in bounded memory, and a large broken one is refused
// without taking quadratic time. Loaded in a child process that reports its own peak RSS.
#include "generate.h"
#include "helperprocess.h"

#include "document/documentwriter.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using rb::test::runHelper;

class TestLargeDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("large.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static qint64 maxRssKiB(const QByteArray &out)
    {
        const auto m = QRegularExpression(QStringLiteral("maxrss-kib=(\\d+)")).match(QString::fromUtf8(out));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsCompletelyInBoundedMemory()
    {
        const rb::model::Portfolio generated = rb::test::generatePortfolio(50000, 4);
        QCOMPARE(generated.dependencies.size(), qsizetype(4 * 50000 - 10)); // the last posts have fewer successors
        const QByteArray bytes = rb::model::DocumentWriter::toJson(generated);
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        const rb::test::HelperRun run = runHelper({QStringLiteral("load"), write(bytes)}, 600000);
        QVERIFY2(run.finished, "did not finish within 10 minutes");
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode == 0, run.out.left(4000).constData());
        QVERIFY2(run.out.startsWith("ok posts=50000 dependencies=199990 "), run.out.constData());
        // The canonical form of what was loaded is byte for byte what was written: nothing lost.
        QVERIFY2(run.out.contains("sha256=" + hash), run.out.constData());
        const qint64 rss = maxRssKiB(run.out);
        qInfo("%lld bytes loaded with a peak RSS of %lld MiB", qlonglong(bytes.size()), rss / 1024);
        QVERIFY(rss > 0);
        QVERIFY2(rss < 2 * 1024 * 1024, qPrintable(QStringLiteral("peak RSS %1 MiB").arg(rss / 1024)));
    }

    void largeMinifiedBrokenDocumentIsRefusedQuickly()
    {
        // One line, 50,000 posts each with an unknown field: the error positions all lie on one
        // multi-megabyte line (finding a column must not rescan the line for every message).
        QByteArray bytes = "{\"schemaVersion\":1,\"programme\":{\"name\":\"x\"},\"posts\":[";
        for (int i = 0; i < 50000; ++i)
            bytes += (i ? "," : "") + QByteArray("{\"id\":\"P") + QByteArray::number(i)
                + "\",\"title\":\"t\",\"theme\":1,\"kind\":\"project\",\"finsh\":\"2019-01-01\"}";
        bytes += "]}";
        const rb::test::HelperRun run = runHelper({QStringLiteral("load"), write(bytes)}, 600000);
        QVERIFY(run.finished);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith("large.json") || run.out.contains("/large.json:1:"), run.out.left(400).constData());
        QVERIFY(run.out.contains("unknown field \"finsh\" (did you mean \"finish\"?)"));
        // The last reported problem (the 1000th) is in post 999: its column must be exact.
        const qsizetype postStart = bytes.indexOf("{\"id\":\"P999\"");
        const qsizetype column = bytes.indexOf("\"finsh\"", postStart) + 1;
        QVERIFY2(run.out.contains(QStringLiteral(":1:%1: error: unknown field \"finsh\"").arg(column).toUtf8()),
                 run.out.right(600).constData());
        QVERIFY(run.out.contains("too many problems"));
    }
};

QTEST_GUILESS_MAIN(TestLargeDocument)
#include "tst_largedocument.moc"
