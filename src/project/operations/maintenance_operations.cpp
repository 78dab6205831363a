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

RestoreReport restoreProject(const std::filesystem::path& folder, const std::string& id, const OperationContext& context)
{
    try {
        Project project = Project::open(folder);
        if (databaseIsSound(project.db()))
            return {id, restore(project, id, context).id, {}};
    } catch (const DamagedProjectError&) {
        // Restored over below, once this process no longer holds the file open.
    }
    RestoreReport report{id, {}, restoreOverDamaged(folder, id)};
    Project restored = Project::open(folder);
    refreshIndex(restored, context);
    return report;
}

IndexSyncReport reindex(Project& project, const OperationContext& context)
{
    requireWritable(project, "rebuild the search index");
    return rebuildIndex(project, [&](std::size_t done, std::size_t total) { checkProgress(context.progress, done, total); });
}

} // namespace hilo::ops
