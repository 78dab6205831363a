#include "ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace hilo::ui {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

// Owned by the application, so they live as long as it does and go with it.
QTranslator* translator(const char* name)
{
    auto* app = QCoreApplication::instance();
    auto* existing = app->findChild<QTranslator*>(QString::fromLatin1(name), Qt::FindDirectChildrenOnly);
    if (existing)
        return existing;
    auto* created = new QTranslator(app);
    created->setObjectName(QString::fromLatin1(name));
    return created;
}

} // namespace

QString chosenLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void rememberLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, code);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QLocale localeForChoice(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool installTranslations(const QLocale& locale)
{
    QTranslator* hilo = translator("hilo-translator");
    QTranslator* qt = translator("qt-translator");
    QCoreApplication::removeTranslator(hilo);
    QCoreApplication::removeTranslator(qt);
    // Loading over a translator empties it first; a failed load leaves it empty (English).
    const bool found = hilo->load(locale, QStringLiteral("hilo"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    const bool qtFound = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtFound)
        QCoreApplication::installTranslator(qt);
    if (found)
        QCoreApplication::installTranslator(hilo);
    return found;
}

} // namespace hilo::ui
