// The bounds of import/read_limits.h: what a .docx or .odt may inflate to and the text it may
// yield, speaker turns per source, and attribute tables of many columns (linear, not quadratic).
// Each refusal names the file and the bound.
#include "import/attribute_table.h"
#include "import/import_error.h"
#include "import/office_readers.h"
#include "import/read_limits.h"
#include "import/transcript_builder.h"
#include "import/turn_splitter.h"
#include "import/zip_archive.h"
#include "import/zip_writer.h"
#include "support/error_of.h"
#include "support/temp_folder.h"
#include "text/unicode_text.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>

using namespace hilo::import;
using hilo::test::readFile;
using hilo::test::TempFolder;
using hilo::test::writeZip;
using hilo::test::ZipCompression;
using hilo::test::errorOf;
namespace fs = std::filesystem;

namespace {

const std::string kWordHead = R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";
const std::string kWordTail = "</w:body></w:document>";
const std::string kOdtHead = R"(<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>)";
const std::string kOdtTail = "</office:text></office:body></office:document-content>";

// Sets an entry's declared uncompressed size in both the local header and the central
// directory, as a hostile archive would, so that the two still agree (ZIP_CHECKCONS).
void declareSize(const fs::path& file, const std::string& entry, std::uint32_t size)
{
    std::string bytes = readFile(file);
    const auto put32 = [&bytes](std::size_t at, std::uint32_t value) {
        for (int i = 0; i < 4; ++i)
            bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
    };
    std::size_t patched = 0;
    for (std::size_t at = bytes.find(entry); at != std::string::npos; at = bytes.find(entry, at + 1)) {
        if (at >= 30 && bytes.compare(at - 30, 4, "PK\x03\x04") == 0) {
            put32(at - 30 + 22, size);
            ++patched;
        } else if (at >= 46 && bytes.compare(at - 46, 4, "PK\x01\x02") == 0) {
            put32(at - 46 + 24, size);
            ++patched;
        }
    }
    REQUIRE(patched == 2);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

BuildOptions defaults()
{
    BuildOptions options;
    options.knownGroups = {"YP", "FW", "JP"};
    return options;
}

} // namespace

TEST_CASE("a .docx whose XML inflates past 64 MB is refused by its declared size", "[import][bounds][docx]")
{
    TempFolder folder;
    // 100 MB of XML deflates to about 100 KB: the 128 MB bound before let it through, to build
    // 5 GB of turns.
    const fs::path file = folder / "YP20_bomb.docx";
    writeZip(file, {{"word/document.xml", kWordHead + "<w:p><w:r><w:t>" + std::string(100U * 1024U * 1024U, 'a') +
                                              "</w:t></w:r></w:p>" + kWordTail}});
    CHECK(fs::file_size(file) < 1024U * 1024U);
    CHECK(errorOf<ImportError>([&] { readDocx(file); })
          == "YP20_bomb.docx: entry word/document.xml is larger than the 64 MB Hilo accepts (a damaged or hostile archive?)");
}

TEST_CASE("a zip entry that declares less than it inflates to is stopped at the bound while inflating",
          "[import][bounds][zip]")
{
    TempFolder folder;
    const fs::path file = folder / "YP21_lies.docx";
    writeZip(file, {{"word/document.xml", kWordHead + "<w:p><w:r><w:t>" + std::string(70U * 1024U * 1024U, 'a') +
                                              "</w:t></w:r></w:p>" + kWordTail}});
    declareSize(file, "word/document.xml", 1000);
    REQUIRE(ZipArchive(file).entries().front().size == 1000);
    CHECK_THAT(errorOf<ImportError>([&] { readDocx(file); }),
               Catch::StartsWith("YP21_lies.docx: entry word/document.xml is larger than the 64 MB"));

    // Stored (not deflated) entries too, with a small bound to keep the file small.
    const fs::path stored = folder / "stored.zip";
    writeZip(stored, {{"a.xml", std::string(4000, 'x')}}, ZipCompression::Store);
    declareSize(stored, "a.xml", 100);
    CHECK_THAT(errorOf<ImportError>([&] { ZipArchive(stored).read("a.xml", 1000); }),
               Catch::StartsWith("stored.zip: entry a.xml is larger than the 1000 bytes"));
}

TEST_CASE("a .docx or .odt file over 32 MB, or one that is not a regular file, is refused before it is opened as a zip",
          "[import][bounds][docx]")
{
    TempFolder folder;
    const fs::path big = folder / "FW-30.docx";
    {
        std::ofstream out(big, std::ios::binary);
        out << std::string(33U * 1024U * 1024U, 'x');
    }
    CHECK(errorOf<ImportError>([&] { readDocx(big); })
          == "FW-30.docx: is too large for a transcript (over 32 MB); split it into one file per interview");
    fs::create_symlink("/dev/zero", folder / "FW-31.odt");
    CHECK_THAT(errorOf<ImportError>([&] { readOdt(folder / "FW-31.odt"); }), Catch::StartsWith("FW-31.odt: is not a regular file"));
}

TEST_CASE("markup that expands into more than 32 MB of text is refused as it is read", "[import][bounds][odt]")
{
    TempFolder folder;
    // Each <text:s text:c="1000"/> is 1000 spaces from 22 bytes of XML: 1.5 MB of XML would
    // make 68 MB of text.
    std::string body = "<text:p>Interviewer: hola";
    for (int i = 0; i < 34 * 1024 * 2; ++i)
        body += R"(<text:s text:c="1000"/>)";
    body += "</text:p>";
    const fs::path odt = folder / "FW-32.odt";
    writeZip(odt, {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", kOdtHead + body + kOdtTail}});
    CHECK(errorOf<ImportError>([&] { readOdt(odt); })
          == "FW-32.odt: has more than 32 MB of text, the most Hilo takes from one transcript; split it into one file per "
             "interview");

    // In Word, text is about as large as its XML, so 33 MB of it in one run passes the XML bound
    // and is stopped by the text bound.
    const fs::path docx = folder / "FW-33.docx";
    writeZip(docx, {{"word/document.xml", kWordHead + "<w:p><w:r><w:t>Interviewer: " + std::string(33U * 1024U * 1024U, 'a') +
                                              "</w:t></w:r></w:p>" + kWordTail}});
    CHECK_THAT(errorOf<ImportError>([&] { readDocx(docx); }), Catch::StartsWith("FW-33.docx: has more than 32 MB of text"));
}

TEST_CASE("text just within the bounds is read whole", "[import][bounds][docx]")
{
    TempFolder folder;
    const fs::path file = folder / "FW-34.docx";
    const std::string words(10U * 1024U * 1024U, 'a');
    writeZip(file, {{"word/document.xml",
                     kWordHead + "<w:p><w:r><w:t>Interviewer: " + words + "</w:t></w:r></w:p><w:p/>" + kWordTail}});
    CHECK(readDocx(file).text == "Interviewer: " + words);
}

TEST_CASE("the turn splitter stops after one turn past its bound", "[import][bounds][turns]")
{
    const TurnSplitter splitter(defaultSpeakerRules());
    const std::string text = "P: a\nI: b\nP: c\nI: d\nP: e\n";
    CHECK(splitter.split(text).size() == 5);
    CHECK(splitter.split(text, 5).size() == 5);
    CHECK(splitter.split(text, 3).size() == 4);
    CHECK(splitter.split("preamble\nP: a\nI: b\n", 1).size() == 2);
}

TEST_CASE("a source of more than 100,000 speaker turns is refused with the line of the first one too many",
          "[import][bounds][turns]")
{
    TempFolder folder;
    std::string text = "Group: FW\n\n";
    for (std::size_t i = 0; i < kMaxTurnsPerSource; ++i)
        text += i % 2 == 0 ? "I: a\n" : "P: b\n";
    const fs::path atBound = folder.write("FW-40.txt", text);
    CHECK(buildTranscript(atBound, defaults()).transcript.turns.size() == kMaxTurnsPerSource);

    text += "I: one too many\nP: and more\n";
    const fs::path over = folder.write("FW-41.txt", text);
    CHECK(errorOf<ImportError>([&] { buildTranscript(over, defaults()); })
          == "FW-41.txt:100003:1: has more than 100000 speaker turns, the most Hilo keeps for one source (turn 100001 "
             "starts here); split it into one file per interview");
}

TEST_CASE("an attributes file of 10,000 columns gives every attribute, each once", "[import][bounds][attributes]")
{
    // Merging attributes compared each new name with every earlier one, folding both each
    // time: 10,000 columns took over a minute. Now each name is folded once.
    TempFolder folder;
    constexpr int columns = 10000;
    std::string csv = "participant";
    std::string row = "FW07";
    for (int c = 0; c < columns; ++c) {
        csv += ",Question " + std::to_string(c);
        row += "," + std::to_string(c);
    }
    csv += ",State\n" + row + ",Morelos\n";
    const AttributeTable table = AttributeTable::read(folder.write("people.csv", csv));
    REQUIRE(table.find("FW07") != nullptr);
    REQUIRE(table.find("FW07")->size() == columns + 1);

    BuildOptions options = defaults();
    options.attributes = &table;
    // The header agrees with the table on "state" (compared without case or accents) and adds one of its own.
    const fs::path file = folder.write("FW07.txt", "Participant: FW07\nSTATE: morelos\nRole: teacher\n\nInterviewer: Hello.\nFW07: Hi.\n");
    const Transcript t = buildTranscript(file, options).transcript;
    REQUIRE(t.attributes.size() == columns + 2);
    CHECK(t.attributes[0].name == "STATE");
    CHECK(t.attributes[1].name == "Role");
    CHECK(t.attributes[2].name == "Question 0");
    CHECK(t.attributes[2].type == AttributeType::Number);
    CHECK(t.attributes.back().name == "Question 9999");
    CHECK(t.attributes.back().value == "9999");

    const fs::path contradicts =
        folder.write("FW07b.txt", "Participant: FW07\nQuestion 5000: 12\n\nInterviewer: Hello.\nFW07: Hi.\n");
    CHECK_THAT(errorOf<ImportError>([&] { buildTranscript(contradicts, options); }),
               Catch::Contains("attribute 'Question 5000' is '12' in the header but '5000' in the attributes file"));
}
