#pragma once
// Which language the window speaks: the system locale (LANG/LC_ALL) unless the user chose one
// in View ▸ Language, remembered in QSettings. Hilo's Spanish catalogue is built from
// ui/translations/hilo_es.ts by lrelease and embedded as a resource (:/i18n); Qt's own strings
// (standard dialog buttons) come from Debian's qt6-translations-l10n when it is installed.
#include <QLocale>
#include <QString>
#include <QStringList>

namespace hilo::ui {

// The remembered choice: "" follows the system, otherwise a language code ("en", "es").
QString chosenLanguage();
void rememberLanguage(const QString& code);
// The languages Hilo speaks, as codes; English is the source language and needs no catalogue.
QStringList availableLanguages();
// The locale a choice stands for: the system's for "".
QLocale localeForChoice(const QString& code);
// Installs Hilo's (and Qt's) translations for this locale, replacing any installed before, and
// returns whether a Hilo catalogue was found (false for English). Widgets receive
// QEvent::LanguageChange.
bool installTranslations(const QLocale& locale);

} // namespace hilo::ui
