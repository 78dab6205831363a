#include "zip_archive_writer.h"

#include "temporary_files.h"
#include "text/user_error.h"

#include <sys/stat.h>
#include <zip.h>

#include <system_error>

namespace hilo::import {
namespace {

// libzip creates its files with the process umask; owner-only from the first byte, as
// project.cpp does for the database, rather than narrowed after the transcripts are in.
class OwnerOnlyFiles {
public:
    OwnerOnlyFiles() : previous_(::umask(0077)) {}
    ~OwnerOnlyFiles() { ::umask(previous_); }
    OwnerOnlyFiles(const OwnerOnlyFiles&) = delete;
    OwnerOnlyFiles& operator=(const OwnerOnlyFiles&) = delete;

private:
    mode_t previous_;
};

// libzip calls these while zip_close writes; they hand its progress on and ask whether to go on.
struct Reporting {
    const Progress& progress;
    std::size_t done = 0;
    bool cancelled = false;
};

void reportProgress(zip_t*, double fraction, void* state)
{
    auto* reporting = static_cast<Reporting*>(state);
    reporting->done = static_cast<std::size_t>(fraction * ZipArchiveWriter::kCommitSteps);
}

int askToCancel(zip_t*, void* state)
{
    auto* reporting = static_cast<Reporting*>(state);
    if (!reporting->cancelled && !reporting->progress(reporting->done, ZipArchiveWriter::kCommitSteps))
        reporting->cancelled = true;
    return reporting->cancelled ? 1 : 0;
}

} // namespace

ZipArchiveWriter::ZipArchiveWriter(std::filesystem::path target) : target_(std::move(target)) {}

void ZipArchiveWriter::add(const std::string& entry, std::string bytes)
{
    entries_.emplace_back(entry, std::move(bytes));
}

void ZipArchiveWriter::commit(const Progress& progress)
{
    removeLeftoverTemporaries(target_);
    const std::filesystem::path temporary = temporaryBeside(target_);
    const std::string name = target_.filename().string();
    const OwnerOnlyFiles ownerOnly;
    int code = ZIP_ER_OK;
    zip_t* zip = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (zip == nullptr)
        throw UserError(name + ": cannot be written (is the folder there and writable?)");
    auto failWith = [&](const std::string& what) {
        const std::string message = zip_strerror(zip);
        zip_discard(zip);
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw UserError(name + ": cannot be written: " + what + " (" + message + ")");
    };
    for (const auto& [entry, bytes] : entries_) {
        zip_source_t* source = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
        if (source == nullptr)
            failWith(entry);
        if (zip_file_add(zip, entry.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            failWith(entry);
        }
    }
    Reporting reporting{progress};
    if (progress) {
        zip_register_progress_callback_with_state(zip, 0.001, reportProgress, nullptr, &reporting);
        zip_register_cancel_callback_with_state(zip, askToCancel, nullptr, &reporting);
    }
    if (zip_close(zip) != 0) {
        if (reporting.cancelled) {
            zip_discard(zip);
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw Cancelled();
        }
        failWith("closing the archive");
    }
    std::error_code error;
    std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, error);
    std::filesystem::rename(temporary, target_, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw UserError(name + ": cannot be written (" + error.message() + ")");
    }
    // Done: the archive is in place, so a cancel from here on comes too late to matter.
    if (progress)
        progress(kCommitSteps, kCommitSteps);
}

} // namespace hilo::import
