#pragma once
// Every file under a folder with a digest of its bytes: what the cancel tests compare to show
// that cancelled work left a project (or an export's destination) exactly as it was.
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <filesystem>
#include <map>
#include <string>

namespace hilo::test {

inline QByteArray digestOf(const std::filesystem::path& file)
{
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Relative path -> digest, for every regular file under `folder`.
inline std::map<std::string, QByteArray> filesUnder(const std::filesystem::path& folder)
{
    std::map<std::string, QByteArray> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            files[std::filesystem::relative(entry.path(), folder).string()] = digestOf(entry.path());
    return files;
}

} // namespace hilo::test
