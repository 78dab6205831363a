// The demo project, coded by two coders, must survive a trip through a REFI-QDA .qdpx: what
// another tool (or another Hilo) reads back is the same sources, codes, coders and codings.
#include "exchange_fixtures.h"
#include "support/temp_folder.h"

#include "import/qdpx_reader.h"
#include "import/qdpx_writer.h"
#include "import/zip_archive.h"
#include "project/snapshot_merger.h"
#include "project/snapshot_reader.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace hilo;
using namespace hilo::test;

TEST_CASE("the demo project coded by two coders comes back the same from a .qdpx", "[qdpx]")
{
    const TempFolder folder;
    Project original = Project::create(folder / "Demo.hilo");
    fillCodedDemo(original);
    import::writeQdpx(readProjectSnapshot(original), folder / "demo.qdpx");

    Project copy = Project::create(folder / "Copy.hilo");
    const MergeReport report = mergeSnapshot(copy, import::readQdpx(folder / "demo.qdpx"));
    CHECK(report.unmatched.empty());
    CHECK(report.skippedSources.empty());
    CHECK(report.warnings.empty()); // Hilo's own export follows the schema and uses nothing unknown
    CHECK(report.offsetReading == "Unicode code points (the REFI-QDA standard)");
    CHECK(report.sourcesAdded.size() == 14);
    CHECK(report.codersAdded == std::vector<std::string>{"Ana", "Luis"});
    CHECK(report.codingsAdded == CodingStore(original).count());
    CHECK(CodingStore(original).count() > 50);

    const std::vector<std::string> before = describe(original);
    const std::vector<std::string> after = describe(copy);
    REQUIRE(before.size() == after.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        CHECK(before[i] == after[i]);
}

TEST_CASE("an exported project.qde validates against the REFI-QDA project schema", "[qdpx][schema]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "Demo.hilo");
    fillCodedDemo(project);
    import::writeQdpx(readProjectSnapshot(project), folder / "demo.qdpx");
    folder.write("project.qde", import::ZipArchive(folder / "demo.qdpx").read("project.qde"));

    const std::string command = "xmllint --noout --schema '" + refiQdaFixture("Project-mrt2019.xsd").string() + "' '" +
                                (folder / "project.qde").string() + "' > '" + (folder / "xmllint.txt").string() + "' 2>&1";
    const int status = std::system(command.c_str());
    INFO(readFile(folder / "xmllint.txt"));
    CHECK(status == 0);
    CHECK(readFile(folder / "xmllint.txt").find("validates") != std::string::npos);
}

TEST_CASE("exporting twice writes the same GUIDs and the same document", "[qdpx]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "Demo.hilo");
    fillCodedDemo(project);
    const std::string first = import::writeQde(readProjectSnapshot(project));
    const std::string second = import::writeQde(readProjectSnapshot(project));
    CHECK(first == second);
    // Every coding keeps its own GUID as the selection's.
    for (const CodingRecord& coding : CodingStore(project).list())
        CHECK(first.find("PlainTextSelection guid=\"" + coding.guid + "\"") != std::string::npos);
}

TEST_CASE("an exported archive is owner-only and holds each transcript as UTF-8 text", "[qdpx]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "Demo.hilo");
    fillCodedDemo(project);
    const import::ProjectSnapshot snapshot = readProjectSnapshot(project);
    import::writeQdpx(snapshot, folder / "demo.qdpx");
    const auto permissions = std::filesystem::status(folder / "demo.qdpx").permissions();
    CHECK((permissions & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
          std::filesystem::perms::none);
    const import::ZipArchive archive(folder / "demo.qdpx");
    for (const import::SnapshotSource& source : snapshot.sources)
        CHECK(archive.read("sources/" + source.guid + ".txt") == source.text);
    CHECK_FALSE(std::filesystem::exists(folder / "demo.qdpx.part"));
}
