// helperprocess.h — runs rb_robustness_helper under a watchdog. Hostile inputs are loaded in a child
// process so that a crash fails one test instead of the whole executable, and a hang is seen as one.
#pragma once

#include "document/documentreader.h"

#include <QProcess>
#include <QStringList>
#include <QThread>

#include <functional>

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
    if (!p.waitForStarted(timeoutMs)) return run;
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

// Starts `program`, waits until its output holds `marker` `count` times (its progress reports), waits
// `delayMs` more and kills it with SIGKILL. Returns everything it printed; sets `error` when it stopped
// or never got that far.
inline QByteArray runAndKill(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, const QByteArray &marker, int count, int delayMs,
                             QString *error)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(program, arguments);
    QByteArray out;
    if (!child.waitForStarted(60000)) {
        *error = QStringLiteral("cannot start %1").arg(program);
        return out;
    }
    while (out.count(marker) < count) {
        if (child.state() != QProcess::Running && !child.bytesAvailable()) {
            *error = QStringLiteral("the child stopped: %1").arg(QString::fromUtf8(child.readAllStandardError()));
            return out;
        }
        child.waitForReadyRead(60000);
        out += child.readAllStandardOutput();
    }
    QThread::msleep(ulong(delayMs));
    child.kill(); // SIGKILL
    child.waitForFinished(60000);
    return out + child.readAllStandardOutput();
}

// Which of two versions the document at `path` holds: 0 for `a`, 1 for `b`; -1 with `why` set when it
// does not load or is neither.
// `normalize`, when given, is applied to what was loaded before comparing.
inline int whichVersion(const QString &path, const rb::model::Portfolio &a, const rb::model::Portfolio &b, QString *why,
                        const std::function<void(rb::model::Portfolio &)> &normalize = {})
{
    rb::model::LoadResult loaded = rb::model::DocumentReader::readFile(path);
    if (!loaded.ok()) {
        *why = loaded.errorText();
        return -1;
    }
    if (normalize) normalize(*loaded.portfolio);
    if (*loaded.portfolio == a) return 0;
    if (*loaded.portfolio == b) return 1;
    *why = QStringLiteral("the file loads but is neither version");
    return -1;
}

} // namespace rb::test
