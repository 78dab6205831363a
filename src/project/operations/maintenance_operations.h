#pragma once
// Keeping a project healthy, as `hilo restore|reindex` and File ▸ Rebuild Search Index run it.
#include "index/index_sync.h"
#include "operation_context.h"
#include "project/project.h"
#include "project/project_backups.h"

#include <string>

namespace hilo::ops {

// Brings back backup `id` (the state before is kept as a backup first), then rebuilds the
// index. Returns the backup of the state before.
BackupInfo restore(Project& project, const std::string& id, const OperationContext& context = {});

// Builds the index again from project.db beside the live one, swapping it in when complete; a
// cancel (through context.progress, counting sources) leaves the old index as it was.
IndexSyncReport reindex(Project& project, const OperationContext& context = {});

} // namespace hilo::ops
