#pragma once
// `hilo doctor`: checks a project for damage a crash, a disk fault or a hand edit could leave,
// and repairs what can be repaired without guessing. Derived data (the search index) is rebuilt;
// rows that point nowhere (a coding past its source's end, a row whose parent is gone) are
// dropped, in one transaction and after a backup, and only when repair is asked for. Damage to
// the SQLite file itself is reported with the way back: `hilo restore` from a backup.
#include "project/project.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hilo {

struct DoctorCheck {
    std::string name;     // integrity, foreign_keys, codings, turns, quotes, index
    std::int64_t problems = 0;
    std::string detail;   // what is wrong, in words (no transcript text)
    bool repairable = false;
    bool repaired = false;
};

struct DoctorReport {
    std::vector<DoctorCheck> checks;
    std::vector<std::string> actions; // what --repair did
    std::string backupId;             // the backup taken before repairing, if any
    bool healthy() const;             // nothing wrong is left
    bool needsRestore() const;        // the file itself is damaged: only a backup brings it back
};

// A read-only project is only examined; with `repair` the project must be open for writing.
DoctorReport examineProject(Project& project, bool repair);
// Opens the folder and examines it; a project.db that cannot even be opened is reported as
// damage, with the backup to restore, rather than as an error.
DoctorReport examineProjectFolder(const std::filesystem::path& folder, bool repair);

} // namespace hilo
