#pragma once
// What the workbench remembers per project folder, in the user's QSettings (not in
// project.db, because it belongs to one person at one computer): who is coding, and which
// codes are pinned to the keys 1-9.
#include <QMap>
#include <QString>

#include <filesystem>

namespace hilo::ui {

// The settings file names project folders and coders: an older Hilo, or another program of
// the same organisation name, may have created it readable by others. Narrows it, and its
// folder, to the owner.
void keepSettingsOwnerOnly();

class ProjectSettings {
public:
    explicit ProjectSettings(const std::filesystem::path& projectFolder);

    QString rememberedCoder() const;
    void rememberCoder(const QString& name);

    // Pins are stored by code GUID, which survives renames, moves and codebook re-imports.
    QMap<int, QString> pinnedCodes() const; // digit -> GUID
    void pinCode(int digit, const QString& guid); // an empty GUID unpins

    const QString& projectKey() const { return key_; }

private:
    QString key_; // the absolute project path
};

} // namespace hilo::ui
