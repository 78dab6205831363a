#pragma once
// One writer per project: a process that opens a project for writing holds an exclusive lock
// on Study.hilo/writer.lock for as long as the project is open. A second writer (another
// window, or a CLI command) is refused at once with a message that says who holds it, instead
// of meeting "database is locked" halfway through its work. Readers take no lock.
#include "text/user_error.h"

#include <filesystem>

namespace hilo {

// Another process holds the project for writing; it can still be opened read-only.
class ProjectLockedError : public UserError {
public:
    using UserError::UserError;
};

class WriterLock {
public:
    // Throws UserError naming the folder and the holding process when another writer has it.
    explicit WriterLock(const std::filesystem::path& projectFolder);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

private:
    int fd_ = -1;
};

} // namespace hilo
