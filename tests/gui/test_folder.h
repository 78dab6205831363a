#pragma once
// An empty folder for one GUI test class, named after it and the process, so that test runs
// side by side do not meet. The class removes it in cleanupTestCase().
#include <QCoreApplication>

#include <filesystem>
#include <string>

namespace hilo::test {

inline std::filesystem::path freshTestFolder(const std::string& prefix)
{
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / (prefix + std::to_string(QCoreApplication::applicationPid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

} // namespace hilo::test
