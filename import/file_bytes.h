#pragma once
// Whole files in and out, for importers and the CLI alike.
//
// Reading is bounded twice: only a regular file is read (a device such as /dev/zero never
// ends, a named pipe may never deliver a byte), and never more than a stated number of bytes,
// counted while reading, so that a file that grows under Hilo is still refused. A symbolic link
// to a regular file is followed and read like the file itself: researchers link shared folders,
// and it is the opened descriptor that is checked, so a link to a device is still refused.
#include <cstdint>
#include <filesystem>
#include <string>

namespace hilo::import {

// A bound on the bytes read from one file, and the words that name it when a file is over it:
// "FILE: is too large for WHAT (over N MB); ADVICE".
struct SizeLimit {
    std::uintmax_t bytes = 1024U * 1024U * 1024U; // survey microdata as CSV is the largest file read whole
    std::string what = "Hilo to read";
    std::string advice;
};

// A regular file opened for reading, closed on destruction. Move-only.
class RegularFile {
public:
    // Throws ImportError naming the file when it does not exist, is a folder, is not a regular
    // file (a device, pipe or socket), cannot be opened, or is already larger than the limit.
    // Opening never blocks: a named pipe is refused, not waited on.
    RegularFile(const std::filesystem::path& file, SizeLimit limit);
    ~RegularFile();
    RegularFile(RegularFile&& other) noexcept;
    RegularFile& operator=(RegularFile&&) = delete;
    RegularFile(const RegularFile&) = delete;
    RegularFile& operator=(const RegularFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::uintmax_t size() const { return size_; } // when opened
    int descriptor() const { return fd_; }
    // Hands the descriptor to a new owner (libzip), which closes it.
    int release();

    // Every byte, reading at most limit + 1 so that a file grown past the limit since it was
    // opened is refused without reading it all. Throws ImportError naming the file.
    std::string readAll();

private:
    [[noreturn]] void throwTooLarge() const;

    std::filesystem::path path_;
    SizeLimit limit_;
    std::uintmax_t size_ = 0;
    int fd_ = -1;
};

// The bytes of a regular file of at most limit.bytes; ImportError naming the file otherwise.
std::string readFileBytes(const std::filesystem::path& file, const SizeLimit& limit = {});

// Writes through a temporary file in the same folder (created exclusively, owner-only, never
// through a symbolic link, named "<file>.part-<pid>.XXXXXX" as temporary_files.h describes) that
// replaces the target only when complete and flushed to disk, so an interrupted or failed export
// never leaves half a file. When writing fails (a full disk) the temporary is removed before
// UserError naming the file is thrown; what a killed writer left is removed by the next write.
void writeFileBytes(const std::filesystem::path& file, const std::string& bytes);

// The extension in lower case, without the dot ("DOCX" -> "docx").
std::string lowerExtension(const std::filesystem::path& file);

} // namespace hilo::import
