#pragma once
// Builds small zip files (docx, odt, qdpx) at test time, so that tests state their XML inline
// instead of depending on binary fixtures.
#include <filesystem>
#include <string>
#include <vector>

namespace hilo::test {

struct ZipEntry {
    std::string name;
    std::string data;
};

// Store keeps entry bytes verbatim in the file, which lets a test find and damage them.
enum class ZipCompression { Deflate, Store };

// Creates or replaces `file`; throws std::runtime_error when libzip fails.
void writeZip(const std::filesystem::path& file, const std::vector<ZipEntry>& entries,
              ZipCompression compression = ZipCompression::Deflate);

} // namespace hilo::test
