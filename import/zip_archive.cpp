#include "zip_archive.h"

#include "import_error.h"

#include <limits>
#include <memory>
#include <system_error>

namespace hilo::import {
namespace {

struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

// Errors name the file as the researcher sees it in the import dialog, not its full path.
std::string displayName(const std::filesystem::path& file)
{
    return file.filename().string();
}

std::string libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return message;
}

std::string openFailure(int code)
{
    switch (code) {
    case ZIP_ER_NOENT:
        return "does not exist";
    case ZIP_ER_OPEN:
        return "cannot be opened (" + libzipMessage(code) + ")";
    case ZIP_ER_MEMORY:
        return "is too large to open";
    case ZIP_ER_MULTIDISK:
        return "is a multi-part zip archive, which Hilo cannot read";
    default:
        // A truncated copy loses the central directory at the end, so libzip cannot tell it
        // apart from a file that was never a zip archive.
        return "is not a readable zip archive (truncated, damaged, or not a zip file)";
    }
}

std::string entryFailure(const std::string& entry, const zip_error_t* error)
{
    const int code = zip_error_code_zip(error);
    switch (code) {
    case ZIP_ER_CRC:
        return "entry " + entry + " is damaged (CRC error)";
    case ZIP_ER_COMPNOTSUPP:
        return "entry " + entry + " uses a compression method Hilo cannot read";
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        return "entry " + entry + " is encrypted";
    case ZIP_ER_MEMORY:
        return "entry " + entry + " is too large to read";
    default:
        return "entry " + entry + " is damaged (" + libzipMessage(code) + ")";
    }
}

std::string sizeText(std::size_t bytes)
{
    constexpr std::size_t mebibyte = 1024U * 1024U;
    if (bytes >= mebibyte && bytes % mebibyte == 0)
        return std::to_string(bytes / mebibyte) + " MB";
    return std::to_string(bytes) + " bytes";
}

std::string tooLarge(const std::string& entry, std::size_t maxBytes)
{
    return "entry " + entry + " is larger than the " + sizeText(maxBytes)
        + " Hilo accepts (a damaged or hostile archive?)";
}

} // namespace

ZipArchive::ZipArchive(const std::filesystem::path& file)
    : ZipArchive(RegularFile(file, SizeLimit{std::numeric_limits<std::uintmax_t>::max(), "a zip archive", ""}))
{
}

ZipArchive::ZipArchive(RegularFile file) : file_(file.path())
{
    // libzip opens an empty file as an empty archive; "is empty" tells the researcher more.
    if (file.size() == 0)
        throw ImportError(displayName(file_), "is empty");

    int code = ZIP_ER_OK;
    // ZIP_CHECKCONS compares local headers with the central directory, catching files that
    // were cut short or spliced before any entry is read. Opening the descriptor already
    // checked to be a regular file, rather than the path again, leaves no moment in which the
    // path could be swapped for a pipe or a device.
    zip_ = zip_fdopen(file.descriptor(), ZIP_CHECKCONS, &code);
    if (zip_ == nullptr)
        throw ImportError(displayName(file_), openFailure(code));
    file.release(); // libzip closes it
}

ZipArchive::~ZipArchive()
{
    // Read-only: nothing to write back, so discard rather than close.
    zip_discard(zip_);
}

std::vector<ZipArchive::Entry> ZipArchive::entries() const
{
    std::vector<Entry> result;
    const zip_int64_t count = zip_get_num_entries(zip_, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &stat) != 0)
            throw ImportError(displayName(file_), entryFailure("number " + std::to_string(i + 1), zip_get_error(zip_)));
        Entry entry;
        entry.name = (stat.valid & ZIP_STAT_NAME) != 0 ? stat.name : "";
        entry.size = (stat.valid & ZIP_STAT_SIZE) != 0 ? stat.size : 0;
        entry.compressedSize = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
        result.push_back(std::move(entry));
    }
    return result;
}

bool ZipArchive::contains(const std::string& entry) const
{
    return zip_name_locate(zip_, entry.c_str(), 0) >= 0;
}

std::string ZipArchive::read(const std::string& entry, std::size_t maxBytes) const
{
    const std::string name = displayName(file_);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(zip_, entry.c_str(), 0, &stat) != 0) {
        if (zip_error_code_zip(zip_get_error(zip_)) == ZIP_ER_NOENT)
            throw ImportError(name, "has no entry " + entry);
        throw ImportError(name, entryFailure(entry, zip_get_error(zip_)));
    }
    // The declared size is checked first to refuse a zip bomb without inflating anything; the
    // read loop below still stops at maxBytes in case the declaration lies.
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > maxBytes)
        throw ImportError(name, tooLarge(entry, maxBytes));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE)
        throw ImportError(name, "entry " + entry + " is encrypted");

    ZipFilePtr handle(zip_fopen_index(zip_, stat.index, 0));
    if (!handle)
        throw ImportError(name, entryFailure(entry, zip_get_error(zip_)));

    std::string bytes;
    if ((stat.valid & ZIP_STAT_SIZE) != 0)
        bytes.reserve(static_cast<std::size_t>(stat.size));
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t count = zip_fread(handle.get(), buffer, sizeof buffer);
        if (count < 0)
            throw ImportError(name, entryFailure(entry, zip_file_get_error(handle.get())));
        if (count == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(count));
        if (bytes.size() > maxBytes)
            throw ImportError(name, tooLarge(entry, maxBytes));
    }
    return bytes;
}

} // namespace hilo::import
