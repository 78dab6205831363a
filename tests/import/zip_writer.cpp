#include "zip_writer.h"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace hilo::test {
namespace {

struct ZipDiscarder {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

[[noreturn]] void fail(const std::filesystem::path& file, zip_t* archive, const char* step)
{
    throw std::runtime_error(file.string() + ": " + step + ": " + zip_strerror(archive));
}

} // namespace

void writeZip(const std::filesystem::path& file, const std::vector<ZipEntry>& entries, ZipCompression compression)
{
    int code = ZIP_ER_OK;
    // Discarded unless zip_close succeeds, so a failed test never leaves a half-written file open.
    std::unique_ptr<zip_t, ZipDiscarder> archive(zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!archive)
        throw std::runtime_error(file.string() + ": cannot create zip (libzip error " + std::to_string(code) + ")");

    for (const ZipEntry& entry : entries) {
        // The source borrows entry.data (freep = 0); `entries` outlives zip_close below.
        zip_source_t* source = zip_source_buffer(archive.get(), entry.data.data(), entry.data.size(), 0);
        if (source == nullptr)
            fail(file, archive.get(), "zip_source_buffer");
        const zip_int64_t index = zip_file_add(archive.get(), entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            fail(file, archive.get(), "zip_file_add");
        }
        const zip_int32_t method = compression == ZipCompression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        if (zip_set_file_compression(archive.get(), static_cast<zip_uint64_t>(index), method, 0) != 0)
            fail(file, archive.get(), "zip_set_file_compression");
    }
    if (zip_close(archive.get()) != 0)
        fail(file, archive.get(), "zip_close");
    archive.release(); // zip_close freed it
}

} // namespace hilo::test
