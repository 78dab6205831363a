// Hostile or broken archives must be refused with one clear error and leave the project
// exactly as it was (tests/data/refi-qda/make_fixtures.py writes them).
#include "exchange_fixtures.h"
#include "support/temp_folder.h"

#include "import/qdpx_reader.h"
#include "project/snapshot_merger.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::test;

TEST_CASE("each malicious archive is refused and leaves the project unchanged", "[qdpx][safety]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "Study.hilo");
    mergeSnapshot(project, import::readQdpx(refiQdaFixture("offsets-codepoints.qdpx")));
    const std::vector<std::string> before = describe(project);
    const std::int64_t counter = project.changeCounter();

    const std::vector<std::pair<std::string, std::string>> cases = {
        {"evil-dotdot.qdpx", "evil-dotdot.qdpx: has an entry named '../../outside.txt' that points outside the archive"},
        {"evil-absolute.qdpx", "evil-absolute.qdpx: has an entry named '/tmp/hilo-evil.txt' that points outside the archive"},
        {"evil-bomb.qdpx", "far more than any text does (a zip bomb?)"},
        {"evil-entities.qdpx", "evil-entities.qdpx:project.qde:2:"},
        {"evil-external-entity.qdpx", "document type declaration"},
        {"evil-offsets.qdpx", "selection 9c1f0000-0000-4000-8000-000000000003 in source 'YP07_interview' has positions"},
    };
    for (const auto& [fixture, message] : cases) {
        INFO(fixture);
        CHECK_THROWS_WITH(mergeSnapshot(project, import::readQdpx(refiQdaFixture(fixture))), Catch::Contains(message));
    }
    CHECK(describe(project) == before);
    CHECK(project.changeCounter() == counter);
    CHECK_FALSE(std::filesystem::exists("/tmp/hilo-evil.txt"));
}

TEST_CASE("limits refuse an entry larger than Hilo accepts before inflating it", "[qdpx][safety]")
{
    import::QdpxLimits limits;
    limits.maxTotalBytes = 1000; // the fixture's entries add up to about 4 KB
    CHECK_THROWS_WITH(import::readQdpx(refiQdaFixture("offsets-codepoints.qdpx"), limits),
                      Catch::Contains("would expand to") && Catch::Contains("more than the 1000 Hilo accepts"));
}

TEST_CASE("a file that is not a zip archive is refused by name", "[qdpx][safety]")
{
    const TempFolder folder;
    CHECK_THROWS_AS(import::readQdpx(folder.write("broken.qdpx", "<Project/>")), UserError);
    CHECK_THROWS_WITH(import::readQdpx(folder.write("broken.qdpx", "<Project/>")), Catch::StartsWith("broken.qdpx: "));
}
