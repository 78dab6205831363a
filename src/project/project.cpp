#include "project.h"

#include "project_backups.h"
#include "store/schema.h"
#include "text/user_error.h"

#include <sys/stat.h>
#include <sys/statvfs.h>

#include <fstream>

namespace hilo {
namespace fs = std::filesystem;

namespace {

constexpr const char* kDatabaseName = "project.db";

// A project holds transcripts about children: only its owner may read it.
void makeOwnerOnly(const fs::path& path, fs::perms perms)
{
    std::error_code error;
    fs::permissions(path, perms, fs::perm_options::replace, error);
    if (error)
        throw UserError("cannot restrict permissions of " + path.string() + ": " + error.message());
}

bool isSqliteFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    return in.gcount() == sizeof magic && std::string_view(magic, 15) == "SQLite format 3";
}

// On read-only media SQLite cannot create the shared-memory file WAL mode reads through; the
// file cannot change there either, so it is read as immutable, unless its write-ahead log holds
// changes not yet in the file, which only a writer can bring in.
store::Database::Mode databaseMode(const fs::path& folder, Project::Access access)
{
    if (access == Project::Access::ReadWrite)
        return store::Database::Mode::ReadWrite;
    struct statvfs media {};
    if (::statvfs(folder.c_str(), &media) != 0 || (media.f_flag & ST_RDONLY) == 0)
        return store::Database::Mode::ReadOnly;
    std::error_code error;
    const fs::path wal = folder / (std::string(kDatabaseName) + "-wal");
    if (fs::exists(wal, error) && fs::file_size(wal, error) > 0) {
        // SQLite reads a log through an existing shared-memory file without writing to it.
        if (fs::exists(folder / (std::string(kDatabaseName) + "-shm"), error))
            return store::Database::Mode::ReadOnly;
        throw UserError(folder.string() + ": is on read-only media with changes still in project.db-wal, which only a "
                                          "writer can bring in; copy the project to a writable disk and open it there");
    }
    return store::Database::Mode::ReadOnlyMedia;
}

} // namespace

void requireProjectFolder(const fs::path& folder)
{
    std::error_code error;
    if (!fs::exists(folder, error))
        throw UserError(folder.string() + ": no such project (create one with 'hilo init')");
    if (!fs::is_directory(folder, error) ||
        (!fs::exists(folder / kDatabaseName, error) && !fs::is_directory(backupFolder(folder), error)))
        throw UserError(folder.string() + ": not a Hilo project (no project.db inside)");
}

Project::Project(fs::path folder, std::unique_ptr<WriterLock> lock, std::unique_ptr<store::Database> db,
                 Access access)
    : folder_(std::move(folder)), lock_(std::move(lock)), db_(std::move(db)), access_(access)
{
}

Project Project::create(const fs::path& folder)
{
    std::error_code error;
    if (fs::exists(folder, error)) {
        if (!fs::is_directory(folder) || !fs::is_empty(folder))
            throw UserError(folder.string() + ": already exists; choose a new project name");
    } else if (!fs::create_directories(folder, error) || error) {
        throw UserError(folder.string() + ": cannot create the project folder: " + error.message());
    }
    makeOwnerOnly(folder, fs::perms::owner_all);

    // SQLite creates its files with the process umask; make them owner-only from the start.
    const mode_t previous = ::umask(0077);
    try {
        auto lock = std::make_unique<WriterLock>(folder);
        auto db = std::make_unique<store::Database>(folder / kDatabaseName, store::Database::Mode::ReadWriteCreate);
        store::configureConnection(*db);
        store::migrate(*db);
        ::umask(previous);
        makeOwnerOnly(folder / kDatabaseName, fs::perms::owner_read | fs::perms::owner_write);
        return Project(folder, std::move(lock), std::move(db), Access::ReadWrite);
    } catch (...) {
        ::umask(previous);
        throw;
    }
}

Project Project::open(const fs::path& folder, Access access)
{
    std::error_code error;
    if (!fs::exists(folder, error))
        throw UserError(folder.string() + ": no such project (create one with 'hilo init')");
    const fs::path database = folder / kDatabaseName;
    if (!fs::is_directory(folder, error))
        throw UserError(folder.string() + ": not a Hilo project (no project.db inside)");
    if (!fs::is_regular_file(database, error) || !isSqliteFile(database)) {
        // Backups beside it say this was a project whose database was lost or overwritten.
        if (!listBackups(folder).empty())
            throw DamagedProjectError(folder, fs::exists(database, error) ? "damaged (not a database file)" : "missing");
        throw UserError(folder.string() + ": not a Hilo project (no project.db inside)");
    }

    const mode_t previous = ::umask(0077); // WAL and shared-memory files, owner-only too
    std::unique_ptr<WriterLock> lock;
    std::unique_ptr<store::Database> db;
    try {
        if (access == Access::ReadWrite)
            lock = std::make_unique<WriterLock>(folder);
        db = std::make_unique<store::Database>(database, databaseMode(folder, access));
        if (db->queryInt("PRAGMA application_id") != store::kApplicationId)
            throw UserError(folder.string() + ": not a Hilo project (project.db belongs to another program)");
        const auto version = db->queryInt("PRAGMA user_version");
        if (version > store::currentSchemaVersion())
            throw UserError(folder.string() + ": written by a newer Hilo (schema " + std::to_string(version) +
                            ", this Hilo reads up to " + std::to_string(store::currentSchemaVersion()) +
                            "); update Hilo to open it");
        if (access == Access::ReadWrite) {
            store::configureConnection(*db);
            // A migration rewrites the schema: keep the database as it was, in case.
            if (version < store::currentSchemaVersion())
                backupDatabase(*db, folder, "before-migration-to-" + std::to_string(store::currentSchemaVersion()));
            store::migrate(*db);
        } else {
            db->execute("PRAGMA foreign_keys = ON");
        }
    } catch (const store::StoreError& e) {
        ::umask(previous);
        if (e.isDamage())
            throw DamagedProjectError(folder, "damaged (" + std::string(e.what()) + ")");
        throw UserError(folder.string() + ": cannot open the project: " + e.what());
    } catch (...) {
        ::umask(previous);
        throw;
    }
    ::umask(previous);
    return Project(folder, std::move(lock), std::move(db), access);
}

std::int64_t Project::changeCounter()
{
    return db_->queryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'change_counter'");
}

} // namespace hilo
