#include "project/operations/source_operations.h"
#include "project/source_store.h"
#include "support/temp_folder.h"
#include "text/unicode_text.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo;
using hilo::test::TempFolder;

namespace {
const char* kYoungPerson = "Group: YP\nParticipant: YP01\nAge: 15\n\nInterviewer: How was it?\n\nYP01: Hard. 😢\n";
const char* kWorker = "Interviewer: What do you do?\nFW02: I run the helpline.\n";
} // namespace

TEST_CASE("importing stores text, turns, group and attributes in one step", "[store][import]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    ImportRequest request;
    request.files = {folder.write("interview_one.txt", kYoungPerson), folder.write("FW02.txt", kWorker)};
    const ImportReport report = ops::importTranscripts(project, request);
    REQUIRE(report.imported.size() == 2);

    SourceStore store(project);
    const SourceDetail source = store.source("interview_one");
    CHECK(source.groupTag == "YP");
    CHECK(source.participant == "YP01");
    CHECK(source.text == "Interviewer: How was it?\n\nYP01: Hard. 😢\n");
    CHECK(source.length == text::codePointLength(source.text));
    REQUIRE(source.turns.size() == 2);
    CHECK(text::slice(source.text, source.turns[1].speechStart, source.turns[1].end) == "Hard. 😢");
    REQUIRE(source.attributes.size() == 1);
    CHECK(source.attributes[0].type == import::AttributeType::Number);
    CHECK(store.source(std::to_string(source.id)).name == "interview_one");
    CHECK(store.sources().size() == 2);
    CHECK(store.groups()[1].sourceCount == 1);
}

TEST_CASE("the same content imported twice is recognized and skipped", "[store][import]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    ImportRequest request;
    request.files = {folder.write("FW02.txt", kWorker)};
    ops::importTranscripts(project, request);
    const auto counter = project.changeCounter();

    request.files = {folder.write("FW02-copy.txt", kWorker)};
    const ImportReport again = ops::importTranscripts(project, request);
    CHECK(again.imported.empty());
    REQUIRE(again.skipped.size() == 1);
    CHECK(again.skipped[0].reason == "same text as source FW02");
    CHECK(project.changeCounter() == counter);
}

TEST_CASE("one bad file among several imports nothing", "[store][import]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    ImportRequest request;
    request.files = {folder.write("FW02.txt", kWorker), folder.write("mystery.txt", "I: Hi\nP: Hello\n")};
    CHECK_THROWS_WITH(ops::importTranscripts(project, request), Catch::StartsWith("mystery.txt: has no participant group"));
    CHECK(SourceStore(project).sources().empty());
    CHECK(project.changeCounter() == 0);
}

TEST_CASE("an attribute keeps its type across sources", "[store][import]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    ImportRequest request;
    request.files = {folder.write("YP01.txt", kYoungPerson)};
    ops::importTranscripts(project, request);
    request.files = {folder.write("YP02.txt", "Group: YP\nParticipant: YP02\nAge: fifteen\n\nI: Hi\nP: Hello\n")};
    CHECK_THROWS_WITH(ops::importTranscripts(project, request),
                      Catch::Contains("attribute 'Age' is a number in this project, but the value 'fifteen' is not"));
    CHECK(SourceStore(project).sources().size() == 1);
}

TEST_CASE("project speaker patterns and guard names take effect on import", "[store][import]")
{
    const TempFolder folder;
    Project project = Project::create(folder / "S.hilo");
    SourceStore store(project);
    store.addSpeakerPattern({"Lic\\. \\p{L}+", import::Role::Interviewer});
    store.addGuardName("Rigoberta");
    ImportRequest request;
    request.files = {folder.write("JP01.txt", "Lic. Soto: ¿Desde cuándo trabaja aquí?\nJP01: Desde hace años.\n")};
    const ImportReport report = ops::importTranscripts(project, request);
    const SourceDetail source = store.source("JP01");
    REQUIRE(source.turns.size() == 2);
    CHECK(source.turns[0].role == import::Role::Interviewer);

    request.files = {folder.write("JP02.txt", "I: ¿Quién la acompañó?\nJP02: La licenciada RIGOBERTA.\n")};
    CHECK_THROWS_WITH(ops::importTranscripts(project, request), Catch::Contains("JP02.txt:2:") && Catch::Contains("possible name"));
}
