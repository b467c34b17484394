// argparse.cpp
#include "app/commands/argparse.h"

#include <algorithm>

namespace rb::app {

QStringList ParsedArgs::values(const QString &option) const
{
    QStringList list = options.values(option); // QMultiMap returns the most recent first
    std::reverse(list.begin(), list.end());
    return list;
}

ParsedArgs parseArgs(const QStringList &args, const QStringList &valued, const QStringList &flags,
                     const QMap<QString, QString> &aliases)
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
        name = aliases.value(name, name);
        if (name == QLatin1String("-o") && valued.contains(QLatin1String("--output")))
            name = QStringLiteral("--output");
        if (valued.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= args.size()) {
                    p.error = QStringLiteral("option %1 needs a value").arg(a);
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

std::optional<qulonglong> ParsedArgs::number(const QString &option, qulonglong fallback, qulonglong min,
                                             qulonglong max) const
{
    if (!has(option)) return fallback;
    bool ok = false;
    const qulonglong n = value(option).toULongLong(&ok);
    if (!ok || n < min || n > max) return std::nullopt;
    return n;
}

std::optional<ParsedArgs> parseCommand(CommandContext &c, const CommandSpec &spec)
{
    ParsedArgs a = parseArgs(c.args, spec.valued, spec.flags);
    if (a.error.isEmpty() && (spec.files < 0 ? a.positional.isEmpty() : a.positional.size() != qsizetype(spec.files)))
        a.error = spec.filesMessage;
    for (const auto &[option, message] : spec.required)
        if (a.error.isEmpty() && !a.has(option)) a.error = message;
    if (!a.error.isEmpty()) {
        usageError(c, a.error);
        return std::nullopt;
    }
    return a;
}

int usageError(CommandContext &c, const QString &message)
{
    const QString &command = c.command;
    c.err << "riskboard " << command << ": " << message << "\n"
          << "Try 'riskboard " << command << " --help'.\n";
    return ExitUsage;
}

} // namespace rb::app
