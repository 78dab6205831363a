#include "index_writing.h"

#include "handoff_queue.h"
#include "index_layout.h"
#include "source_documents.h"

#include <xapian.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace hilo::index {
namespace fs = std::filesystem;
namespace {

void makeOwnerOnlyFolder(const fs::path& folder)
{
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace);
}

void recordState(Xapian::WritableDatabase& database, std::int64_t changeCounter)
{
    database.set_metadata(kCounterKey, std::to_string(changeCounter));
    database.set_metadata(kLayoutKey, kLayoutVersion);
}

// Runs `build` for each source on a thread of its own and hands the results to `writers`
// threads (the calling thread is the first of them). SQLite is used by the builder alone.
// The first failure on any thread stops the others and is rethrown here.
template <typename Write>
void pipeline(Project& project, const std::set<std::int64_t>& sources, int writers, const IndexProgress& progress,
              Write&& write)
{
    const CodeTree codes = CodeTree::load(project);
    HandoffQueue<SourceDocuments> built(16);
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto fail = [&] {
        std::lock_guard lock(failureMutex);
        if (!failure)
            failure = std::current_exception();
        built.abandon();
    };
    std::thread builder([&] {
        try {
            TermCache terms;
            for (std::int64_t source : sources)
                if (!built.push(buildSourceDocuments(project, codes, terms, source)))
                    break;
        } catch (...) {
            fail();
        }
        built.close();
    });
    std::atomic<std::size_t> done = 0;
    const auto drain = [&](int writer, bool reports) {
        try {
            while (std::optional<SourceDocuments> next = built.pop()) {
                write(writer, *next);
                const std::size_t now = ++done;
                if (reports && progress)
                    progress(now, sources.size());
            }
        } catch (...) {
            fail();
        }
    };
    std::vector<std::thread> others;
    for (int writer = 1; writer < writers; ++writer)
        others.emplace_back(drain, writer, false);
    drain(0, true); // progress is reported on the caller's thread only
    for (std::thread& other : others)
        other.join();
    builder.join();
    if (failure)
        std::rethrow_exception(failure);
    if (progress)
        progress(sources.size(), sources.size());
}

void replaceFolder(const fs::path& built, const fs::path& folder)
{
    const fs::path old = folder.string() + ".old";
    fs::remove_all(old);
    if (fs::exists(folder))
        fs::rename(folder, old);
    fs::rename(built, folder);
    fs::remove_all(old);
}

} // namespace

std::size_t writeFreshIndex(Project& project, const std::set<std::int64_t>& sources, const fs::path& folder,
                            std::int64_t changeCounter, const IndexProgress& progress)
{
    const fs::path shardFolder = folder.string() + ".shards";
    const fs::path building = folder.string() + ".building";
    // A failed or cancelled rebuild leaves nothing half-built beside the intact index.
    struct Cleanup {
        std::vector<fs::path> folders;
        ~Cleanup()
        {
            std::error_code ignored;
            for (const fs::path& each : folders)
                fs::remove_all(each, ignored);
        }
    } cleanup{{shardFolder, building}};
    fs::remove_all(shardFolder);
    fs::remove_all(building);
    makeOwnerOnlyFolder(shardFolder);
    std::vector<Xapian::WritableDatabase> shards;
    for (int shard = 0; shard < kShardCount; ++shard)
        shards.emplace_back((shardFolder / ("shard" + std::to_string(shard))).string(), Xapian::DB_CREATE_OR_OVERWRITE);
    // Each shard has its own writer thread: Xapian's write path is most of indexing time.
    std::vector<std::size_t> written(kShardCount, 0);
    pipeline(project, sources, kShardCount, progress, [&](int shard, SourceDocuments& documents) {
        written[static_cast<std::size_t>(shard)] +=
            writeSourceDocuments(shards[static_cast<std::size_t>(shard)], documents, true);
    });
    recordState(shards.front(), changeCounter); // compaction keeps the first shard's metadata
    Xapian::Database all;
    for (Xapian::WritableDatabase& shard : shards) {
        shard.commit();
        all.add_database(shard);
    }
    // One database searches faster than shards (one cursor per table instead of one per shard)
    // and numbers its documents plainly, as the facet columns need. Compacting takes seconds
    // against the minutes the shards save.
    makeOwnerOnlyFolder(building);
    all.compact(building.string());
    all.close();
    shards.clear();
    replaceFolder(building, folder);
    std::size_t total = 0;
    for (std::size_t count : written)
        total += count;
    return total;
}

std::size_t updateIndex(Project& project, const std::set<std::int64_t>& sources, const fs::path& folder,
                        std::int64_t changeCounter, const IndexProgress& progress)
{
    Xapian::WritableDatabase database(folder.string(), Xapian::DB_OPEN);
    // One transaction: a reader sees the old documents or the new ones, never half of them.
    database.begin_transaction();
    std::size_t written = 0;
    pipeline(project, sources, 1, progress,
             [&](int, SourceDocuments& documents) { written += writeSourceDocuments(database, documents, false); });
    recordState(database, changeCounter);
    database.commit_transaction();
    return written;
}

} // namespace hilo::index
