#pragma once
// A Hilo project: a folder (Study.hilo/) holding project.db, the single source of truth, and
// derived data beside it. Creating one makes the folder and the database owner-only.
#include "store/database.h"
#include "text/user_error.h"
#include "writer_lock.h"

#include <filesystem>
#include <memory>
#include <string>

namespace hilo {

// project.db cannot be read (a disk fault, a truncated copy): the folder is still a project, and
// the recovery verbs (doctor, backups, restore) work on it from its backups.
class DamagedProjectError : public UserError {
public:
    DamagedProjectError(const std::filesystem::path& folder, std::string cause)
        : UserError(folder.string() + ": project.db is " + cause + "; hilo doctor " + folder.string() +
                    " shows the way back from a backup"),
          cause_(std::move(cause))
    {
    }
    const std::string& cause() const { return cause_; } // "missing", "damaged (...)"

private:
    std::string cause_;
};

// For the verbs that must work when project.db cannot be opened (backups, restore): the folder
// exists and holds project.db or backups/, else the UserError Project::open would give.
void requireProjectFolder(const std::filesystem::path& folder);

class Project {
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new project folder; fails if the path exists and is not an empty folder.
    static Project create(const std::filesystem::path& folder);
    // Opens an existing project, migrating an older schema forward. A folder that is not a
    // Hilo project, or one written by a newer Hilo, is a UserError naming the folder; one whose
    // project.db is damaged or missing beside its backups is a DamagedProjectError.
    static Project open(const std::filesystem::path& folder, Access access = Access::ReadWrite);

    const std::filesystem::path& folder() const { return folder_; }
    std::filesystem::path databasePath() const { return folder_ / "project.db"; }
    store::Database& db() { return *db_; }
    bool readOnly() const { return access_ == Access::ReadOnly; }

    // Increases with every change to sources and codings (a trigger keeps it): the derived
    // index compares it with the counter it was built at.
    std::int64_t changeCounter();

private:
    Project(std::filesystem::path folder, std::unique_ptr<WriterLock> lock, std::unique_ptr<store::Database> db,
            Access access);

    std::filesystem::path folder_;
    std::unique_ptr<WriterLock> lock_; // held while open for writing; released after db_ closes
    std::unique_ptr<store::Database> db_;
    Access access_;
};

} // namespace hilo
