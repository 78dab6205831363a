// The index follows the store: the queue filled by triggers, syncIndex, and rebuilding.
#include "index_fixture.h"
#include "index/index_layout.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <xapian.h>

using namespace hilo;
using namespace hilo::test;
namespace fs = std::filesystem;

TEST_CASE("adding, removing and recoding a coding shows in the next search", "[index]")
{
    SearchFixture f;
    REQUIRE(indexIsFresh(f.project));
    const std::int64_t added = f.codeText(f.fw01, "Phones", "Impact", f.ana);
    CHECK_FALSE(indexIsFresh(f.project));
    CHECK(f.project.db().queryInt("SELECT count(*) FROM index_queue") == 1);
    const IndexSyncReport report = syncIndex(f.project);
    CHECK_FALSE(report.rebuilt);
    CHECK(report.sourcesIndexed == 1); // only FW01's documents were rewritten
    CHECK(indexIsFresh(f.project));
    CHECK(f.ids("kind:coding code:Impact") == std::set<std::string>{"coding:" + std::to_string(added)});
    CHECK(f.find("kind:turn code:Impact phone").total == 1);

    // Recoding: moving Impact under Disclosure changes the ancestors of its codings.
    f.codebook.move("Impact", "Disclosure");
    syncIndex(f.project);
    CHECK(f.find("kind:coding code:Disclosure").total == 3);

    // Merging a code changes the code of its codings.
    f.codebook.merge("Disclosure/Impact", "Disclosure/Barriers/Embarrassment");
    syncIndex(f.project);
    CHECK(f.find("kind:coding code:Embarrassment").total == 2);

    // Merging may keep or replace the coding row: find it again by what it is.
    const auto merged = f.find("kind:coding code:Embarrassment group:FW");
    REQUIRE(merged.total == 1);
    f.codings.remove(merged.hits.at(0).id);
    syncIndex(f.project);
    CHECK(f.find("kind:coding code:Embarrassment").total == 1);
    CHECK(f.find("kind:turn coder:Ana group:FW").total == 0);
    CHECK(f.project.db().queryInt("SELECT count(*) FROM index_queue") == 0);
}

TEST_CASE("the index folder is owner-only and records the change counter", "[index]")
{
    SearchFixture f;
    struct stat info {};
    REQUIRE(::stat(index::indexFolder(f.project.folder()).c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    CHECK(indexIsFresh(f.project));
    // A change that touches nothing indexed moves the counter only: no documents rewritten.
    f.codebook.update("Impact", {.memo = std::string("a memo")});
    CHECK_FALSE(indexIsFresh(f.project));
    CHECK(syncIndex(f.project).sourcesIndexed == 0);
    CHECK(indexIsFresh(f.project));
}

TEST_CASE("a deleted index is rebuilt with identical results", "[index]")
{
    SearchFixture f;
    const std::vector<std::string> queries = {"verguenza", "kind:coding", "code:Disclosure", "phone OR niña", "group:FW NOT role:interviewer"};
    std::vector<std::set<std::string>> before;
    for (const std::string& query : queries)
        before.push_back(f.ids(query));
    const fs::path folder = f.project.folder();
    fs::remove_all(index::indexFolder(folder));
    {
        Project reopened = Project::open(folder, Project::Access::ReadOnly);
        CHECK_FALSE(indexIsFresh(reopened));
    }
    const IndexSyncReport report = syncIndex(f.project);
    CHECK(report.rebuilt);
    CHECK(report.sourcesIndexed == 2);
    for (std::size_t i = 0; i < queries.size(); ++i)
        CHECK(f.ids(queries[i]) == before[i]);
}

TEST_CASE("an index written in an older layout is rebuilt on the next sync", "[index]")
{
    SearchFixture f;
    {
        Xapian::WritableDatabase index((f.project.folder() / "index").string(), Xapian::DB_OPEN);
        index.set_metadata("hilo_index_layout", "1");
        index.commit();
    }
    CHECK_FALSE(indexIsFresh(f.project));
    CHECK(syncIndex(f.project).rebuilt);
    CHECK(indexIsFresh(f.project));
    CHECK(f.find("vergüenza").total == 2);
}
