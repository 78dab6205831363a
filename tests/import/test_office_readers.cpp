#include "import/import_error.h"
#include "import/office_readers.h"
#include "import/zip_archive.h"
#include "import/zip_writer.h"
#include "support/error_of.h"
#include "text/unicode_text.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <fstream>

using hilo::import::ImportError;
using hilo::import::readDocx;
using hilo::import::readOdt;
using hilo::import::ZipArchive;
using hilo::test::writeZip;
using hilo::test::ZipCompression;

using hilo::test::errorOf;

namespace {

std::filesystem::path tempFolder(const QTemporaryDir& dir)
{
    REQUIRE(dir.isValid());
    return std::filesystem::path(dir.path().toStdString());
}

std::string wordDocumentElement(const std::string& body)
{
    return R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
           R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">)"
           "<w:body>"
        + body + "</w:body></w:document>";
}

std::string wordDocument(const std::string& body)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" "\n" + wordDocumentElement(body);
}

// A paragraph of one run per piece, so that tests can split words across runs.
std::string wordParagraph(std::initializer_list<std::string> runs)
{
    std::string xml = "<w:p>";
    for (const std::string& run : runs)
        xml += R"(<w:r><w:t xml:space="preserve">)" + run + "</w:t></w:r>";
    return xml + "</w:p>";
}

std::filesystem::path writeDocx(const std::filesystem::path& folder, const std::string& documentXml,
                                const std::string& name = "FW-12.docx")
{
    const std::filesystem::path file = folder / name;
    writeZip(file, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", documentXml}});
    return file;
}

std::string odfContent(const std::string& body)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
           R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
           R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
           R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink">)"
           "<office:body><office:text>"
        + body + "</office:text></office:body></office:document-content>";
}

std::filesystem::path writeOdt(const std::filesystem::path& folder, const std::string& contentXml,
                               const std::string& name = "FW-13.odt")
{
    const std::filesystem::path file = folder / name;
    writeZip(file, {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", contentXml}});
    return file;
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary);
    out << bytes;
}

} // namespace

TEST_CASE("readDocx makes each paragraph a line and keeps tabs, breaks and accents", "[import][docx]")
{
    QTemporaryDir dir;
    const auto folder = tempFolder(dir);
    const std::string body =
        wordParagraph({"Entrevistadora: ¿Cómo está usted?"})
        // A tab stop definition in the paragraph properties is not a tab character.
        + R"(<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>)"
          "<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:cr/><w:t>D</w:t>"
          "<w:noBreakHyphen/><w:t>E</w:t></w:r></w:p>"
        + wordParagraph({"La ni", "ña sonríe 😀"}) + "<w:p/>"
        + wordParagraph({"man", "\xCC\x83" "ana"}) // "n" + U+0303 COMBINING TILDE across two runs
        + "<w:p/><w:p/>";

    const auto document = readDocx(writeDocx(folder, wordDocument(body)));

    CHECK(document.text == "Entrevistadora: ¿Cómo está usted?\nA\tB\nC\nD-E\nLa niña sonríe 😀\n\nman\xCC\x83" "ana");
    CHECK(hilo::text::toNfc(document.text).ends_with("mañana"));
    CHECK(document.format == "docx");
    CHECK(document.encoding == "UTF-8");
    CHECK(document.turns.empty());
    CHECK_FALSE(document.turnsFromCues);
}

TEST_CASE("readDocx reads table cells as lines and ignores deletions, fields, comments and fallbacks",
          "[import][docx]")
{
    QTemporaryDir dir;
    const auto folder = tempFolder(dir);
    const std::string body =
        "<w:tbl><w:tr><w:tc>" + wordParagraph({"Código"}) + "</w:tc><w:tc>" + wordParagraph({"YP03"})
        + "</w:tc></w:tr></w:tbl>"
        + R"(<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Dijo </w:t></w:r>)"
          R"(<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">que no </w:delText></w:r></w:del>)"
          R"(<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">que sí, </w:t></w:r></w:ins>)"
          R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="end"/></w:r><w:commentRangeEnd w:id="0"/>)"
          R"(<w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>)"
          "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>caja</w:t></mc:Choice>"
          "<mc:Fallback><w:t>caja</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    const std::filesystem::path file = folder / "FW-14.docx";
    writeZip(file, {{"word/document.xml", wordDocument(body)},
                    {"word/comments.xml", "<w:comments><w:comment><w:p><w:r><w:t>SECRET</w:t></w:r></w:p>"
                                          "</w:comment></w:comments>"},
                    {"word/footnotes.xml", "<w:footnotes><w:footnote><w:p><w:r><w:t>FOOT</w:t></w:r></w:p>"
                                           "</w:footnote></w:footnotes>"}});

    CHECK(readDocx(file).text == "Código\nYP03\nDijo que sí, 3\ncaja");
}

TEST_CASE("readDocx refuses damaged and hostile documents with the file name", "[import][docx]")
{
    QTemporaryDir dir;
    const auto folder = tempFolder(dir);

    SECTION("a truncated file")
    {
        std::string longText;
        for (int i = 0; i < 200; ++i)
            longText += wordParagraph({"Línea número " + std::to_string(i) + " de la entrevista."});
        const auto file = writeDocx(folder, wordDocument(longText), "FW-15 truncated.docx");
        std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);
        const std::string message = errorOf<ImportError>([&] { readDocx(file); });
        CHECK_THAT(message, Catch::Contains("FW-15 truncated.docx") && Catch::Contains("not a readable zip archive"));
    }
    SECTION("a file that is not a zip archive")
    {
        const auto file = folder / "notes.docx";
        writeBytes(file, "Entrevistadora: hola\nParticipante: hola\n");
        CHECK_THAT(errorOf<ImportError>([&] { readDocx(file); }),
                   Catch::StartsWith("notes.docx: ") && Catch::Contains("not a readable zip archive"));
    }
    SECTION("an empty file")
    {
        const auto file = folder / "empty.docx";
        writeBytes(file, "");
        CHECK(errorOf<ImportError>([&] { readDocx(file); }) == "empty.docx: is empty");
    }
    SECTION("a zip without word/document.xml")
    {
        const auto file = folder / "other.docx";
        writeZip(file, {{"content.xml", "<x/>"}});
        CHECK_THAT(errorOf<ImportError>([&] { readDocx(file); }),
                   Catch::StartsWith("other.docx: ") && Catch::Contains("word/document.xml"));
    }
    SECTION("malformed XML, with the entry, line and column")
    {
        const std::string xml = wordDocument("\n" + wordParagraph({"bien"}) + "\n<w:p><w:r><w:t>mal</w:r></w:p>");
        CHECK_THAT(errorOf<ImportError>([&] { readDocx(writeDocx(folder, xml)); }),
                   Catch::StartsWith("FW-12.docx: word/document.xml:4:") && Catch::Contains("malformed XML"));
    }
    SECTION("a DTD, which could declare expanding entities")
    {
        const std::string xml = R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">)"
                                R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>)"
                                + wordDocumentElement(wordParagraph({"&b;"}));
        CHECK_THAT(errorOf<ImportError>([&] { readDocx(writeDocx(folder, xml)); }),
                   Catch::StartsWith("FW-12.docx: word/document.xml:1:") && Catch::Contains("DTD"));
    }
    SECTION("nesting deeper than 256 elements")
    {
        std::string deep;
        for (int i = 0; i < 300; ++i)
            deep += "<w:sdt>";
        for (int i = 0; i < 300; ++i)
            deep += "</w:sdt>";
        CHECK_THAT(errorOf<ImportError>([&] { readDocx(writeDocx(folder, wordDocument(deep))); }),
                   Catch::Contains("word/document.xml") && Catch::Contains("nested more than 256"));
    }
    SECTION("a document without text")
    {
        const std::string xml = wordDocument("<w:p/>" + wordParagraph({"  ", "\t"}));
        CHECK(errorOf<ImportError>([&] { readDocx(writeDocx(folder, xml)); }) == "FW-12.docx: contains no text");
    }
}

TEST_CASE("ZipArchive refuses oversized and corrupted entries", "[import][zip]")
{
    QTemporaryDir dir;
    const auto folder = tempFolder(dir);
    const auto file = folder / "FW-16.docx";
    const std::string payload = "MARKER " + std::string(4000, 'x');
    writeZip(file, {{"word/document.xml", payload}}, ZipCompression::Store);

    SECTION("a readable entry")
    {
        const ZipArchive archive(file);
        CHECK(archive.contains("word/document.xml"));
        CHECK_FALSE(archive.contains("content.xml"));
        CHECK(archive.read("word/document.xml") == payload);
    }
    SECTION("an entry larger than the limit, as a zip bomb would be")
    {
        const ZipArchive archive(file);
        CHECK_THAT(errorOf<ImportError>([&] { archive.read("word/document.xml", 1000); }),
                   Catch::StartsWith("FW-16.docx: entry word/document.xml is larger than the 1000 bytes"));
    }
    SECTION("a missing entry")
    {
        const ZipArchive archive(file);
        CHECK(errorOf<ImportError>([&] { archive.read("content.xml"); }) == "FW-16.docx: has no entry content.xml");
    }
    SECTION("an entry whose bytes were damaged")
    {
        std::string bytes;
        {
            std::ifstream in(file, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), {});
        }
        const std::size_t marker = bytes.find("MARKER");
        REQUIRE(marker != std::string::npos);
        bytes[marker] = 'N';
        writeBytes(file, bytes);
        const ZipArchive archive(file);
        CHECK(errorOf<ImportError>([&] { archive.read("word/document.xml"); })
              == "FW-16.docx: entry word/document.xml is damaged (CRC error)");
    }
}

TEST_CASE("readOdt makes paragraphs, headings and list items lines", "[import][odt]")
{
    QTemporaryDir dir;
    const auto folder = tempFolder(dir);
    const std::string body =
        "<text:h text:outline-level=\"1\">Entrevista FW-13</text:h>"
        "<text:p>Hola<text:s/>mundo<text:s text:c=\"3\"/>fin</text:p>"
        "<text:p>a<text:tab/>b<text:line-break/>c</text:p>"
        "<text:list><text:list-item><text:p>Uno</text:p></text:list-item>"
        "<text:list-item><text:p>Dos</text:p></text:list-item></text:list>"
        "<text:p>La <text:span text:style-name=\"T1\">ni</text:span><text:span>ña</text:span> "
        "<text:a xlink:href=\"https://example.org\">sonríe</text:a> 😀"
        "<office:annotation><dc:creator>Revisora</dc:creator><text:p>COMENTARIO</text:p></office:annotation>"
        "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>NOTA AL PIE</text:p></text:note-body></text:note></text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Celda</text:p></table:table-cell>"
        "<table:table-cell><text:p>man\xCC\x83" "ana</text:p></table:table-cell></table:table-row></table:table>"
        // Pretty-printed XML: white space in character data collapses as ODF specifies.
        "<text:p>\n      Otra   línea\n    </text:p>";

    const auto document = readOdt(writeOdt(folder, odfContent(body)));

    CHECK(document.text
          == "Entrevista FW-13\nHola mundo   fin\na\tb\nc\nUno\nDos\nLa niña sonríe 😀\nCelda\nman\xCC\x83" "ana\nOtra línea");
    CHECK(document.format == "odt");
    CHECK(document.encoding == "UTF-8");
    CHECK_FALSE(document.turnsFromCues);
}

TEST_CASE("readOdt refuses broken documents", "[import][odt]")
{
    QTemporaryDir dir;
    const auto folder = tempFolder(dir);

    SECTION("no content.xml")
    {
        const auto file = folder / "FW-17.odt";
        writeZip(file, {{"mimetype", "application/vnd.oasis.opendocument.text"}});
        CHECK_THAT(errorOf<ImportError>([&] { readOdt(file); }),
                   Catch::StartsWith("FW-17.odt: ") && Catch::Contains("content.xml"));
    }
    SECTION("malformed XML")
    {
        const std::string xml = "<?xml version=\"1.0\"?>\n<office:document-content>\n<text:p>sin cerrar\n";
        CHECK_THAT(errorOf<ImportError>([&] { readOdt(writeOdt(folder, xml)); }),
                   Catch::StartsWith("FW-13.odt: content.xml:") && Catch::Contains("malformed XML"));
    }
    SECTION("only an annotation")
    {
        const std::string body = "<text:p><office:annotation><text:p>comentario</text:p></office:annotation></text:p>";
        CHECK(errorOf<ImportError>([&] { readOdt(writeOdt(folder, odfContent(body))); }) == "FW-13.odt: contains no text");
    }
}
