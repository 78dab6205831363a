#include "file_bytes.h"

#include "import_error.h"
#include "temporary_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

namespace hilo::import {
namespace {

constexpr std::uintmax_t kMebibyte = 1024U * 1024U;

std::string systemMessage(int error)
{
    std::string message = std::strerror(error);
    if (!message.empty())
        message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    return message;
}

// "12 MB" when whole, else the bytes: the bound as the README states it.
std::string sizeText(std::uintmax_t bytes)
{
    if (bytes >= kMebibyte && bytes % kMebibyte == 0)
        return std::to_string(bytes / kMebibyte) + " MB";
    return std::to_string(bytes) + " bytes";
}

[[noreturn]] void throwNotRegular(const std::filesystem::path& file)
{
    throw ImportError(file.filename().string(), "is not a regular file (a device, pipe or socket); Hilo reads only files");
}

// Checks by path first, so that a device or pipe is never even opened (opening a pipe waits for
// a writer, opening some devices has effects); the descriptor is checked again after opening.
void checkKind(const std::filesystem::path& file)
{
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(file, error);
    if (status.type() == std::filesystem::file_type::not_found)
        throw ImportError(file.string(), "no such file");
    if (error)
        throw ImportError(file.string(), "cannot be read (" + systemMessage(error.value()) + ")");
    if (std::filesystem::is_directory(status))
        throw ImportError(file.string(), "is a folder, not a file");
    if (!std::filesystem::is_regular_file(status))
        throwNotRegular(file);
}

// write(2) until every byte is written; false with errno set when the file system refuses.
bool writeAll(int fd, const std::string& bytes)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t count = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return false;
        written += static_cast<std::size_t>(count);
    }
    return true;
}

} // namespace

RegularFile::RegularFile(const std::filesystem::path& file, SizeLimit limit) : path_(file), limit_(std::move(limit))
{
    checkKind(file);
    // O_NONBLOCK: should the path have become a pipe since it was checked, open returns at once
    // instead of waiting for a writer. It changes nothing for a regular file.
    fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd_ < 0) {
        const int error = errno;
        if (error == ENOENT)
            throw ImportError(file.string(), "no such file");
        throw ImportError(file.string(), "cannot be read (" + systemMessage(error) + ")");
    }
    struct stat info {};
    if (::fstat(fd_, &info) != 0) {
        const int error = errno;
        ::close(fd_);
        throw ImportError(file.string(), "cannot be read (" + systemMessage(error) + ")");
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd_);
        throwNotRegular(file);
    }
    size_ = static_cast<std::uintmax_t>(info.st_size);
    if (size_ > limit_.bytes) {
        ::close(fd_);
        throwTooLarge();
    }
    // Reads below are ordinary blocking reads again.
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
}

RegularFile::~RegularFile()
{
    if (fd_ >= 0)
        ::close(fd_);
}

RegularFile::RegularFile(RegularFile&& other) noexcept
    : path_(std::move(other.path_)), limit_(std::move(other.limit_)), size_(other.size_), fd_(other.fd_)
{
    other.fd_ = -1;
}

int RegularFile::release()
{
    const int fd = fd_;
    fd_ = -1;
    return fd;
}

void RegularFile::throwTooLarge() const
{
    std::string message = "is too large for " + limit_.what + " (over " + sizeText(limit_.bytes) + ")";
    if (!limit_.advice.empty())
        message += "; " + limit_.advice;
    throw ImportError(path_.filename().string(), message);
}

std::string RegularFile::readAll()
{
    // One buffer, sized from fstat and grown only if the file grows, never past limit + 1: the
    // extra byte is how a file grown past the limit is noticed.
    const std::uintmax_t cap = limit_.bytes < std::numeric_limits<std::size_t>::max() ? limit_.bytes + 1 : limit_.bytes;
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(size_ + 1, cap)));
    std::size_t filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (bytes.size() >= cap)
                throwTooLarge();
            bytes.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(std::max<std::uintmax_t>(bytes.size() * 2, 64U * 1024U), cap)));
        }
        const ssize_t count = ::read(fd_, bytes.data() + filled, bytes.size() - filled);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0)
            throw ImportError(path_.string(), "cannot be read (" + systemMessage(errno) + ")");
        if (count == 0)
            break;
        filled += static_cast<std::size_t>(count);
    }
    if (filled > limit_.bytes)
        throwTooLarge();
    bytes.resize(filled);
    return bytes;
}

std::string readFileBytes(const std::filesystem::path& file, const SizeLimit& limit)
{
    return RegularFile(file, limit).readAll();
}

void writeFileBytes(const std::filesystem::path& file, const std::string& bytes)
{
    const std::string failure = file.string() + ": cannot be written";
    // What a killed writer of this file left (it may quote interviews) goes first.
    removeLeftoverTemporaries(file);
    // A unique name in the target's folder (rename only replaces within one file system):
    // "<file>.part-<pid>.XXXXXX", so that the next writer knows it for a leftover once this
    // process is gone. mkostemp creates it with O_CREAT | O_EXCL, which never opens an existing
    // file or follows a symbolic link planted at that name, and mode 0600: exports can quote
    // interviews.
    std::string pattern = temporaryBeside(file).string() + ".XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkostemp(name.data(), O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        throw UserError(failure + " (" + systemMessage(errno) + ")");
    const std::string temporary(name.data());

    // Owner-only whatever the umask; then every byte, then to disk, so that a full disk is
    // noticed here (ENOSPC, EFBIG, EDQUOT) and not after the target was replaced.
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int writeError = errno;
    const bool closed = ::close(fd) == 0;
    const int closeError = errno;
    if (!ok || !closed) {
        ::unlink(temporary.c_str());
        throw UserError(failure + " (" + systemMessage(!ok ? writeError : closeError) + ")");
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        throw UserError(failure + " (" + systemMessage(error) + ")");
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
