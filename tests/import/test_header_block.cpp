#include "import/header_block.h"
#include "import/turn_splitter.h"

#include <catch2/catch.hpp>

using namespace hilo::import;

namespace {
HeaderBlock parse(std::string_view text)
{
    static const TurnSplitter splitter(defaultSpeakerRules());
    return parseHeaderBlock(text, [](std::string_view label) { return splitter.isSpeakerLabel(label); });
}
} // namespace

TEST_CASE("a header block gives participant fields and where the interview starts", "[import][header]")
{
    const std::string text = "Group: YP\nParticipant: YP03\nAge: 17\nState: Ciudad de México\n\nInterviewer: Hello.\n";
    const HeaderBlock block = parse(text);
    REQUIRE(block.fields.size() == 4);
    CHECK(block.fields[0].key == "Group");
    CHECK(block.fields[3].value == "Ciudad de México");
    CHECK(block.fields[3].line == 4);
    CHECK(text.substr(block.bodyByteOffset) == "Interviewer: Hello.\n");
    CHECK(block.bodyLine == 6);
}

TEST_CASE("Spanish header keys are understood", "[import][header]")
{
    CHECK(classifyHeaderKey("Grupo") == HeaderKey::Group);
    CHECK(classifyHeaderKey("PARTICIPANTE") == HeaderKey::Participant);
    CHECK(classifyHeaderKey("Idioma") == HeaderKey::Language);
    CHECK(classifyHeaderKey("Nota") == HeaderKey::Note);
    CHECK(classifyHeaderKey("Edad") == HeaderKey::Attribute);
    const HeaderBlock block = parse("Grupo: FW\nEdad: 34\n\nEntrevistadora: Hola.\n");
    CHECK(block.fields.size() == 2);
}

TEST_CASE("opening speaker turns are not mistaken for a header", "[import][header]")
{
    CHECK(parse("Interviewer: Hi.\nYP03: Hello.\n\nInterviewer: So...\n").fields.empty());
    CHECK(parse("Participant: Hello there\n\nInterviewer: Hi\n").fields.empty());
    CHECK(parse("Age: 17\nState: Oaxaca\n\nI: Hi\n").fields.empty()); // nothing says who or which group
    CHECK(parse("Group: YP\n").fields.empty());                          // a header with nothing after it
    CHECK(parse("Once upon a time.\n\nI: hi").fields.empty());
}

TEST_CASE("header lines from a caption NOTE block", "[import][header]")
{
    const std::vector<HeaderField> fields = parseHeaderLines("Group: JP\nParticipant: JP04\nnot a field\nLanguage: es");
    REQUIRE(fields.size() == 3);
    CHECK(fields[2].key == "Language");
    CHECK(fields[2].line == 4);
}
