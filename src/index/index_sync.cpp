#include "index_sync.h"

#include "store/owner_only_files.h"

#include "index_layout.h"
#include "project/codebook_store.h"
#include "index_writing.h"
#include "store/database.h"
#include "text/user_error.h"

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

namespace hilo {
namespace fs = std::filesystem;
using index::indexExists;
using index::indexFolder;

namespace {

std::optional<std::int64_t> indexedCounter(const Xapian::Database& database)
{
    const std::string value = database.get_metadata(index::kCounterKey);
    if (value.empty())
        return std::nullopt;
    try {
        return std::stoll(value);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

bool hasCurrentLayout(const Xapian::Database& database)
{
    return database.get_metadata(index::kLayoutKey) == index::kLayoutVersion;
}

std::int64_t queuedCount(Project& project)
{
    return project.db().queryInt("SELECT count(*) FROM index_queue");
}

// The sources the queue names, with moved codes resolved to the sources coded with their
// subtree (their documents' ancestor terms changed).
std::set<std::int64_t> queuedSources(Project& project)
{
    std::set<std::int64_t> sources;
    std::vector<std::int64_t> codes;
    auto queue = project.db().prepare("SELECT kind, id FROM index_queue");
    while (queue.step()) {
        if (queue.columnText(0) == "source")
            sources.insert(queue.columnInt(1));
        else
            codes.push_back(queue.columnInt(1));
    }
    CodebookStore codebook(project);
    auto coded = project.db().prepare("SELECT DISTINCT source_id FROM codings WHERE code_id = ?");
    for (std::int64_t code : codes) {
        if (!codebook.findById(code))
            continue; // deleted since: its codings went first and queued their sources
        for (std::int64_t id : codebook.subtreeIds(code)) {
            coded.bind(1, id);
            while (coded.step())
                sources.insert(coded.columnInt(0));
            coded.reset();
        }
    }
    return sources;
}

IndexSyncReport writeSources(Project& project, const std::set<std::int64_t>& sources, bool fresh,
                             const IndexProgress& progress)
{
    const fs::path folder = indexFolder(project.folder());
    IndexSyncReport report;
    report.rebuilt = fresh;
    report.changeCounter = project.changeCounter();
    report.sourcesIndexed = sources.size();
    report.documents = fresh ? index::writeFreshIndex(project, sources, folder, report.changeCounter, progress)
                             : index::updateIndex(project, sources, folder, report.changeCounter, progress);
    store::Transaction transaction(project.db());
    project.db().execute("DELETE FROM index_queue");
    transaction.commit();
    return report;
}

template <typename Work>
auto translatingXapianErrors(Work&& work)
{
    try {
        return work();
    } catch (const Xapian::Error& e) {
        throw UserError("search index: " + e.get_description() + " (run `hilo reindex` to rebuild it)");
    }
}

} // namespace

bool indexIsFresh(Project& project)
{
    const fs::path folder = indexFolder(project.folder());
    if (!indexExists(folder))
        return false;
    try {
        Xapian::Database database(folder.string());
        return hasCurrentLayout(database) && indexedCounter(database) == project.changeCounter() &&
               queuedCount(project) == 0;
    } catch (const Xapian::Error&) {
        return false;
    }
}

bool indexIsSound(Project& project)
{
    const fs::path folder = indexFolder(project.folder());
    if (!indexExists(folder))
        return false;
    // Every table read through the paths a search takes; Xapian's own check would need write
    // access, which a project on read-only media does not give.
    try {
        const Xapian::Database database(folder.string());
        for (auto term = database.allterms_begin(); term != database.allterms_end(); ++term) {
            for (auto posting = database.postlist_begin(*term); posting != database.postlist_end(*term); ++posting)
                if (term.get_termfreq() > 0 && posting.get_wdf() > 0)
                    (void)database.positionlist_begin(*posting, *term);
        }
        for (auto id = database.postlist_begin(""); id != database.postlist_end(""); ++id) {
            const Xapian::Document document = database.get_document(*id);
            (void)document.get_data();
            for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
            }
        }
        return true;
    } catch (const Xapian::Error&) {
        return false;
    }
}

IndexSyncReport rebuildIndex(Project& project, const IndexProgress& progress)
{
    const OwnerOnlyFiles ownerOnly; // the index holds transcript words
    if (project.readOnly())
        throw UserError(project.folder().string() + ": the search index can only be rebuilt by a writer");
    return translatingXapianErrors([&] {
        std::set<std::int64_t> sources;
        auto all = project.db().prepare("SELECT id FROM sources ORDER BY id");
        while (all.step())
            sources.insert(all.columnInt(0));
        return writeSources(project, sources, true, progress);
    });
}

IndexSyncReport syncIndex(Project& project, const IndexProgress& progress)
{
    const OwnerOnlyFiles ownerOnly; // the index holds transcript words
    if (project.readOnly())
        throw UserError(project.folder().string() + ": the search index can only be updated by a writer");
    const fs::path folder = indexFolder(project.folder());
    if (!indexExists(folder))
        return rebuildIndex(project, progress);
    std::optional<std::int64_t> counter;
    bool unusable = false;
    try {
        const Xapian::Database database(folder.string());
        unusable = !hasCurrentLayout(database); // written by an older Hilo
        counter = indexedCounter(database);
    } catch (const Xapian::Error&) {
        unusable = true; // corrupt or from an incompatible Xapian: derived data
    }
    if (unusable)
        return rebuildIndex(project, progress);
    const std::int64_t current = project.changeCounter();
    // No counter, or one from the future (project.db restored from a backup): the queue does not
    // describe the difference, so start again.
    if (!counter || *counter > current)
        return rebuildIndex(project, progress);
    if (*counter == current && queuedCount(project) == 0) {
        IndexSyncReport report;
        report.changeCounter = current;
        return report;
    }
    // Changes that touch nothing indexed (a code's definition) move the counter and queue
    // nothing; writing just the counter is then enough. When most sources changed (a bulk
    // autocode, a merge), building afresh in parallel shards beats deleting and re-adding.
    const std::set<std::int64_t> queued = queuedSources(project);
    constexpr std::size_t kBulk = 64;
    if (queued.size() >= kBulk &&
        queued.size() * 2 > static_cast<std::size_t>(project.db().queryInt("SELECT count(*) FROM sources")))
        return rebuildIndex(project, progress);
    return translatingXapianErrors([&] { return writeSources(project, queued, false, progress); });
}

} // namespace hilo
