#include "codebook/codebook_formats.h"
#include "codebook_samples.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

using namespace hilo::codebook;

namespace {

const Code& at(const Codebook& book, std::initializer_list<std::size_t> indices)
{
    const std::vector<Code>* level = &book.codes;
    const Code* code = nullptr;
    for (const std::size_t i : indices) {
        REQUIRE(i < level->size());
        code = &(*level)[i];
        level = &code->children;
    }
    return *code;
}

} // namespace

TEST_CASE("a codebook written as CSV reads back identical", "[codebook][csv]")
{
    const Codebook book = samples::richCodebook();
    const std::string csv = writeCodebookCsv(book);
    const Codebook back = readCodebookCsv(csv, "codes.csv");
    samples::checkSameCodes(samples::lowerCaseColours(book).codes, back.codes);
    CHECK(writeCodebookCsv(back) == csv);
}

TEST_CASE("CSV output has the fixed header, one quoted row per code, depth-first", "[codebook][csv]")
{
    Codebook book;
    Code parent = samples::makeCode("5b9d6f2a-1c3e-4a5b-9c7d-8e9f0a1b2c3d", "Where");
    parent.codable = false;
    parent.color = "#E57373";
    Code child = samples::makeCode("0c8f1e6a-3b7d-4c2e-9f1a-5d6e7f8a9b0c", "Chat/messaging apps");
    child.labelEs = "Mensajería";
    child.definition = "Says \"chat\", or DMs,\nanywhere.";
    child.example = " padded ";
    parent.children.push_back(child);
    book.codes = {parent, samples::makeCode("11111111-2222-4333-8444-555555555555", "Impact")};
    CHECK(writeCodebookCsv(book) ==
          "path,guid,label_es,definition,inclusion,exclusion,example,memo,color,codable\n"
          "Where,5b9d6f2a-1c3e-4a5b-9c7d-8e9f0a1b2c3d,,,,,,,#e57373,false\n"
          "Where/Chat\\/messaging apps,0c8f1e6a-3b7d-4c2e-9f1a-5d6e7f8a9b0c,Mensajería,"
          "\"Says \"\"chat\"\", or DMs,\nanywhere.\",,,\" padded \",,,true\n"
          "Impact,11111111-2222-4333-8444-555555555555,,,,,,,,true\n");
    CHECK(writeCodebookCsv(Codebook{}) == "path,guid,label_es,definition,inclusion,exclusion,example,memo,color,codable\n");
}

TEST_CASE("a CSV with only some columns, in any order and case, is read", "[codebook][csv]")
{
    const Codebook book = readCodebookCsv("Definition,PATH,Codable,Label_ES\n"
                                          "Top,Harm,no,Daño\n"
                                          "Under,Harm/Online,Sí,En línea\n"
                                          "Other,Impact,1,\n",
                                          "codes.csv");
    REQUIRE(book.codes.size() == 2);
    CHECK(book.codes[0].name == "Harm");
    CHECK(book.codes[0].definition == "Top");
    CHECK(book.codes[0].labelEs == "Daño");
    CHECK_FALSE(book.codes[0].codable);
    CHECK(isWellFormedGuid(book.codes[0].guid)); // no guid column: new GUIDs
    CHECK(at(book, {0, 0}).name == "Online");
    CHECK(at(book, {0, 0}).codable);
    CHECK(book.codes[1].codable);
    CHECK(book.codes[0].guid != book.codes[1].guid);
}

TEST_CASE("CSV rows may come in any order; missing parents are created", "[codebook][csv]")
{
    const Codebook book = readCodebookCsv("path,guid,codable,color\n"
                                          "Disclosure/Barriers/Embarrassment,,false,#AABBCC\n"
                                          "Impact,55555555-5555-4555-8555-555555555555,,\n"
                                          "Disclosure/Channels,,,\n"
                                          "disclosure,11111111-1111-4111-8111-111111111111,false,\n"
                                          "Disclosure/Barriers/Fear,,,\n"
                                          ",,,\n",
                                          "codes.csv");
    REQUIRE(book.codes.size() == 2);
    const Code& disclosure = book.codes[0];
    CHECK(disclosure.name == "disclosure"); // its own row names it, later than its children
    CHECK(disclosure.guid == "11111111-1111-4111-8111-111111111111");
    CHECK_FALSE(disclosure.codable);
    REQUIRE(disclosure.children.size() == 2);
    const Code& barriers = disclosure.children[0]; // order of first appearance
    CHECK(barriers.name == "Barriers");
    CHECK(barriers.codable); // created: codable, new GUID, no text
    CHECK(isWellFormedGuid(barriers.guid));
    CHECK(barriers.definition.empty());
    REQUIRE(barriers.children.size() == 2);
    CHECK(barriers.children[0].name == "Embarrassment");
    CHECK_FALSE(barriers.children[0].codable);
    CHECK(barriers.children[0].color == "#aabbcc");
    CHECK(barriers.children[1].name == "Fear");
    CHECK(disclosure.children[1].name == "Channels");
    CHECK(book.codes[1].name == "Impact");
    CHECK(book.codes[1].guid == "55555555-5555-4555-8555-555555555555");
    CHECK(flatten(book).size() == 6);
}

TEST_CASE("empty trailing columns that spreadsheets add are ignored", "[codebook][csv]")
{
    const Codebook book = readCodebookCsv("path,guid,,\r\nHarm,,,\r\nImpact,,,\r\n", "codes.csv");
    CHECK(book.codes.size() == 2);
    CHECK_THROWS_WITH(readCodebookCsv("path,\nHarm,oops\n", "codes.csv"),
                      "codes.csv:1:2: a column with values has no name (expected path, guid, label_es, definition, "
                      "inclusion, exclusion, example, memo, color, codable)");
}

TEST_CASE("CSV errors name the file, line and column", "[codebook][csv]")
{
    SECTION("an unknown column")
    {
        CHECK_THROWS_WITH(readCodebookCsv("path,guid,colour\nHarm,,#ffffff\n", "codes.csv"),
                          "codes.csv:1:3: unknown column 'colour' (expected path, guid, label_es, definition, "
                          "inclusion, exclusion, example, memo, color, codable)");
    }
    SECTION("no path column, or a column twice")
    {
        CHECK_THROWS_WITH(readCodebookCsv("name,guid\nHarm,\n", "codes.csv"),
                          Catch::StartsWith("codes.csv:1:1: unknown column 'name'"));
        CHECK_THROWS_WITH(readCodebookCsv("guid,definition\n,x\n", "codes.csv"),
                          "codes.csv:1: no 'path' column (a codebook CSV needs path and may have path, guid, "
                          "label_es, definition, inclusion, exclusion, example, memo, color, codable)");
        CHECK_THROWS_WITH(readCodebookCsv("path,memo,Memo\nHarm,,\n", "codes.csv"),
                          "codes.csv:1:3: column 'Memo' appears twice (also column 2)");
    }
    SECTION("a path listed twice")
    {
        CHECK_THROWS_WITH(readCodebookCsv("path,definition\nHarm/Online,a\nImpact,b\nHarm/Online,c\n", "codes.csv"),
                          "codes.csv:4: code 'Harm/Online' is listed twice (lines 2 and 4)");
    }
    SECTION("sibling names that differ only by case or accents")
    {
        CHECK_THROWS_WITH(readCodebookCsv("path\nBarriers/Vergüenza\nbarriers/VERGUENZA\n", "codes.csv"),
                          "codes.csv:3: 'barriers/VERGUENZA' is the same code as 'Barriers/Vergüenza' "
                          "(names are compared without case or accents) (lines 2 and 3)");
    }
    SECTION("a malformed path")
    {
        CHECK_THROWS_WITH(readCodebookCsv("path\nHarm\n\"A//B\"\n", "codes.csv"),
                          "codes.csv:3: code path 'A//B' has an empty name at position 3");
        CHECK_THROWS_WITH(readCodebookCsv("path,memo\nHarm,\n,memo without a path\n", "codes.csv"),
                          "codes.csv:3: code path '' has an empty name at position 1");
    }
    SECTION("a bad colour")
    {
        CHECK_THROWS_WITH(readCodebookCsv("path,guid,color\nHarm,,#e57373\nImpact,,red\n", "codes.csv"),
                          "codes.csv:3:3: colour 'red' is not of the form #rrggbb (like #e57373), or leave it empty");
    }
    SECTION("a malformed GUID or codable value")
    {
        CHECK_THROWS_WITH(readCodebookCsv("path,guid\nHarm,{11111111-1111-4111-8111-111111111111}\n", "codes.csv"),
                          "codes.csv:2:2: malformed guid '{11111111-1111-4111-8111-111111111111}' (expected "
                          "8-4-4-4-12 hexadecimal digits, or leave it empty for a new one)");
        CHECK_THROWS_WITH(readCodebookCsv("path,codable\nHarm,maybe\n", "codes.csv"),
                          "codes.csv:2:2: codable is 'maybe' (expected true or false, yes or no)");
    }
    SECTION("a GUID used twice")
    {
        CHECK_THROWS_WITH(readCodebookCsv("path,guid\nA,11111111-1111-4111-8111-111111111111\n"
                                          "B,11111111-1111-4111-8111-111111111111\n",
                                          "codes.csv"),
                          "codes.csv: duplicate GUID 11111111-1111-4111-8111-111111111111 used by 'A' and 'B'");
    }
    SECTION("a path nested too deep")
    {
        std::string path = "L";
        for (int i = 0; i < 64; ++i)
            path += "/L";
        CHECK_THROWS_WITH(readCodebookCsv("path\n" + path + "\n", "codes.csv"),
                          "codes.csv:2: code path is nested more than 64 levels deep");
    }
}
