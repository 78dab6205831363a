// A valid project from another tool, using elements Hilo does not model, imports with
// warnings (and lists the sources it cannot hold) rather than failing.
#include "exchange_fixtures.h"
#include "support/temp_folder.h"

#include "import/qdpx_reader.h"
#include "project/snapshot_merger.h"

#include <catch2/catch.hpp>

using namespace hilo;
using namespace hilo::test;

namespace {

bool anyContains(const std::vector<std::string>& lines, const std::string& part)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) { return line.find(part) != std::string::npos; });
}

} // namespace

TEST_CASE("optional elements Hilo does not model import with warnings, not errors", "[qdpx]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "Study.hilo");
    const MergeReport report = mergeSnapshot(project, import::readQdpx(refiQdaFixture("optional-elements.qdpx")));

    CHECK(report.codingsAdded == 8);
    CHECK(anyContains(report.warnings, "<Graphs>"));
    CHECK(anyContains(report.warnings, "<Links>"));
    CHECK(anyContains(report.warnings, "<Coding>")); // the whole-source coding
    CHECK(anyContains(report.warnings, "set 'Feelings' holds no sources"));
    REQUIRE(report.skippedSources.size() == 3);
    CHECK(report.skippedSources[0].name == "Consent form.pdf");
    CHECK(report.skippedSources[0].reason == "a PDF source; Hilo holds text sources only");
    CHECK(report.skippedSources[1].reason == "a picture source; Hilo holds text sources only");
    CHECK(report.skippedSources[2].reason == "an audio source; Hilo holds text sources only");

    const SourceDetail source = SourceStore(project).source("YP07_interview");
    CHECK(source.groupTag == "YP"); // from the set named YP
    CHECK(source.participant == "YP07");
    CHECK(source.language == "es");
    REQUIRE(source.attributes.size() == 2);
    CHECK(source.attributes[0].name == "Consent given");
    CHECK(source.attributes[0].value == "true");
    CHECK(source.attributes[1].name == "Age");
    CHECK(source.attributes[1].type == import::AttributeType::Number);

    const std::vector<CodingRecord> codings = CodingStore(project).list({std::nullopt, std::string("Embarrassment"), std::nullopt, std::nullopt});
    REQUIRE(codings.size() == 1);
    CHECK(codings[0].memo == "First mention of shame (fictional memo).");
}
