#pragma once
// Read-only access to a zip container (docx, odt, qdpx) through libzip, with limits so that a
// damaged or hostile archive is refused with a clear error instead of exhausting memory.
#include "file_bytes.h"

#include <zip.h>

#include <filesystem>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hilo::import {

class ZipArchive {
public:
    // Throws ImportError naming the file when it is not a regular file or not a readable zip
    // archive. The archive's own size is not bounded: entries are read one at a time, each
    // within the bound read() is given.
    explicit ZipArchive(const std::filesystem::path& file);
    // An archive already opened, and bounded in size, by the caller (a transcript's .docx).
    explicit ZipArchive(RegularFile file);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    struct Entry {
        std::string name;
        std::uint64_t size = 0;           // as declared, uncompressed
        std::uint64_t compressedSize = 0; // as declared
    };
    // Every entry as the central directory declares it, for checks before anything is read.
    std::vector<Entry> entries() const;

    bool contains(const std::string& entry) const;
    // The entry's bytes; throws ImportError when missing, damaged, or larger than maxBytes,
    // checked from the declared size before inflating and again while inflating.
    std::string read(const std::string& entry, std::size_t maxBytes = 256U * 1024U * 1024U) const;

private:
    std::filesystem::path file_;
    zip_t* zip_ = nullptr;
};

} // namespace hilo::import
