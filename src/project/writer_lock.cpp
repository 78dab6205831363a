#include "writer_lock.h"

#include "text/user_error.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace hilo {

WriterLock::WriterLock(const std::filesystem::path& projectFolder)
{
    const std::filesystem::path file = projectFolder / "writer.lock";
    // Never through a link: a planted writer.lock -> ~/file would have Hilo truncate that file.
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
    if (fd_ < 0 && errno == ELOOP)
        throw UserError(file.string() + ": is a symbolic link, not Hilo's lock file; remove it and try again");
    if (fd_ < 0)
        throw UserError(projectFolder.string() + ": cannot open for writing (" + std::strerror(errno) + ")");
    struct stat info {};
    if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd_);
        fd_ = -1;
        throw UserError(file.string() + ": is not a regular file, not Hilo's lock file; remove it and try again");
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        char holder[32] = {};
        const ssize_t got = ::pread(fd_, holder, sizeof holder - 1, 0);
        ::close(fd_);
        fd_ = -1;
        const std::string who = got > 0 ? " (process " + std::string(holder, static_cast<std::size_t>(got)) + ")" : "";
        throw ProjectLockedError(projectFolder.string() + ": is open for writing in another Hilo window or command" + who +
                        "; close it first, or open the project read-only");
    }
    // Say who holds it, for the message another process will show.
    const std::string pid = std::to_string(::getpid());
    if (::ftruncate(fd_, 0) == 0 && ::pwrite(fd_, pid.data(), pid.size(), 0) < 0) {
        // The lock holds even if the note cannot be written.
    }
}

WriterLock::~WriterLock()
{
    if (fd_ >= 0)
        ::close(fd_); // closing releases the lock
}

} // namespace hilo
