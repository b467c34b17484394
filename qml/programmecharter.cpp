// programmecharter.cpp
#include "qml/programmecharter.h"

#include "model/programmeinfo.h"
#include "qml/appstate.h"
#include "qml/documentcontroller.h"

#include <QCoreApplication>
#include <QLocale>

namespace rb::ui {

using namespace rb::model;

namespace {
QString heading(CharterTopic t)
{
    switch (t) {
    case CharterTopic::Goal:
        return QCoreApplication::translate("ProgrammeCharter", "Goals");
    case CharterTopic::Ambition:
        return QCoreApplication::translate("ProgrammeCharter", "Ambitions of the plateau");
    case CharterTopic::Governance:
        return QCoreApplication::translate("ProgrammeCharter", "Governance");
    case CharterTopic::Rhythm:
        return QCoreApplication::translate("ProgrammeCharter", "Rhythm of reporting");
    case CharterTopic::WayOfWorking:
        return QCoreApplication::translate("ProgrammeCharter", "Way of working");
    case CharterTopic::RiskProfile:
        return QCoreApplication::translate("ProgrammeCharter", "Risk profile");
    case CharterTopic::Procedure:
        return QCoreApplication::translate("ProgrammeCharter", "Success-factor procedure");
    case CharterTopic::Finance:
        return QCoreApplication::translate("ProgrammeCharter", "Finances");
    }
    return {};
}
QString sourceLine(const Source &s)
{
    QString t = s.section;
    if (!s.document.isEmpty()) t = s.document + QLatin1String(", ") + t;
    if (!s.quote.isEmpty()) t += QStringLiteral(" — “%1”").arg(s.quote);
    return t;
}
} // namespace

ProgrammeCharter::ProgrammeCharter(QObject *parent) : QObject(parent) {}

void ProgrammeCharter::setDocument(DocumentController *document)
{
    if (m_document == document) return;
    if (m_document) disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) connect(document, &DocumentController::documentChanged, this, &ProgrammeCharter::changed);
    emit documentChanged();
    emit changed();
}

void ProgrammeCharter::setAppState(AppState *state)
{
    if (m_state == state) return;
    if (m_state) disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    // Strings made here are translated here: a language switch re-reads them.
    if (state) connect(state, &AppState::languageChanged, this, &ProgrammeCharter::changed);
    emit appStateChanged();
    emit changed();
}

bool ProgrammeCharter::empty() const { return portfolio().programme.charter.isEmpty(); }

QString ProgrammeCharter::title() const
{
    const Programme &p = portfolio().programme;
    return p.organisation.isEmpty() ? p.name : p.name + QStringLiteral(" · ") + p.organisation;
}

QVariantList ProgrammeCharter::sections() const
{
    const QList<CharterItem> &charter = portfolio().programme.charter;
    QVariantList out;
    for (const auto &topic : enumNames<CharterTopic>()) {
        QVariantList items;
        for (const CharterItem &c : charter) {
            if (c.topic != topic.value) continue;
            QStringList sources, where;
            for (const Source &s : c.sources) {
                sources << sourceLine(s);
                if (!s.section.isEmpty() && !where.contains(s.section)) where << s.section;
            }
            QString label = c.label;
            if (c.amount) // k€, as the plan writes it
                label += QStringLiteral(" (")
                    + QCoreApplication::translate("ProgrammeCharter", "%1 k€")
                          .arg(QLocale().toString(*c.amount, 'f', 0))
                    + QLatin1Char(')');
            // The plan's lists are flattened to "a • b • c" in the document: one bullet per line here.
            QString text = c.text;
            if (text.contains(QStringLiteral(" • ")))
                text = QStringLiteral("• ") + text.replace(QStringLiteral(" • "), QStringLiteral("\n• "));
            items << QVariantMap{{QStringLiteral("label"), label},
                                 {QStringLiteral("text"), text},
                                 {QStringLiteral("note"), c.note},
                                 {QStringLiteral("sources"), sources},
                                 {QStringLiteral("where"), where.join(QStringLiteral("; "))}};
        }
        if (!items.isEmpty())
            out << QVariantMap{{QStringLiteral("heading"), heading(topic.value)}, {QStringLiteral("items"), items}};
    }
    return out;
}

} // namespace rb::ui
