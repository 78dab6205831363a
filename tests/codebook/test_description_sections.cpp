#include "codebook/description_sections.h"

#include <catch2/catch.hpp>

#include <random>

using namespace hilo::codebook;

namespace {

Code withFields(std::string definition, std::string inclusion, std::string exclusion, std::string example,
                std::string labelEs, std::string memo)
{
    Code code;
    code.definition = std::move(definition);
    code.inclusion = std::move(inclusion);
    code.exclusion = std::move(exclusion);
    code.example = std::move(example);
    code.labelEs = std::move(labelEs);
    code.memo = std::move(memo);
    return code;
}

Code roundTrip(const Code& code)
{
    Code back;
    back.labelEs = "stale"; // parseDescription sets every field, clearing what is absent
    back.memo = "stale";
    parseDescription(composeDescription(code), back);
    return back;
}

void checkRoundTrip(const Code& code)
{
    const Code back = roundTrip(code);
    INFO("description:\n" << composeDescription(code));
    CHECK(back.definition == code.definition);
    CHECK(back.inclusion == code.inclusion);
    CHECK(back.exclusion == code.exclusion);
    CHECK(back.example == code.example);
    CHECK(back.labelEs == code.labelEs);
    CHECK(back.memo == code.memo);
}

} // namespace

TEST_CASE("the description holds the definition, then labelled sections", "[codebook]")
{
    const Code code = withFields("Being sent sexual images.", "Unrequested pictures.", "Requests go elsewhere.",
                                 "\"He just sent it.\"", "Imágenes no deseadas", "Check with FW group.");
    CHECK(composeDescription(code) == "Being sent sexual images.\n"
                                      "\n"
                                      "Inclusion: Unrequested pictures.\n"
                                      "Exclusion: Requests go elsewhere.\n"
                                      "Example: \"He just sent it.\"\n"
                                      "Spanish label: Imágenes no deseadas\n"
                                      "Memo: Check with FW group.");
    checkRoundTrip(code);
}

TEST_CASE("empty sections are omitted and a lone definition is written as is", "[codebook]")
{
    CHECK(composeDescription(withFields("Only this.", "", "", "", "", "")) == "Only this.");
    CHECK(composeDescription(withFields("", "", "", "", "", "")).empty());
    CHECK(composeDescription(withFields("", "", "", "", "", "A memo")) == "Memo: A memo");
    CHECK(composeDescription(withFields("Def.", "", "Not this.", "", "", "")) == "Def.\n\nExclusion: Not this.");
    checkRoundTrip(withFields("", "", "", "", "", "A memo"));
}

TEST_CASE("text without sections, as other tools write it, becomes the definition verbatim", "[codebook]")
{
    for (const std::string text : {"Plain text from NVivo.", "  indented\n\n\\Inclusion: escaped-looking\r\n",
                                   "C:\\Users\\ana\\notes", "inclusion: lower case is not a label",
                                   "Inclusion without colon", ""}) {
        Code code;
        code.memo = "stale";
        parseDescription(text, code);
        CHECK(code.definition == text);
        CHECK(code.memo.empty());
        CHECK(composeDescription(code) == text);
    }
}

TEST_CASE("text from elsewhere with labels is read leniently", "[codebook]")
{
    Code code;
    parseDescription("Definition line\nInclusion:no space\nExample: one\nExample: two", code);
    CHECK(code.definition == "Definition line");
    CHECK(code.inclusion == "no space");
    CHECK(code.example == "one\ntwo");
}

TEST_CASE("values that look like section lines are escaped with a backslash", "[codebook]")
{
    const Code code = withFields("Def\nInclusion: not really", "first\nExclusion: inside inclusion\n\\Memo: had one", "",
                                 "", "", "");
    CHECK(composeDescription(code) == "Def\n"
                                      "\\Inclusion: not really\n"
                                      "\n"
                                      "Inclusion: first\n"
                                      "\\Exclusion: inside inclusion\n"
                                      "\\\\Memo: had one");
    checkRoundTrip(code);

    // A definition alone that contains a label line needs a section so it can be unescaped.
    const Code alone = withFields("Memo: this is the definition\nInclusion: so is this", "", "", "", "", "");
    CHECK(composeDescription(alone) == "Definition: Memo: this is the definition\n\\Inclusion: so is this");
    checkRoundTrip(alone);
}

TEST_CASE("values with newlines, blank lines, spaces and line ends survive exactly", "[codebook]")
{
    checkRoundTrip(withFields("two\n\nparagraphs\n", "\nstarts with a newline", " leading space", "trailing newline\n",
                              "ends with blank lines\n\n", "\n"));
    checkRoundTrip(withFields("\n", "\n\n", "", "x", "", "Definition: in a memo"));
    checkRoundTrip(withFields("Windows\r\nline\r\n", "\r", "a\\\nb\\", "\\", "\\\\Example: x", "Spanish label: y"));
    checkRoundTrip(withFields("Definition: x", "Definition:", "", "", "", ""));
    checkRoundTrip(withFields("", "Inclusion: nested", "", "", "", ""));
    checkRoundTrip(withFields("Niña 😀 <b>&amp;</b>", "", "", "", "Categoría", ""));
}

TEST_CASE("any field values survive composing and parsing (randomised)", "[codebook]")
{
    // Pieces chosen to hit the format's edges: labels, backslashes, line breaks, colons, spaces.
    const std::vector<std::string> pieces{"Inclusion:", "Exclusion:", "Example:", "Spanish label:", "Memo:",
                                          "Definition:", "\\", "\n", "\n\n", "\r\n", " ", ":", "text", "ñ",
                                          "Inclusion", "label:"};
    std::mt19937 random(20240611);
    const auto randomValue = [&] {
        std::string value;
        const int count = std::uniform_int_distribution<int>(0, 6)(random);
        for (int i = 0; i < count; ++i)
            value += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
        return value;
    };
    for (int i = 0; i < 3000; ++i) {
        const Code code =
            withFields(randomValue(), randomValue(), randomValue(), randomValue(), randomValue(), randomValue());
        const Code back = roundTrip(code);
        const bool same = back.definition == code.definition && back.inclusion == code.inclusion &&
                          back.exclusion == code.exclusion && back.example == code.example &&
                          back.labelEs == code.labelEs && back.memo == code.memo;
        if (!same)
            checkRoundTrip(code); // reports the fields that differ
        REQUIRE(same);
    }
}
