#include "project_backups.h"

#include "index/index_layout.h"
#include "store/schema.h"
#include "text/user_error.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <chrono>
#include <ctime>
#include <regex>

namespace hilo {
namespace fs = std::filesystem;

namespace {

constexpr const char* kBackupSuffix = ".db";
constexpr const char* kPartSuffix = ".part";

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

// Reads the SQLite header: a finished backup is a rollback-journal database of Hilo's whose
// size is what its header says. Catches 0-byte and truncated copies without reading them
// through (the full integrity check ran before the copy was named).
bool looksComplete(const fs::path& file, std::uintmax_t size)
{
    unsigned char header[100] = {};
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (in.gcount() != sizeof header || std::memcmp(header, "SQLite format 3", 16) != 0)
        return false;
    const auto big = [&](int at, int bytes) {
        std::uint64_t value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | header[at + i];
        return value;
    };
    const std::uint64_t pageSize = big(16, 2) == 1 ? 65536 : big(16, 2);
    const bool rollbackJournal = header[18] == 1 && header[19] == 1;
    const bool pageCountValid = big(24, 4) == big(92, 4);
    return rollbackJournal && pageCountValid && pageSize >= 512 &&
           static_cast<std::int64_t>(big(68, 4)) == store::kApplicationId && pageSize * big(28, 4) == size;
}

std::string integrityOf(store::Database& db)
{
    auto check = db.prepare("PRAGMA integrity_check(1)");
    return check.step() ? check.columnText(0) : "no answer";
}

const std::regex& backupName()
{
    static const std::regex name(R"(^(\d{8})-(\d{2})(\d{2})(\d{2})-(\d{3}(?:-\d+)?)_([A-Za-z0-9-]+)\.db$)");
    return name;
}

// A kill or a full disk can leave a half-written copy: the .part file and its journal are
// removed by the next writer (backups are written only under the writer lock), with journals
// left beside backups (they would make SQLite want to write to a backup) and backups an older
// Hilo left truncated.
void removeUnfinishedCopies(const fs::path& folder)
{
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        const bool part = name.find(kPartSuffix) != std::string::npos;
        const bool journal = name.size() > 8 && name.compare(name.size() - 8, 8, "-journal") == 0;
        std::error_code ignored;
        const bool truncated = std::regex_match(name, backupName()) && entry.is_regular_file(ignored) &&
                               !looksComplete(entry.path(), entry.file_size(ignored));
        if (part || journal || truncated)
            fs::remove(entry.path(), ignored);
    }
}

// The backup named `id`, checked through before it replaces anything.
BackupInfo verifiedBackup(const fs::path& projectFolder, const std::string& id)
{
    const std::vector<BackupInfo> all = listBackups(projectFolder);
    const auto chosen = std::find_if(all.begin(), all.end(), [&](const BackupInfo& b) { return b.id == id; });
    if (chosen == all.end())
        throw UserError(projectFolder.string() + ": no complete backup '" + id + "' (see hilo backups)");
    try {
        store::Database backup(chosen->file, store::Database::Mode::ReadOnly);
        if (backup.queryInt("PRAGMA application_id") != store::kApplicationId)
            throw UserError(chosen->file.string() + ": not a Hilo project backup");
        if (integrityOf(backup) != "ok")
            throw UserError(chosen->file.string() + ": the backup is damaged (integrity check failed)");
    } catch (const store::StoreError& e) {
        throw UserError(chosen->file.string() + ": cannot read the backup: " + e.what());
    }
    return *chosen;
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
    removeUnfinishedCopies(folder);

    std::string id = newBackupId();
    fs::path file = folder / (id + "_" + safeOperation(operation) + kBackupSuffix);
    for (int n = 1; fs::exists(file); ++n) { // two backups in one millisecond
        id = newBackupId() + "-" + std::to_string(n);
        file = folder / (id + "_" + safeOperation(operation) + kBackupSuffix);
    }
    // Written under a name the listing ignores, checked, and only then given its own name: a
    // backup that is listed is complete.
    fs::path part = file;
    part += kPartSuffix;
    const mode_t previous = ::umask(0077);
    try {
        {
            store::Database copy(part, store::Database::Mode::ReadWriteCreate);
            copyDatabase(source.handle(), copy.handle(), "cannot back up " + projectFolder.string());
            // A standalone file: no -wal beside it to lose when it is copied or restored.
            copy.execute("PRAGMA journal_mode = DELETE");
            const std::string integrity = integrityOf(copy);
            if (integrity != "ok")
                throw UserError("cannot back up " + projectFolder.string() +
                                ": the copy failed its integrity check (" + integrity +
                                "); the project database may be damaged (hilo doctor)");
        }
        ::umask(previous);
        fs::permissions(part, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, error);
        fs::rename(part, file);
    } catch (const store::StoreError& e) {
        ::umask(previous);
        fs::remove(part, error);
        throw UserError("cannot back up " + projectFolder.string() + ": " + e.what());
    } catch (const fs::filesystem_error& e) {
        fs::remove(part, error);
        throw UserError("cannot back up " + projectFolder.string() + ": " + e.code().message());
    } catch (...) {
        ::umask(previous);
        fs::remove(part, error);
        throw;
    }
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
    std::vector<BackupInfo> all;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(backupFolder(projectFolder), error)) {
        const std::string file = entry.path().filename().string();
        std::smatch m;
        if (!entry.is_regular_file(error) || !std::regex_match(file, m, backupName()))
            continue;
        BackupInfo info;
        info.id = file.substr(0, file.find('_'));
        const std::string day = m[1].str();
        info.time = day.substr(0, 4) + "-" + day.substr(4, 2) + "-" + day.substr(6, 2) + "T" + m[2].str() + ":" +
                    m[3].str() + ":" + m[4].str() + "." + m[5].str().substr(0, 3) + "Z";
        info.operation = m[6].str();
        info.size = entry.file_size(error);
        info.file = entry.path();
        if (!error && looksComplete(info.file, info.size))
            all.push_back(info);
    }
    std::sort(all.begin(), all.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.id > b.id; });
    return all;
}

BackupInfo restoreBackup(Project& project, const std::string& id)
{
    if (project.readOnly())
        throw UserError(project.folder().string() + ": opened read-only; cannot restore");
    removeUnfinishedCopies(backupFolder(project.folder()));
    const BackupInfo chosen = verifiedBackup(project.folder(), id);
    const BackupInfo before = writeBackup(project.db(), project.folder(), "before-restore", kBackupsKept, chosen.file);
    try {
        store::Database backup(chosen.file, store::Database::Mode::ReadOnly);
        copyDatabase(backup.handle(), project.db().handle(), "cannot restore " + chosen.id);
    } catch (const store::StoreError& e) {
        throw UserError("cannot restore " + chosen.id + ": " + e.what());
    }
    // The index describes the state just replaced; it is derived, so it is rebuilt from nothing.
    std::error_code ignored;
    fs::remove_all(index::indexFolder(project.folder()), ignored);
    return before;
}

bool databaseIsSound(store::Database& db)
{
    try {
        return integrityOf(db) == "ok";
    } catch (const store::StoreError& e) {
        if (e.isDamage())
            return false;
        throw;
    }
}

fs::path restoreOverDamaged(const fs::path& projectFolder, const std::string& id)
{
    const WriterLock lock(projectFolder);
    removeUnfinishedCopies(backupFolder(projectFolder));
    const BackupInfo chosen = verifiedBackup(projectFolder, id);
    const fs::path database = projectFolder / "project.db";
    const fs::path restoring = projectFolder / "project.db.restoring";
    std::error_code error;
    fs::remove(restoring, error);
    fs::remove(fs::path(restoring.string() + "-journal"), error);
    const mode_t previous = ::umask(0077);
    try {
        store::Database backup(chosen.file, store::Database::Mode::ReadOnly);
        store::Database copy(restoring, store::Database::Mode::ReadWriteCreate);
        copyDatabase(backup.handle(), copy.handle(), "cannot restore " + chosen.id);
        copy.execute("PRAGMA journal_mode = DELETE");
    } catch (const store::StoreError& e) {
        ::umask(previous);
        fs::remove(restoring, error);
        throw UserError("cannot restore " + chosen.id + ": " + e.what());
    }
    ::umask(previous);

    // The damaged file is kept for whoever wants to look into it; project.db itself is replaced
    // in one rename, so a kill at any point leaves either the damaged or the restored database.
    fs::path kept;
    if (fs::exists(database, error)) {
        kept = projectFolder / ("project.db.damaged-" + newBackupId());
        fs::create_hard_link(database, kept, error);
        if (error)
            fs::copy_file(database, kept, error);
        if (error)
            throw UserError(database.string() + ": cannot keep the damaged database aside: " + error.message());
    }
    // Its write-ahead log belongs to the damaged file: beside the restored one SQLite would
    // replay it into the wrong database.
    fs::rename(fs::path(database.string() + "-wal"), fs::path(kept.string() + "-wal"), error);
    fs::remove(fs::path(database.string() + "-wal"), error);
    fs::remove(fs::path(database.string() + "-shm"), error);
    fs::rename(restoring, database, error);
    if (error)
        throw UserError(database.string() + ": cannot put the backup in place: " + error.message());
    fs::remove_all(index::indexFolder(projectFolder), error);
    return kept;
}

} // namespace hilo
