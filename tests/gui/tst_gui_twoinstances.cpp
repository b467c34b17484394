// tst_gui_twoinstances.cpp — issue 18's "done when", literally: two Riskboard applications (two processes,
// the real `riskboard` binary) on the same shared portfolio, on an X server of their own (Xvfb, started
// here on a display it picks itself), see each other's saved edits live. Both are driven as a user drives
// them, by keyboard through xdotool: Anna takes a baseline (Edit ▸ Take baseline…, Ctrl+Shift+B) and saves
// (Ctrl+S); Bram, who did nothing, exports MS Project XML (File ▸ Export ▸ MS Project XML…) and the file
// carries Anna's baseline; then Bram takes one and saves, and Anna's export carries his. The export writes
// the document each window holds, so the file shows what that window has received, without a save of its
// own that could have fetched it. The PostgreSQL server is the test's own (tests/store/pgserver.h).
//
// Needs Xvfb and xdotool (scripts/setup.sh installs both); tst_gui_shared covers the same behaviour
// in-process, with the merge dialog and the outage.
#include "pgserver.h"
#include "riskboardrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rb::test;

namespace {

// The applications are driven by key presses that wait for nothing they can see: each step gives them
// a while. Built with AddressSanitizer (scripts/sanitize.sh) everything runs many times slower, and so
// do the pauses and time limits here.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSlow = 8;
#else
constexpr int kSlow = 1;
#endif
void pause(int ms) { QThread::msleep(ulong(ms * kSlow)); }

// Polls `done` every 200 ms until it holds or `ms` pass.
template <typename F>
bool waitUntil(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > qint64(ms) * kSlow) return false;
        QThread::msleep(200);
    }
    return true;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The baseline numbers an MSPDI file carries (<Baseline><Number>k</Number>…).
QSet<int> baselineNumbers(const QString &mspdi)
{
    QSet<int> numbers;
    static const QRegularExpression re(QStringLiteral("<Baseline>\\s*<Number>(\\d+)</Number>"));
    for (auto it = re.globalMatch(mspdi); it.hasNext();) numbers.insert(it.next().captured(1).toInt());
    return numbers;
}

} // namespace

class TestGuiTwoInstances : public QObject {
    Q_OBJECT
private:
    PgServer m_server;
    QString m_url;
    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QString m_display;
    struct App {
        QString user;
        QProcess process;
        QString window; // the X window id
    };
    App m_anna, m_bram;
    int m_exports = 0;

    bool xdotool(const QStringList &args, QString *out = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("xdotool"), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return false;
        }
        if (out) *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    // Keys and text go to `app`'s window (the X server's input focus; there is no window manager).
    bool focus(App &app)
    {
        return xdotool({QStringLiteral("windowraise"), app.window, QStringLiteral("windowfocus"),
                        QStringLiteral("--sync"), app.window});
    }
    bool keys(App &app, const QStringList &sequence)
    {
        if (!focus(app)) return false;
        for (const QString &k : sequence) {
            if (!xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), k})) return false;
            pause(150); // let the application handle one key before the next
        }
        return true;
    }
    bool type(App &app, const QString &text)
    {
        return focus(app) && xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), text});
    }

    // With RB_TEST_SCREENSHOTS=DIR, the window as it is now (to see what a failing step left on screen).
    void shot(App &app, const QString &name)
    {
        const QString dir = qEnvironmentVariable("RB_TEST_SCREENSHOTS");
        if (dir.isEmpty()) return;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("import"),
                {QStringLiteral("-window"), app.window, QStringLiteral("%1/%2-%3.png").arg(dir, app.user, name)});
        p.waitForFinished(30000);
    }

    // An X server of our own, on a display nobody holds (its lock file decides; Xvfb's -displayfd can hand
    // two servers started at once the same number, and one then exits under the other's clients). Ready
    // when a client connects.
    bool startXvfb(QString *why)
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const int n = 100 + int(QRandomGenerator::global()->bounded(800));
            if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n))
                || QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                continue;
            m_display = QStringLiteral(":%1").arg(n);
            m_xvfb.setProcessChannelMode(QProcess::MergedChannels);
            m_xvfb.start(QStringLiteral("Xvfb"),
                         {m_display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1600x1000x24"),
                          QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            if (!m_xvfb.waitForStarted(30000)) {
                *why = QStringLiteral("Xvfb does not start: install it (scripts/setup.sh)");
                return false;
            }
            const bool up = waitUntil(
                [&] { return m_xvfb.state() != QProcess::Running || xdotool({QStringLiteral("getmouselocation")}); },
                30000);
            if (up && m_xvfb.state() == QProcess::Running) return true;
            *why = QStringLiteral("Xvfb %1: %2").arg(m_display, QString::fromLocal8Bit(m_xvfb.readAll()));
            m_xvfb.kill();
            m_xvfb.waitForFinished();
        }
        return false;
    }

    // The portfolio as the store holds it now.
    QString stored()
    {
        const QString path = m_dir.filePath(QStringLiteral("pulled.json"));
        const Run r = riskboard({QStringLiteral("pull"), m_url, QStringLiteral("-o"), path});
        return r.code == 0 ? readText(path) : QString();
    }

    bool launch(App &app, const QString &user)
    {
        app.user = user;
        // A user of their own: settings (the name, asked once, already given), recent files, recovery.
        const QString home = m_dir.filePath(user);
        QDir().mkpath(home + QStringLiteral("/config/Riskboard"));
        QFile conf(home + QStringLiteral("/config/Riskboard/Riskboard.conf"));
        if (!conf.open(QIODevice::WriteOnly)) return false;
        conf.write(QStringLiteral("[General]\nuserName=%1\n").arg(user).toUtf8());
        conf.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        // Under AddressSanitizer: the applications are killed at the end, so no leak report, and the fast
        // unwinder (the slow one the GUI suites use would make every allocation of theirs crawl).
        if (env.contains(QStringLiteral("ASAN_OPTIONS")))
            env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        QFile::setPermissions(home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
        app.process.setProcessEnvironment(env);
        app.process.setWorkingDirectory(home);
        app.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.process.start(QStringLiteral(RISKBOARD_BINARY_DIR "/riskboard"),
                          {QStringLiteral("--lang"), QStringLiteral("en"), m_url});
        if (!app.process.waitForStarted(30000)) return false;
        // Its window, once the shared portfolio is open ("mab (shared, team) — Riskboard").
        const QString pid = QString::number(app.process.processId());
        return waitUntil(
                   [&] {
                       if (app.process.state() == QProcess::NotRunning) return true; // it could not start: no window

                       QString ids;
                       xdotool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--pid"), pid,
                                QStringLiteral("--name"), QStringLiteral("shared")},
                               &ids);
                       app.window = ids.section(QLatin1Char('\n'), 0, 0);
                       return !app.window.isEmpty();
                   },
                   60000)
            && !app.window.isEmpty();
    }

    // Edit ▸ Take baseline… with a name and reason, then File ▸ Save.
    bool takeBaselineAndSave(App &app, const QString &name)
    {
        if (!keys(app, {QStringLiteral("ctrl+shift+b")})) return false;
        pause(800); // the dialog opens with the cursor in the name
        return type(app, name) && keys(app, {QStringLiteral("Tab")})
            && type(app, QStringLiteral("Reason of ") + app.user) && keys(app, {QStringLiteral("Tab")})
            && type(app, QStringLiteral("IV-Raad")) && keys(app, {QStringLiteral("Return")})
            && (pause(800), keys(app, {QStringLiteral("ctrl+s")}));
    }

    // File ▸ Export ▸ MS Project XML…: the menus by keyboard, the file dialog's name typed. Returns what
    // was written ("" when nothing was).
    QString exportMspdi(App &app)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.xml").arg(app.user).arg(++m_exports));
        // File: Open…, Open shared portfolio…, Save, Save as…, Import MS Project plan…, Export ▸ (Open
        // recent is disabled: no recent files); Export: Chart…, Storyboard deck…, Excel workbook…, MS
        // Project XML….
        QStringList menu{QStringLiteral("alt+f")};
        for (int i = 0; i < 6; ++i) menu << QStringLiteral("Down");
        menu << QStringLiteral("Right");
        for (int i = 0; i < 3; ++i) menu << QStringLiteral("Down");
        menu << QStringLiteral("Return");
        if (!keys(app, menu)) return {};
        pause(1000);
        // The dialog opens with the cursor in the file name (AppState::focusFileName): type the path.
        if (!keys(app, {QStringLiteral("ctrl+a")}) || !type(app, path) || !keys(app, {QStringLiteral("Return")}))
            return {};
        waitUntil([&] { return QFile::exists(path); }, 20000);
        pause(500);
        shot(app, QStringLiteral("export-%1").arg(m_exports));
        keys(app, {QStringLiteral("Escape")}); // the export's log closes
        return readText(path);
    }

    // Exports until `numbers` are all in the file (the live update may take a moment) or 60 s pass.
    bool exportShows(App &app, const QSet<int> &numbers, QString *last)
    {
        QElapsedTimer t;
        t.start();
        do {
            *last = exportMspdi(app);
            if (baselineNumbers(*last).contains(numbers)) return true;
            pause(1000);
        } while (t.elapsed() < 60000 * kSlow);
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE team")}, &error),
                 qPrintable(error));
        m_url = m_server.url(QStringLiteral("team"), QStringLiteral("mab"));
        const Run init = riskboard({QStringLiteral("store-init"), m_server.url(QStringLiteral("team"), QString())});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const Run push
            = riskboard({QStringLiteral("push"),
                         QStringLiteral(RISKBOARD_SOURCE_DIR "/assets/portfolios/mab-plateau4.json"), m_url});
        QVERIFY2(push.code == 0, qPrintable(push.err));

        QString why;
        QVERIFY2(startXvfb(&why), qPrintable(why));
        QVERIFY2(xdotool({QStringLiteral("getmouselocation")}), "xdotool does not run: install it (scripts/setup.sh)");
    }

    void cleanupTestCase()
    {
        for (App *app : {&m_anna, &m_bram})
            if (app->process.state() != QProcess::NotRunning) {
                app->process.kill();
                app->process.waitForFinished(10000);
            }
        m_xvfb.terminate();
        m_xvfb.waitForFinished(10000);
    }

    void twoApplicationsSeeEachOthersSavedEdits()
    {
        QVERIFY2(launch(m_anna, QStringLiteral("Anna")), "Anna's window did not open on the shared portfolio");
        QVERIFY2(launch(m_bram, QStringLiteral("Bram")), "Bram's window did not open on the shared portfolio");
        pause(2000); // both have read the portfolio and listen

        // Before: the plan itself is the one baseline (number 0) in both windows.
        QString before;
        QVERIFY(exportShows(m_bram, {0}, &before));
        QCOMPARE(baselineNumbers(before), QSet<int>{0});

        // Anna takes a baseline and saves: it is in the store …
        QVERIFY(takeBaselineAndSave(m_anna, QStringLiteral("Herijking Anna")));
        QVERIFY2(waitUntil([&] { return stored().contains(QStringLiteral("Herijking Anna")); }, 30000),
                 "Anna's save did not reach the store");
        // … and in Bram's window, who did not save or reopen anything.
        QString bram;
        QVERIFY2(exportShows(m_bram, {0, 1}, &bram), "Bram's window did not receive Anna's saved baseline");

        // Bram takes one and saves; Anna, who saved before it, receives it the same way.
        QVERIFY(takeBaselineAndSave(m_bram, QStringLiteral("Herijking Bram")));
        QVERIFY2(waitUntil(
                     [&] {
                         const QString s = stored();
                         return s.contains(QStringLiteral("Herijking Bram"))
                             && s.contains(QStringLiteral("Herijking Anna"));
                     },
                     30000),
                 "Bram's save did not reach the store, or lost Anna's");
        QString anna;
        QVERIFY2(exportShows(m_anna, {0, 1, 2}, &anna), "Anna's window did not receive Bram's saved baseline");

        // Both applications are still running (nothing crashed on the way).
        QCOMPARE(m_anna.process.state(), QProcess::Running);
        QCOMPARE(m_bram.process.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestGuiTwoInstances)
#include "tst_gui_twoinstances.moc"
