// exportlanguage.cpp
#include "charts/exportlanguage.h"

#include <QTranslator>

namespace rb::exporting {

namespace {

thread_local const ExportLanguage *t_current = nullptr;

} // namespace

QString systemLanguage()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

bool isExportLanguage(const QString &language)
{
    return language == QLatin1String("nl") || language == QLatin1String("en");
}

ExportLanguage::ExportLanguage(const QString &language)
    : m_language(language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en")),
      m_translator(std::make_unique<QTranslator>()), m_previous(t_current)
{
    // Embedded by qt_add_translations (qml/CMakeLists.txt); without it (a test that links the export
    // library alone) the English source texts are used.
    if (!m_translator->load(QStringLiteral(":/i18n/riskboard_%1.qm").arg(m_language))) m_translator.reset();
    t_current = this;
}

ExportLanguage::~ExportLanguage() { t_current = m_previous; }

QString translate(const char *context, const char *source, const char *disambiguation, int n)
{
    QString text;
    if (t_current && t_current->m_translator)
        text = t_current->m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty()) text = QString::fromUtf8(source);
    if (n >= 0) text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

QString exportLanguage() { return t_current ? t_current->m_language : QStringLiteral("en"); }

QLocale exportLocale()
{
    return exportLanguage() == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString localName(const QString &nl, const QString &en)
{
    return exportLanguage() == QLatin1String("nl") || en.isEmpty() ? (nl.isEmpty() ? en : nl) : en;
}

QString longDate(const QDate &date)
{
    return date.isValid() ? exportLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QStringLiteral("—");
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? exportLocale().toString(date, QStringLiteral("d MMM yyyy")) : QStringLiteral("—");
}

} // namespace rb::exporting
