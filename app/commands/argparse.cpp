// argparse.cpp
#include "app/commands/argparse.h"

namespace rb::app {

ParsedArgs parseArgs(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    ParsedArgs p;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--")) {
            p.positional << args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a.size() == 1) {
            p.positional << a;
            continue;
        }
        QString name = a, value;
        const int eq = a.startsWith(QLatin1String("--")) ? int(a.indexOf(QLatin1Char('='))) : -1;
        if (eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
        }
        if (valued.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= args.size()) {
                    p.error = QStringLiteral("option %1 needs a value").arg(name);
                    return p;
                }
                value = args[++i];
            }
            p.options.insert(name, value);
        } else if (flags.contains(name) && eq < 0) {
            p.options.insert(name, QString());
        } else {
            p.error = QStringLiteral("unknown option %1").arg(a);
            return p;
        }
    }
    return p;
}

int usageError(CommandContext &c, const Command &cmd, const QString &message)
{
    c.err << "riskboard " << cmd.name << ": " << message << "\n"
          << "Try 'riskboard " << cmd.name << " --help'.\n";
    return ExitUsage;
}

} // namespace rb::app
