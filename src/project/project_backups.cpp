#include "project_backups.h"

#include "index/index_layout.h"
#include "store/schema.h"
#include "text/user_error.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <regex>

namespace hilo {
namespace fs = std::filesystem;

namespace {

constexpr const char* kBackupSuffix = ".db";

// Backup file names: <id>_<operation>.db; the id sorts by time.
std::string newBackupId()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &utc);
    char withMillis[40];
    std::snprintf(withMillis, sizeof withMillis, "%s-%03d", buffer, static_cast<int>(millis));
    return withMillis;
}

std::string safeOperation(const std::string& operation)
{
    std::string out;
    for (char c : operation)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-') ? c : '-';
    return out.empty() ? "manual" : out;
}

void copyDatabase(sqlite3* from, sqlite3* to, const std::string& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        throw UserError(what + ": " + sqlite3_errmsg(to));
    int rc;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw UserError(what + ": " + sqlite3_errstr(rc));
}

void removeOldest(const fs::path& folder, int keep, const fs::path& spare)
{
    std::vector<BackupInfo> all = listBackups(folder.parent_path());
    int kept = 0;
    for (const BackupInfo& info : all) { // newest first
        if (info.file == spare || kept < keep) {
            ++kept;
            continue;
        }
        std::error_code ignored;
        fs::remove(info.file, ignored);
    }
}

BackupInfo writeBackup(store::Database& source, const fs::path& projectFolder, const std::string& operation,
                       int keep, const fs::path& spare)
{
    const fs::path folder = backupFolder(projectFolder);
    std::error_code error;
    fs::create_directories(folder, error);
    if (error)
        throw UserError(folder.string() + ": cannot create the backup folder: " + error.message());
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);

    std::string id = newBackupId();
    fs::path file = folder / (id + "_" + safeOperation(operation) + kBackupSuffix);
    for (int n = 1; fs::exists(file); ++n) { // two backups in one millisecond
        id = newBackupId() + "-" + std::to_string(n);
        file = folder / (id + "_" + safeOperation(operation) + kBackupSuffix);
    }
    const mode_t previous = ::umask(0077);
    try {
        store::Database copy(file, store::Database::Mode::ReadWriteCreate);
        copyDatabase(source.handle(), copy.handle(), "cannot back up " + projectFolder.string());
        // A standalone file: no -wal beside it to lose when it is copied or restored.
        copy.execute("PRAGMA journal_mode = DELETE");
    } catch (const store::StoreError& e) {
        ::umask(previous);
        fs::remove(file, error);
        throw UserError("cannot back up " + projectFolder.string() + ": " + e.what());
    } catch (...) {
        ::umask(previous);
        fs::remove(file, error);
        throw;
    }
    ::umask(previous);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, error);
    removeOldest(folder, keep, spare);
    for (const BackupInfo& info : listBackups(projectFolder))
        if (info.id == id)
            return info;
    throw UserError("cannot back up " + projectFolder.string() + ": the backup vanished");
}

} // namespace

fs::path backupFolder(const fs::path& projectFolder)
{
    return projectFolder / "backups";
}

BackupInfo backupDatabase(store::Database& source, const fs::path& projectFolder, const std::string& operation, int keep)
{
    return writeBackup(source, projectFolder, operation, keep, {});
}

BackupInfo backupProject(const fs::path& projectFolder, const std::string& operation, int keep)
{
    try {
        store::Database source(projectFolder / "project.db", store::Database::Mode::ReadOnly);
        return backupDatabase(source, projectFolder, operation, keep);
    } catch (const store::StoreError& e) {
        throw UserError("cannot back up " + projectFolder.string() + ": " + e.what());
    }
}

void pruneBackups(const fs::path& projectFolder, int keep)
{
    removeOldest(backupFolder(projectFolder), keep, {});
}

std::vector<BackupInfo> listBackups(const fs::path& projectFolder)
{
    static const std::regex name(R"(^(\d{8})-(\d{2})(\d{2})(\d{2})-(\d{3}(?:-\d+)?)_([A-Za-z0-9-]+)\.db$)");
    std::vector<BackupInfo> all;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(backupFolder(projectFolder), error)) {
        const std::string file = entry.path().filename().string();
        std::smatch m;
        if (!entry.is_regular_file() || !std::regex_match(file, m, name))
            continue;
        BackupInfo info;
        info.id = file.substr(0, file.find('_'));
        const std::string day = m[1].str();
        info.time = day.substr(0, 4) + "-" + day.substr(4, 2) + "-" + day.substr(6, 2) + "T" + m[2].str() + ":" +
                    m[3].str() + ":" + m[4].str() + "." + m[5].str().substr(0, 3) + "Z";
        info.operation = m[6].str();
        info.size = entry.file_size(error);
        info.file = entry.path();
        all.push_back(info);
    }
    std::sort(all.begin(), all.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.id > b.id; });
    return all;
}

BackupInfo restoreBackup(Project& project, const std::string& id)
{
    if (project.readOnly())
        throw UserError(project.folder().string() + ": opened read-only; cannot restore");
    const std::vector<BackupInfo> all = listBackups(project.folder());
    const auto chosen = std::find_if(all.begin(), all.end(), [&](const BackupInfo& b) { return b.id == id; });
    if (chosen == all.end())
        throw UserError(project.folder().string() + ": no backup '" + id + "' (see hilo backups)");
    try {
        store::Database backup(chosen->file, store::Database::Mode::ReadOnly);
        if (backup.queryInt("PRAGMA application_id") != store::kApplicationId)
            throw UserError(chosen->file.string() + ": not a Hilo project backup");
        auto check = backup.prepare("PRAGMA integrity_check");
        if (!check.step() || check.columnText(0) != "ok")
            throw UserError(chosen->file.string() + ": the backup is damaged (integrity check failed)");
    } catch (const store::StoreError& e) {
        throw UserError(chosen->file.string() + ": cannot read the backup: " + e.what());
    }
    const BackupInfo before = writeBackup(project.db(), project.folder(), "before-restore", kBackupsKept, chosen->file);
    try {
        store::Database backup(chosen->file, store::Database::Mode::ReadOnly);
        copyDatabase(backup.handle(), project.db().handle(), "cannot restore " + chosen->id);
    } catch (const store::StoreError& e) {
        throw UserError("cannot restore " + chosen->id + ": " + e.what());
    }
    // The index describes the state just replaced; it is derived, so it is rebuilt from nothing.
    std::error_code ignored;
    fs::remove_all(index::indexFolder(project.folder()), ignored);
    return before;
}

} // namespace hilo
