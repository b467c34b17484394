// main.cpp — `riskboard`: a command when the arguments ask for one, otherwise the application.
#include "app/cli.h"
#include "app/gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);

    const rb::app::Invocation invocation = rb::app::parseInvocation(args);
    if (invocation.kind == rb::app::Invocation::Application) return rb::app::runGui(argc, argv);

    // Headless: commands that draw charts get a GUI application on the offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (invocation.needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv); // QtCharts draws through widgets
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTextStream out(stdout), err(stderr);
    const int code = rb::app::run(invocation, out, err);
    out.flush();
    err.flush();
    return code;
}
