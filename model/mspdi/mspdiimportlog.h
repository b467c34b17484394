// mspdiimportlog.h — the import's log of what could not be represented: one line per kind of loss, naming
// the tasks it concerns (the first few, then how many more), so a 2,000-task plan gives a readable log.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rb::model::mspdi {

class ImportLog {
public:
    static constexpr int kNamed = 5; // tasks named per line

    // `sentence` says what happened and why; `item` names one task it happened to (may be empty).
    void add(const QString &sentence, const QString &item = {});
    QStringList lines() const;

private:
    struct Entry {
        QString sentence;
        QStringList items;
        int count = 0;
    };
    QList<Entry> m_entries;
};

} // namespace rb::model::mspdi
