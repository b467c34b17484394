// riskboardrun.h — runs the built `riskboard` binary as a user would (the command-line tests): its exit
// code, standard output and standard error. RISKBOARD_BINARY_DIR comes from riskboard_add_test.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace rb::test {

struct Run {
    int code = -1; // -1: it crashed or did not finish within two minutes
    QString out, err;
};

inline Run riskboard(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RISKBOARD_BINARY_DIR "/riskboard"), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace rb::test
