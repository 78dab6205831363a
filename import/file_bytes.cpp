#include "file_bytes.h"

#include "import_error.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace hilo::import {

std::string readFileBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ImportError(file.string(), "no such file, or it cannot be read");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void writeFileBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::filesystem::path temporary = file;
    temporary += ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        // Owner-only before any byte is written: exports can hold transcript text.
        std::error_code ownerOnly;
        std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, ownerOnly);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            throw UserError(file.string() + ": cannot be written");
    }
    // What Hilo writes may quote interviews: owner-only, whatever the umask.
    std::error_code permissionError;
    std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, permissionError);
    std::error_code error;
    std::filesystem::rename(temporary, file, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw UserError(file.string() + ": cannot be written");
    }
}

std::string lowerExtension(const std::filesystem::path& file)
{
    std::string ext = file.extension().string();
    if (!ext.empty())
        ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

} // namespace hilo::import
