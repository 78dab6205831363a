#include "fuzz_target.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

namespace hilo::fuzz {

std::filesystem::path scratchFile(std::string_view bytes, const std::string& extension)
{
    static const std::filesystem::path folder = [] {
        const auto path = std::filesystem::temp_directory_path() / ("hilo-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
        return path;
    }();
    const auto file = folder / ("input." + extension);
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file;
}

} // namespace hilo::fuzz
