// exportlanguage.h — the language of an export (chart, deck), independent of the application's own.
//
// The export library translates its visible strings with rb::exporting::translate(context, text), which
// lupdate extracts like QCoreApplication::translate (docs/ui.md). While an ExportLanguage lives, those
// strings (and dates and numbers, through exportLocale()) come from that language's catalogue, the same
// :/i18n/riskboard_<lang>.qm the application uses (qt_add_translations in qml/CMakeLists.txt). Without
// one, exports are English. It never installs a global translator, so exporting in Dutch from an English
// window (or the other way round) leaves the window's language alone.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace rb::exporting {

// "nl" for a Dutch system locale, otherwise "en" (what the application starts in).
QString systemLanguage();
// Whether `language` is one the exports speak ("nl", "en").
bool isExportLanguage(const QString &language);

// For its lifetime (in this thread), exports speak `language` ("nl" or "en"; anything else is English).
class ExportLanguage {
public:
    explicit ExportLanguage(const QString &language);
    ~ExportLanguage();
    ExportLanguage(const ExportLanguage &) = delete;
    ExportLanguage &operator=(const ExportLanguage &) = delete;

private:
    friend QString translate(const char *, const char *, const char *, int);
    friend QString exportLanguage();
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    const ExportLanguage *m_previous = nullptr;
};

// The translation of `source` in the current export language (the source itself when there is none).
// %n is replaced by n. Write "" (not nullptr) as the disambiguation of a plural (docs/ui.md).
QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

QString exportLanguage();                                // "nl" or "en"
QLocale exportLocale();                                  // Dutch (Netherlands) or English
QString localName(const QString &nl, const QString &en); // a name the document has in both languages
QString longDate(const QDate &date);                     // "18 oktober 2018" / "18 October 2018"; "—" when invalid
QString shortDate(const QDate &date);                    // "18 okt 2018" / "18 Oct 2018"

} // namespace rb::exporting
