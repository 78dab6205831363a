#include "import/import_error.h"
#include "import/transcript_builder.h"
#include "support/temp_folder.h"
#include "text/unicode_text.h"

#include <catch2/catch.hpp>

using namespace hilo::import;
using hilo::test::TempFolder;

namespace {

BuildOptions defaults()
{
    BuildOptions options;
    options.knownGroups = {"YP", "FW", "JP"};
    return options;
}

const char* kSpanish = "Group: YP\nParticipant: YP03\nAge: 16\nState: Morelos\nLanguage: es\n"
                       "Note: Fictional test transcript.\n\n"
                       "Entrevistadora: ¿Qué pasó después?\n\nYP03: Me dio vergüenza contarlo.\n";

} // namespace

TEST_CASE("a transcript's header gives group, participant, language, note and typed attributes", "[import][builder]")
{
    const TempFolder folder;
    const BuiltTranscript built = buildTranscript(folder.write("entrevista.txt", kSpanish), defaults());
    const Transcript& t = built.transcript;
    CHECK(t.name == "entrevista");
    CHECK(t.groupTag == "YP");
    CHECK(t.participant == "YP03");
    CHECK(t.language == "es");
    CHECK(t.note == "Fictional test transcript.");
    CHECK(t.format == "txt");
    CHECK(t.encoding == "UTF-8");
    REQUIRE(t.attributes.size() == 2);
    CHECK(t.attributes[0].name == "Age");
    CHECK(t.attributes[0].type == AttributeType::Number);
    CHECK(t.attributes[1].value == "Morelos");
    // The header is metadata: the stored text starts with the interview.
    CHECK(t.text == "Entrevistadora: ¿Qué pasó después?\n\nYP03: Me dio vergüenza contarlo.\n");
    REQUIRE(t.turns.size() == 2);
    CHECK(hilo::text::slice(t.text, t.turns[1].speechStart, t.turns[1].end) == "Me dio vergüenza contarlo.");
}

TEST_CASE("the group comes from --group, the file name or the header, and they must agree", "[import][builder]")
{
    const TempFolder folder;
    const std::string body = "Interviewer: Hello.\nParticipant: Hi.\n";
    CHECK(buildTranscript(folder.write("FW-02.txt", body), defaults()).transcript.groupTag == "FW");
    CHECK(buildTranscript(folder.write("FW-02.txt", body), defaults()).transcript.participant == "FW02");

    BuildOptions withGroup = defaults();
    withGroup.group = "jp";
    CHECK(buildTranscript(folder.write("session.txt", body), withGroup).transcript.groupTag == "JP");

    CHECK_THROWS_WITH(buildTranscript(folder.write("session.txt", body), defaults()),
                      Catch::StartsWith("session.txt: has no participant group"));
    CHECK_THROWS_WITH(buildTranscript(folder.write("FW-03.txt", "Group: JP\nParticipant: JP01\n\n" + body), defaults()),
                      Catch::Contains("FW-03.txt: contradicting groups: the file name says FW but the header (line 1) says JP"));
    CHECK_THROWS_WITH(buildTranscript(folder.write("x.txt", "Group: XX\nParticipant: XX01\n\n" + body), defaults()),
                      Catch::Contains("x.txt: unknown group 'XX'"));
    withGroup.group = "YP";
    CHECK_THROWS_WITH(buildTranscript(folder.write("FW-04.txt", body), withGroup), Catch::Contains("contradicting groups"));
}

TEST_CASE("attributes from a participants CSV join the header's, and conflicts are errors", "[import][builder]")
{
    const TempFolder folder;
    folder.write("people.csv", "participant,age,state,years_experience\nYP03,16,Morelos,\nFW-02,41,Oaxaca,12\n");
    const AttributeTable table = AttributeTable::read(folder / "people.csv");
    CHECK(table.size() == 2);
    REQUIRE(table.find("fw02") != nullptr);
    CHECK(table.find("fw02")->size() == 3);

    BuildOptions options = defaults();
    options.attributes = &table;
    const Transcript t = buildTranscript(folder.write("FW02.txt", "Interviewer: Hi.\nFW02: Hello.\n"), options).transcript;
    REQUIRE(t.attributes.size() == 3);
    CHECK(t.attributes[2].name == "years_experience");
    CHECK(t.attributes[2].type == AttributeType::Number);

    CHECK_NOTHROW(buildTranscript(folder.write("a.txt", kSpanish), options)); // header agrees with the CSV
    std::string conflicting = kSpanish;
    conflicting.replace(conflicting.find("Morelos"), 7, "Oaxaca");
    CHECK_THROWS_WITH(buildTranscript(folder.write("b.txt", conflicting), options),
                      Catch::Contains("b.txt: attribute 'state' is 'Oaxaca' in the header but 'Morelos' in the attributes file"));
}

TEST_CASE("attribute files without a participant column or with a repeated participant are refused", "[import][builder]")
{
    const TempFolder folder;
    CHECK_THROWS_WITH(AttributeTable::read(folder.write("p.csv", "name,age\nAna,3\n")),
                      Catch::Contains("p.csv:1:1: has no 'participant' column"));
    CHECK_THROWS_WITH(AttributeTable::read(folder.write("q.csv", "participant,age\nYP01,3\nyp-01,4\n")),
                      Catch::Contains("q.csv:3:1: participant YP01 appears twice"));
}

TEST_CASE("language: --language wins, then the header, then a guess from the text", "[import][builder]")
{
    const TempFolder folder;
    const auto english = folder.write("YP01.txt", "Interviewer: What did you do when it happened?\n"
                                                  "YP01: I didn't tell anyone, I was scared of what they would say.\n");
    CHECK(buildTranscript(english, defaults()).transcript.language == "en");
    BuildOptions spanish = defaults();
    spanish.language = "es";
    CHECK(buildTranscript(english, spanish).transcript.language == "es");
    CHECK(buildTranscript(folder.write("YP02.txt", kSpanish), defaults()).transcript.language == "es");
}

TEST_CASE("line ends are unified and text is NFC-normalized before offsets are taken", "[import][builder]")
{
    const TempFolder folder;
    const Transcript t =
        buildTranscript(folder.write("YP05.txt", "Interviewer: ¿Y la nin\xCC\x83" "a?\r\nYP05: 😢 Sí.\r\n"), defaults()).transcript;
    CHECK(t.text == "Interviewer: ¿Y la niña?\nYP05: 😢 Sí.\n");
    REQUIRE(t.turns.size() == 2);
    CHECK(hilo::text::slice(t.text, t.turns[1].speechStart, t.turns[1].end) == "😢 Sí.");
}

TEST_CASE("the guard refuses a transcript with an e-mail address unless flags are accepted", "[import][builder]")
{
    const TempFolder folder;
    const auto file = folder.write("YP04.txt", "Interviewer: Hi.\nYP04: write to ana.perez@example.com\n");
    try {
        buildTranscript(file, defaults());
        FAIL("a transcript with an e-mail address was accepted");
    } catch (const ImportError& e) {
        const std::string message = e.what();
        CHECK_THAT(message, Catch::StartsWith("YP04.txt:2:16: possible email"));
        CHECK_THAT(message, !Catch::Contains("ana.perez@example.com")); // the report must not leak it
        CHECK_THAT(message, Catch::Contains("--accept-flags"));
    }
    BuildOptions accepting = defaults();
    accepting.acceptFlags = true;
    const BuiltTranscript built = buildTranscript(file, accepting);
    REQUIRE(built.acceptedFlags.size() == 1);
    CHECK(built.acceptedFlags[0].kind == IdentifierKind::Email);
}

TEST_CASE("files that are empty, header-only, missing or of unknown format are refused by name", "[import][builder]")
{
    const TempFolder folder;
    CHECK_THROWS_WITH(buildTranscript(folder.write("YP01.txt", ""), defaults()), "YP01.txt: is empty");
    CHECK_THROWS_WITH(buildTranscript(folder.write("YP01.txt", "\n \n"), defaults()), "YP01.txt: contains no text");
    CHECK_THROWS_WITH(buildTranscript(folder / "nowhere.txt", defaults()), Catch::EndsWith("nowhere.txt: no such file"));
    CHECK_THROWS_WITH(buildTranscript(folder.write("YP01.pdf", "%PDF-1.4"), defaults()),
                      Catch::Contains("YP01.pdf: has an unsupported format '.pdf'"));
}
