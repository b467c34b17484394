// main.cpp — `riskboard`: a command when the first argument names one, otherwise the application.
#include "app/cli.h"
#include "app/gui.h"

#include <QCoreApplication>
#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    const rb::app::Command *cmd = args.isEmpty() ? nullptr : rb::app::findCommand(args.first());
    if (cmd || (!args.isEmpty() && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
                                      || args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")
                                      || args.first() == QLatin1String("help")))) {
        // Headless: commands that draw charts get a GUI application on the offscreen platform.
        std::unique_ptr<QCoreApplication> app;
        if (cmd && cmd->needsGui) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv); // QtCharts draws through widgets
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QTextStream out(stdout), err(stderr);
        const int code = *rb::app::runCommandLine(args, out, err);
        out.flush();
        err.flush();
        return code;
    }
    {
        QTextStream out(stdout), err(stderr);
        if (const auto code = rb::app::runCommandLine(args, out, err))
            return *code; // e.g. an unknown command
    }
    return rb::app::runGui(argc, argv);
}
