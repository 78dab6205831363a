#pragma once
// Keeping a project healthy, as `hilo restore|reindex` and File ▸ Rebuild Search Index run it.
#include "index/index_sync.h"
#include "operation_context.h"
#include "project/project.h"
#include "project/project_backups.h"

#include <filesystem>
#include <string>

namespace hilo::ops {

// Brings back backup `id` (the state before is kept as a backup first), then rebuilds the
// index. Returns the backup of the state before.
BackupInfo restore(Project& project, const std::string& id, const OperationContext& context = {});

struct RestoreReport {
    std::string restored;                 // the backup brought back
    std::string previousStateBackup;      // the backup of the state before, when it was sound
    std::filesystem::path damagedDatabase; // where a damaged project.db was kept aside, if so
};

// `hilo restore`: restores into a sound project as above; into one whose project.db is damaged
// (it cannot be opened, or fails its integrity check) by putting the damaged file aside, since a
// backup of it would be worthless. The index is rebuilt either way.
RestoreReport restoreProject(const std::filesystem::path& folder, const std::string& id,
                             const OperationContext& context = {});

// Builds the index again from project.db beside the live one, swapping it in when complete; a
// cancel (through context.progress, counting sources) leaves the old index as it was.
IndexSyncReport reindex(Project& project, const OperationContext& context = {});

} // namespace hilo::ops
