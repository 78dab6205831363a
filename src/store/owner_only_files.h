#pragma once
// Files Hilo creates hold transcripts or words from them: while one of these is alive, every
// file and folder the process creates (SQLite's, Xapian's, libzip's) is owner-only.
#include <sys/stat.h>

namespace hilo {

class OwnerOnlyFiles {
public:
    OwnerOnlyFiles() : previous_(::umask(0077)) {}
    ~OwnerOnlyFiles() { ::umask(previous_); }
    OwnerOnlyFiles(const OwnerOnlyFiles&) = delete;
    OwnerOnlyFiles& operator=(const OwnerOnlyFiles&) = delete;

private:
    mode_t previous_;
};

} // namespace hilo
