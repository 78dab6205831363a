#include "project/project.h"
#include "project/source_store.h"
#include "store/schema.h"
#include "support/temp_folder.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace hilo;
using hilo::test::TempFolder;
namespace fs = std::filesystem;

namespace {
unsigned permissionBits(const fs::path& path)
{
    struct stat info {};
    ::stat(path.c_str(), &info);
    return info.st_mode & 0777U;
}
} // namespace

TEST_CASE("a new project is an owner-only folder with a WAL SQLite store at the current schema", "[store]")
{
    const TempFolder folder;
    const fs::path path = folder / "Study.hilo";
    {
        Project project = Project::create(path);
        CHECK(project.db().queryInt("PRAGMA application_id") == store::kApplicationId);
        CHECK(project.db().queryInt("PRAGMA user_version") == store::currentSchemaVersion());
        CHECK(project.db().queryInt("PRAGMA foreign_keys") == 1);
        auto mode = project.db().prepare("PRAGMA journal_mode");
        mode.step();
        CHECK(mode.columnText(0) == "wal");
    }
    CHECK(permissionBits(path) == 0700U);
    CHECK(permissionBits(path / "project.db") == 0600U);

    Project reopened = Project::open(path);
    SourceStore store(reopened);
    const std::vector<GroupInfo> groups = store.groups();
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].tag == "YP");
    CHECK(groups[1].tag == "FW");
    CHECK(groups[2].label == "Justice professionals");
}

TEST_CASE("creating over an existing folder with content is refused", "[store]")
{
    const TempFolder folder;
    folder.write("notes.txt", "x");
    CHECK_THROWS_WITH(Project::create(folder.path()), Catch::Contains("already exists"));
}

TEST_CASE("folders that are not projects, and projects from a newer Hilo, are clear errors", "[store]")
{
    const TempFolder folder;
    CHECK_THROWS_WITH(Project::open(folder / "Missing.hilo"), Catch::Contains("no such project"));
    CHECK_THROWS_WITH(Project::open(folder.path()), Catch::Contains("not a Hilo project"));
    fs::create_directories(folder / "Fake.hilo");
    folder.write("Fake.hilo/project.db", "this is not a database at all, just some text");
    CHECK_THROWS_WITH(Project::open(folder / "Fake.hilo"), Catch::Contains("not a Hilo project"));
    {
        fs::create_directories(folder / "Other.hilo");
        store::Database other(folder / "Other.hilo/project.db", store::Database::Mode::ReadWriteCreate);
        other.execute("CREATE TABLE t(x)");
    }
    CHECK_THROWS_WITH(Project::open(folder / "Other.hilo"), Catch::Contains("belongs to another program"));
    {
        Project project = Project::create(folder / "Future.hilo");
        project.db().execute("PRAGMA user_version = 999");
    }
    CHECK_THROWS_WITH(Project::open(folder / "Future.hilo"), Catch::Contains("written by a newer Hilo"));
}

TEST_CASE("groups can be added and renamed, with tags checked", "[store]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    SourceStore store(project);
    store.addGroup("PC", "Parents and carers");
    CHECK(store.groups().size() == 4);
    CHECK_THROWS_WITH(store.addGroup("yp", ""), Catch::Contains("already exists"));
    CHECK_THROWS_WITH(store.addGroup("1X", ""), Catch::Contains("must be 1 to 16 letters"));
    store.renameGroup("PC", "CG", "Caregivers");
    CHECK(store.findGroup("cg")->label == "Caregivers");
    CHECK_FALSE(store.findGroup("PC"));
}

TEST_CASE("a failed write inside a transaction leaves nothing behind", "[store]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    const auto before = project.db().queryInt("SELECT count(*) FROM groups");
    try {
        store::Transaction transaction(project.db());
        project.db().execute("INSERT INTO groups(tag, label, position) VALUES ('NEW', 'New', 9)");
        project.db().execute("INSERT INTO groups(tag, label, position) VALUES ('YP', 'Duplicate', 10)");
        transaction.commit();
    } catch (const store::StoreError& e) {
        CHECK(e.isConstraint());
    }
    CHECK(project.db().queryInt("SELECT count(*) FROM groups") == before);
}

TEST_CASE("a second writer is refused at once with a clear message; readers are not", "[store][lock]")
{
    const TempFolder folder;
    const fs::path path = folder / "Study.hilo";
    {
        Project writer = Project::create(path);
        CHECK_THROWS_WITH(Project::open(path), Catch::Contains("is open for writing in another Hilo window or command") &&
                                                   Catch::Contains("open the project read-only"));
        Project reader = Project::open(path, Project::Access::ReadOnly);
        CHECK(SourceStore(reader).groups().size() == 3);
    }
    CHECK_NOTHROW(Project::open(path)); // closing released the lock
}
