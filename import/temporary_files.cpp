#include "temporary_files.h"

#include <signal.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <string>

namespace hilo::import {
namespace {

constexpr const char* kMarker = ".part-";

bool processIsGone(long pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

std::filesystem::path temporaryBeside(const std::filesystem::path& target)
{
    return target.string() + kMarker + std::to_string(::getpid());
}

void removeLeftoverTemporaries(const std::filesystem::path& target)
{
    const std::string prefix = target.filename().string() + kMarker;
    std::error_code error;
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        std::size_t digits = 0;
        const std::string rest = name.substr(prefix.size());
        while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
            ++digits;
        if (digits == 0 || !processIsGone(std::stol(rest.substr(0, digits))))
            continue;
        std::error_code ignored;
        if (entry.is_regular_file(ignored) || entry.is_symlink(ignored))
            std::filesystem::remove(entry.path(), ignored);
    }
}

} // namespace hilo::import
