// helperprocess.h — runs rb_robustness_helper under a watchdog. Hostile inputs are loaded in a child
// process so that a crash fails one test instead of the whole executable, and a hang is seen as one.
#pragma once

#include <QProcess>
#include <QStringList>

namespace rb::test {

struct HelperRun {
    bool finished = false; // false: still running after the watchdog's timeout (a hang), then killed
    bool crashed = false;  // ended by a signal
    int exitCode = -1;
    QByteArray out, err;
};

inline HelperRun runHelper(const QStringList &arguments, int timeoutMs = 120000)
{
    HelperRun run;
    QProcess p;
    p.start(QStringLiteral(RB_HELPER), arguments);
    if (!p.waitForStarted(timeoutMs))
        return run;
    run.finished = p.waitForFinished(timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(-1);
    }
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace rb::test
