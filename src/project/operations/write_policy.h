#pragma once
// How every operation writes, decided here once for the CLI and the window alike:
//  - an operation reads and checks everything it can before it writes anything;
//  - a bulk change (import, merge, autocode, codebook merge or import) first keeps a backup of
//    project.db, taken only once the operation is about to write: a refused or cancelled one,
//    or one that found nothing to change, leaves `hilo backups` as it was, because the backup
//    it took is deleted again and older backups are pruned only after a write committed;
//  - the write itself is one transaction (the stores open it);
//  - afterwards the search index is brought up to date; failing that is a warning, never a
//    failure, because the change is saved and the index is derived (the next sync catches up).
// The window adds its undo record around the whole operation (ui/project_session.h).
#include "operation_context.h"
#include "project/project.h"
#include "project/project_backups.h"

#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace hilo::ops {

// Brings the search index up to date after a change, telling context.warn if it cannot.
void refreshIndex(Project& project, const OperationContext& context);

// A backup taken before a bulk write, dropped again unless the write went through.
class BackupBeforeWrite {
public:
    BackupBeforeWrite(Project& project, const std::string& operation);
    ~BackupBeforeWrite();
    BackupBeforeWrite(const BackupBeforeWrite&) = delete;
    BackupBeforeWrite& operator=(const BackupBeforeWrite&) = delete;

    // The write committed: keep this backup, if the write changed anything, and prune the
    // oldest beyond the number kept.
    void keep();
    const BackupInfo& info() const { return info_; }

private:
    Project& project_;
    bool hadFolder_ = false;
    bool kept_ = false;
    std::int64_t changesBefore_ = 0;
    BackupInfo info_;
};

// Runs `write` (which commits its own transaction) after a backup named "before-OPERATION",
// then refreshes the index. Returns what `write` returns.
template <typename Write>
auto writeWithBackup(Project& project, const std::string& operation, const OperationContext& context, Write&& write)
{
    BackupBeforeWrite backup(project, "before-" + operation);
    if constexpr (std::is_void_v<std::invoke_result_t<Write>>) {
        std::forward<Write>(write)();
        backup.keep();
        refreshIndex(project, context);
    } else {
        auto result = std::forward<Write>(write)();
        backup.keep();
        refreshIndex(project, context);
        return result;
    }
}

// The same for a small change, which takes no backup (one coding, one code's fields).
template <typename Write>
auto writeAndIndex(Project& project, const OperationContext& context, Write&& write)
{
    if constexpr (std::is_void_v<std::invoke_result_t<Write>>) {
        std::forward<Write>(write)();
        refreshIndex(project, context);
    } else {
        auto result = std::forward<Write>(write)();
        refreshIndex(project, context);
        return result;
    }
}

// Refuses any write to a project open read-only, naming what was refused.
void requireWritable(Project& project, const std::string& what);

} // namespace hilo::ops
