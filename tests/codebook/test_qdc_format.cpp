#include "codebook/codebook_formats.h"
#include "codebook_samples.h"
#include "text/user_error.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace hilo::codebook;

namespace {

// A codebook as NVivo or QualCoder exports it: namespace and schema location, upper-case
// GUIDs and colours, a plain-text Description, nested codes, and a <Sets> element.
const char* const kForeignQdc = R"(<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd" origin="NVivo 14">
  <Codes>
    <Code guid="7F3A1C22-9B4D-4E6F-8A1B-2C3D4E5F6A7B" name="Barriers to disclosure" isCodable="false" color="#FF8800">
      <Description>Why young people do not tell.</Description>
      <Code guid="{0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}" name="Shame &amp; embarrassment" isCodable="true" color="#0a0">
        <Description>Feeling ashamed or embarrassed.
Includes self-blame.</Description>
        <Code guid="1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e" name="Fear of parents' reaction" isCodable="true"/>
      </Code>
      <Code guid="2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f" name="Not knowing it was abuse" isCodable="true">
        <NoteRef targetGUID="9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a"/>
      </Code>
    </Code>
    <Code guid="3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a" name="Sextorsión" isCodable="true" color="#3366CC"/>
  </Codes>
  <Sets>
    <Set guid="4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b" name="Disclosure set">
      <MemberCode targetGUID="7F3A1C22-9B4D-4E6F-8A1B-2C3D4E5F6A7B"/>
    </Set>
  </Sets>
</CodeBook>
)";

std::string codeElement(const std::string& attributes, const std::string& content = "")
{
    return "    <Code " + attributes + (content.empty() ? "/>\n" : ">\n" + content + "    </Code>\n");
}

// A document whose first Code element starts at line 4, column 5.
std::string qdcWith(const std::string& codes)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"test\">\n"
           "  <Codes>\n" +
           codes +
           "  </Codes>\n"
           "</CodeBook>\n";
}

} // namespace

TEST_CASE("a codebook written as qdc reads back identical", "[codebook][qdc]")
{
    const Codebook book = samples::richCodebook();
    const std::string xml = writeQdc(book);
    const Codebook back = readQdc(xml, "codes.qdc");
    samples::checkSameCodes(samples::lowerCaseColours(book).codes, back.codes);
    CHECK(back.name.empty()); // a qdc has no codebook name
    CHECK(writeQdc(back) == xml);
}

TEST_CASE("qdc output has the REFI-QDA declaration, namespace and attributes", "[codebook][qdc]")
{
    Codebook book;
    Code parent = samples::makeCode("5b9d6f2a-1c3e-4a5b-9c7d-8e9f0a1b2c3d", "Harm & <risk>");
    parent.color = "#e57373";
    parent.codable = false;
    parent.definition = "Kinds of harm.";
    parent.inclusion = "Any.";
    parent.children.push_back(samples::makeCode("0c8f1e6a-3b7d-4c2e-9f1a-5d6e7f8a9b0c", "Online"));
    book.codes.push_back(parent);
    book.name = "not written: the format has no place for it";
    CHECK(writeQdc(book) ==
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Hilo\">\n"
          "    <Codes>\n"
          "        <Code guid=\"5b9d6f2a-1c3e-4a5b-9c7d-8e9f0a1b2c3d\" name=\"Harm &amp; &lt;risk&gt;\" "
          "isCodable=\"false\" color=\"#E57373\">\n"
          "            <Description>Kinds of harm.\n\nInclusion: Any.</Description>\n"
          "            <Code guid=\"0c8f1e6a-3b7d-4c2e-9f1a-5d6e7f8a9b0c\" name=\"Online\" isCodable=\"true\"/>\n"
          "        </Code>\n"
          "    </Codes>\n"
          "</CodeBook>\n");
    CHECK(writeQdc(Codebook{}) == "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                  "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Hilo\">\n"
                                  "    <Codes/>\n"
                                  "</CodeBook>\n");
}

TEST_CASE("a qdc exported by NVivo or QualCoder reads as the tree it describes", "[codebook][qdc]")
{
    const Codebook book = readQdc(kForeignQdc, "nvivo.qdc");
    REQUIRE(book.codes.size() == 2);
    const Code& barriers = book.codes[0];
    CHECK(barriers.guid == "7f3a1c22-9b4d-4e6f-8a1b-2c3d4e5f6a7b");
    CHECK(barriers.name == "Barriers to disclosure");
    CHECK_FALSE(barriers.codable);
    CHECK(barriers.color == "#ff8800");
    CHECK(barriers.definition == "Why young people do not tell.");
    CHECK(barriers.inclusion.empty());
    REQUIRE(barriers.children.size() == 2);

    const Code& shame = barriers.children[0];
    CHECK(shame.guid == "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"); // braces and case dropped
    CHECK(shame.name == "Shame & embarrassment");
    CHECK(shame.codable);
    CHECK(shame.color == "#00aa00"); // #rgb widened
    CHECK(shame.definition == "Feeling ashamed or embarrassed.\nIncludes self-blame.");
    REQUIRE(shame.children.size() == 1);
    CHECK(shame.children[0].name == "Fear of parents' reaction");
    CHECK(shame.children[0].color.empty());
    CHECK(shame.children[0].definition.empty());

    CHECK(barriers.children[1].name == "Not knowing it was abuse");
    CHECK(barriers.children[1].children.empty());
    CHECK(book.codes[1].name == "Sextorsión");
    CHECK(book.codes[1].color == "#3366cc");
    CHECK(flatten(book).size() == 5);
}

TEST_CASE("a qdc without the namespace, with CRLF line ends and NFD names, is read", "[codebook][qdc]")
{
    const std::string xml = "<CodeBook origin=\"x\">\r\n<Codes>\r\n"
                            "<Code guid=\"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\" name=\"Nin\xCC\x83" "a\">"
                            "<Description>a\r\nb</Description></Code>\r\n"
                            "</Codes>\r\n</CodeBook>";
    const Codebook book = readQdc(xml, "plain.qdc");
    REQUIRE(book.codes.size() == 1);
    CHECK(book.codes[0].name == "Niña"); // NFC
    CHECK(book.codes[0].codable);        // isCodable missing: codable
    CHECK(book.codes[0].definition == "a\nb");
}

TEST_CASE("qdc errors name the file, line and column", "[codebook][qdc]")
{
    SECTION("a code whose GUID repeats an ancestor's is a cycle")
    {
        const std::string xml = qdcWith(codeElement(
            R"(guid="11111111-1111-4111-8111-111111111111" name="Harm")",
            codeElement(R"(guid="22222222-2222-4222-8222-222222222222" name="Online")",
                        codeElement(R"(guid="11111111-1111-4111-8111-111111111111" name="Harm")"))));
        CHECK_THROWS_WITH(readQdc(xml, "codes.qdc"),
                          "codes.qdc: code 'Harm/Online/Harm' repeats the GUID of its ancestor 'Harm' (a cycle)");
    }
    SECTION("a GUID used twice")
    {
        const std::string xml =
            qdcWith(codeElement(R"(guid="11111111-1111-4111-8111-111111111111" name="A")",
                                codeElement(R"(guid="22222222-2222-4222-8222-222222222222" name="B")")) +
                    codeElement(R"(guid="22222222-2222-4222-8222-222222222222" name="C")"));
        CHECK_THROWS_WITH(readQdc(xml, "codes.qdc"),
                          "codes.qdc: duplicate GUID 22222222-2222-4222-8222-222222222222 used by 'A/B' and 'C'");
    }
    SECTION("a Code without a guid")
    {
        const std::string xml = qdcWith(codeElement(R"(guid="11111111-1111-4111-8111-111111111111" name="A")") +
                                        codeElement(R"(name="B" isCodable="true")"));
        CHECK_THROWS_WITH(readQdc(xml, "codes.qdc"), "codes.qdc:5:5: Code has no guid attribute");
    }
    SECTION("a Code without a name, or an empty one")
    {
        CHECK_THROWS_WITH(readQdc(qdcWith(codeElement(R"(guid="11111111-1111-4111-8111-111111111111")")), "codes.qdc"),
                          "codes.qdc:4:5: Code has no name attribute");
        CHECK_THROWS_WITH(
            readQdc(qdcWith(codeElement(R"(guid="11111111-1111-4111-8111-111111111111" name=" ")")), "codes.qdc"),
            "codes.qdc:4:5: Code has an empty name attribute");
    }
    SECTION("malformed attribute values")
    {
        CHECK_THROWS_WITH(readQdc(qdcWith(codeElement(R"(guid="1234" name="A")")), "codes.qdc"),
                          "codes.qdc:4:5: Code has a malformed guid '1234' (expected 8-4-4-4-12 hexadecimal digits)");
        CHECK_THROWS_WITH(readQdc(qdcWith(codeElement(R"(guid="11111111-1111-4111-8111-111111111111" name="A" )"
                                                      R"(color="red")")),
                                  "codes.qdc"),
                          "codes.qdc:4:5: Code has color 'red' (expected #RRGGBB)");
        CHECK_THROWS_WITH(readQdc(qdcWith(codeElement(R"(guid="11111111-1111-4111-8111-111111111111" name="A" )"
                                                      R"(isCodable="maybe")")),
                                  "codes.qdc"),
                          "codes.qdc:4:5: Code has isCodable='maybe' (expected true or false)");
    }
    SECTION("sibling names that differ only by case or accents")
    {
        const std::string xml = qdcWith(codeElement(R"(guid="11111111-1111-4111-8111-111111111111" name="Vergüenza")") +
                                        codeElement(R"(guid="22222222-2222-4222-8222-222222222222" name="verguenza")"));
        CHECK_THROWS_WITH(readQdc(xml, "codes.qdc"),
                          "codes.qdc: codes 'Vergüenza' and 'verguenza' have the same name "
                          "(sibling names must differ by more than case and accents)");
    }
    SECTION("malformed XML: an unclosed tag")
    {
        // Line 5 closes <Codes> while <Code> (line 4) is open; the reader stops at its '>'.
        const std::string xml = qdcWith("    <Code guid=\"11111111-1111-4111-8111-111111111111\" name=\"A\">\n");
        CHECK_THROWS_WITH(readQdc(xml, "codes.qdc"),
                          "codes.qdc:5:10: malformed XML: Opening and ending tag mismatch.");
    }
    SECTION("malformed XML: a truncated file")
    {
        CHECK_THROWS_WITH(readQdc("<CodeBook>\n  <Codes>\n    <Code guid=", "codes.qdc"),
                          Catch::StartsWith("codes.qdc:3:") && Catch::Contains("malformed XML"));
        CHECK_THROWS_WITH(readQdc("", "codes.qdc"), Catch::StartsWith("codes.qdc:1:1: malformed XML"));
    }
    SECTION("a DTD, here with an entity, is refused before anything expands")
    {
        const std::string xml = "<?xml version=\"1.0\"?>\n"
                                "<!DOCTYPE CodeBook [\n"
                                "  <!ENTITY lol \"lol\">\n"
                                "]>\n"
                                "<CodeBook><Codes><Code guid=\"11111111-1111-4111-8111-111111111111\" "
                                "name=\"&lol;\"/></Codes></CodeBook>\n";
        CHECK_THROWS_WITH(readQdc(xml, "codes.qdc"),
                          "codes.qdc:2:1: the file has a document type declaration (<!DOCTYPE ...>), which a "
                          "codebook does not need and Hilo refuses because its entities can expand without "
                          "limit; remove it");
    }
    SECTION("a document that is not a codebook")
    {
        CHECK_THROWS_WITH(readQdc("<?xml version=\"1.0\"?>\n<Project name=\"x\"/>", "project.qde"),
                          "project.qde:2:1: the document is <Project>, not a REFI-QDA <CodeBook> "
                          "(a .qde or .qdpx project is not a codebook)");
    }
}

TEST_CASE("qdc nesting is limited to 64 levels of codes", "[codebook][qdc]")
{
    const auto nested = [](int depth) {
        std::string open;
        std::string close;
        for (int i = 0; i < depth; ++i) {
            open += "<Code guid=\"" + newGuid() + "\" name=\"L" + std::to_string(i + 1) + "\">\n";
            close += "</Code>";
        }
        return "<CodeBook><Codes>\n" + open + close + "</Codes></CodeBook>";
    };
    const Codebook deep = readQdc(nested(64), "deep.qdc");
    CHECK(flatten(deep).back().path.size() == 64);
    CHECK_THROWS_WITH(readQdc(nested(65), "deep.qdc"), "deep.qdc:66:1: codes are nested more than 64 levels deep");
}

TEST_CASE("a character XML cannot hold is refused when writing qdc", "[codebook][qdc]")
{
    Codebook book;
    Code code = samples::makeCode(newGuid(), "Harm");
    Code child = samples::makeCode(newGuid(), "Bell");
    child.memo = "ding \x07";
    code.children.push_back(child);
    book.codes.push_back(code);
    CHECK_THROWS_WITH(writeQdc(book), "code 'Harm/Bell' contains the character U+0007, which a .qdc (XML) file "
                                      "cannot hold; remove it and export again");
}

TEST_CASE("qdc files in UTF-8 with a byte order mark, UTF-16 or Latin-1 are decoded", "[codebook][qdc]")
{
    const std::string body = "<CodeBook><Codes><Code guid=\"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\" name=\"Niña\"/>"
                             "</Codes></CodeBook>";
    CHECK(readQdc("\xEF\xBB\xBF" + body, "bom.qdc").codes.at(0).name == "Niña");

    const QString utf16Text = QString::fromUtf8("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n" + body);
    std::string utf16 = "\xFF\xFE";
    for (const QChar c : utf16Text) {
        utf16.push_back(static_cast<char>(c.unicode() & 0xFF));
        utf16.push_back(static_cast<char>(c.unicode() >> 8));
    }
    CHECK(readQdc(utf16, "utf16.qdc").codes.at(0).name == "Niña");

    const std::string latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<CodeBook><Codes><Code "
                               "guid=\"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\" name=\"Ni\xF1" "a\"/></Codes></CodeBook>";
    CHECK(readQdc(latin1, "latin1.qdc").codes.at(0).name == "Niña");

    CHECK_THROWS_WITH(readQdc("<CodeBook><Codes><Code guid=\"1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\" name=\"Ni\xF1" "a\"/>"
                              "</Codes></CodeBook>",
                              "bad.qdc"),
                      "bad.qdc: is not valid UTF-8 text; save it as UTF-8");
    CHECK_THROWS_WITH(readQdc("<?xml version=\"1.0\" encoding=\"EBCDIC-X\"?><CodeBook/>", "odd.qdc"),
                      "odd.qdc: the file declares the encoding 'EBCDIC-X', which Hilo cannot read; save it as UTF-8");
}
