// programmeinfo.h — the programme charter (programme.charter, schemaVersion 3; docs/format.md): its topic
// names, and how the document reader and writer read and write one item.
//
// The reader and writer keep their JSON helpers private; these templates take them as parameters (the
// reader's per-object reader and the writer's output), so documentreader.cpp and documentwriter.cpp only
// call them and the charter's fields are defined here, once.
#pragma once

#include "model/enumnames.h"
#include "model/portfolio.h"

namespace rb::model {

template <>
std::span<const EnumName<CharterTopic>> enumNames<CharterTopic>();
QString toString(CharterTopic);

// One charter item from its object. Reader: the document reader's ObjectReader (text, number,
// enumeration; it reports missing, mistyped and unknown fields with their position); readSources(reader)
// returns the item's sources.
template <class Reader, class ReadSources>
CharterItem readCharterItem(Reader &r, ReadSources &&readSources)
{
    CharterItem c;
    c.topic = r.template enumeration<CharterTopic>("topic", true).value_or(CharterTopic::Goal);
    c.label = r.text("label", true);
    c.text = r.text("text", true);
    c.amount = r.number("amount", -1e9, 1e9);
    c.note = r.text("note");
    c.sources = readSources(r);
    return c;
}

// The charter array in canonical form (key order of docs/format.md); nothing when empty. Out: the
// document writer's output.
template <class Out>
void writeCharter(Out &o, const QList<CharterItem> &charter)
{
    if (charter.isEmpty()) return;
    o.beginArray("charter");
    for (const CharterItem &c : charter) {
        o.beginObject();
        o.enumeration("topic", c.topic);
        o.text("label", c.label);
        o.text("text", c.text);
        o.number("amount", c.amount);
        o.text("note", c.note);
        o.sources(c.sources);
        o.endObject();
    }
    o.endArray();
}

} // namespace rb::model
