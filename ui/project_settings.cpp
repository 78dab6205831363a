#include "project_settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

#include <system_error>

namespace hilo::ui {

void keepSettingsOwnerOnly()
{
    const QString file = QSettings().fileName();
    std::error_code ignored;
    const std::filesystem::path path = file.toStdString();
    if (std::filesystem::exists(path, ignored))
        std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, ignored);
    const std::filesystem::path folder = QFileInfo(file).absolutePath().toStdString();
    if (std::filesystem::exists(folder, ignored))
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace,
                                     ignored);
}
namespace {

QString absoluteKey(const std::filesystem::path& folder)
{
    std::error_code error;
    std::filesystem::path path = std::filesystem::weakly_canonical(folder, error);
    if (error)
        path = std::filesystem::absolute(folder).lexically_normal();
    return QString::fromStdString(path.string());
}

} // namespace

ProjectSettings::ProjectSettings(const std::filesystem::path& projectFolder) : key_(absoluteKey(projectFolder)) {}

QString ProjectSettings::rememberedCoder() const
{
    return QSettings().value(QStringLiteral("coders/") + key_).toString();
}

void ProjectSettings::rememberCoder(const QString& name)
{
    QSettings().setValue(QStringLiteral("coders/") + key_, name);
}

QMap<int, QString> ProjectSettings::pinnedCodes() const
{
    // One map per project under one key: a project path is itself full of slashes, which
    // QSettings would otherwise read as nested groups.
    const QVariantMap stored = QSettings().value(QStringLiteral("pins/") + key_).toMap();
    QMap<int, QString> pins;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        bool ok = false;
        const int digit = it.key().toInt(&ok);
        if (ok && digit >= 1 && digit <= 9 && !it.value().toString().isEmpty())
            pins.insert(digit, it.value().toString());
    }
    return pins;
}

void ProjectSettings::pinCode(int digit, const QString& guid)
{
    QSettings settings;
    QVariantMap stored = settings.value(QStringLiteral("pins/") + key_).toMap();
    // A code sits on one key at most: pinning it again moves it.
    for (auto it = stored.begin(); it != stored.end();)
        it = (!guid.isEmpty() && it.value().toString() == guid) ? stored.erase(it) : std::next(it);
    if (guid.isEmpty())
        stored.remove(QString::number(digit));
    else
        stored.insert(QString::number(digit), guid);
    settings.setValue(QStringLiteral("pins/") + key_, stored);
}

} // namespace hilo::ui
