#include "write_policy.h"

#include "index/index_sync.h"
#include "text/user_error.h"

#include <filesystem>
#include <limits>

namespace hilo::ops {
namespace fs = std::filesystem;

void refreshIndex(Project& project, const OperationContext& context)
{
    try {
        syncIndex(project);
    } catch (const std::exception& e) {
        if (context.warn)
            context.warn(std::string("the change is saved, but the search index was not updated (") + e.what() +
                         "); it is brought up to date the next time the project is searched or changed");
    }
}

BackupBeforeWrite::BackupBeforeWrite(Project& project, const std::string& operation)
    : project_(project), hadFolder_(fs::exists(backupFolder(project.folder()))),
      changesBefore_(project.db().totalChanges())
{
    // No rotation yet: if this write is refused or cancelled, dropping this backup must leave
    // the older ones exactly as they were.
    info_ = backupDatabase(project.db(), project.folder(), operation, std::numeric_limits<int>::max());
}

BackupBeforeWrite::~BackupBeforeWrite()
{
    if (kept_)
        return;
    std::error_code ignored;
    fs::remove(info_.file, ignored);
    if (!hadFolder_)
        fs::remove(backupFolder(project_.folder()), ignored); // only when empty
}

void BackupBeforeWrite::keep()
{
    // A write that changed no row (every coding already there) needs no step back.
    if (project_.db().totalChanges() == changesBefore_)
        return;
    kept_ = true;
    pruneBackups(project_.folder());
}

void requireWritable(Project& project, const std::string& what)
{
    if (project.readOnly())
        throw UserError(project.folder().string() + ": opened read-only; cannot " + what);
}

} // namespace hilo::ops
