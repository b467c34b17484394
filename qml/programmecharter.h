// programmecharter.h — view-model of the Overview's "Programme" panel: the programme charter
// (programme.charter, docs/format.md) grouped by topic, in the topics' order, with headings in the user's
// language. The items' own texts are the plan's words and stay as written (Dutch for MAB).
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace rb::ui {

class ProgrammeCharter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // [{heading, items: [{label, text, note, sources, where}]}]; sources: "section — “quote”" lines,
    // where: the sources' sections, "; "-separated
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed) // "MAB plateau 4 · Provincie Flevoland"
public:
    explicit ProgrammeCharter(QObject *parent = nullptr);

    QVariantList sections() const;
    bool empty() const;
    QString title() const;

signals:
    void changed();
};

} // namespace rb::ui
