#include "maintenance_operations.h"

#include "write_policy.h"

namespace hilo::ops {

BackupInfo restore(Project& project, const std::string& id, const OperationContext& context)
{
    requireWritable(project, "restore");
    const BackupInfo before = restoreBackup(project, id);
    refreshIndex(project, context);
    return before;
}

IndexSyncReport reindex(Project& project, const OperationContext& context)
{
    requireWritable(project, "rebuild the search index");
    return rebuildIndex(project, [&](std::size_t done, std::size_t total) { checkProgress(context.progress, done, total); });
}

} // namespace hilo::ops
