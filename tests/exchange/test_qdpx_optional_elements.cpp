// A valid project from another tool, using elements Hilo does not model, imports with
// warnings (and lists the sources it cannot hold) rather than failing.
#include "exchange_fixtures.h"
#include "support/temp_folder.h"

#include "import/qdpx_reader.h"
#include "import/zip_archive_writer.h"
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
    CHECK_FALSE(anyContains(report.warnings, "does not follow the REFI-QDA schema")); // valid, if unusual
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

TEST_CASE("a project that bends the schema still imports where its data is clear", "[qdpx]")
{
    // Fictional: inline text, a selection without a GUID, a code without isCodable, GUIDs in
    // braces and upper case, elements out of the schema's order.
    const std::string qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Bent">
  <Sources>
    <TextSource guid="{7D3E9A40-2222-4AAA-8BBB-000000000001}" name="FW09 notes">
      <PlainTextContent>FW09: Nadie le creyó al principio.</PlainTextContent>
      <PlainTextSelection name="Nadie le creyó" startPosition="6" endPosition="20" creatingUser="0B6F5F7E-2A51-4C1E-9D53-6A1D3C2B7E01">
        <Coding guid="9c2f0000-0000-4000-8000-000000000099"><CodeRef targetGUID="{5A0C7E11-0000-4000-8000-000000000009}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
  <Users><User guid="0b6f5f7e-2a51-4c1e-9d53-6a1d3c2b7e01" name="Ana"/></Users>
  <CodeBook><Codes><Code guid="5a0c7e11-0000-4000-8000-000000000009" name="Not believed"/></Codes></CodeBook>
</Project>
)";
    const TempFolder folder;
    hilo::import::ZipArchiveWriter zip(folder / "bent.qdpx");
    zip.add("project.qde", qde);
    zip.commit();
    Project project = Project::create(folder / "Study.hilo");
    const MergeReport report = mergeSnapshot(project, import::readQdpx(folder / "bent.qdpx"), {std::string("FW")});
    CHECK(anyContains(report.warnings, "<PlainTextSelection> without a guid"));
    // The schema check names what deviates, with the line, and the import goes on.
    CHECK(anyContains(report.warnings, "does not follow the REFI-QDA schema: bent.qdpx:project.qde:"));
    for (const std::string& line : report.warnings)
        UNSCOPED_INFO(line);
    CHECK(anyContains(report.warnings, ":6: Element 'PlainTextSelection': The attribute 'guid' is required"));
    CHECK(anyContains(report.warnings, ":11: Element 'Users': This element is not expected"));
    const std::vector<CodingRecord> codings = CodingStore(project).list();
    REQUIRE(codings.size() == 1);
    CHECK(codings[0].text == "Nadie le creyó");
    CHECK(codings[0].coderName == "Ana");
    CHECK(codings[0].codePath == "Not believed");
    CHECK(SourceStore(project).source("FW09 notes").groupTag == "FW");
}

TEST_CASE("sources from another tool pass the de-identification guard", "[qdpx][guard]")
{
    hilo::import::ProjectSnapshot snapshot;
    hilo::import::SnapshotSource source;
    source.guid = codebook::newGuid();
    source.name = "YP09";
    source.groupTag = "YP";
    source.text = "YP09: Me escribió a ana.lopez@correo.mx todos los días.\n"; // fictional address
    source.originPath = "in.qdpx:sources/yp09.txt";
    snapshot.sources.push_back(source);

    const TempFolder folder;
    Project project = Project::create(folder / "Study.hilo");
    MergeOptions options;
    options.guardNewSources = true;
    CHECK_THROWS_WITH(mergeSnapshot(project, snapshot, options),
                      Catch::StartsWith("in.qdpx:sources/yp09.txt:1:") && Catch::Contains("possible email") &&
                          Catch::Contains("a**.l****@c*****.m*") && !Catch::Contains("ana.lopez"));
    CHECK(SourceStore(project).sources().empty());

    options.acceptFlags = true;
    mergeSnapshot(project, snapshot, options);
    CHECK(project.db().queryInt("SELECT count(*) FROM accepted_flags") == 1);
}
