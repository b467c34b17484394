// mspdixml.h — the MSPDI file as it is written: what the importer reads of it, with the position of every
// value, before any mapping to a portfolio (mspdiimport.cpp does that). Internal to riskboard_mspdi.
#pragma once

#include "document/diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rb::model::mspdi::xml {

struct Pos {
    int line = 0, column = 0; // 1-based; where the element's value begins
};

template <typename T>
struct Located {
    std::optional<T> value;
    Pos pos;
    bool has() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

// LagFormat / DurationFormat codes (MSPDI schema): 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo,
// 12 emo, 19 %, 20 e%, 21 null, 35..52 the same estimated ("?"), 53 null.
bool isElapsedFormat(int format);
bool isPercentFormat(int format);
bool isKnownFormat(int format);
QString formatUnit(int format); // "d", "ed", "h", …

struct Link {
    Pos pos; // the PredecessorLink element
    Located<qint64> predecessorUid;
    Located<int> type;      // 0 FF, 1 FS, 2 SF, 3 SS; absent: FS
    Located<qint64> lag;    // tenths of a minute
    Located<int> lagFormat; // absent: 7 (days)
    bool crossProject = false;
};

// A task's Baseline element: baseline Number 0..10 ("Baseline", "Baseline 1".."Baseline 10").
struct BaselineEntry {
    Pos pos;
    Located<int> number;
    Located<QDateTime> start, finish;
    std::optional<double> cost; // in the currency's hundredths, as MSPDI writes costs
    bool hasWork = false;
};

struct Task {
    Pos pos; // the Task element
    Located<qint64> uid;
    std::optional<qint64> id;
    QString name;
    QString wbs;
    Located<int> outlineLevel;
    bool summary = false, milestone = false, isNull = false, active = true;
    Located<QDateTime> start, finish;
    Located<double> durationMinutes; // Duration in minutes (working or elapsed by durationFormat)
    Located<int> durationFormat;
    Located<int> constraintType;
    Located<QDateTime> constraintDate;
    Located<QDateTime> deadline;
    Located<int> percentComplete;
    Located<QDateTime> actualStart, actualFinish;
    Located<double> remainingMinutes; // RemainingDuration, in the task's DurationFormat (working or elapsed)
    QList<BaselineEntry> baselines;
    QString notes;
    QList<Link> links;
    QMap<QString, QString> extended; // FieldID -> Value
};

struct Project {
    QString name, title, company;
    std::optional<int> saveVersion;
    QString currencyCode; // e.g. "EUR"; empty when not written
    Located<QDateTime> startDate, finishDate, statusDate;
    Located<int> minutesPerDay;
    QStringList calendars; // their names
    int resources = 0, assignments = 0;
    QMap<QString, QString> fieldAliases; // ExtendedAttributes: FieldID -> Alias (or FieldName)
    QList<Task> tasks;
};

// Reads the file; errors (malformed XML, values of the wrong type) go to `diagnostics`. The result is
// complete only when there are none.
Project parse(const QByteArray &bytes, const QString &displayName, QList<Diagnostic> &diagnostics);

// xsd:duration as MS Project writes it ("PT8H0M0S", "P2DT4H0M0S", "-PT480H0M0S"): minutes, or nullopt.
std::optional<double> parseDurationMinutes(QStringView text);

} // namespace rb::model::mspdi::xml
