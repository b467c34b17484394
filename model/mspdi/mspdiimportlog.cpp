// mspdiimportlog.cpp
#include "model/mspdi/mspdiimportlog.h"

#include <QCoreApplication>

namespace rb::model::mspdi {

void ImportLog::add(const QString &sentence, const QString &item)
{
    for (Entry &e : m_entries)
        if (e.sentence == sentence) {
            ++e.count;
            if (!item.isEmpty() && e.items.size() < kNamed) e.items << item;
            return;
        }
    m_entries << Entry{sentence, item.isEmpty() ? QStringList() : QStringList{item}, 1};
}

QStringList ImportLog::lines() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        QString line = e.sentence;
        if (!e.items.isEmpty()) {
            line += QStringLiteral(" [%1").arg(e.items.join(QStringLiteral("; ")));
            if (e.count > e.items.size())
                line += QStringLiteral("; ")
                    + QCoreApplication::translate("rb::mspdi", "and %1 more").arg(e.count - e.items.size());
            line += QLatin1Char(']');
        }
        out << line;
    }
    return out;
}

} // namespace rb::model::mspdi
