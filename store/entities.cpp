// entities.cpp
#include "store/entities.h"

#include "document/documentwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace rb::store {

namespace {

using JsonValue = rapidjson::Value;

// Compact JSON of a value, members in the order they have (the writer's canonical order: the order
// of a score map is meaningful, so nothing may sort the keys).
QByteArray compact(const JsonValue &v)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize()));
}

QString text(const JsonValue &o, const char *key, const char *fallback = "")
{
    const auto it = o.FindMember(key);
    if (it == o.MemberEnd() || !it->value.IsString()) return QString::fromUtf8(fallback);
    return QString::fromUtf8(it->value.GetString(), it->value.GetStringLength());
}

QString keyOf(const QString &kind, const JsonValue &o)
{
    if (kind == QLatin1String("post") || kind == QLatin1String("risk")) return text(o, "id");
    if (kind == QLatin1String("dependency"))
        return QStringLiteral("%1→%2 (%3)").arg(text(o, "from"), text(o, "to"), text(o, "type", "FS"));
    if (kind == QLatin1String("assessment")) return text(o, "post") + QLatin1Char('@') + text(o, "date");
    return QStringLiteral("programme");
}

} // namespace

const QStringList &entityKinds()
{
    static const QStringList kinds{QStringLiteral("programme"), QStringLiteral("post"), QStringLiteral("dependency"),
                                   QStringLiteral("assessment"), QStringLiteral("risk")};
    return kinds;
}

QString listMember(const QString &kind)
{
    if (kind == QLatin1String("post")) return QStringLiteral("posts");
    if (kind == QLatin1String("dependency")) return QStringLiteral("dependencies");
    if (kind == QLatin1String("assessment")) return QStringLiteral("assessments");
    if (kind == QLatin1String("risk")) return QStringLiteral("risks");
    return QString();
}

QString describeEntity(const QString &kind, const QString &key)
{
    if (kind == QLatin1String("post")) return QCoreApplication::translate("Store", "post %1").arg(key);
    if (kind == QLatin1String("dependency")) return QCoreApplication::translate("Store", "dependency %1").arg(key);
    if (kind == QLatin1String("assessment")) return QCoreApplication::translate("Store", "assessment %1").arg(key);
    if (kind == QLatin1String("risk")) return QCoreApplication::translate("Store", "risk %1").arg(key);
    return QCoreApplication::translate("Store", "programme record");
}

QList<Entity> splitPortfolio(const model::Portfolio &portfolio)
{
    const QByteArray bytes = model::DocumentWriter::toJson(portfolio);
    rapidjson::Document root;
    root.Parse(bytes.constData(), size_t(bytes.size()));
    QList<Entity> out;
    if (root.HasParseError() || !root.IsObject()) return out; // cannot happen: the writer writes valid JSON
    // The programme record: every top-level member but schemaVersion and the lists, in order.
    QByteArray header = "{";
    for (const auto &m : root.GetObject()) {
        const QString name = QString::fromUtf8(m.name.GetString(), m.name.GetStringLength());
        bool isList = name == QLatin1String("schemaVersion");
        for (const QString &kind : entityKinds())
            isList = isList || (!listMember(kind).isEmpty() && listMember(kind) == name);
        if (isList) continue;
        if (header.size() > 1) header += ',';
        header += compact(m.name) + ':' + compact(m.value);
    }
    header += '}';
    out << Entity{QStringLiteral("programme"), QStringLiteral("programme"), header, QString()};
    for (const QString &kind : entityKinds()) {
        const QByteArray member = listMember(kind).toUtf8();
        if (member.isEmpty()) continue;
        const auto list = root.FindMember(member.constData());
        if (list == root.MemberEnd() || !list->value.IsArray()) continue;
        QHash<QString, int> seen;
        for (const JsonValue &o : list->value.GetArray()) {
            if (!o.IsObject()) continue;
            QString key = keyOf(kind, o);
            if (const int n = ++seen[key]; n > 1) key += QStringLiteral("#%1").arg(n);
            const QString post = kind == QLatin1String("post") ? text(o, "id")
                : kind == QLatin1String("assessment")          ? text(o, "post")
                                                               : QString();
            out << Entity{kind, key, compact(o), post};
        }
    }
    return out;
}

model::LoadResult assembleAndRead(const QList<AssembledEntity> &entities, const QString &displayName)
{
    // {"schemaVersion":N, <programme record's members>, "posts":[…], …}: one entity per line, and the
    // list of which entity stands at which index of which list, to name it in messages.
    QByteArray text = "{\"schemaVersion\":" + QByteArray::number(model::kSchemaVersion);
    QByteArray header;
    QHash<QString, QList<const AssembledEntity *>> lists;
    for (const AssembledEntity &e : entities) {
        if (e.kind == QLatin1String("programme")) {
            const QByteArray body = e.json.trimmed();
            if (body.size() > 2) header = body.mid(1, body.size() - 2);
        } else {
            lists[e.kind] << &e;
        }
    }
    if (!header.trimmed().isEmpty()) text += ",\n" + header;
    for (const QString &kind : entityKinds()) {
        const QString member = listMember(kind);
        if (member.isEmpty()) continue;
        text += ",\n\"" + member.toUtf8() + "\":[";
        bool first = true;
        for (const AssembledEntity *e : lists.value(kind)) {
            text += first ? "\n" : ",\n";
            text += e->json;
            first = false;
        }
        text += "]";
    }
    text += "}\n";
    model::LoadResult r = model::DocumentReader::readBytes(text, displayName);
    static const QRegularExpression listIndex(
        QStringLiteral("^(posts|dependencies|assessments|risks)\\[(\\d+)\\]\\.?(.*)$"));
    for (model::Diagnostic &d : r.diagnostics) {
        d.line = 0;
        d.column = 0;
        const QRegularExpressionMatch m = listIndex.match(d.path);
        QString entity = describeEntity(QStringLiteral("programme"), QString());
        if (m.hasMatch()) {
            for (const QString &kind : entityKinds())
                if (listMember(kind) == m.captured(1)) {
                    const auto &list = lists.value(kind);
                    const int i = m.captured(2).toInt();
                    if (i >= 0 && i < list.size()) entity = describeEntity(kind, list[i]->key);
                }
        }
        d.message = entity + QStringLiteral(": ") + d.message;
    }
    return r;
}

} // namespace rb::store
