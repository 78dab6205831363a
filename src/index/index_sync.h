#pragma once
// Keeping Study.hilo/index/ in step with project.db. The index is derived data: it can be
// deleted at any time and is rebuilt from the store.
//
// Triggers (schema migration 3) fill `index_queue` with the sources (and moved codes) that
// changed, in the same transaction as the change. syncIndex() re-indexes those sources, commits
// the Xapian database once, then records the project's change counter in the index metadata
// and clears the queue. If Hilo stops between the two, the queue is processed again: re-indexing
// is idempotent.
#include "project/project.h"
#include "text/user_error.h"

#include <cstdint>
#include <functional>
#include <string>

namespace hilo {

// (sources done, sources in all)
using IndexProgress = std::function<void(std::size_t, std::size_t)>;

struct IndexSyncReport {
    bool rebuilt = false;
    std::size_t sourcesIndexed = 0;
    std::size_t documents = 0; // written in this run
    std::int64_t changeCounter = 0;
};

// True when the index exists and was built at the project's current change counter with
// nothing queued. Works on a read-only project.
bool indexIsFresh(Project& project);

// The index's files are damaged (a disk fault, a copy cut short): searching it fails. Derived
// data: rebuilding it from project.db is the way back.
class IndexDamagedError : public UserError {
public:
    explicit IndexDamagedError(const std::string& detail)
        : UserError("the search index is damaged (" + detail + "); hilo doctor --repair or hilo reindex rebuilds it")
    {
    }
};

// Reads the whole index through (Xapian's own check): false when any table is damaged. Slow on
// a large index, so only `hilo doctor` asks.
bool indexIsSound(Project& project);

// Brings the index up to date: rebuilds it when missing or unreadable, otherwise processes the
// queue. Needs a read-write project. Xapian errors become UserError.
IndexSyncReport syncIndex(Project& project, const IndexProgress& progress = {});

// Deletes the index and builds it again from every source, in one Xapian commit.
IndexSyncReport rebuildIndex(Project& project, const IndexProgress& progress = {});

} // namespace hilo
