#pragma once
// Rotating backups of project.db in Study.hilo/backups/, taken through SQLite's online backup
// API (a consistent copy even while the WAL holds recent pages) before a migration and before
// every bulk operation, so a researcher can step back from an import, merge or autocode that
// went wrong. Each backup is a standalone SQLite file, owner-only, named by its time and the
// operation it preceded; only the newest few are kept. A backup is written under a .part name
// and named only after SQLite's integrity check passed on the copy.
#include "project/project.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace hilo {

constexpr int kBackupsKept = 5;

struct BackupInfo {
    std::string id;        // e.g. 20261129-061700-123 (UTC), what `hilo restore` takes
    std::string time;      // ISO 8601, UTC
    std::string operation; // what the backup preceded: import, merge, migration-to-4, ...
    std::uintmax_t size = 0;
    std::filesystem::path file;
};

std::filesystem::path backupFolder(const std::filesystem::path& projectFolder);

// Copies the database open on `source` into the project's backups/ folder, then deletes the
// oldest backups beyond `keep`. Throws UserError when the copy cannot be made.
BackupInfo backupDatabase(store::Database& source, const std::filesystem::path& projectFolder,
                          const std::string& operation, int keep = kBackupsKept);
// Same, opening project.db read-only for the copy (the caller holds the writer lock or is about
// to take it).
BackupInfo backupProject(const std::filesystem::path& projectFolder, const std::string& operation,
                         int keep = kBackupsKept);

// Deletes the oldest backups beyond `keep`. For a caller that backs up with no limit before
// work that may still be cancelled (the window's merge): it deletes its own backup when the work
// was cancelled, so a cancel costs no older backup, and prunes once the work went through.
void pruneBackups(const std::filesystem::path& projectFolder, int keep = kBackupsKept);

// The complete backups, newest first: a copy still being written, or cut short by a kill or a
// full disk, is not listed (its header must give its size and Hilo's application id).
std::vector<BackupInfo> listBackups(const std::filesystem::path& projectFolder);

// Replaces the open project's database with backup `id`, after backing up the current state
// (operation "before-restore"). Deletes the search index, which no longer matches, so the next
// sync rebuilds it. The backup is checked (integrity_check) before anything changes.
BackupInfo restoreBackup(Project& project, const std::string& id);

// SQLite's integrity check passes on the database (a damaged file answers false, not an error).
bool databaseIsSound(store::Database& db);

// For a project whose project.db cannot be opened (DamagedProjectError): takes the writer lock,
// keeps the damaged file aside as project.db.damaged-<time> and puts backup `id` in its place.
// Returns the path of the damaged file kept (empty when project.db was missing).
std::filesystem::path restoreOverDamaged(const std::filesystem::path& projectFolder, const std::string& id);

} // namespace hilo
